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

TEST_CASE("Any verb after the name when the comma is inside the marks", "[quotes]") {
  ArticleResult r =
      Run("Trade\n\nThe donor Harold Threlkeld spoke on Friday.\n\n\"Tariffs will hurt the "
          "farmers in my state,\" Threlkeld grumbled.\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:harold-threlkeld");
  CHECK(r.statements[0].evidence.rule == "quote.after_any_verb");
}

TEST_CASE("Any verb after the name, then a participle clause", "[quotes]") {
  ArticleResult r = Run(
      "Debate\n\nThe host pressed Harold Threlkeld on jobs.\n\n\"And that is a slow rate of job "
      "creation,\" Threlkeld shot back, ignoring the host.\n\nThe rally went on. \"Tariffs will "
      "hurt the farmers in my state,\" Threlkeld supporters, chanting loudly.\n");
  const Statement* s = nullptr;
  for (const Statement& x : r.statements) {
    if (x.text.starts_with("And that is")) s = &x;
    CHECK_FALSE(x.text.starts_with("Tariffs"));
  }
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-threlkeld");
  CHECK(s->evidence.rule == "quote.after_any_verb");
}

TEST_CASE("Straight quotes and sentences glued without spaces", "[quotes]") {
  // Scraped text that lost its spaces: ',"We', 'said."The', '.""Our'.
  ArticleResult r =
      Run("Endorsement\n\nThe Harbor City Tribune backed a candidate on Friday. The board met "
          "Mayor Eleanor Vasquez in March,\"We believe she will fix the port,\" the newspaper's "
          "editorial board said.\"Her plan is the best one we have seen,\" the editorial said.The "
          "board also met Gregory Tallis, who said that \"the port needs a new plan.\"\"Our city "
          "deserves better,\" added Tallis.\n");
  REQUIRE(r.statements.size() == 4);
  CHECK(r.statements[0].speaker == "organization:harbor-city-tribune");
  CHECK(r.statements[0].text == "We believe she will fix the port,");
  CHECK(r.statements[1].speaker == "organization:harbor-city-tribune");
  CHECK(r.statements[2].speaker == "person:gregory-tallis");
  CHECK(r.statements[2].text == "the port needs a new plan.");
  CHECK(r.statements[3].speaker == "person:gregory-tallis");
}

TEST_CASE("A quotation inside reported speech", "[quotes]") {
  ArticleResult r =
      Run("Dispute\n\nGregory Tallis said the ruling forced him to admit that \"the county has no "
          "money left for roads\" before the vote. Critics called it the \"roads scandal\" on "
          "Monday.\n\nPriya Ramaswamy wrote a column called \"Why our roads keep falling apart "
          "again\" last year.\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:gregory-tallis");
  CHECK(r.statements[0].evidence.rule == "quote.reported");
}

TEST_CASE("Organisations and documents as speakers", "[quotes]") {
  // The correspondents' group is the one whose name holds the word; the
  // memo speaks for the person who wrote it.
  ArticleResult r =
      Run("Access\n\nThe Capitol Photographers Association protested on Monday. In its statement, "
          "the photographers' group said the ban \"is wrong and must be lifted at once.\"\n\n"
          "In a memo to staff, Mayor Eleanor Vasquez set new rules. The memo declares, "
          "\"No department may sign a contract without a review.\"\n");
  REQUIRE(r.statements.size() == 2);
  CHECK(r.statements[0].speaker == "organization:capitol-photographers-association");
  CHECK(r.statements[1].speaker == "person:eleanor-vasquez");
}

TEST_CASE("A sentence after a quotation closed by its own period", "[quotes]") {
  // The union thanked someone: it did not say the quoted words, which go to
  // the speaker of the sentence that holds them.
  ArticleResult r =
      Run("Vote\n\nIn a statement, union president Raymond Achterberg said the members backed "
          "Tallis because his plan \"protects every worker on the harbor.\" The Harbor Workers "
          "Union thanked Tallis for his support.\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:raymond-achterberg");
}

TEST_CASE("A colon introduces the quotation of the sentence's person", "[quotes]") {
  ArticleResult r =
      Run("Speech\n\nGov. Eleanor Vasquez summed up her plan in one line on Monday: \"Every "
          "child in this state deserves a good school.\"\n\nThe report listed three findings: "
          "\"Roads are failing across the whole county.\"\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:eleanor-vasquez");
  CHECK(r.statements[0].evidence.rule == "quote.colon_intro");
}

TEST_CASE("Reported speech: the first speech verb of the sentence speaks", "[quotes]") {
  // "shouted at her "..."" is inside what Vasquez said; "her" is an object
  // here, so a long quotation after it is no scare quote.
  ArticleResult r =
      Run("Meeting\n\nEleanor Vasquez said that after the hearing she was led to an office, where "
          "he shouted at her \"for longer than the hearing itself had lasted\" and left.\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:eleanor-vasquez");
}

TEST_CASE("Passive speech verbs and unnamed described speakers", "[quotes]") {
  // The agent of "was asked by" speaks; "was told" alone names nobody; an
  // unnamed "a campaign official" is not the first name of the sentence.
  ArticleResult r = Run(
      "Interview\n\nOn Monday, Gov. Eleanor Vasquez was asked by Gregory Tallis: \"Will you run "
      "for the Senate next year?\"\n\nMayor Priya Ramaswamy was told her plan would be "
      "\"dead on arrival in the state capital.\"\n\nAfter Ramaswamy spoke, a campaign official "
      "said, \"We will decide about the race in the spring.\"\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:gregory-tallis");
}

TEST_CASE("Less common speech verbs attribute a quotation", "[quotes]") {
  // "vented", "intoned", "underscores", "admits", "concedes" and "alleges"
  // are speech verbs like "said"; "alleged" is not in the list, because it is
  // mostly an adjective ('citing alleged "..."').
  ArticleResult r =
      Run("Budget\n\nGregory Tallis chairs the committee.\n\n\"Who am I going to irritate by "
          "cutting the budget?\" vented Gregory Tallis on Monday.\n\nEleanor Vasquez underscores "
          "that the plan \"will close three schools in the valley next year.\"\n\nBut Priya "
          "Ramaswamy admits, \"We simply do not have the money to keep them open.\"\n\nThe report "
          "cited alleged \"irregularities in the accounts of the school board\" last year.\n");
  const Statement* vented = FindStatement(r, "Who am I going");
  REQUIRE(vented != nullptr);
  CHECK(vented->speaker == "person:gregory-tallis");
  const Statement* underscores = FindStatement(r, "will close three");
  REQUIRE(underscores != nullptr);
  CHECK(underscores->speaker == "person:eleanor-vasquez");
  const Statement* admits = FindStatement(r, "We simply");
  REQUIRE(admits != nullptr);
  CHECK(admits->speaker == "person:priya-ramaswamy");
  const Statement* alleged = FindStatement(r, "irregularities");
  CHECK((alleged == nullptr || alleged->speaker != "person:priya-ramaswamy"));
}
