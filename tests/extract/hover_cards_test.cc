// Inline "related story" cards glued to a name (hover_cards.h, DropHoverCards):
// a surname with an inner capital (Mc, Mac) and a card with no headline.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract::testing {
namespace {

TEST_CASE("A hover card glued to a Mc surname is dropped", "[mentions]") {
  ArticleResult r =
      Run("Budget vote\n\nSen. Ross McAllister Ross Eliot McAllisterBudget talks collapse in the "
          "House again MORE (R-Ore.) met farmers on Monday.\n\n\"We will not pass a budget that "
          "cuts the farm program this year,\" McAllister said.\n");
  REQUIRE(FindEntity(r, "Ross McAllister") != nullptr);
  for (const Entity& e : r.entities) CHECK(e.name.find("Budget") == std::string::npos);
  CHECK(SpeakerName(r, "We will not pass a budget") == "Ross McAllister");
}

TEST_CASE("A name glued to MORE ends a card without a headline", "[mentions]") {
  ArticleResult r =
      Run("Staff\n\nChief of staff Dana Kolbe Dana Marie KolbeMORE told reporters that the "
          "schedule would not change.\n\n\"Nobody here is leaving before the summer recess,\" "
          "Kolbe said.\n");
  REQUIRE(FindEntity(r, "Dana Kolbe") != nullptr);
  for (const Entity& e : r.entities) CHECK(e.name.find("MORE") == std::string::npos);
  CHECK(SpeakerName(r, "Nobody here is leaving") == "Dana Kolbe");
}

TEST_CASE("A Mac surname's own capital is no glued word", "[mentions]") {
  ArticleResult r =
      Run("Visit\n\nGov. Alan MacDonald toured the plant on Monday, and MORE workers "
          "will be hired there.\n");
  CHECK(FindEntity(r, "Alan MacDonald") != nullptr);
}

TEST_CASE("A camel-case name before a card is no glued word", "[mentions]") {
  // "GoVote" opens the sentence with no name before it (the whole span up to
  // MORE was dropped, the senator with it); the card is the one
  // glued to "PellicottNew".
  ArticleResult r =
      Run("Vote\n\nGoVote called on Sen. Wanda Pellicott Wanda Jane PellicottNew ad goes after "
          "Pellicott on taxes MORE (D-Ohio) to renounce the endorsement.\n");
  REQUIRE(FindEntity(r, "Wanda Pellicott") != nullptr);
  for (const Entity& e : r.entities) CHECK(e.name.find("New") == std::string::npos);
}

TEST_CASE("A card glued to a name ending in an accented letter is dropped", "[mentions]") {
  ArticleResult r = Run(
      "Caucus\n\nRep. Mirela Dragovi\u0107 Mirela Dragovi\u0107Ex-mayor joins race for open seat "
      "MORE (R-Pa.) was the first member to endorse Gov. Anton Brisk.\n\n\"We were laughed at,\" "
      "Dragovi\u0107 said.\n");
  const Entity* rep = FindEntity(r, "Mirela Dragovi\u0107");
  const Entity* gov = FindEntity(r, "Anton Brisk");
  REQUIRE(rep != nullptr);
  REQUIRE(gov != nullptr);
  for (const Entity& e : r.entities) CHECK(e.name.find("Ex") == std::string::npos);
  CHECK(HasRelation(r, "ENDORSES", rep->id, gov->id));
}

TEST_CASE("An accented lower-case letter before a capital inside a word is no card", "[mentions]") {
  // No MORE follows: nothing is dropped.
  ArticleResult r = Run("Visit\n\nGov. Ren\u00e9e Lac\u00f3Smith toured the plant on Monday.\n");
  for (const Entity& e : r.entities) CHECK(e.name.find("toured") == std::string::npos);
  CHECK(!r.entities.empty());
}

}  // namespace
}  // namespace kg::extract::testing
