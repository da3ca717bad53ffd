// Agencies whose names end in a plural head ("Centers for ... and ...",
// "... and ... Services"): the whole name is the organisation, its acronym
// joins it, and a committee named without its head word is left alone.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Organisations: a plural head keeps a name with 'and' whole", "[mentions][orgs]") {
  ArticleResult a =
      Run("Health\n\nMarla Quennet, director of the Centers for Lung Research and Outreach, "
          "said the clinics would reopen. The CLR had closed them in May.\n");
  CHECK(IsOrganization(a, "Centers for Lung Research and Outreach"));
  CHECK(FindEntity(a, "CLR") == nullptr);  // joined to the full name
  CHECK(HasRelation(a, "HAS_ROLE", "person:marla-quennet",
                    "organization:centers-for-lung-research-and-outreach"));
  ArticleResult b =
      Run("Visas\n\nKaren Arlow, acting head of U.S. Permits and Visitor Services, told "
          "reporters the rule was final. USPVS will publish it on Monday.\n");
  CHECK(IsOrganization(b, "U.S. Permits and Visitor Services"));
  CHECK(FindEntity(b, "USPVS") == nullptr);
  CHECK(HasRelation(b, "HAS_ROLE", "person:karen-arlow",
                    "organization:u-s-permits-and-visitor-services"));
}

TEST_CASE("Organisations: a second 'and' starts a name of its own", "[mentions][orgs]") {
  ArticleResult a =
      Run("Budget\n\nOn Monday, Pence and Health and Human Services Secretary Dana Willet "
          "met the governors.\n");
  CHECK(IsOrganization(a, "Health and Human Services"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:dana-willet", "organization:health-and-human-services"));
}

TEST_CASE("Organisations: a committee named without its head word is no body", "[mentions][orgs]") {
  ArticleResult a =
      Run("Hearing\n\nSenate Armed Services Chairman Dana Willet said the hearing would "
          "go on.\n");
  CHECK(FindEntity(a, "Senate Armed Services") == nullptr);
  CHECK(CountType(a, "HAS_ROLE") == 0);
  ArticleResult b = Run("Hearing\n\nShe said the Financial Services panel would meet in May.\n");
  CHECK(FindEntity(b, "Financial Services") == nullptr);
}

TEST_CASE("Organisations: 'for a|the' and 'on the' after a head stay in the name",
          "[mentions][orgs]") {
  ArticleResult a =
      Run("Budget\n\n\"It is a gimmick,\" said Marla Quennet, president of the Council for a "
          "Sound Harbor Economy.\n");
  CHECK(IsOrganization(a, "Council for a Sound Harbor Economy"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:marla-quennet",
                    "organization:council-for-a-sound-harbor-economy"));
  ArticleResult b =
      Run("War\n\nKaren Arlow, a senior fellow at the Foundation for the Study of Coastal "
          "Defense, told reporters the plan would fail.\n");
  CHECK(IsOrganization(b, "Foundation for the Study of Coastal Defense"));
  CHECK(HasRelation(b, "HAS_ROLE", "person:karen-arlow",
                    "organization:foundation-for-the-study-of-coastal-defense"));
}

TEST_CASE("Organisations: no join before a body, a jurisdiction or a modified noun",
          "[mentions][orgs]") {
  // The complement names a body of its own.
  ArticleResult a =
      Run("Rights\n\nThe Speech Project for the Harbor Civil Liberties Union filed suit.\n");
  CHECK(FindEntity(a, "Speech Project for the Harbor Civil Liberties Union") == nullptr);
  // A court's district would be cut before "of Illinois".
  ArticleResult b =
      Run("Court\n\nThe U.S. District Court for the Northern District of Illinois ruled on "
          "Monday.\n");
  CHECK(FindEntity(b, "U.S. District Court for the Northern District") == nullptr);
}
