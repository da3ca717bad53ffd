// ENDORSES ends a description or pronoun names where the noun and gerund
// rules expected a name (extract/endorsement_described_givers.cc): "Y gained
// the president's endorsement", "X joined Z in endorsing him", "X, a harsh
// critic of Z, endorsed him".
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: an office's holder gives a possessive endorsement", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nPresident Harold Pimsleur toured Dayton on Friday. Once a target of his "
          "criticism, Gov. Walter Brennholt gained the president's endorsement in a tweet Monday "
          "night.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  ArticleResult b =
      Run("Race\n\nSen. Greta Valdane toured Dayton on Friday. Walter Brennholt won the senator's "
          "endorsement on Monday.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: possessive descriptions that stay silent", "[relations][endorse]") {
  // Two presidents named; a hope, not a fact; what a person is.
  ArticleResult a = Run(
      "Race\n\nPresident Harold Pimsleur and President Frank Oberlin met in Dayton. Gov. Walter "
      "Brennholt gained the president's endorsement on Monday.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  ArticleResult b =
      Run("Race\n\nPresident Harold Pimsleur toured Dayton. Gov. Walter Brennholt hopes to win "
          "the president's endorsement.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Race\n\nMaxine Rutherford organised marches in Dayton. Gov. Walter Brennholt won the "
          "activist's endorsement on Monday.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: joined in endorsing a pronoun", "[relations][endorse]") {
  // The subject next to "joined", not the first name of the sentence; the
  // ones joined are never "him".
  ArticleResult a =
      Run("Race\n\nWalter Brennholt won the Dayton primary. Two unions said they would back "
          "Brennholt, and former rival Frank Oberlin joined other contenders like Harold Pimsleur "
          "and Greta Valdane in endorsing him.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:frank-oberlin", "person:walter-brennholt"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:frank-oberlin"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:frank-oberlin", "person:harold-pimsleur"));
  ArticleResult b = Run(
      "Race\n\nWalter Brennholt won the Dayton primary. Frank Oberlin joined Harold Pimsleur in "
      "endorsing him.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:frank-oberlin", "person:walter-brennholt"));
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  // A refusal to join is no endorsement.
  ArticleResult c =
      Run("Race\n\nWalter Brennholt won the Dayton primary. Frank Oberlin refused to join Harold "
          "Pimsleur in endorsing him.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: an apposition's head endorses a pronoun", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nWalter Brennholt won the Dayton primary. In an interview, Sen. Frank Oberlin, a "
          "harsh critic of Brennholt who once denounced him, endorsed him on Monday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:frank-oberlin", "person:walter-brennholt"));
  // Two men before the pronoun: nobody.
  ArticleResult b =
      Run("Race\n\nWalter Brennholt won the Dayton primary. In an interview, Sen. Frank Oberlin, a "
          "friend of Harold Pimsleur and Brennholt, endorsed him on Monday.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a described object of an endorsement noun or idiom", "[relations][endorse]") {
  // What a person is after "endorsement of": the one person the closest
  // sentence names.
  ArticleResult a =
      Run("Race\n\nWalter Brennholt sold his hotels in Dayton for a fortune. Gov. Frank "
          "Oberlin's bombshell endorsement of the billionaire last week shocked the party.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:frank-oberlin", "person:walter-brennholt"));
  // An office's holder gives it.
  ArticleResult b =
      Run("Race\n\nPresident Harold Pimsleur toured Dayton. Gov. Walter Brennholt won the "
          "endorsement of the president on Monday.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  // "threw his weight behind" a person in a race.
  ArticleResult c =
      Run("Race\n\nGov. Frank Oberlin threw his weight behind Walter Brennholt in the primary.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:frank-oberlin", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: described objects that stay silent", "[relations][endorse]") {
  // A bill, not a person; a possessive; two people in the closest sentence.
  ArticleResult a =
      Run("Race\n\nGov. Frank Oberlin threw his weight behind the Dayton Party's bill in the "
          "election year.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  ArticleResult b =
      Run("Race\n\nSen. Walter Brennholt spoke in Dayton. Gov. Frank Oberlin's endorsement of the "
          "senator's plan surprised the campaign.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Race\n\nWalter Brennholt met Harold Pimsleur in Dayton. Gov. Frank Oberlin's "
          "endorsement of the billionaire surprised the campaign.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a gerund after a predicate coordinated by then", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nFrank Oberlin attacked Walter Brennholt at the convention, then extracted a "
          "promise from him before endorsing him in September.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:frank-oberlin", "person:walter-brennholt"));
  // "then" opening a clause with its own subject: not the first name's.
  ArticleResult b =
      Run("Race\n\nFrank Oberlin attacked Walter Brennholt at the convention, then Harold "
          "Pimsleur spoke before endorsing him in September.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:frank-oberlin", "person:walter-brennholt"));
}
