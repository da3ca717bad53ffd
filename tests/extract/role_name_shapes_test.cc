// Names in a role's organisation slot that only look like something else:
// a proper name ending like a nationality ("Goldman Sachs" shape,
// role_org_cues.cc) and a firm named like a person that only ever appears
// after "TITLE at|with|of" ("Grant Thornton" shape, role_slot_bodies.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::IsOrganization;
using testing::Run;

TEST_CASE("A name opening with a word that only ends like a nationality fills a role slot",
          "[mentions][org_cues][roles]") {
  ArticleResult r =
      Run("Markets\n\n"
          "\"Rates will rise,\" said Edda Voss, a partner at Kellerman Thrace, on Friday. Olan "
          "Pruitt, the chief economist of Halloran Pettibone, agreed.\n");
  for (const char* name : {"Kellerman Thrace", "Halloran Pettibone"}) {
    INFO(name);
    CHECK(IsOrganization(r, name));
  }
  CHECK(HasRelation(r, "HAS_ROLE", "person:edda-voss", "organization:kellerman-thrace"));
}

TEST_CASE("Nationalities and fields stay out of a role slot", "[mentions][org_cues][roles]") {
  ArticleResult r =
      Run("Talks\n\n"
          "Ilka Moor, a director for European Affairs, spoke. Tam Reyes, a professor of Christian "
          "Ethics, listened. Bo Lind, a partner at Italian Vantor, left.\n");
  for (const char* name : {"European Affairs", "Christian Ethics", "Italian Vantor"}) {
    INFO(name);
    CHECK_FALSE(IsOrganization(r, name));
  }
}

TEST_CASE("A person-shaped name found only after a title and at is a firm",
          "[mentions][org_cues][roles]") {
  ArticleResult r =
      Run("Markets\n\n"
          "\"Growth will slow,\" said Ivo Marsh, chief economist at Dennis Holloway, on Friday. "
          "Lena Dorsey, an analyst with Warren Whitfield, agreed.\n");
  for (const char* name : {"Dennis Holloway", "Warren Whitfield"}) {
    INFO(name);
    CHECK(IsOrganization(r, name));
  }
  CHECK(HasRelation(r, "HAS_ROLE", "person:ivo-marsh", "organization:dennis-holloway"));
}

TEST_CASE("A person named after a partner or outside the slot stays a person",
          "[mentions][org_cues][roles]") {
  ArticleResult r =
      Run("Deals\n\n"
          "Nils Berg, a business partner of Tobias Lund, said little. Mara Quist, an adviser "
          "at Selma Hardt, spoke. Selma Hardt said she was pleased.\n");
  for (const char* name : {"Tobias Lund", "Selma Hardt"}) {
    INFO(name);
    CHECK_FALSE(IsOrganization(r, name));
  }
}

}  // namespace
}  // namespace kg::extract
