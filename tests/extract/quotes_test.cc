#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {
const std::string kOpen = "\xe2\x80\x9c", kClose = "\xe2\x80\x9d";
std::string Q(const std::string& s) { return kOpen + s + kClose; }
}  // namespace

TEST_CASE("Quotation then attribution, both orders", "[quotes]") {
  ArticleResult r =
      Run("Transit vote\n\n" + Q("We need more buses,") +
          " Mayor Eleanor Vasquez said on Monday.\n\n" + Q("It is too late,") +
          " said Gregory Tallis.\n\nVasquez added: " + Q("The buses will come next year.") + "\n");
  REQUIRE(r.statements.size() == 3);
  CHECK(r.statements[0].speaker == "person:eleanor-vasquez");
  CHECK(r.statements[0].cue == "said");
  CHECK(r.statements[1].speaker == "person:gregory-tallis");
  CHECK(r.statements[2].speaker == "person:eleanor-vasquez");
  CHECK(r.statements[2].cue == "added");
}

TEST_CASE("Pronouns and descriptions as speakers", "[quotes]") {
  ArticleResult r =
      Run("Hearing\n\n" + Q("This is a scandal,") +
          " Sen. Harriet Lindqvist told Attorney General Samuel Okafor at a hearing. " +
          Q("Will you act?") + " the senator asked the AG.\n\n" + Q("Yes,") + " he replied. " +
          Q("We will act.") + "\n");
  REQUIRE(r.statements.size() >= 3);
  CHECK(r.statements[0].speaker == "person:harriet-lindqvist");
  CHECK(r.statements[1].speaker == "person:harriet-lindqvist");
  CHECK(r.statements[2].speaker == "person:samuel-okafor");
}

TEST_CASE("Following statement with a multi-paragraph quotation", "[quotes]") {
  ArticleResult r =
      Run("Union statement\n\nRaymond Achterberg, President of the Harbor "
          "Workers Union, released the following statement:\n\n" +
          kOpen + "We stand together.\n\n" + kOpen + "We will not back down." + kClose + "\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:raymond-achterberg");
  CHECK(r.statements[0].text == "We stand together. We will not back down.");
  CHECK(r.statements[0].cue == "released the following statement");
  CHECK(r.statements[0].evidence.rule == "quote.colon");
  CHECK(
      HasRelation(r, "HAS_ROLE", "person:raymond-achterberg", "organization:harbor-workers-union"));
}

TEST_CASE("Unattributed quotation paragraph continues the previous speaker", "[quotes]") {
  ArticleResult r = Run("Fire season\n\n" + Q("The fires are worse every year,") +
                        " Chief Lorraine Abernathy said.\n\n" +
                        Q("We need more crews before the summer.") + "\n");
  REQUIRE(r.statements.size() == 2);
  CHECK(r.statements[1].speaker == "person:lorraine-abernathy");
  CHECK(r.statements[1].evidence.rule == "quote.continuation");
}

TEST_CASE("Scare quotes and titles are not statements", "[quotes]") {
  ArticleResult r = Run("Notice sent\n\nGov. Franklin Odum issued a " + Q("cease and desist") +
                        " notice to the agency. Critics called it the " + Q("sanctuary op") +
                        " and Odum told " + Q("Morning Hour.") + "\n");
  CHECK(r.statements.empty());
}

TEST_CASE("A quotation interrupted by its attribution", "[quotes]") {
  ArticleResult r =
      Run("Budget\n\n" + Q("We will balance it,") + " said Councilwoman Priya Ramaswamy. " +
          Q("And we will do it soon.") + "\n");
  REQUIRE(r.statements.size() == 2);
  CHECK(r.statements[0].speaker == "person:priya-ramaswamy");
  CHECK(r.statements[1].speaker == "person:priya-ramaswamy");
}

TEST_CASE("Speech verbs beyond said, and according to", "[quotes]") {
  ArticleResult r = Run("Rally\n\n" + Q("I was just endorsed by the Firefighters Union.") +
                        " Dominic Falcone boasted on stage.\n\n" + Q("Nothing will change,") +
                        " according to Beatrice Holloway.\n");
  REQUIRE(r.statements.size() == 2);
  CHECK(r.statements[0].speaker == "person:dominic-falcone");
  CHECK(r.statements[0].cue == "boasted");
  CHECK(r.statements[1].speaker == "person:beatrice-holloway");
  CHECK(HasRelation(r, "ENDORSES", "organization:firefighters-union", "person:dominic-falcone"));
}

TEST_CASE("Show titles in quotation marks are not statements", "[quotes]") {
  ArticleResult r = Run("Interview\n\nSen. Rhoda Finch appeared on " + Q("Weekend Morning Talk.") +
                        " She was asked about the budget.\n");
  CHECK(r.statements.empty());
}

TEST_CASE("He and she follow the gender of first names", "[quotes]") {
  ArticleResult r = Run("Debate\n\nMargaret Ellison met Thomas Whitaker on Monday. " +
                        Q("We disagree,") + " she said.\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:margaret-ellison");
}

TEST_CASE("Speaker after a possessor, participle after a speech verb", "[quotes]") {
  // The possessor of the title is not the speaker.
  ArticleResult a = Run("Caucus\n\nGregory Tallis ran for mayor. " + Q("We are ready,") +
                        " said Tallis's campaign chairman Eleanor Vasquez.\n");
  REQUIRE(a.statements.size() == 1);
  CHECK(a.statements[0].speaker == "person:eleanor-vasquez");
  // "he continued, adding, "..."".
  ArticleResult b =
      Run("Vote\n\nGregory Tallis wrote an op-ed. " + Q("It is frightening,") +
          " he continued, adding, " + Q("We must come together to win this year.") + "\n");
  REQUIRE(b.statements.size() == 2);
  CHECK(b.statements[1].speaker == "person:gregory-tallis");
}

TEST_CASE("A courtesy title before the speaker of any verb", "[quotes]") {
  ArticleResult r = Run("Donor letter\n\nThe donor Oswin Threlkeld wrote a letter. " +
                        Q("Our allies have lost confidence in us,") + " Mr. Threlkeld warned.\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:oswin-threlkeld");
}

TEST_CASE("He/she go to the person the previous sentences are about", "[quotes][references]") {
  // The most recent man is Trent Albright, but the paragraph is about Dmitri
  // Haldane: his sentence opens with him, the next one with "He".
  ArticleResult r =
      Run("Panel\n\nDmitri Haldane, a retired general, has long criticised the plan. "
          "He told the panel that Trent Albright had misled voters.\n\n" +
          Q("The plan fails every test,") + " he said.\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:dmitri-haldane");
}

TEST_CASE("Descriptions with modifiers: the Democratic senator", "[quotes][references]") {
  ArticleResult r =
      Run("Backing\n\nSen. Marguerite Olander (D-Ore.) backed Paula Vickers on "
          "Monday. The Democratic senator, who stayed neutral for months, spoke "
          "after Vickers left.\n\nShe said the race " +
          Q("is about all of us, not one candidate.") + "\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:marguerite-olander");
}
