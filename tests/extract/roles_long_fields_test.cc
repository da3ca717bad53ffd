// HAS_ROLE across a longer field between a title and its organisation: "X,
// the director of coastal health and HIV policy with the nonpartisan Y",
// "X, vice president for dredging, silt and tides at Y", "X, director of the
// center for harbour safety at the Y", "X, a fellow on governance at Y",
// "X, the special agent in charge of the Y's Dunmore office"
// (RoleRules::LongFieldEnd, role_descriptions.cc), with the cases where
// it may not fire.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a longer field between title and organisation", "[relations][roles]") {
  ArticleResult a = Run(
      "Harbours\n\nThe dredging will wait, said Harold Pimsleur, the director of coastal health "
      "and HIV policy with the nonpartisan Lakeshore Institute. Greta Valdane, vice president for "
      "dredging, silt and tides at the Ocean Science Council, agreed. Mira Tolland, director of "
      "the center for harbour safety at the conservative Dunmore Policy Center, was not so sure. "
      "Peter Brennholt, a senior fellow in the tidal studies program at the Brennan Institute, "
      "left. Nina Orbeck, the special agent in charge of the Harbour Safety Bureau's Dunmore "
      "office, stayed.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:lakeshore-institute");
  CHECK(p->title == "director");
  CHECK(p->evidence.rule == "role.apposition");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:ocean-science-council"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:dunmore-policy-center"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:peter-brennholt", "organization:brennan-institute"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:nina-orbeck", "organization:harbour-safety-bureau"));
}

TEST_CASE("HAS_ROLE: no long field through a place, a clause or a former title",
          "[relations][roles]") {
  // A place after the title ends the field, so the clause after it names no
  // employer; a former title's field is left alone; an unnamed body after
  // "at" is where the person works.
  ArticleResult a =
      Run("Harbours\n\nHarold Pimsleur, the minister of Portugal, spoke at a dinner for the "
          "Lakeshore Institute. Greta Valdane, a former head of dredging, silt and tide research "
          "at the "
          "Ocean Science Council, agreed. Mira Tolland, director of harbour safety at a small "
          "firm for the Dunmore Policy Center, left.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
}
