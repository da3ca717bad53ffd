// "the state X Party" as an endorser (extract/endorsement_state_party.cc):
// only the party of a state named close before, never the national party.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasRelation;
using testing::Run;

TEST_CASE("another state's party is not 'the state party'", "[endorsement_state_party]") {
  const ArticleResult r =
      Run("Intro line here.\n\nOhio\n\n"
          "The Ohio Republican Party endorsed Maxine Rutherford for governor.\n\nMichigan\n\n"
          "In the open race for governor, Walter Brennick got the endorsement of the state "
          "Republican Party.\n");
  const Entity* party = FindEntity(r, "Ohio Republican Party");
  REQUIRE(party != nullptr);
  CHECK(HasRelation(r, "ENDORSES", party->id, "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", party->id, "person:walter-brennick"));
}

TEST_CASE("the national party is not 'the state party'", "[endorsement_state_party]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The Republican Party has held the governor's office for years. Walter Brennick got "
          "the endorsement of the state Republican Party in the primary.\n");
  CHECK(testing::CountType(r, "ENDORSES") == 0);
}

TEST_CASE("the party of the state named before is 'the state party'", "[endorsement_state_party]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The Vermont Democratic Party met in Burlington on Saturday. Maxine Rutherford won "
          "the endorsement of the state Democratic Party in the primary for governor.\n");
  const Entity* party = FindEntity(r, "Vermont Democratic Party");
  REQUIRE(party != nullptr);
  CHECK(HasRelation(r, "ENDORSES", party->id, "person:maxine-rutherford"));
}

}  // namespace
}  // namespace kg::extract
