// ENDORSES rules added for issue #3: coordinated endorsers before the verb,
// support won or held, backing outside election sentences, participles.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a list of endorsers before the verb", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nIn 2012, Sen. Harold Pimsleur, Sen. Greta Valdane of Ohio and Sen. Oskar "
          "Brennholt of Iowa had endorsed Maxine Rutherford, touting her record.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  CHECK(HasRelation(a, "ENDORSES", "person:oskar-brennholt", "person:maxine-rutherford"));
  CHECK(FindRelation(a, "ENDORSES")->evidence.rule == "endorse.verbal");
  ArticleResult b =
      Run("Race\n\nGreta Valdane (R-Ohio) and the Plumbers Union endorsed Maxine Rutherford.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  CHECK(HasRelation(b, "ENDORSES", "organization:plumbers-union", "person:maxine-rutherford"));
}

TEST_CASE("ENDORSES: a comma alone or a new clause is no list of endorsers",
          "[relations][endorse]") {
  // An introductory phrase: only Valdane endorsed.
  ArticleResult a =
      Run("Race\n\nAfter meeting Harold Pimsleur, Greta Valdane endorsed Maxine Rutherford.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  // ", and" joins two clauses unless a longer series precedes it.
  ArticleResult b =
      Run("Race\n\nVoters chose Harold Pimsleur, and Greta Valdane endorsed Maxine Rutherford.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
}

TEST_CASE("ENDORSES: support won or held", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nMaxine Rutherford has won the support of some of her primary rivals, "
          "including former Gov. Harold Pimsleur and former Sen. Greta Valdane of Ohio.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  CHECK(FindRelation(a, "ENDORSES")->evidence.rule == "endorse.received");
  ArticleResult b =
      Run("Race\n\nIn the Senate race, Maxine Rutherford has the backing of Gov. Harold "
          "Pimsleur.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  // Hedged, or support that is not won: nothing.
  ArticleResult c =
      Run("Race\n\nIn the primary, Maxine Rutherford has been unable to win the support of Gov. "
          "Harold Pimsleur. Her campaign praised the support of Greta Valdane for the bill.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  // Support outside an election is no endorsement.
  ArticleResult d =
      Run("Bill\n\nThe water bill has the support of Gov. Harold Pimsleur and Greta Valdane.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: backing a named person outside an election sentence", "[relations][endorse]") {
  ArticleResult a =
      Run("Vote\n\nRep. Harold Pimsleur, a critic of the letter, is now also backing Maxine "
          "Rutherford, after she offered him a seat on the panel.\n");
  const Relation* r = FindRelation(a, "ENDORSES");
  REQUIRE(r != nullptr);
  CHECK(r->source == "person:harold-pimsleur");
  CHECK(r->target == "person:maxine-rutherford");
  CHECK(r->evidence.rule == "endorse.backs");
  ArticleResult b = Run("Vote\n\nGreta Valdane will back Maxine Rutherford.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  ArticleResult c =
      Run("Vote\n\nGreta Valdane is supporting Maxine Rutherford for Speaker of the House.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
}

TEST_CASE("ENDORSES: backing that is no endorsement", "[relations][endorse]") {
  // An issue after the name, a plain "supports", a crowd as subject, a
  // negation, a headline: nothing.
  ArticleResult a =
      Run("Vote\n\nGreta Valdane backs Maxine Rutherford on the water bill. Greta Valdane "
          "supports Maxine Rutherford. Harold Pimsleur said 65% backed Maxine Rutherford. "
          "Harold Pimsleur said they will back Maxine Rutherford. Oskar Brennholt does not back "
          "Maxine Rutherford.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  ArticleResult b = Run("Greta Valdane backs Maxine Rutherford, says she is right\n\nText.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: participles", "[relations][endorse]") {
  // A common noun before the participle is its subject.
  ArticleResult a =
      Run("Race\n\nGreta Valdane sent a signal to progressive voters now backing Maxine "
          "Rutherford that the campaign is over.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // An apposition names it.
  ArticleResult b =
      Run("Race\n\nThe caucus picked Harold Pimsleur, a former state senator backing Maxine "
          "Rutherford, as its delegate.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  // A document is no subject: the speaker is.
  ArticleResult c =
      Run("Race\n\nHarold Pimsleur put it simply in a speech endorsing Maxine Rutherford.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
}

TEST_CASE("ENDORSES: a backer before an apposition, the backing of a listed name",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Vote\n\nRep. Harold Pimsleur (D-N.Y.), another critic of the letter, is now also "
          "backing Maxine Rutherford, after she offered him a job.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  ArticleResult b =
      Run("Vote\n\nMaxine Rutherford has the backing of some high-profile libertarians, like "
          "Sens. Harold Pimsleur and Greta Valdane.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  // A plan is no office seeker.
  ArticleResult c = Run("Plan\n\nThe water plan has the backing of Gov. Harold Pimsleur.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: support announced for a candidate, voters urged to back one",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nGov. Harold Pimsleur announced his full support for Maxine Rutherford in the "
          "Senate race. Greta Valdane urged voters to back Lena Farrow in the primary.\n");
  const Relation* r = FindRelation(a, "ENDORSES");
  REQUIRE(r != nullptr);
  CHECK(r->source == "person:harold-pimsleur");
  CHECK(r->target == "person:maxine-rutherford");
  CHECK(r->evidence.rule == "endorse.support");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:lena-farrow"));
  // Urging a named person, urging not to, declining, support for a bill.
  ArticleResult b =
      Run("Race\n\nIn the primary, Greta Valdane urged Harold Pimsleur to back Lena Farrow. "
          "Maxine Rutherford urged voters this week not to support Lena Farrow in the race. "
          "Harold Pimsleur declined to urge voters to support Lena Farrow in the primary. "
          "Harold Pimsleur announced his support for the water bill in the campaign.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: backers, and an acronym describing the endorser", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nMaxine Rutherford spoke. Greta Valdane, a state senator and Rutherford "
          "backer, agreed. Rutherford backer Harold Pimsleur cheered.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK(FindRelation(a, "ENDORSES")->evidence.rule == "endorse.backer");
  ArticleResult b =
      Run("Race\n\nRivers Forward Action, an upstart PAC that backed Maxine Rutherford in her "
          "primary, spoke.\n");
  CHECK(
      HasRelation(b, "ENDORSES", "organization:rivers-forward-action", "person:maxine-rutherford"));
  // A backer of a plan is no endorser.
  ArticleResult c = Run("Plan\n\nGreta Valdane, a state senator and plan backer, agreed.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: an endorsement boasted or enjoyed is held", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nMaxine Rutherford boasts the high-profile endorsement of Rep. Harold "
          "Pimsleur.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK(FindRelation(a, "ENDORSES")->evidence.rule == "endorse.received");
  ArticleResult b =
      Run("Race\n\nIn the primary, Maxine Rutherford enjoyed the backing of Gov. Harold "
          "Pimsleur.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  // Hedged: nothing.
  ArticleResult c =
      Run("Race\n\nMaxine Rutherford would not boast the endorsement of Rep. Harold "
          "Pimsleur.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a candidate endorsed by X in an apposition", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nVoters in the primary picked Maxine Rutherford, a controversial candidate "
          "endorsed by Harold Pimsleur.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK(FindRelation(a, "ENDORSES")->evidence.rule == "endorse.passive");
  // No apposition, or a plan rather than a candidate: nothing.
  ArticleResult b =
      Run("Race\n\nMaxine Rutherford said a candidate endorsed by Harold Pimsleur would "
          "lose.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Race\n\nMaxine Rutherford, a plan endorsed by Harold Pimsleur, was dropped.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a standing endorsement with 'still'", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur, who still backs Maxine Rutherford, said the race was "
          "close.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK(FindRelation(a, "ENDORSES")->evidence.rule == "endorse.backs");
  // Still hedged or denied: nothing.
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur still has not endorsed Maxine Rutherford in the primary.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}
