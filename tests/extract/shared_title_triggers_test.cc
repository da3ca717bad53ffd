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

// Triggers sends a word to its index only when the gazetteer flagged it
// kRelationTrigger: a trigger word without the flag would silently stop its
// rules. The flag is no word list a name is made of (kWordListBits).
TEST_CASE("Every relation trigger word carries kRelationTrigger", "[relations]") {
  const Gazetteer& gz = Gazetteer::Get();
  for (const auto& tw : internal::kTriggerWords) {
    INFO(tw.word);
    CHECK((gz.Flags(tw.word, /*capitalised=*/false) & kRelationTrigger) != 0);
    CHECK((gz.Flags(tw.word, /*capitalised=*/true) & kRelationTrigger) != 0);
  }
  for (const auto& [word, title] : internal::kSharedTitleWords) {
    INFO(word);
    CHECK((gz.Flags(word, /*capitalised=*/false) & kRelationTrigger) != 0);
  }
  CHECK((gz.Flags("tuesday") & kRelationTrigger) == 0);
  CHECK((kWordListBits & kRelationTrigger) == 0);
  CHECK((kWordListBits & (kSurname | kCommonWord | kDictAcronym)) ==
        (kSurname | kCommonWord | kDictAcronym));
}
