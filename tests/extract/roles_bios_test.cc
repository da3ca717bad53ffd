// HAS_ROLE in apposition chains of more shapes: a closing bio opened by a
// bullet or dash ("— X is the publisher of Y"), a description before a
// who-clause ("X, a former police chief who heads Y"), a place or bureau
// between an organisation's possessive and the title ("X, the Y's
// Washington bureau chief"), with the cases where none of them may fire.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a closing bio opened by a bullet or a dash", "[relations][roles]") {
  ArticleResult a =
      Run("Bio\n\n• Harold Pimsleur is a business professor at the University of Lakeshore.\n");
  const Relation* h = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(h != nullptr);
  CHECK(h->target == "organization:university-of-lakeshore");
  CHECK(h->title == "business professor");
  CHECK(h->evidence.rule == "role.copula");
  ArticleResult b = Run("Bio\n\n— Greta Valdane is a senior fellow at the Lakeshore Institute.\n");
  CHECK(HasRelation(b, "HAS_ROLE", "person:greta-valdane", "organization:lakeshore-institute"));
}

TEST_CASE("HAS_ROLE: a bullet before a sentence not about the person's job", "[relations][roles]") {
  ArticleResult a =
      Run("Bio\n\n• Harold Pimsleur is not a professor at the University of Lakeshore.\n");
  CHECK(CountType(a, "HAS_ROLE") == 0);
}

TEST_CASE("HAS_ROLE: a description with a title or a name before a who-clause",
          "[relations][roles]") {
  ArticleResult a =
      Run("Police\n\n\"Most are preventable,\" Ronald Davies, a former police chief who heads the "
          "Office of Community Policing Services, told the Lakeshore Post.\n");
  const Relation* h = RoleOf(a, "person:ronald-davies");
  REQUIRE(h != nullptr);
  CHECK(h->target == "organization:office-of-community-policing-services");
  CHECK(h->evidence.rule == "role.leads");
  ArticleResult b =
      Run("Party\n\n\"It is bad,\" said Dave Majerle, a one-time Ted Cruz backer who serves "
          "as vice chairman of the Allegheny County Republican Committee.\n");
  const Relation* v = RoleOf(b, "person:dave-majerle");
  REQUIRE(v != nullptr);
  CHECK(v->target == "organization:allegheny-county-republican-committee");
  CHECK(v->title == "vice chairman");
}

TEST_CASE("HAS_ROLE: a description's who-clause in the past or about another gives nothing",
          "[relations][roles]") {
  ArticleResult a = Run(
      "Party\n\n\"It is bad,\" said Dave Majerle, a one-time backer who was vice chairman of the "
      "Allegheny County Republican Committee. Greta Valdane, a friend of Harold Pimsleur, who "
      "serves as president of the Lakeshore Institute, agreed.\n");
  CHECK(RoleOf(a, "person:dave-majerle") == nullptr);
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
}

TEST_CASE("HAS_ROLE: a place or bureau between a possessive and the title", "[relations][roles]") {
  ArticleResult a =
      Run("Press\n\n\"It is chilling,\" Sally Buzzell, the Associated Press' Washington bureau "
          "chief, said at a meeting.\n");
  const Relation* h = RoleOf(a, "person:sally-buzzell");
  REQUIRE(h != nullptr);
  CHECK(h->target == "organization:associated-press");
  CHECK(h->evidence.rule == "role.apposition");
}

TEST_CASE("HAS_ROLE: a place after a name without a possessive stays no modifier",
          "[relations][roles]") {
  // "X, the Associated Press Washington ..." has no possessive: the place
  // starts another phrase, not a beat.
  ArticleResult a = Run(
      "Press\n\n\"It is chilling,\" Sally Buzzell, the Associated Press Washington chief, said.\n");
  CHECK(RoleOf(a, "person:sally-buzzell") == nullptr);
}

TEST_CASE("HAS_ROLE: a lead verb before an organisation's own office", "[relations][roles]") {
  ArticleResult a =
      Run("Police\n\n\"Most are preventable,\" Ronald Davies, who heads the Justice Department's "
          "Office of Community Policing Services, told the Lakeshore Post.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:ronald-davies",
                    "organization:office-of-community-policing-services"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:ronald-davies", "organization:justice-department"));
  // The owned name must end the phrase: "the Y's Z Committee probe" is a probe.
  ArticleResult b = Run(
      "Probe\n\nRonald Davies, who heads the Lakeshore Institute's Ethics Committee probe, said "
      "no.\n");
  CHECK(CountType(b, "HAS_ROLE") == 0);
}
