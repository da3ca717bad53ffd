// HAS_ROLE for researchers named after their discipline: "X, a historian at
// Y", "Y epidemiologist X", "X, a climate scientist at Y" hold a position at
// Y as "X, a professor at Y" does (scholar_titles.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: discipline titles of researchers", "[relations][roles]") {
  ArticleResult a =
      Run("Tides\n\nThe tide is turning, said Harold Pimsleur, a historian at Dunmore College. "
          "Lakeshore University epidemiologist Greta Valdane agreed. Mira Tolland, a climate "
          "scientist at the Ocean Science Council, was not so sure.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:dunmore-college");
  CHECK(p->title == "historian");
  const Relation* g = RoleOf(a, "person:greta-valdane");
  REQUIRE(g != nullptr);
  CHECK(g->target == "organization:lakeshore-university");
  CHECK(g->title == "epidemiologist");
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:ocean-science-council"));
}
