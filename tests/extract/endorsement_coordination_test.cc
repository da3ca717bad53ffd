// Coordinated ends of ENDORSES edges that a single-name reading cut short:
// a plural passive subject, an accompaniment phrase in the subject, an office
// after each listed endorsee, and an object pronoun after a coordinated
// subject (relations.cc, endorsement_nested_lists.cc, relation_finder.cc,
// endorsement_pronoun_ends.cc).
#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasRelation;
using testing::Run;

bool Endorses(const ArticleResult& r, const char* source, const char* target) {
  const Entity* s = FindEntity(r, source);
  const Entity* t = FindEntity(r, target);
  return s != nullptr && t != nullptr && HasRelation(r, "ENDORSES", s->id, t->id);
}

TEST_CASE("every name of a plural passive subject is endorsed", "[endorsement_coordination]") {
  const ArticleResult r =
      Run("Race\n\nDiane Fowler and Oscar Pruitt were endorsed by Gloria Mendez in the primary.\n");
  CHECK(Endorses(r, "Gloria Mendez", "Diane Fowler"));
  CHECK(Endorses(r, "Gloria Mendez", "Oscar Pruitt"));
  const ArticleResult org =
      Run("Race\n\nDiane Fowler and Oscar Pruitt have been endorsed by the Sierra Club.\n");
  CHECK(Endorses(org, "Sierra Club", "Diane Fowler"));
  CHECK(Endorses(org, "Sierra Club", "Oscar Pruitt"));
}

TEST_CASE("a singular passive keeps its one subject", "[endorsement_coordination]") {
  // "was" agrees with the last name only: the first is the object of "met".
  const ArticleResult r =
      Run("Race\n\nVoters met Diane Fowler, and Oscar Pruitt was endorsed by Gloria Mendez.\n");
  CHECK(Endorses(r, "Gloria Mendez", "Oscar Pruitt"));
  CHECK_FALSE(Endorses(r, "Gloria Mendez", "Diane Fowler"));
}

TEST_CASE("an accompaniment phrase adds its names to the endorsers", "[endorsement_coordination]") {
  const ArticleResult a = Run(
      "Race\n\nGloria Mendez, as well as Walter Briggs, endorsed Diane Fowler in the primary.\n");
  CHECK(Endorses(a, "Gloria Mendez", "Diane Fowler"));
  CHECK(Endorses(a, "Walter Briggs", "Diane Fowler"));
  const ArticleResult b =
      Run("Race\n\nGloria Mendez and Walter Briggs, along with Sen. Harold Keene and Rep. Nina "
          "Ostrander, endorsed Diane Fowler in the primary.\n");
  for (const char* endorser : {"Gloria Mendez", "Walter Briggs", "Harold Keene", "Nina Ostrander"})
    CHECK(Endorses(b, endorser, "Diane Fowler"));
}

TEST_CASE("an accompaniment phrase without names adds nobody", "[endorsement_coordination]") {
  const ArticleResult r =
      Run("Race\n\nGloria Mendez, along with most of her colleagues, endorsed Diane Fowler in the "
          "primary.\n");
  CHECK(Endorses(r, "Gloria Mendez", "Diane Fowler"));
  CHECK(r.relations.size() == 1);
}

TEST_CASE("an office after each listed endorsee keeps the list", "[endorsement_coordination]") {
  const ArticleResult r =
      Run("Race\n\nGloria Mendez endorsed Diane Fowler for Senate, Oscar Pruitt for lieutenant "
          "governor and Amy Tran for state treasurer.\n");
  CHECK(Endorses(r, "Gloria Mendez", "Diane Fowler"));
  CHECK(Endorses(r, "Gloria Mendez", "Oscar Pruitt"));
  CHECK(Endorses(r, "Gloria Mendez", "Amy Tran"));
}

TEST_CASE("an office does not join a name that starts a new clause", "[endorsement_coordination]") {
  const ArticleResult r =
      Run("Race\n\nGloria Mendez endorsed Diane Fowler for Senate and Oscar Pruitt endorsed Amy "
          "Tran.\n");
  CHECK(Endorses(r, "Gloria Mendez", "Diane Fowler"));
  CHECK_FALSE(Endorses(r, "Gloria Mendez", "Oscar Pruitt"));
  CHECK(Endorses(r, "Oscar Pruitt", "Amy Tran"));
}

TEST_CASE("an object pronoun is never one of the clause's subjects", "[endorsement_coordination]") {
  const ArticleResult r = Run(
      "Race\n\nWalter Briggs endorsed Diane Fowler in the primary. Oscar Pruitt and Amy Tran also "
      "endorsed her.\n");
  CHECK(Endorses(r, "Oscar Pruitt", "Diane Fowler"));
  CHECK(Endorses(r, "Amy Tran", "Diane Fowler"));
  CHECK_FALSE(Endorses(r, "Oscar Pruitt", "Amy Tran"));
}

TEST_CASE("people and organisations mix in a list of endorsers", "[endorsement_coordination]") {
  const ArticleResult r = Run(
      "Race\n\nDiane Fowler is endorsed by Gloria Mendez, Walter Briggs, and the Sierra Club.\n");
  CHECK(Endorses(r, "Gloria Mendez", "Diane Fowler"));
  CHECK(Endorses(r, "Walter Briggs", "Diane Fowler"));
  CHECK(Endorses(r, "Sierra Club", "Diane Fowler"));
}

TEST_CASE("a role is only ever a person's", "[endorsement_coordination]") {
  // A list of role holders that runs into an organisation's name.
  const ArticleResult r =
      Run("Intro line here.\n\nCity Council members Gloria Mendez and Walter Briggs, Tucson "
          "Sentinel, wrote the letter.\n");
  for (const Relation& rel : r.relations) {
    if (rel.type == "HAS_ROLE") CHECK(rel.source.rfind("person:", 0) == 0);
  }
}

TEST_CASE("every endorser of an object relative", "[endorsement_coordination]") {
  const ArticleResult r =
      Run("Race\n\nDiane Fowler, whom Gloria Mendez and Walter Briggs endorsed last year, won the "
          "primary.\n");
  CHECK(Endorses(r, "Gloria Mendez", "Diane Fowler"));
  CHECK(Endorses(r, "Walter Briggs", "Diane Fowler"));
}

TEST_CASE("members of a group that endorsed", "[endorsement_among]") {
  const ArticleResult a =
      Run("Race\n\nGloria Mendez, Walter Briggs and Amy Tran are among the Democrats who have "
          "endorsed Diane Fowler in the primary.\n");
  CHECK(Endorses(a, "Gloria Mendez", "Diane Fowler"));
  CHECK(Endorses(a, "Walter Briggs", "Diane Fowler"));
  CHECK(Endorses(a, "Amy Tran", "Diane Fowler"));
  const ArticleResult b =
      Run("Race\n\nAmong those endorsing Diane Fowler in the primary are Gloria Mendez and Walter "
          "Briggs.\n");
  CHECK(Endorses(b, "Gloria Mendez", "Diane Fowler"));
  CHECK(Endorses(b, "Walter Briggs", "Diane Fowler"));
  const ArticleResult c =
      Run("Race\n\nAmong Diane Fowler's early endorsers are Sen. Gloria Mendez and the Sierra "
          "Club.\n");
  CHECK(Endorses(c, "Gloria Mendez", "Diane Fowler"));
  CHECK(Endorses(c, "Sierra Club", "Diane Fowler"));
}

TEST_CASE("a group that has not endorsed, or a poll, gives no edge", "[endorsement_among]") {
  const ArticleResult a =
      Run("Race\n\nGloria Mendez and Walter Briggs are among those who have yet to back Diane "
          "Fowler.\n");
  CHECK_FALSE(Endorses(a, "Gloria Mendez", "Diane Fowler"));
  const ArticleResult b =
      Run("Race\n\nAmong independents, 40 percent said they would back Diane Fowler and Walter "
          "Briggs.\n");
  CHECK(b.relations.empty());
  const ArticleResult c =
      Run("Race\n\nGloria Mendez is among the senators who have not endorsed Diane Fowler.\n");
  CHECK_FALSE(Endorses(c, "Gloria Mendez", "Diane Fowler"));
}

}  // namespace
}  // namespace kg::extract
