// Quotations that kg used to drop: their closing mark or their attribution
// has a form the plain rules miss (quotes.cc, tokenizer.cc, quote_*.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A quotation ending in a spaced quoted quotation closes before its attribution",
          "[quotes][tokenizer]") {
  ArticleResult r =
      Run("Budget\n\nSen. Harold Finch spoke to reporters on Monday.\n\n\"Every mayor I meet tells "
          "me, 'We cannot fix these bridges alone,' \" Finch said. \"We have to help them.\"\n\n"
          "\"My grandmother used to ask, 'Who will pay for all of this?' \"\n");
  const Statement* s = FindStatement(r, "Every mayor I meet");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  s = FindStatement(r, "We have to help them");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  // The closing mark of a paragraph that is only a quotation also closes.
  s = FindStatement(r, "My grandmother used to ask");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
}

TEST_CASE("A colon introduction after an introductory phrase is the main clause's subject",
          "[quotes]") {
  ArticleResult r = Run(
      "Budget\n\nOn Tuesday, Sen. Harold Finch summed up the week in one line: \"We have run out "
      "of time and patience.\"\n\nBut Gov. Mara Quint struck back: \"Nobody in this state "
      "believes the senator any more.\"\n\nIn a long letter, Finch quoted the old report: "
      "\"Roads in the north are failing faster than planned.\"\n\nAt the hearing, Quint aide "
      "Tobias Wren pressed on: \"The numbers do not add up for the towns.\"\n");
  const Statement* s = FindStatement(r, "We have run out of time");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  s = FindStatement(r, "Nobody in this state");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:mara-quint");
  // The report's words, not Finch's; the aide's, not Quint's.
  s = FindStatement(r, "Roads in the north");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  s = FindStatement(r, "The numbers do not add up");
  CHECK((s == nullptr || s->speaker != "person:mara-quint"));
}

TEST_CASE("A news organisation that reports a quotation opening its sentence is its speaker",
          "[quotes]") {
  ArticleResult r = Run(
      "Harbor\n\nThe Harbor City Gazette covered the vote. Mayor Ann Lee spoke after it.\n\n"
      "\"The council spent three hours on the harbor plan before it voted it down,\" the Harbor "
      "City Gazette reported on Monday.\n\n\"Few of the members had read the plan in full,\" "
      "reports the Harbor City Gazette.\n\nLee said the result was \"a sad day for the whole "
      "waterfront,\" the Harbor City Gazette reported.\n");
  const Statement* s = FindStatement(r, "The council spent three hours");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-city-gazette");
  s = FindStatement(r, "Few of the members");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-city-gazette");
  // A quotation inside the sentence is the words of the one it reports.
  s = FindStatement(r, "a sad day for the whole");
  CHECK((s == nullptr || s->speaker != "organization:harbor-city-gazette"));
}

TEST_CASE("A quotation continues its speaker past an advertising break", "[quotes]") {
  ArticleResult r =
      Run("Harbor\n\n\"The harbor plan is the best deal this city has seen in years,\" Mayor Ann "
          "Lee said on Monday.\n\nADVERTISEMENT\n\n\"We will build the new piers before the "
          "winter storms arrive.\"\n\nStory Continued Below\n\n\"Go Harbor!\" is the slogan of "
          "the campaign.\n");
  const Statement* s = FindStatement(r, "We will build the new piers");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ann-lee");
  // Past a break, a short quotation opening a sentence about it is no
  // continuation.
  s = FindStatement(r, "Go Harbor");
  CHECK((s == nullptr || s->speaker != "person:ann-lee"));
}

TEST_CASE("A question or exclamation opening its sentence takes a name and any verb after it",
          "[quotes]") {
  ArticleResult r = Run(
      "Interview\n\nSen. Harold Finch sat down with host Mara Quint on Sunday.\n\n\"The budget "
      "will pass before the summer recess,\" Finch said.\n\n\"But will the towns see any of "
      "the money?\" Quint pressed.\n\n\"They will see every dollar of it!\" Finch shot back.\n");
  const Statement* s = FindStatement(r, "But will the towns");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:mara-quint");
  s = FindStatement(r, "They will see every dollar");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
}

TEST_CASE("Reported speech reaches past a long apposition of its subject", "[quotes]") {
  ArticleResult r = Run(
      "Harbor\n\nHarold Finch, the longtime harbor commissioner who was first elected to the "
      "board in the year the old piers burned down, said the new plan \"will bring back the "
      "fishing fleet for good.\"\n\nMara Quint, a lawyer who has said for years that the board "
      "ignores the north shore and its voters, wants the vote delayed because \"nobody has read "
      "the whole plan yet.\"\n");
  const Statement* s = FindStatement(r, "will bring back the fishing fleet");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  // No speech verb right after the apposition's comma: "said" inside the
  // relative clause is not the sentence's verb.
  s = FindStatement(r, "nobody has read the whole plan");
  CHECK((s == nullptr || s->speaker != "person:mara-quint"));
}

TEST_CASE("A news organisation reporting before a quotation is its speaker", "[quotes]") {
  ArticleResult r =
      Run("Harbor\n\nThe Harbor City Gazette covered the vote. Mayor Ann Lee spoke after it.\n\n"
          "As the Harbor City Gazette reported on Monday, \"the council spent three hours on the "
          "plan before it voted it down.\"\n\nLee took questions on Tuesday, the Harbor City "
          "Gazette reported: \"We will bring the plan back to the council in the spring.\"\n");
  const Statement* s = FindStatement(r, "the council spent three hours");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-city-gazette");
  // A person before the outlet's clause: the words are hers, relayed.
  s = FindStatement(r, "We will bring the plan back");
  CHECK((s == nullptr || s->speaker != "organization:harbor-city-gazette"));
}

TEST_CASE("A speaker slot may open with a lower-case description before the name", "[quotes]") {
  ArticleResult r =
      Run("Harbor\n\nSen. Harold Finch, Mara Quint and Tobias Wren met on Monday.\n\n\"The harbor "
          "plan will not survive the winter,\" former Finch campaign adviser Tobias Wren wrote on "
          "Twitter.\n\n\"Nobody on the council has read the whole plan yet,\" former harbor "
          "commissioner Mara Quint, a lawyer in the north shore, told reporters.\n");
  const Statement* s = FindStatement(r, "The harbor plan will not survive");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:tobias-wren");
  s = FindStatement(r, "Nobody on the council");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:mara-quint");
}

TEST_CASE("An as-clause after a quotation names its speaker", "[quotes]") {
  ArticleResult r = Run(
      "Harbor\n\nSen. Harold Finch and Mara Quint met on Monday.\n\nThe council has become "
      "\"a club that never listens to the north shore,\" as harbor commissioner Mara Quint put "
      "it.\n\nFinch said the vote was \"the worst mistake this council has made,\" as the "
      "minutes show.\n\nThe plan is \"a gift to the developers and nobody else,\" as Quint said "
      "the mayor calls it.\n");
  const Statement* s = FindStatement(r, "a club that never listens");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:mara-quint");
  // A clause after the verb: the words are the mayor's, not Quint's.
  s = FindStatement(r, "a gift to the developers");
  CHECK((s == nullptr || s->speaker != "person:mara-quint"));
}

TEST_CASE("An attribution with any verb interrupting a quotation carries its rest", "[quotes]") {
  ArticleResult r =
      Run("Harbor\n\nSen. Harold Finch met Mara Quint on Monday. It came down to waiting or "
          "building, Finch said.\n\n\"Waiting,\" he reasoned, \"would be really bad for the whole "
          "town and its people.\"\n\n\"Instead,\" Quint proposed, \"we will negotiate a fair deal "
          "with the harbor towns.\"\n");
  const Statement* s = FindStatement(r, "would be really bad for the whole town");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  s = FindStatement(r, "we will negotiate a fair deal");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:mara-quint");
}

TEST_CASE("A short quoted phrase in the sentence before does not stop its speaker's next quotation",
          "[quotes]") {
  ArticleResult r =
      Run("Harbor\n\nSen. Mara Quint spoke on Monday.\n\nQuint said she hears \"Taps\" played at "
          "every harbor funeral. \"I cannot even say the word on Memorial Day.\"\n\nWhen Quint "
          "called the plan \"a gift,\" Finch turned on her. \"Ours is the only plan that pays for "
          "itself.\"\n");
  const Statement* s = FindStatement(r, "I cannot even say the word");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:mara-quint");
  s = FindStatement(r, "Ours is the only plan");
  CHECK((s == nullptr || s->speaker != "person:mara-quint"));
}
