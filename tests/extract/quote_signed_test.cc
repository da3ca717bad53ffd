// Quotation paragraphs signed with a dash (quote_characterized.cc,
// DashSigned, rule quote.signed): a description before the name, a phrase
// after it, a double hyphen; and a signature the rules cannot resolve keeps
// the previous speaker away (quote_carryover.cc, OwnAttribution).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract::testing {
namespace {

TEST_CASE("A signature may describe the signer and say where the words were said", "[quotes]") {
  ArticleResult r =
      Run("Roundup\n\nWhat the pundits said this week.\n\n\"The mayor would rather fight about "
          "parking than fix the buses that run late every day.\" — KTVU host Dana Whitfield\n\n"
          "\"Nobody wants to touch a coin that a stranger held all morning.\" — Yale economist "
          "Hal Brenner to the Tribune\n\n\"We will keep every clinic in this county open all "
          "year.\" — Democratic county executive candidate Ruth Calloway\n\n\"Elections come and "
          "go, but the work of organizing never ends.\" -- Sen. Kyra Simmons, D-Ore., in her "
          "webcast Thursday.\n\n\"I was never going to run for that seat, and I said so.\" — Ann "
          "Ortiz told me last week\n");
  const Statement* s = FindStatement(r, "The mayor would rather");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:dana-whitfield");
  CHECK(s->evidence.rule == "quote.signed");
  s = FindStatement(r, "Nobody wants to touch");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:hal-brenner");
  s = FindStatement(r, "We will keep every clinic");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ruth-calloway");
  s = FindStatement(r, "Elections come and go");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:kyra-simmons");
  s = FindStatement(r, "I was never going to run");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ann-ortiz");
  // A show in quotation marks after "on".
  r =
      Run("Audible\n\n\"You can keep every one of them away from our shores, and nothing will "
          "change.\" -- Martin Esterhaus on \"Evening Report with Jo Lee.\"\n");
  s = FindStatement(r, "You can keep every one");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:martin-esterhaus");
}

TEST_CASE("A signature the rules cannot resolve does not carry the previous speaker", "[quotes]") {
  // Neither "an email from a campaign staffer" nor an outlet's headline is
  // the words of the senator quoted the paragraph before.
  ArticleResult r =
      Run("Emails\n\n\"We never talked about the bank,\" Sen. Kyra Simmons said on Friday.\n\n"
          "\"With the help of the research team, we killed the story before it ran.\" — May 2015 "
          "email from a campaign staffer\n\n\"Is the Senate Still Worth Saving?\" — Atlantic "
          "headline\n\nA signer named inside a description is not the speaker either.\n\n\"I "
          "will not stop fighting for the workers of this state.\" — Ismail Brenner, father of "
          "Hal Brenner\n");
  CHECK(FindStatement(r, "With the help of the research") == nullptr);
  CHECK(FindStatement(r, "Is the Senate Still Worth") == nullptr);
  const Statement* s = FindStatement(r, "I will not stop fighting");
  CHECK((s == nullptr || s->speaker != "person:hal-brenner"));
}

}  // namespace
}  // namespace kg::extract::testing
