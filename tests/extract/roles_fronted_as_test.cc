// HAS_ROLE for a role named with "as": a phrase opening the sentence ("As
// chairman of Y, X ...", "As Y chairman, X ...", role_fronted_as.cc) and one
// in an apposition ("X, as chairman of Y, ...", role_appositions.cc), with
// the cases that must stay silent.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a fronted 'As TITLE of Y, X'", "[relations][roles]") {
  ArticleResult a =
      Run("Tides\n\nAs chairman of the Harbour Safety Committee, Harold Pimsleur steered the bill. "
          "As Lakeshore Institute director, Greta Valdane hired new staff. Mira Tolland, as "
          "the president of the Ocean Science Council, said no.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:harbour-safety-committee");
  CHECK(p->title == "chairman");
  CHECK(p->evidence.rule == "role.fronted_as");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:lakeshore-institute"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:ocean-science-council"));
}

TEST_CASE("HAS_ROLE: no fronted role for a candidate, a possessor or 'as well as'",
          "[relations][roles]") {
  ArticleResult a =
      Run("Tides\n\nAs a candidate for chairman of the Harbour Safety Committee, Harold Pimsleur "
          "spoke. As head of the Lakeshore Institute, Greta Valdane's tenure was short. Mira "
          "Tolland, as well as the president of the Ocean Science Council, said no.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
}
