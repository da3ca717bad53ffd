// Surnames that are dictionary words, confirmed by speaking alone
// (extract/speaking_surnames.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::FindStatement;
using testing::Run;

TEST_CASE("a first name before a thing's word that speaks alone is a person",
          "[speaking_surnames]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The hearing opened late. Gov. Walter Ridge vetoed the measure on Friday. "
          "\"This bill will not become law while I am here,\" Ridge said.\n");
  const Entity* e = FindEntity(r, "Walter Ridge");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  const Statement* st = FindStatement(r, "This bill will not become law");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("a title before a common word that speaks alone is a person", "[speaking_surnames]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The storm moved inland. Vice President Pence toured the coast on Monday. "
          "\"We will rebuild every house,\" Pence said.\n");
  const Entity* e = FindEntity(r, "Pence");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  const Statement* st = FindStatement(r, "We will rebuild every house");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("a thing's word that never speaks alone is no surname", "[speaking_surnames]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The parade passed Tony West on Sunday. \"We are ready,\" the organizer said.\n");
  CHECK(FindEntity(r, "Tony West") == nullptr);
}

TEST_CASE("a surname used alone before the full name is someone else's", "[speaking_surnames]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The talks resumed. West said the plan was ready. Later, Kanye West toured a plant. "
          "\"We are ready,\" West said.\n");
  CHECK(FindEntity(r, "Kanye West") == nullptr);
}

TEST_CASE("a sentence-initial common first name before a speaking word is a person",
          "[speaking_surnames]") {
  // "Nick" and "Harbor" are dictionary words; only a question ("Will Trump
  // ...?") keeps such an opening word from being a first name.
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Nick Harbor, the county's lead engineer, said on Monday that the dam would hold. "
          "\"The spillway has never carried this much water,\" Harbor said.\n");
  const Entity* e = FindEntity(r, "Nick Harbor");
  REQUIRE(e != nullptr);
  const Statement* st = FindStatement(r, "The spillway has never carried");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

}  // namespace
}  // namespace kg::extract
