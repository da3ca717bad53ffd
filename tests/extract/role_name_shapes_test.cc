// Names in a role's organisation slot that only look like something else
// (role_org_cues.cc): a proper name ending like a nationality ("Goldman
// Sachs" shape) is a firm's.
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

}  // namespace
}  // namespace kg::extract
