// ENDORSES ends named by a description (endorse.described,
// extract/endorsement_descriptions.cc): "the activist endorsed Y", "X endorsed
// the former vice president", "for endorsing the congressman".
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a described endorsee", "[relations][endorse]") {
  // An office: the one person the article gave that title.
  ArticleResult a =
      Run("Race\n\nFormer Vice President Harold Pimsleur won the Dayton primary. Sen. Greta "
          "Valdane, who left the race, endorsed the former vice president on Monday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  REQUIRE(FindRelation(a, "ENDORSES") != nullptr);
  CHECK(FindRelation(a, "ENDORSES")->evidence.rule == "endorse.described");
  // A participle after "for": the organisation blamed endorsed.
  ArticleResult b =
      Run("Race\n\nRep. Walter Brennholt was charged with fraud. Voters are angry at the Dayton "
          "Plumbers Union for endorsing the congressman in the primary.\n");
  CHECK(
      HasRelation(b, "ENDORSES", "organization:dayton-plumbers-union", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: a described endorser", "[relations][endorse]") {
  // What a person is: the one person the closest sentence names.
  ArticleResult a =
      Run("Race\n\nMaxine Rutherford organised marches in Dayton for a decade. During the last "
          "campaign, the activist endorsed Sen. Walter Brennholt for governor.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:maxine-rutherford", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: descriptions that stay unresolved", "[relations][endorse]") {
  // Two people carried the title.
  ArticleResult a =
      Run("Race\n\nSen. Harold Pimsleur and Sen. Walter Brennholt spoke in Dayton. Greta Valdane "
          "endorsed the senator on Monday.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // A possessive is the senator's plan; a reduced relative picks out
  // someone else; two people in the closest sentence.
  ArticleResult b =
      Run("Race\n\nSen. Harold Pimsleur spoke in Dayton. Greta Valdane endorsed the senator's "
          "plan. Maxine Rutherford endorsed the candidate running against him.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Race\n\nMaxine Rutherford met Greta Valdane in Dayton. The activist endorsed Walter "
          "Brennholt.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a two-word office an apposition gave", "[relations][endorse]") {
  // "X, the former vice president," then "endorsing the former vice
  // president" in a dash aside, the second gerund after "after ... and".
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur, the former vice president, toured Dayton. Sen. Greta Valdane - "
          "who promised to hold Pimsleur to account after ending a long campaign and endorsing the "
          "former vice president - has called for cuts.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // Two people the article calls vice president: nobody.
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur, the former vice president, toured Dayton with Walter "
          "Brennholt, the vice president of the union. Greta Valdane endorsed the former vice "
          "president on Monday.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  // The description is the endorser himself: no self-endorsement.
  ArticleResult c =
      Run("Race\n\nHarold Pimsleur, the former vice president, toured Dayton. The former vice "
          "president endorsed the former vice president's plan.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  // The noun of one word is no part of a two-word office: "the president"
  // is not the vice president.
  ArticleResult d = Run(
      "Race\n\nHarold Pimsleur, the former vice president, toured Dayton. Greta Valdane endorsed "
      "the president on Monday.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
  // A hyphen glued on continues the noun.
  ArticleResult e = Run(
      "Race\n\nHarold Pimsleur, the former vice president, toured Dayton. Greta Valdane endorsed "
      "the former vice president-elect on Monday.\n");
  CHECK(CountType(e, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: the paper is the newspaper named before", "[relations][endorse]") {
  // Paragraphs after the paper was named, past a club named in between.
  ArticleResult a =
      Run("Race\n\nSen. Tom Lederle is hitting back at the Dayton Gazette, accusing it of bias.\n\n"
          "Lederle denied it. He spoke at the Elks Club on Saturday.\n\nHe also accused the "
          "left-leaning paper, which has endorsed his Democratic opponent Walter Brennholt, of a "
          "desperate attack.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:dayton-gazette", "person:walter-brennholt"));
  CHECK(CountType(a, "ENDORSES") == 1);
  // Two newspapers named: nobody; a club alone is no paper.
  ArticleResult b = Run(
      "Race\n\nSen. Tom Lederle is hitting back at the Dayton Gazette and the Dayton Tribune.\n\n"
      "He spoke at the Elks Club on Saturday. He also accused the paper, which has endorsed "
      "Walter Brennholt, of a desperate attack.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Race\n\nSen. Tom Lederle spoke at the Elks Club on Saturday. He also accused the paper, "
          "which has endorsed Walter Brennholt, of a desperate attack.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a described organisation's restrictive clause", "[relations][endorse]") {
  ArticleResult a = Run(
      "Race\n\nGov. Tom Lederle defended his plan on Monday. Lederle sought to calm the Dayton "
      "Rifle Association, praising the gun advocacy group that endorsed his candidacy and spent "
      "millions to help him.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:dayton-rifle-association", "person:tom-lederle"));
  // Two organisations near: nobody; "a group that" is some group.
  ArticleResult b =
      Run("Race\n\nGov. Tom Lederle defended his plan on Monday. Lederle met the Dayton Rifle "
          "Association and the Ohio Hunters Association, praising the gun advocacy group that "
          "endorsed his candidacy.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Race\n\nGov. Tom Lederle defended his plan on Monday. Lederle met the Dayton Rifle "
          "Association, praising a gun advocacy group that endorsed his candidacy.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a state and an office name the one person the article tied to both",
          "[relations][endorse][references]") {
  // A party tag gives the state: the Arizona senator, not the later senator.
  ArticleResult a =
      Run("Race\n\nSen. Tom Ralder (R-Ariz.) spoke on Monday. Senator Jane Pomfrey also spoke. "
          "The Arizona senator endorsed Bill Castor for governor.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:tom-ralder", "person:bill-castor"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:jane-pomfrey", "person:bill-castor"));
  // The state before the office before the name.
  ArticleResult b =
      Run("Race\n\nVermont Sen. Tom Ralder spoke on Monday. Sen. Jane Pomfrey also spoke. Later "
          "the Vermont senator endorsed Bill Castor for governor.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:tom-ralder", "person:bill-castor"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:jane-pomfrey", "person:bill-castor"));
  // An apposition gives both; the description as the endorsee.
  ArticleResult c =
      Run("Race\n\nTom Ralder, a Republican senator from Arizona, spoke on Monday. Sen. Jane "
          "Pomfrey also spoke. Bill Castor thanked Dana Lusk for endorsing the Arizona senator.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:dana-lusk", "person:tom-ralder"));
  // A governor by an AP abbreviation.
  ArticleResult d =
      Run("Race\n\nGov. Tom Ralder (R-Mass.) spoke on Monday. Gov. Jane Pomfrey also spoke. The "
          "former Massachusetts governor endorsed Bill Castor for president.\n");
  CHECK(HasRelation(d, "ENDORSES", "person:tom-ralder", "person:bill-castor"));
}

TEST_CASE("ENDORSES: a state and an office that fit two people or none stay silent",
          "[relations][endorse][references]") {
  // Two senators from the state.
  ArticleResult a =
      Run("Race\n\nSen. Tom Ralder (R-Ariz.) spoke on Monday. Sen. Jane Pomfrey (D-Ariz.) also "
          "spoke. The Arizona senator endorsed Bill Castor for governor.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // Senators the article places in other states.
  ArticleResult b =
      Run("Race\n\nSen. Tom Ralder (R-Ohio) spoke on Monday. Sen. Jane Pomfrey (D-Vt.) also "
          "spoke. The Arizona senator endorsed Bill Castor for governor.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  // The state's congressman is no senator; the other senator is from elsewhere.
  ArticleResult c =
      Run("Race\n\nRep. Tom Ralder (R-Ariz.) spoke on Monday. Sen. Jane Pomfrey (D-Vt.) also "
          "spoke. The Arizona senator endorsed Bill Castor for governor.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  // Nothing ties an office to anyone.
  ArticleResult d =
      Run("Race\n\nTom Ralder spoke in Arizona on Monday. Jane Pomfrey also spoke. The Arizona "
          "senator endorsed Bill Castor for governor.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
}
