// Speakers named by what they are (quote_descriptions.cc, EpithetPerson,
// rule quote.epithet): "the real estate mogul said" after a sentence about
// a named person.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A description by what a person is names the person the text is about", "[quotes]") {
  ArticleResult r = Run(
      "Towers\n\nDeveloper Hal Brenner toured the harbor on Monday with his architects.\n\n\"We "
      "will build the tallest tower this city has ever seen,\" the real estate mogul said.\n\n"
      "Outside the gym, Dana Whitcomb waited for the doors to open.\n\n\"I never cared much for "
      "either of them, to be honest,\" said the 57-year-old nurse.\n\nThe shooting happened at "
      "night, lawyer Justin Barrow said. The lawyer said at a news conference that the widow "
      "\"will never, ever forget what she saw that night.\"\n");
  const Statement* s = FindStatement(r, "We will build");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:hal-brenner");
  CHECK(s->evidence.rule == "quote.epithet");
  s = FindStatement(r, "I never cared");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:dana-whitcomb");
  s = FindStatement(r, "will never, ever forget");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:justin-barrow");
}

TEST_CASE("A description names nobody after an unnamed person, a source or another office",
          "[quotes]") {
  ArticleResult r = Run(
      "Budget\n\nSen. Ruth Calloway spoke first at the hearing.\n\nA longtime Democratic "
      "lawmaker who asked not to be named disagreed. \"This will end badly for all of us,\" the "
      "lawmaker said.\n\nMartin Esterhaus left the room early.\n\n"
      "\"He knew it was over for the plan,\" the source said.\n\nThe crowd cheered for Hal "
      "Brenner and Dana Whitcomb.\n\n\"We are going to win this state in November,\" the "
      "candidate said.\n");
  CHECK(FindStatement(r, "This will end badly") == nullptr);
  CHECK(FindStatement(r, "He knew it was over") == nullptr);
  CHECK(FindStatement(r, "We are going to win") == nullptr);
  // "the senator" is not the governor the text is about.
  r =
      Run("Vote\n\nGov. Martin Esterhaus signed the bill on Friday.\n\n\"It was the worst vote of "
          "the whole session,\" the senator said.\n");
  CHECK(FindStatement(r, "It was the worst vote") == nullptr);
  // A party the person was not given; a reply; an apposition naming someone.
  r =
      Run("Race\n\nRepublican nominee Hal Brenner spoke in Ohio.\n\nLater Dana Whitcomb toured a "
          "factory.\n\n\"We will fight for every job in this state,\" the Republican nominee said."
          "\n\nThe moderator pressed Dana Whitcomb on taxes.\n\n\"I will do that very soon, "
          "believe me,\" the business mogul replied.\n\nDana Whitcomb visited Osaka.\n\n\"What do "
          "we do if the money disappears?\" asked the governor, Ichiro Matsuo.\n");
  CHECK(FindStatement(r, "We will fight for every job") == nullptr);
  CHECK(FindStatement(r, "I will do that very soon") == nullptr);
  const Statement* s = FindStatement(r, "What do we do");
  CHECK((s == nullptr || s->speaker != "person:dana-whitcomb"));
}

TEST_CASE("A candidacy or a chair is no office that rules out the senator", "[quotes]") {
  // A candidate, a nominee or a committee chairman is often the senator or
  // congressman a later description means; a governor is not (above).
  ArticleResult r =
      Run("Forum\n\nDemocratic presidential candidate Ruth Calloway apologized on Monday for "
          "her old remarks.\n\n\"I was wrong about that, and I should have listened "
          "sooner,\" the Ohio senator said at the forum.\n\nCommittee chairman Hal Brenner "
          "denied the claims on Friday.\n\n\"I had never seen the agreement before this "
          "evening,\" the congressman said in a statement.\n");
  const Statement* s = FindStatement(r, "I was wrong about that");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ruth-calloway");
  CHECK(s->evidence.rule == "quote.epithet");
  s = FindStatement(r, "I had never seen the agreement");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:hal-brenner");
}
