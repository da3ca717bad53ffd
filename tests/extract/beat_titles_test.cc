// A beat between two lower-case titles ("chief White House correspondent",
// "deputy White House press secretary") belongs to the second title: its
// dictionary words name no person (person_mentions.cc, IsPersonName).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Persons: a beat between two titles is no name", "[mentions][roles]") {
  ArticleResult a = Run(
      "Briefing\n\n\"The list is final,\" said deputy White House press secretary Karen Tolliver. "
      "Daniel Ashcombe is the Harrow Gazette's chief White House correspondent. A senior "
      "Capitol Hill aide disagreed.\n");
  CHECK(FindEntity(a, "White House") == nullptr);
  CHECK(FindEntity(a, "Capitol Hill") == nullptr);
  REQUIRE(FindEntity(a, "Karen Tolliver") != nullptr);
  const Statement* s = FindStatement(a, "The list is final");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:karen-tolliver");
  CHECK(HasRelation(a, "HAS_ROLE", "person:daniel-ashcombe", "organization:harrow-gazette"));
  CHECK_FALSE(HasRelation(a, "HAS_ROLE", "person:white-house", "organization:harrow-gazette"));
}

TEST_CASE("Persons: a name between two titles stays a name", "[mentions][roles]") {
  ArticleResult a =
      Run("Advisers\n\nA former senior Nolan Pierce adviser, Marta Quill, said the plan was dead. "
          "Pierce did not comment.\n");
  CHECK(FindEntity(a, "Nolan Pierce") != nullptr);
}
