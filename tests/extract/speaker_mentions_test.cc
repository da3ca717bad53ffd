// People named only by the slot of a speech verb (extract/speaker_mentions.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::FindStatement;
using testing::Run;

TEST_CASE("a surname speaker takes the full name given elsewhere", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The town lost a statesman. Shimon Brevard, former mayor, died. "
          "\"We have waited a very long time for this day,\" Brevard said.\n");
  const Entity* e = FindEntity(r, "Shimon Brevard");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  const Statement* st = FindStatement(r, "We have waited");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("a surname telling reporters takes the apposition's full name", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The envoy was the ambassador to Washington, Sergey Kolbasov. "
          "\"We need to understand what is meant here,\" Kolbasov told reporters.\n");
  const Entity* e = FindEntity(r, "Sergey Kolbasov");
  REQUIRE(e != nullptr);
  const Statement* st = FindStatement(r, "We need to understand");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("an inverted speech verb names its speaker", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"The vote was never going to be close this year,\" said Peter Rambler, "
          "executive director of the group.\n");
  const Entity* e = FindEntity(r, "Peter Rambler");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  const Statement* st = FindStatement(r, "The vote was");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("a sentence-initial function word is no part of the speaker", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "As Groucho Brindle said, \"Nobody asked the people who live here about it.\"\n");
  const Entity* e = FindEntity(r, "Groucho Brindle");
  REQUIRE(e != nullptr);
  const Statement* st = FindStatement(r, "Nobody asked");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("groups, places and common words in the slot are no people", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"We will not accept these terms at all,\" Officials said on Monday. "
          "\"The border stays open for every truck,\" Texas said in a filing. "
          "\"Nothing has changed in the last five years,\" Republicans said. "
          "\"The plan will cost far more than promised,\" said New Hampshire. "
          "\"This is the best offer on the table,\" Monday said.\n");
  for (const Entity& e : r.entities) {
    CHECK(e.type != EntityType::kPerson);
  }
}

}  // namespace
}  // namespace kg::extract
