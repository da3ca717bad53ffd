// Person names that stand once in an article with no cue around them.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A pair of dictionary proper nouns used once is a person", "[mentions][names]") {
  // Neither word is a Census name; "Hussein" never stands alone.
  ArticleResult r =
      Run("History\n\nThe old memo compared the plan to the one that toppled Saddam Hussein two "
          "decades ago, and the committee filed it away.\n");
  const Entity* s = FindEntity(r, "Saddam Hussein");
  REQUIRE(s != nullptr);
  CHECK(s->type == EntityType::kPerson);
}

TEST_CASE("A people or a faith named by two proper nouns is no person", "[mentions][names]") {
  // "Shiites" and "German" are dictionary entries: group words.
  ArticleResult r =
      Run("Region\n\nThe council met leaders of the Shiite Muslims in the valley, and a museum "
          "told the story of the Volga Germans to visitors from the coast.\n");
  CHECK(FindEntity(r, "Shiite Muslims") == nullptr);
  CHECK(FindEntity(r, "Volga Germans") == nullptr);
}
