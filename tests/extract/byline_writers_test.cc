#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A byline line naming several writers makes each a person", "[mentions][bylines]") {
  ArticleResult r =
      Run("Harbor plan fails in a close vote\n\nNadia Quellbrook and Tomas Verhagen\n\n"
          "VALLEY HERALD\n\nThe council voted on Monday to close the harbor.\n");
  CHECK(FindEntity(r, "Nadia Quellbrook") != nullptr);
  CHECK(FindEntity(r, "Tomas Verhagen") != nullptr);
  CHECK(IsOrganization(r, "VALLEY HERALD"));  // the outlet line after the writers
  CHECK(r.byline == "Nadia Quellbrook");
  // Three writers, a serial comma, "By".
  ArticleResult b =
      Run("Harbor plan fails in a close vote\n\nBy Nadia Quellbrook, Ivo Brandt, and Lena Osk\n\n"
          "The council voted on Monday to close the harbor.\n");
  CHECK(FindEntity(b, "Nadia Quellbrook") != nullptr);
  CHECK(FindEntity(b, "Ivo Brandt") != nullptr);
  CHECK(FindEntity(b, "Lena Osk") != nullptr);
}

TEST_CASE("Lines that only look like a list of writers are no byline", "[mentions][bylines]") {
  // One-word parts, and a part that opens with a dictionary word.
  ArticleResult a = Run("Harbor plan fails\n\nRepublicans and Democrats\n\nThe council voted.\n");
  CHECK(FindEntity(a, "Republicans") == nullptr);
  ArticleResult b =
      Run("Harbor plan fails\n\nNadia Quellbrook and Harbor Front\n\nThe council voted.\n");
  CHECK(FindEntity(b, "Harbor Front") == nullptr);
}

TEST_CASE("A surname goes to the person the story names, not to a writer", "[mentions][bylines]") {
  ArticleResult r = Run(
      "Harbor plan fails in a close vote\n\nRita Marlowe and Tomas Verhagen\n\nVALLEY HERALD\n\n"
      "Sen. Gwen Marlowe opposed the plan on Monday.\n\n"
      "\"We cannot close the harbor,\" Marlowe said.\n");
  const Statement* s = FindStatement(r, "We cannot close");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gwen-marlowe");
}
