// quote.follows_subject after a conjunction or an introductory phrase
// (quote_characterized.cc, FollowsSubject).
#include <catch2/catch.hpp>

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

}  // namespace
}  // namespace kg::extract::testing
