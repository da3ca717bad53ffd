// "Klan" is an organisation head word and "KKK" a body's acronym, not a
// non-organisation one: "the former KKK leader" names the Ku Klux Klan
// (tests/eval/README.md case law; extract/word_lists.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::IsOrganization;
using testing::Run;

TEST_CASE("a name ending in Klan is an organisation", "[klan]") {
  CHECK(IsOrganization(
      Run("Rally\n\nMembers of the Ku Klux Klan marched through Dorrance on Saturday.\n"),
      "Ku Klux Klan"));
  CHECK(IsOrganization(Run("Rally\n\nThe Northern Knights of the Ku Klux Klan marched "
                           "through Dorrance on Saturday.\n"),
                       "Northern Knights of the Ku Klux Klan"));
}

TEST_CASE("KKK names a body", "[klan]") {
  const ArticleResult r =
      Run("Rally\n\nFormer KKK organizer Wendell Marsh spoke at the rally on Saturday. The KKK "
          "chapter later disbanded.\n");
  CHECK(IsOrganization(r, "KKK"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:wendell-marsh", "organization:kkk"));
}

}  // namespace
}  // namespace kg::extract
