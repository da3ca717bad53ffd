// Organisation names that the chunker used to cut at a common word or a
// possessive (extract/mention_chunks.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasRelation;
using testing::IsOrganization;
using testing::Run;

TEST_CASE("a Name's List group after 'and' keeps its possessor", "[org_name_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The Harlan County Teachers Union and Maggie's List endorsed Dora Pellworth for "
          "mayor.\n");
  CHECK(IsOrganization(r, "Maggie's List"));
  CHECK(FindEntity(r, "List") == nullptr);
  CHECK(HasRelation(r, "ENDORSES", "organization:maggie-s-list", "person:dora-pellworth"));
  CHECK(HasRelation(r, "ENDORSES", "organization:harlan-county-teachers-union",
                    "person:dora-pellworth"));
}

}  // namespace
}  // namespace kg::extract
