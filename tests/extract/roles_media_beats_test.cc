// HAS_ROLE for an outlet before a journalist's capitalised beat ("Y White
// House correspondent X", "Y's senior Washington correspondent X";
// role_media_beats.cc) and for "staff" between a body and its title ("Y
// staff attorney X"), with the cases that must stay silent.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: an outlet before a journalist's beat", "[relations][roles]") {
  ArticleResult a = Run(
      "Harbours\n\nThe Dunmore Gazette and the Harbour Safety Council disagreed. \"It will "
      "wait,\" said Dunmore Gazette chief Harbour Safety Council correspondent Harold Pimsleur. "
      "The Dunmore Gazette's senior Washington correspondent Mira Tolland agreed.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:dunmore-gazette");
  CHECK(p->title == "correspondent");
  CHECK(p->evidence.rule == "role.prefix");
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:dunmore-gazette"));
}

TEST_CASE("HAS_ROLE: a beat before a title that is no journalist's", "[relations][roles]") {
  // Only journalists' titles: a director after a body and another body
  // holds no role in the first; a person is no beat.
  ArticleResult a =
      Run("Harbours\n\nThe Dunmore Gazette, the Lakeshore Institute and Peter Brennholt "
          "disagreed. Dunmore Gazette Lakeshore Institute director Harold Pimsleur spoke. Dunmore "
          "Gazette Peter Brennholt reporter Mira Tolland agreed.\n");
  CHECK_FALSE(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:dunmore-gazette"));
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
}

TEST_CASE("HAS_ROLE: staff between a body and its title", "[relations][roles]") {
  ArticleResult a =
      Run("Harbours\n\nThe Lakeshore Institute sued. \"It will wait,\" said Lakeshore Institute "
          "senior staff attorney Harold Pimsleur.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:lakeshore-institute"));
}

TEST_CASE("HAS_ROLE: a bare apostrophe before modifiers, and a producer", "[relations][roles]") {
  ArticleResult a =
      Run("Harbours\n\nThe Harbour News reported it. Last year, Harbour News' longtime chairman "
          "Harold Pimsleur resigned. Harbour News radio producer Mira Tolland contributed.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:harbour-news"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:harbour-news"));
}
