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

TEST_CASE("a place word speaking after a quotation takes its full name", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The campaign asked Celinda Lake, who runs a polling firm, about the race. "
          "\"The women's vote is moving faster than anyone expected,\" Lake said.\n");
  const Entity* e = FindEntity(r, "Celinda Lake");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  const Statement* st = FindStatement(r, "The women's vote");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("a place word speaking without a full name is nobody", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Boats left Salt Lake on Monday. "
          "\"The water rose faster than anyone expected overnight,\" Lake said.\n");
  for (const Entity& e : r.entities) CHECK(e.type != EntityType::kPerson);
  CHECK(r.statements.empty());
}

TEST_CASE("a dictionary word may open a name right after a quotation", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"It's largely set in stone by now,\" said Cal Jillson, a professor of politics. "
          "\"He wants to deliver the promises by leaving,\" wrote Holger Schmieding at Acme "
          "bank.\n");
  const Entity* e = FindEntity(r, "Cal Jillson");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  const Statement* st = FindStatement(r, "It's largely set");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
  const Entity* h = FindEntity(r, "Holger Schmieding");
  REQUIRE(h != nullptr);
  CHECK(h->type == EntityType::kPerson);
}

TEST_CASE("dictionary words ending in no name are no speaker", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"We will keep every clinic open this year,\" said Planned Parenthood, a group "
          "that runs clinics. Cal Jillson spoke later on the radio about it.\n");
  for (const Entity& e : r.entities) CHECK(e.type != EntityType::kPerson);
}

TEST_CASE("a word no list knows speaking after a quotation is a surname", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"I was disgusted by this conduct and decided to resign,\" Schnackenberg said.\n");
  const Entity* e = FindEntity(r, "Schnackenberg");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  const Statement* st = FindStatement(r, "I was disgusted");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("a word no list knows is no speaker away from a quotation", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "On Monday Schnackenberg said the plan would cost more than the town could pay.\n");
  for (const Entity& e : r.entities) CHECK(e.type != EntityType::kPerson);
}

TEST_CASE("a speaking surname confirms a full name opened by a dictionary word",
          "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The campaign, led by Newt Gingrich and others, went on for a year. "
          "\"It is a much tougher league than anyone thinks,\" Gingrich told a host.\n");
  const Entity* e = FindEntity(r, "Newt Gingrich");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  const Statement* st = FindStatement(r, "It is a much tougher");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("a speaking word does not make a person of a longer name", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Grants came from the Thomson Gazzetter Foundation last year. "
          "\"The figures were checked twice by our staff,\" Gazzetter said.\n");
  CHECK(FindEntity(r, "Thomson Gazzetter") == nullptr);
}

TEST_CASE("a dictionary word speaking after two quotations is a surname", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"Just stay tuned for the rest of the story,\" Pence told the hosts.\n\n"
          "\"There is much more evidence coming out every day,\" Pence said.\n");
  const Entity* e = FindEntity(r, "Pence");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  CHECK(r.statements.size() == 2);
}

TEST_CASE("a dictionary word the article writes in lower case is no surname",
          "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "It cost forty pence a loaf.\n\n"
          "\"Just stay tuned for the rest of the story,\" Pence told the hosts.\n\n"
          "\"There is much more evidence coming out every day,\" Pence said.\n");
  CHECK(FindEntity(r, "Pence") == nullptr);
}

}  // namespace
}  // namespace kg::extract
