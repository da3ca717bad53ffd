// A surname followed by a generational suffix (extract/person_mentions.cc,
// PersonBySurname).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::FindStatement;
using testing::Run;

TEST_CASE("a surname with Jr. is the son, not the father", "[name_suffix]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Senator Walter Brannigan spoke first. His son, Walter Brannigan Jr., followed him.\n\n"
          "\"We will not back down,\" Brannigan Jr. told reporters.\n");
  const Entity* son = FindEntity(r, "Walter Brannigan Jr.");
  REQUIRE(son != nullptr);
  const Statement* st = FindStatement(r, "We will not back down");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == son->id);
}

TEST_CASE("a surname with Jr. and no such son stays with the father", "[name_suffix]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Senator Walter Brannigan spoke first.\n\n"
          "\"We will not back down,\" Brannigan Jr. told reporters.\n");
  const Entity* father = FindEntity(r, "Walter Brannigan");
  REQUIRE(father != nullptr);
  CHECK(FindEntity(r, "Brannigan") == nullptr);
}

}  // namespace
}  // namespace kg::extract
