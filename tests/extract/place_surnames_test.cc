// A place's name that is also a Census surname, speaking alone: the
// government's voice unless the article makes it a person
// (extract/surname_mentions.cc, PlaceSurnameNamed).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::FindStatement;
using testing::Run;

bool IsPerson(const ArticleResult& r, std::string_view name) {
  const Entity* e = FindEntity(r, name);
  return e != nullptr && e->type == EntityType::kPerson;
}

TEST_CASE("a capital speaking for its government is no person", "[place_surnames]") {
  const ArticleResult r =
      Run("Tariff talks stall\n\n"
          "The trade talks broke down on Friday. Washington says the new duties will stay. "
          "Officials in Washington said the tariffs start in May, and Washington accused "
          "the exporters of dumping steel.\n");
  CHECK_FALSE(IsPerson(r, "Washington"));
}

TEST_CASE("a place surname of a person the article names stays a person", "[place_surnames]") {
  const ArticleResult r =
      Run("Film festival opens\n\n"
          "The actor Marcus Washington opened the festival on Friday. Washington said the "
          "films this year were the best he had seen.\n");
  const Entity* e = FindEntity(r, "Marcus Washington");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  CHECK_FALSE(IsPerson(r, "Washington"));  // the lone word is Marcus Washington's
}

TEST_CASE("a place surname after a title or a quotation is a person", "[place_surnames]") {
  const ArticleResult titled =
      Run("Budget vote\n\n"
          "Rep. Houston spoke against the bill on Tuesday. Houston said the cuts went too far.\n");
  CHECK(IsPerson(titled, "Houston"));
  const ArticleResult quoted =
      Run("Budget vote\n\n"
          "The bill passed the House on Tuesday. \"These cuts go far beyond what we promised,\" "
          "Richmond said.\n");
  CHECK(IsPerson(quoted, "Richmond"));
  const Statement* st = FindStatement(quoted, "These cuts go far beyond");
  REQUIRE(st != nullptr);
}

TEST_CASE("a place word that is also a given name still speaks alone", "[place_surnames]") {
  const ArticleResult r =
      Run("Budget vote\n\n"
          "The bill passed the House on Tuesday. Jordan said the cuts went too far.\n");
  CHECK(IsPerson(r, "Jordan"));
}

}  // namespace
}  // namespace kg::extract

namespace kg::extract {
namespace {

TEST_CASE("a state's House is no person named House", "[place_surnames]") {
  const ArticleResult r = testing::Run(
      "Budget vote\n\n"
      "The Georgia House passed the budget on Tuesday.\n\n"
      "Key Florida House races\n\n"
      "The race in the 26th district is close. Virginia Smith said it would be.\n");
  CHECK_FALSE(IsPerson(r, "Georgia House"));
  CHECK_FALSE(IsPerson(r, "Florida House"));
  CHECK(IsPerson(r, "Virginia Smith"));
}

}  // namespace
}  // namespace kg::extract
