// A kind noun after "the" ("the group", "the super PAC", "the political
// action committee") names the capitalised run after it as a body's whole
// name, even one that opens with a function word or ends with a place
// (group_noun_names.cc, cued_orgs.cc); names cut short are left alone.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasRelation;
using testing::IsOrganization;
using testing::Run;

TEST_CASE(
    "A kind noun after 'the' names a body that opens with a function word or ends with a place",
    "[mentions][org_cues]") {
  ArticleResult r =
      Run("Rally\n\n"
          "The vote was close. Members of the group No Quarter Left marched to the capitol. "
          "Dana Pirelli, who runs the super PAC Rebuild Oregon, disagreed. Omar Tillet, a "
          "spokesman for the advocacy group Farmers of Nebraska, said the bill would fail. "
          "The political action committee By Every Ballot spent heavily. The union-backed "
          "organization Working Ohio wants a new tax.\n");
  for (const char* name : {"No Quarter Left", "Rebuild Oregon", "Farmers of Nebraska",
                           "By Every Ballot", "Working Ohio"}) {
    INFO(name);
    CHECK(IsOrganization(r, name));
  }
  CHECK(HasRelation(r, "HAS_ROLE", "person:omar-tillet", "organization:farmers-of-nebraska"));
}

TEST_CASE("A kind noun does not make a cut-short name or an adjective's noun a body",
          "[mentions][org_cues]") {
  ArticleResult r =
      Run("Rally\n\n"
          "The vote was close. A study by the nonpartisan group My Voice in Congress found a "
          "split. After the weekly Capitol Hill briefing, the senators left.\n");
  CHECK(FindEntity(r, "My Voice") == nullptr);
  CHECK(FindEntity(r, "Capitol Hill") == nullptr);
}

TEST_CASE("An apposition headed by an organisation noun names a body that ends with a place",
          "[mentions][org_cues]") {
  ArticleResult r =
      Run("Rally\n\n"
          "The vote was close. Unite Ohio, a group that backs independent candidates, held a "
          "rally. Lars Penner, chief economist at Marlow Brandt North America, an insurance firm, "
          "said so. A letter circulating on Capitol Hill, a group of lawmakers said, was sent.\n");
  CHECK(IsOrganization(r, "Unite Ohio"));
  CHECK(IsOrganization(r, "Marlow Brandt North America"));
  CHECK(FindEntity(r, "Capitol Hill") == nullptr);
}

}  // namespace
}  // namespace kg::extract
