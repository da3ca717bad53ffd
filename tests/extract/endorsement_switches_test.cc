// ENDORSES from a switched endorsement (endorsement_switches.cc): "X
// switched his endorsement from Z to Y" is X -> Y, and nothing for Z, whose
// endorsement was withdrawn; a hedge, a wish or a policy after "to" gives
// nothing.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a switched endorsement goes to the new candidate", "[relations][endorse]") {
  ArticleResult a =
      Run(std::string(kElectionIntro) +
          "Mark Delaney switched his endorsement from Ruth Calloway to Tom Hadley.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:mark-delaney", "person:tom-hadley"));
  CHECK(CountType(a, "ENDORSES") == 1);
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Tom Hadley won the runoff. Mark Delaney had shifted his support to "
                        "Hadley after the primary.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:mark-delaney", "person:tom-hadley"));
  CHECK(CountType(b, "ENDORSES") == 1);
}

TEST_CASE("ENDORSES: a switch that names no candidate or is hedged", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Some delegates could switch their support to Tom Hadley, and Mark "
                        "Delaney urged Ruth Calloway to shift her support to Tom Hadley.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Mark Delaney moved his support from Ruth Calloway's bill to the idea of "
                        "a gas tax.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}
