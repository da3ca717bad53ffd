// Person names that stand once in an article with no cue around them.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A pair of dictionary proper nouns used once is a person", "[mentions][names]") {
  // Neither word is a Census name; "Hussein" never stands alone.
  ArticleResult r =
      Run("History\n\nThe old memo compared the plan to the one that toppled Saddam Hussein two "
          "decades ago, and the committee filed it away.\n");
  const Entity* s = FindEntity(r, "Saddam Hussein");
  REQUIRE(s != nullptr);
  CHECK(s->type == EntityType::kPerson);
}

TEST_CASE("A people or a faith named by two proper nouns is no person", "[mentions][names]") {
  // "Shiites" and "German" are dictionary entries: group words.
  ArticleResult r =
      Run("Region\n\nThe council met leaders of the Shiite Muslims in the valley, and a museum "
          "told the story of the Volga Germans to visitors from the coast.\n");
  CHECK(FindEntity(r, "Shiite Muslims") == nullptr);
  CHECK(FindEntity(r, "Volga Germans") == nullptr);
}

TEST_CASE("A first name before a common word, named once, is a person", "[mentions][names]") {
  // "tapper" and "bash" are common words no Census surname list holds.
  ArticleResult r =
      Run("Show\n\nOn Sunday the governor sat down with CNN's Jake Tapper for an hour, and later "
          "with Dana Bash of the same network.\n");
  const Entity* t = FindEntity(r, "Jake Tapper");
  REQUIRE(t != nullptr);
  CHECK(t->type == EntityType::kPerson);
  CHECK(FindEntity(r, "Dana Bash") != nullptr);
  // A body, a place or a thing keeps its shape: a plural noun, a thing's
  // word, a country's stem, a particle.
  ArticleResult s =
      Run("Sports\n\nFans of the Dallas Cowboys read the Harris Poll, then the Le Monde story, "
          "and a rally cheered America First before a reporter for Edison Research left.\n");
  CHECK(FindEntity(s, "Dallas Cowboys") == nullptr);
  CHECK(FindEntity(s, "Harris Poll") == nullptr);
  CHECK(FindEntity(s, "Le Monde") == nullptr);
  CHECK(FindEntity(s, "America First") == nullptr);
  CHECK(FindEntity(s, "Edison Research") == nullptr);
}

TEST_CASE("An acronym of a person's initials names that person", "[mentions][names]") {
  // Each part of a hyphenated surname gives an initial.
  ArticleResult r =
      Run("Rally\n\nRep. Talia Ruiz-Brandt spoke at the rally in the park. Later, TRB told "
          "reporters that the bill would pass, and TRB's staff agreed.\n");
  CHECK(!IsOrganization(r, "TRB"));
  const Entity* p = FindEntity(r, "Talia Ruiz-Brandt");
  REQUIRE(p != nullptr);
  CHECK(HasAlias(*p, "TRB"));
}

TEST_CASE("A first name that is also a common word opens a three-word name", "[mentions][names]") {
  // "john" is a dictionary word; inside a sentence it is still the name's.
  ArticleResult r =
      Run("Hall\n\nThe crowd stood when John Henry Barton took the stage on Friday night.\n");
  CHECK(FindEntity(r, "John Henry Barton") != nullptr);
  CHECK(FindEntity(r, "Henry Barton") == nullptr);
  // A question after a colon: "Will" is a verb.
  ArticleResult q = Run(
      "Hall\n\nThat leaves one question: Will Henry Barton stay on as chairman after the vote?\n");
  CHECK(FindEntity(q, "Will Henry Barton") == nullptr);
}

TEST_CASE("A man's first name that is a common word before a common word, named once",
          "[mentions][names]") {
  // "bob" and "ladder" are dictionary words; inside a sentence the pair is a
  // man's name even with no cue and no second mention.
  ArticleResult r = Run("Vote\n\nThe panel heard from Bob Ladder before the vote on Tuesday.\n");
  CHECK(FindEntity(r, "Bob Ladder") != nullptr);
  // Things keep their shape: a woman's name that is a common word, an
  // irregular plural, an adjective, a nationality, a quoted title.
  ArticleResult s =
      Run("Fans\n\nFans watched Star Trek at home, then joined Angel Families at the gate, where "
          "Young Gun stickers sat beside a sign for Christian Burial and a poster of the \"Carter "
          "Scenario\" they mocked.\n");
  CHECK(FindEntity(s, "Star Trek") == nullptr);
  CHECK(FindEntity(s, "Angel Families") == nullptr);
  CHECK(FindEntity(s, "Young Gun") == nullptr);
  CHECK(FindEntity(s, "Christian Burial") == nullptr);
  CHECK(FindEntity(s, "Carter Scenario") == nullptr);
  // A sentence start is no evidence of a name: "Will" may be the verb.
  ArticleResult q = Run("Race\n\nWill Power matters in this race, the coach said on Monday.\n");
  CHECK(FindEntity(q, "Will Power") == nullptr);
}

TEST_CASE("A common word after \"former\" describes the two-word name after it",
          "[mentions][names]") {
  const ArticleResult r =
      Run("Race\n\nThe primary features former Marine Dustin Quellbrook, who calls himself an "
          "outsider.\n");
  CHECK(IsPerson(r, "Dustin Quellbrook"));
  CHECK_FALSE(IsPerson(r, "Marine Dustin Quellbrook"));
  // Not before a particle: the first word is the name's own.
  const ArticleResult s =
      Run("Race\n\nThe move by Marine Le Quellec surprised Paris. A former Marine Le Quellec aide "
          "spoke.\n");
  CHECK(IsPerson(s, "Marine Le Quellec"));
  CHECK_FALSE(IsPerson(s, "Le Quellec"));
}

TEST_CASE("A pair of particles and a long name around a particle stay whole", "[mentions][names]") {
  const ArticleResult r =
      Run("Story\n\nElena de la Quintaro, a former prosecutor, said the case was strong.\n\n"
          "\"They did not talk about the facts,\" de la Quintaro said.\n\n"
          "Lawyer Peter van der Roekel pleaded guilty. Crown Prince Tamar bin Zayed Al Quwaris "
          "met the envoy, and Program Director Carlos Ordway de la Sierna said it was hard.\n");
  CHECK(IsPerson(r, "Elena de la Quintaro"));
  CHECK(FindEntity(r, "Quintaro") == nullptr);
  CHECK(IsPerson(r, "Peter van der Roekel"));
  CHECK(IsPerson(r, "Tamar bin Zayed Al Quwaris"));
  CHECK(FindEntity(r, "Al Quwaris") == nullptr);
  CHECK(IsPerson(r, "Carlos Ordway de la Sierna"));
  bool quoted = false;
  for (const auto& s : r.statements) quoted |= s.speaker == "person:elena-de-la-quintaro";
  CHECK(quoted);
  // A place's name after its own particle is none: "Palacio de Verde de la Roca".
  CHECK(FindEntity(Run("Story\n\nThe party was held at the Palacio de Verde de la Roca in "
                       "Madrid on Monday.\n"),
                   "Verde de la Roca") == nullptr);
}
