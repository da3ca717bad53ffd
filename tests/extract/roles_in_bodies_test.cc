// HAS_ROLE for the body after `in` in an apposition ("X, a lawyer in the Y's
// Z Division") and for a named professorship before the title ("X is the
// Shapiro Professor of Law at Y"), with the cases where they must stay
// silent (role_in_bodies.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a title's body after in", "[relations][roles]") {
  ArticleResult a =
      Run("Harbours\n\nThe dredging will wait, said Harold Pimsleur, a lawyer in the Harbour "
          "Safety Council's enforcement division. Mira Tolland, a research scientist in the "
          "Department of Ocean Studies at Dunmore University, agreed. Peter Brennholt, a senior "
          "economist in the Lakeshore Institute, left early.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:harbour-safety-council");
  CHECK(p->title == "lawyer");
  CHECK(p->evidence.rule == "role.apposition");
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:dunmore-university"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:peter-brennholt", "organization:lakeshore-institute"));
}

TEST_CASE("HAS_ROLE: in names no body of a past title, a modifier or a description",
          "[relations][roles]") {
  // A past title, a name modifying a noun after it, and a body after a
  // description (read as a place) give nothing.
  ArticleResult a =
      Run("Harbours\n\nHarold Pimsleur, a former official in the Harbour Safety Council, spoke. "
          "Mira Tolland, a prominent lawyer in Lakeshore Institute circles, agreed. Peter "
          "Brennholt, chairman of a small faction in the Ocean Science Council, left early.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
  CHECK(RoleOf(a, "person:peter-brennholt") == nullptr);
}

TEST_CASE("HAS_ROLE: a named professorship before the title", "[relations][roles]") {
  ArticleResult a =
      Run("Harbours\n\nHarold Pimsleur is the Norbert Q. Haskell Professor of Maritime Law at "
          "Dunmore University. \"The dredging will wait,\" said Mira Tolland, the Chancellor's "
          "Professor of Ocean Policy at the Lakeshore Institute.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:dunmore-university");
  CHECK(p->title == "Professor");
  CHECK(p->evidence.rule == "role.copula");
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:lakeshore-institute"));
}

TEST_CASE("HAS_ROLE: a capitalised name before a title that is no professorship",
          "[relations][roles]") {
  // Only "... Professor of": a name before another title, or a professor
  // with no field, stays as before.
  ArticleResult a =
      Run("Harbours\n\nHarold Pimsleur is the Norbert Haskell Fellow at Dunmore University. Mira "
          "Tolland, the Norbert Haskell Professor at the Lakeshore Institute, agreed.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
}
