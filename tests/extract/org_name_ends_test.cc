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

TEST_CASE("'and' after an acronym joins two bodies, not the words of one", "[org_name_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Dora Pellworth was endorsed by the AFL-CIO and Harlan County Teachers Union in the "
          "mayoral race.\n\n"
          "The DHS and Harlan County Sheriff's Office declined to comment.\n");
  CHECK(IsOrganization(r, "AFL-CIO"));
  CHECK(IsOrganization(r, "Harlan County Teachers Union"));
  CHECK(FindEntity(r, "AFL-CIO and Harlan County Teachers Union") == nullptr);
  CHECK(HasRelation(r, "ENDORSES", "organization:afl-cio", "person:dora-pellworth"));
  CHECK(HasRelation(r, "ENDORSES", "organization:harlan-county-teachers-union",
                    "person:dora-pellworth"));
}

TEST_CASE("'and' inside a name without an acronym before it still joins", "[org_name_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The Department of Housing and Urban Development said on Monday that it agreed.\n");
  CHECK(IsOrganization(r, "Department of Housing and Urban Development"));
}

TEST_CASE("a newspaper ending in 'Leader' after a place and a union head keeps it",
          "[org_name_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The Ohio Union Leader endorsed Dora Pellworth for mayor on Sunday, the paper said.\n");
  CHECK(IsOrganization(r, "Ohio Union Leader"));
  CHECK(FindEntity(r, "Ohio Union") == nullptr);
  CHECK(HasRelation(r, "ENDORSES", "organization:ohio-union-leader", "person:dora-pellworth"));
  // Before a name it is the union leader's title.
  const ArticleResult t =
      Run("Intro line here.\n\nOhio Union Leader Dora Pellworth spoke to the crowd on Sunday.\n");
  CHECK(FindEntity(t, "Ohio Union Leader") == nullptr);
}

}  // namespace
}  // namespace kg::extract
