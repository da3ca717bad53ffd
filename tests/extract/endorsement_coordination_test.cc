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

}  // namespace
}  // namespace kg::extract
