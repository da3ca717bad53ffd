// A hyphenated one-word title from the title phrases ("editor-in-chief") is
// a title like "editor": before a name, in an apposition and after a copula
// (gazetteer.cc makes it a title word).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: editor-in-chief is a title", "[relations][roles]") {
  ArticleResult a =
      Run("Corrections\n\nOrla Menteith, the editor-in-chief of the Bramwell Courier, said the "
          "story would stand. Harrow Gazette Editor-in-Chief Karen Tolliver disagreed.\n\n"
          "Daniel Ashcombe is editor-in-chief of Quillfeather Review.\n");
  const Relation* o = RoleOf(a, "person:orla-menteith");
  REQUIRE(o != nullptr);
  CHECK(o->target == "organization:bramwell-courier");
  CHECK(o->title == "editor-in-chief");
  CHECK(HasRelation(a, "HAS_ROLE", "person:karen-tolliver", "organization:harrow-gazette"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:daniel-ashcombe", "organization:quillfeather-review"));
  // The title before the name is no part of it.
  CHECK(FindEntity(a, "Karen Tolliver") != nullptr);
}
