// quote.follows_subject after a conjunction or an introductory phrase
// (quote_characterized.cc, FollowsSubject).
#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/test_util.h"

namespace kg::extract::testing {
namespace {

TEST_CASE("A subject after a conjunction or an introductory phrase introduces the quotation",
          "[quotes]") {
  ArticleResult r = Run(
      "Farm bill\n\nSenator Dana Whitfield met growers in Ohio on Tuesday.\n\nLater, Whitfield "
      "offered a prediction.\n\n\u201cThe numbers will go the other way if the bill passes "
      "this fall.\u201d\n\nRepublican strategist Alex Conant praised the plan.\n\nBut Conant "
      "was blunt.\n\n\u201cNobody in this town reads a farm bill before the vote comes.\u201d\n");
  CHECK(SpeakerName(r, "The numbers will go") == "Dana Whitfield");
  CHECK(SpeakerName(r, "Nobody in this town") == "Alex Conant");
}

TEST_CASE("An introductory phrase naming a person leaves the quotation alone", "[quotes]") {
  ArticleResult r =
      Run("Farm bill\n\nSenator Dana Whitfield met growers in Ohio on Tuesday.\n\nAfter Mayor Ann "
          "Ortiz left, Whitfield stayed on the stage.\n\n\u201cThe numbers will go the other way "
          "if the bill passes this fall.\u201d\n");
  CHECK(SpeakerName(r, "The numbers will go") == "<none>");
}

TEST_CASE("A signature naming an editorial or the outlet spoken to", "[quotes]") {
  ArticleResult r = Run(
      "Views\n\nThe papers weighed in on the farm bill this week.\n\n\u201cCongress should pass "
      "the farm bill before the harvest and stop holding growers hostage.\u201d \u2014 "
      "Editorial, Harbor City Times\n\n\u201cEvery grower I know is waiting for this bill to "
      "pass before planting.\u201d \u2014 Dana Whitfield to Harbor City Times\n");
  CHECK(SpeakerName(r, "Congress should pass") == "Harbor City Times");
  CHECK(SpeakerName(r, "Every grower I know") == "Dana Whitfield");
}

TEST_CASE("A colon introduction after a participle or a longer introductory clause", "[quotes]") {
  ArticleResult r = Run(
      "Farm bill\n\nSenator Dana Whitfield met growers in Ohio on Tuesday.\n\nReacting to the "
      "ruling, Whitfield fired back on Friday: \u201cThe court has no business writing farm policy "
      "for the whole state.\u201d\n\nAs tempers frayed, Whitfield had a ready retort: \u201cWe "
      "will pass this bill with or without the governor.\u201d\n\nReacting to Mayor Ann Ortiz's "
      "plan, Whitfield was blunt: \u201cNobody in this town reads a farm bill before the vote "
      "comes.\u201d\n");
  CHECK(SpeakerName(r, "The court has no business") == "Dana Whitfield");
  CHECK(SpeakerName(r, "We will pass this bill") == "Dana Whitfield");
  // A person named in the introductory phrase is the context, not the
  // speaker: the main clause's subject still speaks (pool: 7 of 7 right).
  CHECK(SpeakerName(r, "Nobody in this town") == "Dana Whitfield");
}

TEST_CASE("A question's asker, not the person asked, goes on speaking", "[quotes]") {
  // The comma before "asked" closes the asker's apposition: the name after
  // the verb is the listener, not an end attribution.
  ArticleResult r = Run(
      "Town hall\n\nGordon Halvorsen could not give a straight answer.\n\n\"Do you want the "
      "support of the port workers?\" Marta Quillen, director of Harbor Workers United, asked "
      "Halvorsen. \"There are about two thousand of us in the city. Would you support them?\"\n");
  const Statement* s = FindStatement(r, "There are about two thousand");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:marta-quillen");
}

TEST_CASE("The asker keeps speaking with a title or an introductory phrase before her name",
          "[quotes]") {
  for (const char* opening :
       {"Councilwoman Marta Quillen", "On Tuesday, Marta Quillen", "But Marta Quillen"}) {
    ArticleResult r =
        Run(std::string("Town hall\n\nGordon Halvorsen could not give a straight answer.\n\n\"Do "
                        "you want the support of the port workers?\" ") +
            opening +
            ", director of Harbor Workers United, asked Halvorsen. \"There are about two thousand "
            "of us in the city. Would you support them?\"\n");
    const Statement* s = FindStatement(r, "There are about two thousand");
    CHECK((s == nullptr || s->speaker != "person:gordon-halvorsen"));
  }
}

TEST_CASE("A trailing attribution with a title before the name", "[quotes]") {
  // '"..." by Easter, Mr. Trump said.': the title does not stop ', X said'.
  ArticleResult r =
      Run("Harbor bill\n\nGordon Halvorsen toured the harbor on Monday.\n\nIt would be better to "
          "\"have the sea wall finished before the winter storms\" by December, Mr. Halvorsen said."
          "\n\n\"Every fishing town on this coast needs the wall\" before the storms, Sen. Marta "
          "Quillen also said.\n");
  CHECK(SpeakerName(r, "have the sea wall finished") == "Gordon Halvorsen");
  CHECK(SpeakerName(r, "Every fishing town on this coast") == "Marta Quillen");
}

}  // namespace
}  // namespace kg::extract::testing
