// Quotations that name words rather than report them (a headline, a
// slogan, "the word "X""; NamedWords in quote_carryover.cc), and a
// description by office opening the clause before a colon ("The senator
// put it bluntly: "...""; PronounColon in quote_reported.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A headline, a slogan or a word named by a noun is no statement", "[quotes]") {
  ArticleResult r = Run(
      "Press\n\nSen. Harold Finch said Monday he was angry after the paper ran a story with the "
      "headline \"Finch Loses Grip on State Party Ahead of Vote.\"\n\nGov. Mara Quill posted a "
      "video bearing the slogan, \"Build the bridge, keep the jobs, win the future!\"\n\nFinch "
      "never used the word \"betrayal,\" aides said.\n\nQuill ended the clip with a slogan: "
      "\"Stronger together in every county of the state.\"\n");
  CHECK(FindStatement(r, "Finch Loses Grip") == nullptr);
  CHECK(FindStatement(r, "Build the bridge") == nullptr);
  CHECK(FindStatement(r, "betrayal") == nullptr);
  CHECK(FindStatement(r, "Stronger together") == nullptr);
}

TEST_CASE("Words about a term, a court's term and a phrase inside a quotation stay statements",
          "[quotes]") {
  ArticleResult r = Run(
      "Court\n\nTV host Dana Whitlow commented on the senator's use of the term: \"It is a "
      "favorite of the fringe and is loaded with ugly undertones.\"\n\nJustice Ellen Marsh added "
      "that this term \"I can safely predict that we will have our share of hard cases.\"\n\n"
      "\"There is no magic to the phrase \"law and order,\" Gov. Mara Quill responded. \"It is a "
      "talking point, not a plan for the state.\"\n");
  const Statement* s = FindStatement(r, "It is a favorite of the fringe");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:dana-whitlow");
  s = FindStatement(r, "I can safely predict");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ellen-marsh");
  s = FindStatement(r, "It is a talking point");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:mara-quill");
}

TEST_CASE("A description by office before a colon is the person who holds the office", "[quotes]") {
  ArticleResult r =
      Run("Budget\n\nSen. Harold Finch voted against the budget on Tuesday.\n\nThe senator put the "
          "matter in stark terms: \"This budget betrays every family that works for a living in "
          "this state.\"\n");
  const Statement* s = FindStatement(r, "This budget betrays");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  CHECK(s->evidence.rule == "quote.colon_description");
}

TEST_CASE("A description before a colon that says whose words they are gives nothing", "[quotes]") {
  ArticleResult r =
      Run("Budget\n\nSen. Harold Finch voted against the budget on Tuesday.\n\nThe senator read a "
          "letter from a constituent: \"My family cannot afford another year of these taxes and "
          "fees.\"\n");
  const Statement* s = FindStatement(r, "My family cannot afford");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
}
