// HAS_ROLE for a chamber's officer named by the bare title ("Speaker X",
// "Minority Leader X", role.chamber_title): the chamber the article names
// is not taken when the article puts the person in the other chamber, when
// another person holds that chamber's same title, or when a state's
// chamber is named and the person carries no member of Congress's
// party-state tag.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

ArticleResult RunText(const std::string& text) { return Run("Report\n\n" + text + "\n"); }

constexpr auto Role = HasRoleNamed;

}  // namespace

TEST_CASE("Chamber titles: the one chamber named", "[relations][roles]") {
  const ArticleResult a = RunText(
      "The House passed the bill on Friday. Minority Leader Dorian Oxby, D-Ohio, called it a "
      "mistake, and Speaker Marla Quint (R-Texas) praised it.");
  CHECK(Role(a, "Dorian Oxby", "U.S. House of Representatives"));
  CHECK(Role(a, "Marla Quint", "U.S. House of Representatives"));
}

TEST_CASE("Chamber titles: a former holder shares the title", "[relations][roles]") {
  const ArticleResult a = RunText(
      "Senate Majority Leader Harlan Voss blocked the vote. In 2013, then-Majority Leader Dorian "
      "Oxby changed the rules.");
  CHECK(Role(a, "Dorian Oxby", "U.S. Senate"));
}

TEST_CASE("Chamber titles: not the chamber the article names for another chamber's leader",
          "[relations][roles]") {
  // A plural title of the other chamber heads the list.
  const ArticleResult a = RunText(
      "The House passed the bill. U.S. Sens. Ada Morrow and Minority Leader Dorian Oxby "
      "introduced a companion measure.");
  CHECK_FALSE(Role(a, "Dorian Oxby", "U.S. House of Representatives"));
  // The person is a senator elsewhere.
  const ArticleResult b = RunText(
      "The House passed the bill. Majority Leader Dorian Oxby praised the vote. Sen. Dorian Oxby "
      "has long backed it.");
  CHECK_FALSE(Role(b, "Dorian Oxby", "U.S. House of Representatives"));
  // Another person holds the Senate's same title.
  const ArticleResult c = RunText(
      "Senate Minority Leader Harlan Voss objected. Minority Leader Dorian Oxby, D-Calif., "
      "tweeted a story.");
  CHECK_FALSE(Role(c, "Dorian Oxby", "U.S. Senate"));
}

TEST_CASE("Chamber titles: a state's chamber named", "[relations][roles]") {
  const ArticleResult a = RunText(
      "The House passed the bill. Ohio House Speaker Harlan Voss defended it. Minority Whip Dorian "
      "Oxby walked out.");
  CHECK_FALSE(Role(a, "Dorian Oxby", "U.S. House of Representatives"));
  const ArticleResult b = RunText(
      "The House of Representatives voted. The Virginia House of Delegates passed it last month. "
      "\"It has passed,\" Speaker Marla Quint (D) said. Speaker Ada Morrow (D-Calif.) praised it.");
  CHECK_FALSE(Role(b, "Marla Quint", "U.S. House of Representatives"));
  CHECK(Role(b, "Ada Morrow", "U.S. House of Representatives"));
}

TEST_CASE("Chamber titles: a leader paired with the Speaker", "[relations][roles]") {
  // No chamber word in the sentence: the other chamber's leader as often.
  const ArticleResult a = RunText(
      "The House met on Tuesday. The plan follows the vision of Speaker Marla Quint and "
      "Majority Leader Dorian Oxby, who will draft the bills.");
  CHECK(Role(a, "Marla Quint", "U.S. House of Representatives"));
  CHECK_FALSE(Role(a, "Dorian Oxby", "U.S. House of Representatives"));
  // The sentence names the House.
  const ArticleResult b = RunText(
      "The House passed the bill. Senior House leaders, including Speaker Marla Quint and Majority "
      "Leader Dorian Oxby, praised the vote.");
  CHECK(Role(b, "Dorian Oxby", "U.S. House of Representatives"));
  // Only the Senate is named: the Speaker is not of it.
  const ArticleResult c = RunText(
      "The Senate passed the bill. Speaker Marla Quint and Minority Leader Dorian Oxby objected.");
  CHECK(Role(c, "Dorian Oxby", "U.S. Senate"));
}

TEST_CASE("Chamber titles: bare titles of both chambers", "[relations][roles]") {
  // Calloway's bare title is the House's (the Senate's holder is named), so
  // the bare titles do not all name the Senate.
  const ArticleResult a = RunText(
      "Minority Leader Yvette Calloway, D-Ohio, said the remarks were wrong. Majority Leader "
      "Dorian "
      "Oxby, R-Ohio, called for an apology. Senate Minority Leader Harlan Voss, D-N.Y., spoke from "
      "the Senate floor.");
  CHECK_FALSE(Role(a, "Dorian Oxby", "U.S. Senate"));
  CHECK_FALSE(Role(a, "Yvette Calloway", "U.S. Senate"));
  CHECK(Role(a, "Harlan Voss", "U.S. Senate"));
}
