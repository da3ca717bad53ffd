// First names both sexes bear (Pat, Jamie, Dana): he and she may both stand
// for their bearers, as weakly as for a name of no known gender
// (references.cc, gen_gazetteer.py).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("He after a man whose first name is more often a woman's is that man", "[quotes]") {
  ArticleResult r =
      Run("Flood\n\nMayor Pat Quenby toured the river district on Sunday.\n\n\"Every street "
          "down here was under water by noon,\" he said.\n");
  CHECK(SpeakerName(r, "Every street down here") == "Pat Quenby");
}

TEST_CASE("She after a woman whose first name is more often a man's is that woman", "[quotes]") {
  ArticleResult r =
      Run("Schools\n\nCouncilwoman Jamie Orlow voted against the budget on Monday.\n\n\"We cannot "
          "close three schools in one year,\" she said.\n");
  CHECK(SpeakerName(r, "We cannot close three") == "Jamie Orlow");
}

TEST_CASE("A person of the pronoun's own gender still wins over a more recent unisex name",
          "[quotes]") {
  // Marcus Bellweather is named first and is the subject; Dana Kirsh only
  // appears as an object in the sentence after him.
  ArticleResult r = Run(
      "Port\n\nMarcus Bellweather, the port director, met the harbor board on Friday. Board "
      "members thanked him and Dana Kirsh for the report.\n\n\"We will dredge the channel before "
      "the winter storms,\" he said.\n");
  CHECK(SpeakerName(r, "We will dredge the channel") == "Marcus Bellweather");
}

TEST_CASE("Mr. settles the gender of a unisex first name", "[quotes]") {
  ArticleResult r =
      Run("Budget\n\nSen. Pat Quenby and Sen. Laura Vintner met on Tuesday. Mr. Quenby left early "
          "and Ms. Vintner stayed for the vote.\n\n\"The vote was never in doubt,\" she said.\n");
  CHECK(SpeakerName(r, "The vote was never in doubt") == "Laura Vintner");
}
