// HAS_ROLE for a title coordinated after a description of the person in an
// apposition: "X, a physician and the director of Y", "X, an expert on
// tides and a professor at Y", "X, a friend of Z's and the CEO of Y"
// (role_description_titles.cc), with the cases where it may not fire.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a description, then and a|the and a title", "[relations][roles]") {
  ArticleResult a =
      Run("Tides\n\nThe tide is turning, said Harold Pimsleur, a lifelong sailor and the director "
          "of the Lakeshore Institute. Greta Valdane, an expert on harbour erosion and a professor "
          "at Dunmore University, agreed. Mira Tolland, a friend of Pimsleur's and the chief "
          "executive of the Ocean Science Council, was not so sure. Peter Brennholt, a keen "
          "swimmer and the most junior member of the Harbour Safety Committee, left.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:lakeshore-institute");
  CHECK(p->title == "director");
  CHECK(p->evidence.rule == "role.apposition");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:dunmore-university"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:ocean-science-council"));
  const Relation* b = RoleOf(a, "person:peter-brennholt");
  REQUIRE(b != nullptr);
  CHECK(b->target == "organization:harbour-safety-committee");
  CHECK(b->title == "member");
}

TEST_CASE("HAS_ROLE: no title after a description for lists and hopefuls", "[relations][roles]") {
  // A bare name before "and" lists people; a candidate holds no seat; a
  // would-be role is no role.
  ArticleResult a =
      Run("Tides\n\nHarold Pimsleur, Greta Valdane and the director of the Lakeshore Institute "
          "met on Monday. Mira Tolland, a keen swimmer and a candidate for chairman of the Ocean "
          "Science Council, was not so sure. Peter Brennholt, a retired sailor and the incoming "
          "director of the Harbour Safety Committee, left.\n");
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
  CHECK(RoleOf(a, "person:peter-brennholt") == nullptr);
}

TEST_CASE("HAS_ROLE: a capitalised word or 'of the' in the description", "[relations][roles]") {
  // After the apposition's article a capitalised word naming no entity is
  // part of the description ("a Dallas Democrat", "a major Republican
  // donor"), and so is "the" after "of" ("a co-author of the report").
  ArticleResult a =
      Run("Tides\n\nThe tide is turning, said Harold Pimsleur, a Dunmore Democrat and chairman of "
          "the Harbour Safety Committee. Greta Valdane, a major Republican donor and CEO of the "
          "shipping company Valdane Freight LLC, agreed. Mira Tolland, a co-author of the report "
          "and a senior fellow at the Lakeshore Institute, was not so sure.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:harbour-safety-committee");
  CHECK(p->title == "chairman");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:valdane-freight-llc"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:lakeshore-institute"));
}

TEST_CASE("HAS_ROLE: no capitalised description without the article", "[relations][roles]") {
  // Without "a|an|the" a capitalised word may be a name in a list of people;
  // an incoming role is still no role.
  ArticleResult a =
      Run("Tides\n\nHarold Pimsleur, Valdane and the director of the Lakeshore Institute met on "
          "Monday. Peter Brennholt, a Dunmore Democrat and the incoming chairman of the Harbour "
          "Safety Committee, left.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  CHECK(RoleOf(a, "person:peter-brennholt") == nullptr);
}
