// ENDORSES rules about the scope of an endorsement verb or noun: hedges over
// coordinated verbs, gerunds after "for", partitive relatives ("most of
// whom"), colon lists of endorsers, relative clauses on an organisation's
// head noun, headlines, purpose infinitives in who-clauses, double objects,
// dash appositions and organisation + title objects.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: coordinated verbs share a hedge", "[relations][endorse]") {
  // The negation before the first verb covers the second; a choice between
  // verbs and an infinitive of coordinated verbs state no endorsement.
  ArticleResult a =
      Run("Race\n\nGreta Valdane said she is not \"ready\" at this point to support or endorse "
          "Harold Pimsleur, the party's nominee.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  ArticleResult b =
      Run("Race\n\nGreta Valdane may back or endorse Harold Pimsleur in the Senate race.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  // A single verb still counts.
  ArticleResult c =
      Run("Race\n\nGreta Valdane said Monday that she endorsed Harold Pimsleur in the Senate "
          "race.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: a gerund after 'for' belongs to the one blamed", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur then attacked former candidate Greta Valdane for endorsing "
          "Walter Brennholt in the primary race.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  // A pronoun object names no endorser.
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur criticized him for backing Walter Brennholt in the Senate "
          "race.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: members of a body in a partitive relative", "[relations][endorse]") {
  // "most of whom are backing Y": some members, not the body.
  ArticleResult a =
      Run("Race\n\nThe Plumbers Union Caucus - most of whom are backing Harold Pimsleur or Greta "
          "Valdane in the presidential race - met on Tuesday.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // A plain relative on the body still gives it.
  ArticleResult b =
      Run("Race\n\nThe Plumbers Union, which is backing Harold Pimsleur in the presidential "
          "race, met on Tuesday.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:plumbers-union", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: declined in other words", "[relations][endorse]") {
  // "instead of", "without", "nary a word of" before the verb; "neither"
  // after it.
  ArticleResult a = Run(
      "Race\n\nThe Plumbers Union tried to save the Senate for Republicans instead of backing "
      "Harold Pimsleur. Greta Valdane spoke nary a word of endorsing Harold Pimsleur. The Dayton "
      "Courier this weekend endorsed neither Harold Pimsleur nor Walter Brennholt in the race.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // A name after a comma with its own verb starts the main clause.
  ArticleResult b =
      Run("Race\n\nBecause the Plumbers Union has repeatedly endorsed the existing standard, "
          "Harold Pimsleur could not change the law in his campaign.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  // An apposition after a comma still names the object.
  ArticleResult c = Run(
      "Race\n\nThe Plumbers Union endorsed two candidates, Harold Pimsleur and Greta Valdane, in "
      "the Senate race.\n");
  CHECK(HasRelation(c, "ENDORSES", "organization:plumbers-union", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: endorsers listed after a colon", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nOn Wednesday, Harold Pimsleur won his first endorsements from members of "
          "Congress: Greta Valdane and Rep. Walter Brennholt (R-Ohio).\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  // Not hoped for, and not a list whose description names a person.
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur hopes to win endorsements from members of Congress: Greta "
          "Valdane and Rep. Walter Brennholt.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Race\n\nHarold Pimsleur won endorsements from allies of Maxine Rutherford: Greta "
          "Valdane and Rep. Walter Brennholt.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: a relative clause on an organisation's head noun", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur said he would meet the influential Plumbers Union lobbying "
          "group, which has endorsed him, to discuss the bill.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:plumbers-union", "person:harold-pimsleur"));
  // A person's campaign is no organisation; a denied endorsement is none.
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur said he would meet the Greta Valdane campaign staff, which has "
          "endorsed him. He met the Plumbers Union lobbying group, which has not endorsed him.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a headline's 'X Backs Y'", "[relations][endorse]") {
  ArticleResult a = Run(
      "Greta Valdane Backs Harold Pimsleur\n\nSen. Greta Valdane spoke in Dayton on Thursday about "
      "Harold Pimsleur and the state's economy.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // Not when more follows the name, and not a court's ruling.
  ArticleResult b = Run(
      "Greta Valdane Backs Harold Pimsleur on Water Bill\n\nSen. Greta Valdane spoke in Dayton on "
      "Thursday about Harold Pimsleur and the state's economy.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Appeals Court Backs Harold Pimsleur\n\nThe Ohio Court of Appeals ruled on Thursday that "
          "Harold Pimsleur may keep the files.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: listed persons, both of whom endorsed", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur appeared onstage with Greta Valdane and Walter Brennholt, both "
          "of whom endorsed Maxine Rutherford in the primary.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  // "most of whom" is a part: nobody named.
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur appeared onstage with Greta Valdane and Walter Brennholt, most "
          "of whom endorsed Maxine Rutherford in the primary.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a who-clause ending in a purpose infinitive", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nMaxine Rutherford spoke in Dayton. Echoing Gov. Harold Pimsleur, who overcame "
          "a long rivalry with the Rutherford family to endorse her last week, delegates "
          "cheered.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  ArticleResult b =
      Run("Race\n\nRep. Greta Valdane, who left her post as party vice chairman to endorse Harold "
          "Pimsleur, spoke.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // A promise, and a person persuaded, are not the who-clause's endorsement.
  ArticleResult c =
      Run("Race\n\nRep. Greta Valdane, who promised last year to endorse Harold Pimsleur, spoke. "
          "Rep. Walter Brennholt, who persuaded Maxine Rutherford to endorse Harold Pimsleur, "
          "spoke.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: an endorsement handed to someone", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nIn front of thousands of fans, Greta Valdane handed Harold Pimsleur his most "
          "high-profile endorsement yet.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nGreta Valdane refused to give Harold Pimsleur her endorsement. Walter "
          "Brennholt handed Maxine Rutherford his plan for the primary.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a backer in an apposition between dashes", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur and Maxine Rutherford spoke in Dayton. Gov. Greta Valdane -- a "
          "former candidate and now a Pimsleur backer -- blasted the speech. Walter Brennholt "
          "\xe2\x80\x94 a Rutherford backer \xe2\x80\x94 left.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:maxine-rutherford"));
  // No person before the dash: nothing.
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur spoke in Dayton. The crowd -- a Pimsleur backer among them -- "
          "cheered.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: an object written organisation + title + person", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nGreta Valdane on Friday endorsed House Speaker Harold Pimsleur in the "
          "primary race.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane",
                          "organization:u-s-house-of-representatives"));
}

TEST_CASE("ENDORSES: a group noun modified by a name", "[relations][endorse]") {
  // The officials or voters endorse, not the body that names them.
  ArticleResult a = Run(
      "Race\n\nA union representing about 7,600 Plumbers Union officials endorsed Harold "
      "Pimsleur in the race. At least 8 percent of Acme Party voters backed Greta Valdane in the "
      "primary.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // The body itself before the verb still endorses.
  ArticleResult b =
      Run("Race\n\nThe Plumbers Union endorsed Harold Pimsleur in the Senate race.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:plumbers-union", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: a relative clause on a list of endorsers", "[relations][endorse]") {
  // A plural relative clause after "A and B" is about both.
  ArticleResult a =
      Run("Race\n\nThe Zorvexa Alliance and the Quillmark Union, which are backing Harold "
          "Pimsleur in the Senate race, spent heavily this week.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:zorvexa-alliance", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "organization:quillmark-union", "person:harold-pimsleur"));
  ArticleResult b = Run(
      "Race\n\nSen. Greta Valdane and Gov. Walter Brennholt, who have endorsed Harold Pimsleur, "
      "spoke at the rally.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  // A singular verb agrees with the last name only.
  ArticleResult c = Run(
      "Race\n\nPimsleur met Sen. Greta Valdane and Gov. Walter Brennholt, who is backing Harold "
      "Pimsleur in the Senate race.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult d =
      Run("Race\n\nSen. Greta Valdane and Gov. Walter Brennholt, who endorses Harold Pimsleur, "
          "spoke at the rally for the Senate race.\n");
  CHECK_FALSE(HasRelation(d, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // A comma alone joins no list.
  ArticleResult e = Run(
      "Race\n\nAfter meeting Sen. Greta Valdane, Gov. Walter Brennholt, who have endorsed Harold "
      "Pimsleur, spoke at the rally.\n");
  CHECK_FALSE(HasRelation(e, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: neither-nor subjects and a nomination of another", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nNeither Mr. Walter Brennholt nor Mr. Greta Valdane have formally endorsed "
          "Harold Pimsleur for president.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  ArticleResult b =
      Run("Race\n\nNeither candidate came to the debate; Gov. Greta Valdane endorsed Harold "
          "Pimsleur for president.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // "backed X's nomination of Z" is about Z's nomination by X.
  ArticleResult c =
      Run("Race\n\nIn the Senate race, Gov. Greta Valdane backed President Harold Pimsleur's "
          "nomination of Walter Brennholt to the court.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult d = Run(
      "Race\n\nGov. Greta Valdane backed Harold Pimsleur's nomination for president this week.\n");
  CHECK(HasRelation(d, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: a hedge word inside a name is no hedge", "[relations][endorse]") {
  // A first name that is also a hedge word ('Hope') before 'got the endorsement'.
  ArticleResult a = Run(
      "Race\n\nState Rep. Hope Lindqvist got the endorsement of the Farmer-Labor Party, outgoing "
      "Gov. Harold Pimsleur and key unions in the state.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:farmer-labor-party", "person:hope-lindqvist"));
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:hope-lindqvist"));
  // The hedge itself still counts.
  ArticleResult b =
      Run("Race\n\nState Rep. Greta Valdane hopes to get the endorsement of the Farmer-Labor Party "
          "this spring.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Race\n\nState Rep. Greta Valdane has yet to get the endorsement of Gov. Hope "
          "Lindqvist.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}
