// A place description ("the Kentucky Republican said") after a sentence
// that names several people (quote_places.cc, UnplacedPerson): the one who
// holds an elected office and whom nothing the article says contradicts.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A place description picks the one officeholder of several people", "[quotes]") {
  ArticleResult r =
      Run("Budget\n\nSenate Majority Leader Orrin Vasquez spoke after President Dale Whitford and "
          "Rep. Nora Quill (D-Calif.) met on Monday.\n\n\"We will not pass this bill in its "
          "present form,\" the Oregon Republican told reporters.\n\nSen. Elsa Marchetti, a "
          "Democrat, answered questions beside Senate Democratic leader Ross Penhallow.\n\n\"The "
          "votes are simply not there this week,\" the Vermont Democrat said.\n");
  const Statement* s = FindStatement(r, "We will not pass");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:orrin-vasquez");
  // Both are Democratic officeholders: nobody.
  s = FindStatement(r, "The votes are simply");
  CHECK((s == nullptr || s->speaker.empty()));
}

TEST_CASE("A place description names nobody when no officeholder of that place is named",
          "[quotes]") {
  ArticleResult r =
      Run("Rally\n\nOhio Sen. Celia Brandauer stood beside President Hal Odom at the fair.\n\n\"We "
          "will carry this state again,\" the Idaho Republican said.\n\nOhio Sen. Celia Brandauer "
          "stood beside Gov. Marcus Fenwright at the fair.\n\n\"We will carry this state "
          "twice,\" the Idaho Republican said.\n");
  const Statement* s = FindStatement(r, "We will carry this state again");
  CHECK((s == nullptr || s->speaker.empty()));
  // The senator is of another state: the governor.
  s = FindStatement(r, "We will carry this state twice");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:marcus-fenwright");
}
