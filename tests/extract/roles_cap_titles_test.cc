// HAS_ROLE for a run of capitalised titles and beat words between an
// organisation and a name: "NATO Secretary General X", "Y Deputy Chairman
// X", "Y Chief Legal Analyst X" (role_cap_titles.cc), with the cases that
// must stay silent.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: capitalised title runs before a name", "[relations][roles]") {
  ArticleResult a =
      Run("Harbours\n\nHarbour Safety Council Deputy Chairman Harold Pimsleur said the dredging "
          "will wait. The Ocean Science Council disagreed, but Ocean Science Council Chief Legal "
          "Analyst Mira Tolland agreed, and "
          "Department of Harbours Inspector General Peter Brennholt left early.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:harbour-safety-council");
  CHECK(p->title == "Deputy Chairman");
  CHECK(p->evidence.rule == "role.prefix");
  const Relation* m = RoleOf(a, "person:mira-tolland");
  REQUIRE(m != nullptr);
  CHECK(m->target == "organization:ocean-science-council");
  CHECK(m->title == "Chief Legal Analyst");
  CHECK(
      HasRelation(a, "HAS_ROLE", "person:peter-brennholt", "organization:department-of-harbours"));
}

TEST_CASE("HAS_ROLE: a capitalised title run needs a name right after it", "[relations][roles]") {
  // No person after the run, and a run broken by a lower-case word, give
  // nothing.
  ArticleResult a =
      Run("Harbours\n\nHarold Pimsleur spoke. The Ocean Science Council disagreed. Ocean Science "
          "Council Deputy Chairman nominations closed, Harold Pimsleur said. Ocean Science Council "
          "Chief Legal and outside analyst Mira Tolland agreed.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
}

TEST_CASE("HAS_ROLE: a body sought in a race is no role of the title after it",
          "[relations][roles]") {
  // "candidate for Y Judge X": X runs for a seat in Y; the title is another
  // office. "nominee for Y director, X" is a future role.
  ArticleResult a =
      Run("Harbours\n\nThe Harbour Safety Council met. Republican candidate for Harbour Safety "
          "Council Judge Harold Pimsleur spoke.\n");
  CHECK_FALSE(
      HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:harbour-safety-council"));
}
