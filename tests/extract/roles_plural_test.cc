// HAS_ROLE for the people listed after an organisation's plural title when
// lower-case modifiers stand between them ("Y associate professors A and
// B", "Y political scientists A and B"), with the cases where it may not
// fire (a past role, an organisation word, a verb, no name after); a
// political scientist at a body; no U.S. Senate role for a state Senate
// leader.
#include <catch2/catch.hpp>

#include "extract/relation_trigger_words.h"
#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: modifiers between an organisation and its plural title",
          "[relations][roles]") {
  ArticleResult a =
      Run("Study\n\nBut Lakeshore University associate professors Greta Valdane and Harold "
          "Pimsleur realized that the files were kept.\n");
  for (const char* p : {"person:greta-valdane", "person:harold-pimsleur"}) {
    const Relation* h = RoleOf(a, p);
    REQUIRE(h != nullptr);
    CHECK(h->target == "organization:lakeshore-university");
    CHECK(h->title == "associate professor");
    CHECK(h->evidence.rule == "role.prefix");
  }
  ArticleResult b =
      Run("Poll\n\nThe trend was measured by Lakeshore University political scientists Greta "
          "Valdane, Harold Pimsleur and Mira Tolland.\n");
  for (const char* p : {"person:greta-valdane", "person:harold-pimsleur", "person:mira-tolland"}) {
    const Relation* h = RoleOf(b, p);
    REQUIRE(h != nullptr);
    CHECK(h->target == "organization:lakeshore-university");
    CHECK(h->title == "political scientist");
  }
  ArticleResult c =
      Run("Memo\n\nLakeshore Bank senior economists Greta Valdane and Harold Pimsleur "
          "wrote in a note.\n");
  CHECK(HasRelation(c, "HAS_ROLE", "person:greta-valdane", "organization:lakeshore-bank"));
}

TEST_CASE("HAS_ROLE: a modified plural title that names no current staff gives nothing",
          "[relations][roles]") {
  // Past staff, a unit of the body, a verb between, or no name after.
  ArticleResult a =
      Run("Talks\n\nLakeshore University former professors Greta Valdane and Harold Pimsleur "
          "met. Lakeshore Bank committee members Mira Tolland and Ansel Brightwater spoke. "
          "Lakeshore Institute recently hired analysts Nadia Orloff and Pavel Renko. Lakeshore "
          "College political scientists said that Edwin Marsh would win.\n");
  CHECK(CountType(a, "HAS_ROLE") == 0);
}

TEST_CASE("HAS_ROLE: a political scientist at a body", "[relations][roles]") {
  ArticleResult a =
      Run("Race\n\n\"It is close,\" says Greta Valdane, a political scientist at Lakeshore "
          "College in Ridgeview, Ohio.\n");
  const Relation* h = RoleOf(a, "person:greta-valdane");
  REQUIRE(h != nullptr);
  CHECK(h->target == "organization:lakeshore-college");
  CHECK(h->title == "political scientist");
  // No body named: no role.
  ArticleResult b = Run("Race\n\nPolitical scientist Greta Valdane said the race was close.\n");
  CHECK(CountType(b, "HAS_ROLE") == 0);
}

TEST_CASE("HAS_ROLE: a state chamber's leader holds no role in the U.S. one",
          "[relations][roles]") {
  ArticleResult a =
      Run("Vote\n\nHer opponent, progressive state Senate leader Greta Valdane, won "
          "54 percent of the vote.\n");
  CHECK(CountType(a, "HAS_ROLE") == 0);
  ArticleResult b =
      Run("Vote\n\nSenate Majority Leader Greta Valdane said the vote would be held "
          "on Tuesday.\n");
  CHECK(HasRelation(b, "HAS_ROLE", "person:greta-valdane", "organization:u-s-senate"));
}

TEST_CASE("HAS_ROLE: a singular staff word names one person", "[relations][roles]") {
  ArticleResult a =
      Run("Memo\n\nThe memo by Lakeshore Institute staffer Greta Valdane was leaked. The "
          "write-ins included Lakeshore University football coach Harold Pimsleur, Rep. Mira "
          "Tolland and others.\n");
  const Relation* h = RoleOf(a, "person:greta-valdane");
  REQUIRE(h != nullptr);
  CHECK(h->target == "organization:lakeshore-institute");
  CHECK(h->title == "staffer");
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:lakeshore-university"));
  // Only the first name after a singular word.
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
  // A person's staffer is no body's; no name, no role.
  ArticleResult b =
      Run("Memo\n\nGreta Valdane staffer Harold Pimsleur left. The Lakeshore "
          "Institute boss said nothing.\n");
  CHECK(CountType(b, "HAS_ROLE") == 0);
}

TEST_CASE("HAS_ROLE: hosts, agents and officers listed after their body", "[relations][roles]") {
  ArticleResult a =
      Run("Shows\n\nThe list included Lakeshore Network hosts Greta Valdane and Harold Pimsleur. "
          "The notes came from an interview with Lakeshore Bureau agents Mira Tolland and "
          "Edwin Marsh.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:lakeshore-network"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:lakeshore-network"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:lakeshore-bureau"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:edwin-marsh", "organization:lakeshore-bureau"));
}

// PluralRoles runs only in sentences whose trigger pass saw a word of
// kPluralTitleWords (relation_triggers.cc): each of them, in lower case and
// capitalised, must still reach the rule.
TEST_CASE("HAS_ROLE: every plural title of the list reaches role.plural", "[relations][roles]") {
  for (const auto& [plural, singular] : kg::extract::internal::kPluralTitleWords) {
    for (bool cap : {false, true}) {
      std::string word(plural);
      if (cap) word[0] = static_cast<char>(word[0] - 'a' + 'A');
      ArticleResult a = Run("Study\n\nGreta Valdane and Harold Pimsleur, " + word +
                            " at Lakeshore University, found that the files were kept.\n");
      INFO(word);
      for (const char* p : {"person:greta-valdane", "person:harold-pimsleur"}) {
        const Relation* h = RoleOf(a, p);
        REQUIRE(h != nullptr);
        CHECK(h->target == "organization:lakeshore-university");
        CHECK(h->evidence.rule == "role.plural");
      }
    }
  }
}
