// A bare surname several people of the article share, after a sentence that
// opens with one of them by full name (extract/quote_surnames.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindStatement;
using testing::Run;
using testing::SpeakerName;

TEST_CASE("A shared surname is the namesake the sentence before opens with", "[quote_surnames]") {
  const ArticleResult r =
      Run("Ferry service ends\n\n"
          "Marta Quillfeather has run the island ferry for twenty years. Quillfeather said the "
          "boat would stop in May. \"We simply cannot pay for the fuel any more,\" Quillfeather "
          "said.\n\n"
          "Daniel Quillfeather, her brother, sold his share of the company last year.\n\n"
          "Daniel Quillfeather spoke to the island council on Tuesday about the last crossings. "
          "\"The island will be cut off for most of the winter months,\" Quillfeather said.\n");
  CHECK(SpeakerName(r, "We simply cannot pay") == "Marta Quillfeather");
  CHECK(SpeakerName(r, "The island will be cut off") == "Daniel Quillfeather");
}

TEST_CASE("A namesake named as an object or an apposition does not take the surname",
          "[quote_surnames]") {
  const ArticleResult r =
      Run("Ferry service ends\n\n"
          "Marta Quillfeather has run the island ferry for twenty years. Quillfeather said the "
          "boat would stop in May. \"We simply cannot pay for the fuel any more,\" Quillfeather "
          "said.\n\n"
          "She thanked her brother, Daniel Quillfeather, for the years on the boat. "
          "\"He kept the engines running through every storm we had,\" Quillfeather said.\n");
  CHECK(SpeakerName(r, "He kept the engines running") == "Marta Quillfeather");
}

TEST_CASE("A description after a sentence naming two people is its subject", "[quote_surnames]") {
  // extract/quote_descriptions.cc (EpithetPerson) with OpeningPerson.
  const ArticleResult r =
      Run("Harbor vote\n\n"
          "Ann Ortiz has called Bob Ferguson's plan reckless and said she would fight it. "
          "\"We cannot spend the harbor fund on a wall that will not hold,\" the former "
          "teacher said.\n\n"
          "Bob Ferguson returned to the cost of the plan, asking Ortiz what she would build "
          "instead. \"We will build a wall that holds for fifty years,\" the lawyer said.\n");
  CHECK(SpeakerName(r, "We cannot spend the harbor fund") == "Ann Ortiz");
  // The interviewer's question is answered by the other person.
  CHECK(SpeakerName(r, "We will build a wall that holds") != "Bob Ferguson");
}

TEST_CASE("A speaker who is only the object of a preposition gives no statement",
          "[quote_surnames]") {
  // extract/quote_surnames.cc (ObjectSpeaker).
  const ArticleResult r =
      Run("Harbor vote\n\n"
          "Dock workers are calling on Mayor Ann Ortiz to delay the vote, saying the plan is "
          "\"a slap in the face to every family in the lower harbor.\"\n\n"
          "The council sent the bill to Gov. Bob Ferguson, who responded by saying, \"I will "
          "sign this bill as soon as it reaches my desk.\"\n\n"
          "The harbor board sent its report to Mayor Ann Ortiz \u2014 who answered by saying, "
          "\"The board has done the work this city asked of it.\"\n");
  CHECK(FindStatement(r, "a slap in the face") == nullptr);
  CHECK(SpeakerName(r, "I will sign this bill") == "Bob Ferguson");
  CHECK(SpeakerName(r, "The board has done the work") == "Ann Ortiz");
}

TEST_CASE("President X is not the relative named later as first lady or daughter-in-law",
          "[quotes][mentions]") {
  ArticleResult a = Run(
      "Storm\n\nWaving the state flag, President Harlow vowed to rebuild. \"We will get it "
      "done,\" Harlow said.\n\nHarlow was accompanied by first lady Delphine Harlow, who arrived "
      "in the city on Tuesday.\n\n\"This is a great state,\" Harlow said.\n");
  const Statement* s = FindStatement(a, "We will get it done");
  REQUIRE(s != nullptr);
  CHECK(s->speaker != "person:delphine-harlow");
  s = FindStatement(a, "This is a great state");
  REQUIRE(s != nullptr);
  CHECK(s->speaker != "person:delphine-harlow");
  // A courtesy title still finds the relative: Mr. Kessler is Jared
  // Kessler, the president's son-in-law.
  ArticleResult b =
      Run("Talks\n\nJared Kessler, the president's son-in-law, flew to Cairo on Monday.\n\n\"We "
          "made real progress today,\" Mr. Kessler said.\n");
  CHECK(SpeakerName(b, "We made real progress") == "Jared Kessler");
}

TEST_CASE("The possessor of a role is not the speaker its apposition names", "[quotes]") {
  ArticleResult a = Run(
      "Case\n\nGov. Harold Finch faces a new inquiry.\n\nFinch's lawyer, Dana Whitlow, said in a "
      "statement that any suggestion of wrongdoing is \"categorically false and will be "
      "fought.\"\n\nFinch's widow, Marta, said outside the court that she was \"very pleased with "
      "what the judge decided today.\"\n");
  CHECK(SpeakerName(a, "categorically false") == "Dana Whitlow");
  const Statement* s = FindStatement(a, "very pleased with");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
}

}  // namespace
}  // namespace kg::extract
