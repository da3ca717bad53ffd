// HAS_ROLE for the present role after `now` in an apposition whose first
// description is a past one: "X, a former aide to Y who is now a lobbyist
// at Z", "X, a former official in the Y administration and now a fellow at
// Z" (role_now.cc), with the cases where it may not fire.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: the role after now in an apposition", "[relations][roles]") {
  ArticleResult a = Run(
      "Harbours\n\nThe dredging will wait, said Harold Pimsleur, a former aide to Sen. Greta "
      "Valdane who is now a lobbyist at the Lakeshore Institute. Mira Tolland, a former harbour "
      "official in the Valdane administration and now a senior fellow at the Dunmore Policy "
      "Center, agreed. Peter Brennholt, who served as Valdane's spokesman and is now vice "
      "president of the Ocean Science Council, left early. Nina Orbeck, a retired pilot who now "
      "works for the Harbour Safety Council, stayed.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:lakeshore-institute");
  CHECK(p->title == "lobbyist");
  CHECK(p->evidence.rule == "role.apposition");
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:dunmore-policy-center"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:peter-brennholt", "organization:ocean-science-council"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:nina-orbeck", "organization:harbour-safety-council"));
  // The description's own person holds nothing.
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
}

TEST_CASE("HAS_ROLE: now belongs to the nearest apposition, not to a clause",
          "[relations][roles]") {
  // The `now` phrase after a second name's comma is that name's; a clause
  // after a bare comma and a speech verb's clause are nobody's apposition.
  ArticleResult a = Run(
      "Harbours\n\nMira Tolland, who is married to Harold Pimsleur, now the director of the "
      "Lakeshore Institute, spoke. Greta Valdane beat Peter Brennholt, and now the chairman of "
      "the Ocean Science Council is angry. Nina Orbeck, a pilot, said that the harbour is now a "
      "member of the Dunmore Port Authority.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:lakeshore-institute"));
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
  CHECK(RoleOf(a, "person:peter-brennholt") == nullptr);
  CHECK(RoleOf(a, "person:nina-orbeck") == nullptr);
}
