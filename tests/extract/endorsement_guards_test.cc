// Guards on the ends of ENDORSES edges (extract/endorsement_ends.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasRelation;
using testing::Run;

// ModifierOnly: an organisation that only modifies a group noun after it
// ("Freedom Caucus members") did not endorse; some of its people did.
TEST_CASE("an organisation modifying a group noun is no endorser", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Sen. Maria Alvarez picked up endorsements from Freedom Caucus members.\n");
  const Entity* org = FindEntity(r, "Freedom Caucus");
  const Entity* person = FindEntity(r, "Maria Alvarez");
  REQUIRE(org != nullptr);
  REQUIRE(person != nullptr);
  CHECK_FALSE(HasRelation(r, "ENDORSES", org->id, person->id));
}

TEST_CASE("the organisation itself is an endorser", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Sen. Maria Alvarez picked up endorsements from the Freedom Caucus.\n");
  const Entity* org = FindEntity(r, "Freedom Caucus");
  const Entity* person = FindEntity(r, "Maria Alvarez");
  REQUIRE(org != nullptr);
  REQUIRE(person != nullptr);
  CHECK(HasRelation(r, "ENDORSES", org->id, person->id));
}

}  // namespace
}  // namespace kg::extract
