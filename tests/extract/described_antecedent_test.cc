// Descriptions resolved through an earlier apposition or a lower-case noun
// before the name (extract/described_antecedent.cc): "Maxine Rutherford, a
// civil rights activist, ..." then "the activist endorsed Y"; "Walt Orbeck,
// the former mayor of Elm Falls, ..." then "the mayor said".
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Described antecedent: ENDORSES past a nearer name", "[relations][endorse]") {
  // The closest sentence names someone else; the apposition settles it.
  ArticleResult a =
      Run("Race\n\nMaxine Rutherford, a civil rights activist, organised marches in Dayton. Sen. "
          "Walter Brennholt spoke at the fair. Later, the activist endorsed Sen. Walter Brennholt "
          "for governor.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:maxine-rutherford", "person:walter-brennholt"));
  // A party noun, only through an apposition.
  ArticleResult b =
      Run("Race\n\nGunnar Ostby, a Republican, is running for governor of Ohio. Gov. Lise Harmon "
          "endorsed the Republican on Monday.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:lise-harmon", "person:gunnar-ostby"));
}

TEST_CASE("Described antecedent: two fitting people give nothing", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nMaxine Rutherford, a civil rights activist, and Dana Kolb, a housing activist, "
          "spoke in Dayton. Rain fell. Later, the activist endorsed Sen. Walter Brennholt for "
          "governor.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // "vice chairman" is no chairman.
  ArticleResult b =
      Run("News\n\nWalt Orbeck, the county party vice chairman, arrived late. Rain fell all day. "
          "\"We have a plan,\" the chairman said.\n");
  CHECK(SpeakerName(b, "We have a plan") != "Walt Orbeck");
}

TEST_CASE("Described antecedent: an office from an apposition", "[quotes]") {
  // Nobody carried the title "Mayor"; the apposition gave the office.
  ArticleResult a =
      Run("News\n\nWalt Orbeck, the former mayor of Elm Falls, arrived at the hall. Rain fell all "
          "day. Sen. Greta Valdane and Rep. Dana Kolb waited. \"We will win,\" the former mayor "
          "said.\n");
  CHECK(SpeakerName(a, "We will win") == "Walt Orbeck");
  // A city and its state set off by commas before the office.
  ArticleResult b =
      Run("News\n\nMayor Walt Orbeck arrived at the hall. Rain fell all day. Sen. Greta Valdane "
          "waited. \"We will win,\" the Elm Falls, Ohio, mayor said.\n");
  CHECK(SpeakerName(b, "We will win") == "Walt Orbeck");
  // Someone unnamed of that description came in between.
  ArticleResult c =
      Run("News\n\nLena Marsh, a spokeswoman for the county, spoke first. A state spokeswoman "
          "disagreed. \"We will wait,\" the spokeswoman said.\n");
  CHECK(SpeakerName(c, "We will wait") != "Lena Marsh");
}

TEST_CASE("Described antecedent: a longer office description as subject", "[relations][endorse]") {
  // "the senator" worked; a modifier before the office did not.
  ArticleResult a = Run(
      "Race\n\nSen. Walter Brennholt spoke in Dayton. The former senator has the backing of Gov. "
      "Lise Harmon.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:lise-harmon", "person:walter-brennholt"));
  ArticleResult b =
      Run("Race\n\nRep. Dana Kolb spoke in Dayton. The Ohio congresswoman ultimately backed Gov. "
          "Lise Harmon.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:dana-kolb", "person:lise-harmon"));
}

TEST_CASE("Described antecedent: a predicate noun introduces the person", "[relations][endorse]") {
  // "X became an activist" introduces X as the apposition does; the
  // closest sentences name nobody outside quotations.
  ArticleResult a =
      Run("Race\n\nMaxine Rutherford, 31, became an activist after the mill closed. Rain fell on "
          "Dayton. \"We miss her,\" her family said. During the campaign, the activist endorsed "
          "Sen. Walter Brennholt for governor.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:maxine-rutherford", "person:walter-brennholt"));
  // Past a nearer name.
  ArticleResult b =
      Run("Race\n\nMaxine Rutherford is a retired nurse. Dana Kolb spoke at the fair. Later, the "
          "nurse endorsed Sen. Walter Brennholt for governor.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:maxine-rutherford", "person:walter-brennholt"));
  // Not a noun that a further noun modifies ("a nurse practitioner").
  ArticleResult c =
      Run("Race\n\nMaxine Rutherford is a nurse practitioner. Rain fell. \"We miss her,\" her "
          "family said. Later, the nurse endorsed Sen. Walter Brennholt for governor.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}
