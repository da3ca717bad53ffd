// Names listed after a plural kind noun (org_cues.cc, ListedKind):
// "groups such as Citizens for Fair Rents, the ..." names advocacy groups.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Listed kinds: groups with an inner 'for' in a list", "[mentions][orgs]") {
  // "groups" may list an advocacy group's name with "for", even after
  // another name's apposition or an item with "the".
  const ArticleResult r =
      Run("Bill\n\nThe bill has support from conservative groups, including Citizens for Fair "
          "Rents, the Dunmore Taxpayers Union, Parents for Harlow Schools and Blaxo. Donors gave "
          "to groups such as Veterans for Pell, the Orrin Action Fund and others.\n");
  CHECK(IsOrganization(r, "Citizens for Fair Rents"));
  CHECK(IsOrganization(r, "Parents for Harlow Schools"));
  CHECK(IsOrganization(r, "Veterans for Pell"));
  // No "for": groups are also of people; "like" the same.
  const ArticleResult s =
      Run("Bill\n\nThe plan angered groups like Dunmorians and Harlowans, and groups, including "
          "Pell Teachers, the Orrin Veterans and others.\n");
  CHECK(FindEntity(s, "Dunmorians") == nullptr);
  CHECK(FindEntity(s, "Pell Teachers") == nullptr);
}

TEST_CASE("Advocacy names with 'for': an acronym, a role's slot", "[mentions][orgs]") {
  const ArticleResult r =
      Run("Bill\n\n\"It failed,\" said Citizens for Fair Rents (CFR) spokesman Ned Varga. Lisa "
          "Orrin, a spokeswoman for Parents for Harlow, said it failed too.\n");
  CHECK(HasRelation(r, "HAS_ROLE", "person:ned-varga", "organization:citizens-for-fair-rents"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:lisa-orrin", "organization:parents-for-harlow"));
  // A programme has an acronym too.
  const ArticleResult s =
      Run("Bill\n\nThe state cut Temporary Assistance for Harlow Families (TAHF) payments. It also "
          "ended Deferred Action for Pell Arrivals (DAPA).\n");
  CHECK(FindEntity(s, "Temporary Assistance for Harlow Families") == nullptr);
}
