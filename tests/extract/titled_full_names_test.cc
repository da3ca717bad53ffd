// "Secretary-General" and "President-elect" are person's titles ("NATO
// Secretary-General Jens Roe"), and a full name a person's title opens
// stays the person's when a body bearing the name is named too ("the Kofi
// Roe Foundation") (extract/title_words.cc; extract/coreference.cc,
// BuildEntities).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasRelation;
using testing::IsOrganization;
using testing::IsPerson;
using testing::Run;

TEST_CASE("Secretary-General is a title before the name", "[titled_full_names]") {
  const ArticleResult r =
      Run("Alliance talks\n\n"
          "On Monday, NATO Secretary-General Henrik Solvang said the allies would meet again "
          "in June.\n");
  CHECK(IsPerson(r, "Henrik Solvang"));
  CHECK(FindEntity(r, "Secretary-General Henrik Solvang") == nullptr);
  const Entity* p = FindEntity(r, "Henrik Solvang");
  const Entity* o = FindEntity(r, "NATO");
  REQUIRE(p != nullptr);
  REQUIRE(o != nullptr);
  CHECK(HasRelation(r, "HAS_ROLE", p->id, o->id));
}

TEST_CASE("President-elect is a title, no person", "[titled_full_names]") {
  const ArticleResult r =
      Run("Transition\n\n"
          "President-elect Marlowe Quist met the outgoing president on Thursday. \"I want to "
          "emphasize to you, Mr. President-elect, that we will help,\" the president said.\n");
  CHECK(IsPerson(r, "Marlowe Quist"));
  CHECK_FALSE(IsPerson(r, "President-elect"));
  CHECK(FindEntity(r, "President-elect Marlowe Quist") == nullptr);
}

TEST_CASE("a titled full name beside a body named for the person stays a person",
          "[titled_full_names]") {
  const ArticleResult r =
      Run("Obituary\n\n"
          "On Saturday, former President Kwabena Osei died, his family said. He "
          "was 80.\n\n"
          "The Kwabena Osei Foundation announced that Osei died after a short illness.\n");
  CHECK(IsPerson(r, "Kwabena Osei"));
  CHECK(IsOrganization(r, "Kwabena Osei Foundation"));
}

TEST_CASE("an untitled name opening a longer body's name is no person", "[titled_full_names]") {
  const ArticleResult r =
      Run("School news\n\n"
          "Parents met at Sandy Hook on Monday. Sandy Hook Elementary School will reopen in "
          "the fall.\n");
  CHECK_FALSE(IsPerson(r, "Sandy Hook"));
}

}  // namespace
}  // namespace kg::extract
