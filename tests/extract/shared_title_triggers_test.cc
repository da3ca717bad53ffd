// SharedTitleRoles runs only in sentences whose trigger pass saw one of
// kSharedTitleWords (relation_triggers.cc): every word of the list must
// reach the trigger index, or the rule would silently stop firing for it.
#include <catch2/catch.hpp>
#include <string>

#include "extract/relation_finder.h"
#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: every shared title word still starts role.shared_title",
          "[relations][roles]") {
  for (const auto& [word, title] : internal::kSharedTitleWords) {
    INFO(word);
    ArticleResult a = Run("Filing\n\nThe court heard from " + std::string(word) +
                          ", Greta Valdane and Harold Pimsleur of Lakeshore Institute, on "
                          "Tuesday.\n");
    const Relation* h = RoleOf(a, "person:greta-valdane");
    REQUIRE(h != nullptr);
    CHECK(h->target == "organization:lakeshore-institute");
    CHECK(h->title == title);
    CHECK(h->evidence.rule == "role.shared_title");
  }
}
