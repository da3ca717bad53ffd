// HAS_ROLE for a title named before its holder: "the chairman of the Y,
// Rep. X, D-Calif., said", "A spokesman for the Y, X, declined", "the head of
// Freedonia's Y, X," (role_title_first.cc), with the lists and clauses where
// the name after the comma holds no such title.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a title of Y, then its holder in an apposition", "[relations][roles]") {
  ArticleResult a =
      Run("Tides\n\nThe chairman of the Harbour Safety Committee, Rep. Harold Pimsleur, "
          "D-Maine, said the tide was turning. A spokeswoman for the Lakeshore Institute, Greta "
          "Valdane, declined to comment. The head of Freedonia's Ocean Science Council, Vice Adm. "
          "Peter Brennholt, was not so sure.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:harbour-safety-committee");
  CHECK(p->title == "chairman");
  CHECK(p->evidence.rule == "role.title_of");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:lakeshore-institute"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:peter-brennholt", "organization:ocean-science-council"));
}

TEST_CASE("HAS_ROLE: no holder after a listed or dated title", "[relations][roles]") {
  // The title is the earlier person's in a list of appositions or a
  // who-clause; a lawyer for a body names a client; "as an analyst for Y"
  // may be long past.
  ArticleResult a =
      Run("Tides\n\nRep. Harold Pimsleur, D-Maine, the chair of the Harbour Safety Committee, "
          "Rep. Greta Valdane, D-Vt., and Rep. Anna Brennholt signed it. Mira Tolland, who "
          "serves as a co-chair of the Lakeshore Institute, Peter Brennholt and Jon Marra left. A "
          "lawyer for the Ocean Science Council, Colin Ferrante, said nothing. After years as an "
          "analyst for the Dunmore Institute, Lydia Kestrel ran for office.\n");
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
  CHECK(RoleOf(a, "person:peter-brennholt") == nullptr);
  CHECK(RoleOf(a, "person:colin-ferrante") == nullptr);
  CHECK(RoleOf(a, "person:lydia-kestrel") == nullptr);
}
