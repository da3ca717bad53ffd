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
  CHECK(p->title == "Norbert Q. Haskell Professor");
  CHECK(p->evidence.rule == "role.copula");
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:lakeshore-institute"));
}

TEST_CASE("HAS_ROLE: a capitalised field or beat before the title", "[relations][roles]") {
  ArticleResult a =
      Run("Harbours\n\nHarold Pimsleur is the Norbert and Edna Haskell Senior Fellow at Dunmore "
          "University. \"The dredging will wait,\" said Mira Tolland, Litigation Director at the "
          "Lakeshore Institute. Peter Brennholt, Chief Investment Officer for the Ocean Science "
          "Council, left early.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:dunmore-university");
  CHECK(p->title == "Norbert and Edna Haskell Senior Fellow");
  const Relation* m = RoleOf(a, "person:mira-tolland");
  REQUIRE(m != nullptr);
  CHECK(m->target == "organization:lakeshore-institute");
  CHECK(m->title == "Litigation Director");
  CHECK(HasRelation(a, "HAS_ROLE", "person:peter-brennholt", "organization:ocean-science-council"));
}

TEST_CASE("HAS_ROLE: a capitalised run with no body after it, or before another name",
          "[relations][roles]") {
  // A run not followed by of|at|for|with, and a capitalised title whose
  // body another name follows (a list: the title is that name's), give
  // the apposition's person nothing.
  ArticleResult a = Run(
      "Harbours\n\nHarold Pimsleur spoke at the Lakeshore Institute. Mira Tolland, the Pimsleur "
      "Professor, agreed. The letter went to Peter Brennholt, Acting Director of the "
      "Lakeshore Institute Nina Orbeck and others.\n");
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
  CHECK(RoleOf(a, "person:peter-brennholt") == nullptr);
}

TEST_CASE("HAS_ROLE: a copula's title in a named unit of the body", "[relations][roles]") {
  // A unit of two capitalised words or more is the owner's; one word may
  // be the rest of a cut name.
  ArticleResult a =
      Run("Harbours\n\nHarold Pimsleur is a senior fellow at the Lakeshore Institute's Ocean "
          "Forensics Lab. Mira Tolland is a senior fellow at the Dunmore Institute's Future.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:lakeshore-institute"));
  CHECK_FALSE(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:dunmore-institute"));
}

TEST_CASE("HAS_ROLE: a continent or region before the title", "[relations][roles]") {
  // Continents are no places to the gazetteer; as a region field they were
  // not read (role_descriptions.cc, RegionFieldEnd).
  ArticleResult a =
      Run("Harbours\n\n\"It will wait,\" said Harold Pimsleur, Europe and Central Asia director at "
          "the Lakeshore Institute. Mira Tolland, an Asia security analyst with the Dunmore Policy "
          "Center, agreed.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:lakeshore-institute");
  CHECK(p->title == "Europe and Central Asia director");
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:dunmore-policy-center"));
}
