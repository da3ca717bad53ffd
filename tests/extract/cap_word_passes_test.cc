// The mention passes that walk capitalised words only (Finder::NextCap,
// mention_finder.h): names at the very edges of an article, where the
// jump from one capitalised word to the next runs past the last token.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::IsOrganization;
using testing::Run;

TEST_CASE("a cued name joined by 'to' may end the article", "[cap_words]") {
  // The run "Texas Right to Life" ends at the last token, with no period:
  // the cued-name loop steps to the token after it.
  const ArticleResult r =
      Run("Rule\n\nThe measure passed on Tuesday, according to Texas Right to Life");
  CHECK(IsOrganization(r, "Texas Right to Life"));
}

TEST_CASE("a surname alone may end the article", "[cap_words]") {
  const ArticleResult r =
      Run("Vote\n\nMary Smith met Bob Jones on Tuesday. Later the senator thanked Smith");
  const Entity* e = FindEntity(r, "Mary Smith");
  REQUIRE(e != nullptr);
  CHECK(e->mentions.size() == 2);
}

TEST_CASE("articles of one word or none", "[cap_words]") {
  CHECK(Run("Acme").entities.size() <= 1);
  CHECK(Run("acme").entities.empty());
  CHECK(Run(".").entities.empty());
}

}  // namespace
}  // namespace kg::extract
