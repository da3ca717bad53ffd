// HAS_ROLE past a lawmaker's party description at the head of an apposition:
// "X, a Maryland Democrat and the ranking member of Y", "X, Ohio Republican
// and chairman of Y", "X, a Republican from Texas and chair of Y", "X, the
// Iowa Republican who chairs Y"; a past who-clause gives nothing.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a party description before the title", "[relations][roles]") {
  ArticleResult a = Run(
      "Harbours\n\nThe bill is dead, said Rep. Harold Pimsleur, Ohio Republican and chairman of "
      "the House Harbour Committee. Sen. Greta Valdane, a North Carolina Democrat and the "
      "ranking member of the Senate Dock Committee, agreed. Rep. Mira Tolland, a Republican "
      "from Texas and chair of the Lighthouse Caucus, was not so sure. Sen. Peter Brennholt, "
      "the Iowa Republican who chairs the Senate Tide Committee, said nothing.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:house-harbour-committee");
  CHECK(p->title == "chairman");
  CHECK(p->evidence.rule == "role.apposition");
  const Relation* g = RoleOf(a, "person:greta-valdane");
  REQUIRE(g != nullptr);
  CHECK(g->target == "organization:senate-dock-committee");
  CHECK(g->title == "ranking member");
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:lighthouse-caucus"));
  const Relation* b = RoleOf(a, "person:peter-brennholt");
  REQUIRE(b != nullptr);
  CHECK(b->target == "organization:senate-tide-committee");
  CHECK(b->evidence.rule == "role.leads");
}

TEST_CASE("HAS_ROLE: party descriptions that give no role", "[relations][roles]") {
  // A past verb after "who" may name a past role; a description that is no
  // party's ("a Texas rancher and ...") is left to the other rules.
  ArticleResult a =
      Run("Harbours\n\nThe bill is dead, said Harold Pimsleur, a Republican who headed the Harbour "
          "Authority from 2001 to 2009. Greta Valdane, an Ohio Democrat who served as chair of the "
          "Lighthouse Caucus in 2015, agreed. Mira Tolland, a Texas Republican and critic of the "
          "Senate Dock Committee, was not so sure.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
}
