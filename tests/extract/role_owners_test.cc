// The body an owner holds ("owner of Acme Pizza", role_org_cues.cc): an
// owner of a capitalised name after "of" owns a business, so the name is an
// organisation and the owner holds a role in it.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::IsOrganization;
using testing::Run;

TEST_CASE("The business after owner of is an organisation", "[mentions][org_cues][roles]") {
  ArticleResult r =
      Run("Bakery\n\n"
          "Wendel Marsh, the owner of Brightwater Cakeshop, said the order was refused. Ilse "
          "Korda, co-owner of the Tamsin Hollow Tavern, agreed with him.\n");
  for (const char* name : {"Brightwater Cakeshop", "Tamsin Hollow Tavern"}) {
    INFO(name);
    CHECK(IsOrganization(r, name));
  }
  CHECK(HasRelation(r, "HAS_ROLE", "person:wendel-marsh", "organization:brightwater-cakeshop"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:ilse-korda", "organization:tamsin-hollow-tavern"));
}

TEST_CASE("The firm after adviser at is an organisation", "[mentions][org_cues][roles]") {
  ArticleResult r =
      Run("Markets\n\n\"Demand is weak,\" said Pia Laurent, chief economic adviser at Quellbrook, "
          "on Friday.\n");
  CHECK(IsOrganization(r, "Quellbrook"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:pia-laurent", "organization:quellbrook"));
}

TEST_CASE("An owner of a place or of a name cut by a number gives no organisation",
          "[mentions][org_cues][roles]") {
  ArticleResult r =
      Run("Teams\n\n"
          "Rufus Dane, owner of the Brookfield 76ers, spoke on Monday. Cass Elwin, an owner of "
          "Texas land, said little. Nora Vell, a reporter for the Kessick 12 Radio, listened.\n");
  for (const char* name : {"Brookfield", "Texas", "Kessick"}) {
    INFO(name);
    CHECK_FALSE(IsOrganization(r, name));
  }
}

}  // namespace
}  // namespace kg::extract
