// References as the ends of facts (extract/references.cc): he/she before a
// copula with a title (an author's bio: "He is a professor at Y"), a
// description with free adjectives ("the colorful former governor"), and the
// apposition after a possessor ("X's running mate, Gov. Z, ... he said"),
// with the cases where none of them may fire.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: he or she before a copula and a title", "[relations][roles][references]") {
  ArticleResult a =
      Run("Opinion\n\nThe tide is turning.\n\nHarold Pimsleur writes about courts. A graduate of "
          "Lakeshore Law School, he is a professor of law at Lakeshore University.\n\nGreta "
          "Valdane has studied oceans for decades. She is the director of the Ocean Science "
          "Council.\n");
  const Relation* h = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(h != nullptr);
  CHECK(h->target == "organization:lakeshore-university");
  CHECK(h->evidence.rule == "role.copula_pronoun");
  const Relation* g = RoleOf(a, "person:greta-valdane");
  REQUIRE(g != nullptr);
  CHECK(g->target == "organization:ocean-science-council");
  CHECK(g->title == "director");
}

TEST_CASE("HAS_ROLE: pronoun copulas that give no role", "[relations][roles][references]") {
  // Inside a quotation, in the past, after an introductory phrase naming
  // someone, and after a long phrase with a clause.
  ArticleResult a =
      Run("Council\n\nWalter Brennholt spoke on Monday. \"He is the founder of the Ocean Science "
          "Council,\" Greta Valdane said of him.\n\nHarold Pimsleur retired in 1990. He was a "
          "professor at Lakeshore University.\n\nOskar Lindqvist came to town. Like Walter "
          "Brennholt, he is a member of the Harbor Pilots Association.\n");
  CHECK(RoleOf(a, "person:walter-brennholt") == nullptr);
  const Relation* h = RoleOf(a, "person:harold-pimsleur");
  CHECK((h == nullptr || h->evidence.rule != "role.copula_pronoun"));
  CHECK(RoleOf(a, "person:oskar-lindqvist") == nullptr);
}

TEST_CASE("ENDORSES: a description with free adjectives", "[relations][endorse][references]") {
  ArticleResult a =
      Run("Race\n\nFormer Gov. Harold Pimsleur spoke in Dayton on Monday. Just this year, the "
          "colorful former governor endorsed Maxine Rutherford.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  // "the new governor", "the vice president": someone other than the one
  // named before.
  ArticleResult b =
      Run("Race\n\nFormer Gov. Harold Pimsleur spoke in Dayton on Monday. Just this year, the "
          "new governor endorsed Maxine Rutherford.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  ArticleResult c =
      Run("Race\n\nPresident Harold Pimsleur spoke in Dayton on Monday. Just this year, the "
          "vice president endorsed Maxine Rutherford.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
}

TEST_CASE("He after a possessor's apposition is the person named in it", "[quotes][references]") {
  ArticleResult a =
      Run("Race\n\nWalter Brennholt's running mate, Gov. Harold Pimsleur, spoke in Dayton on "
          "Monday.\n\n\"We will win this state in November,\" he said.\n");
  const Statement* s = FindStatement(a, "We will win");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-pimsleur");
  ArticleResult e =
      Run("Race\n\nWalter Brennholt's running mate, Gov. Harold Pimsleur, announced on Monday "
          "that he is endorsing Maxine Rutherford.\n");
  CHECK(HasRelation(e, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(e, "ENDORSES", "person:walter-brennholt", "person:maxine-rutherford"));
  ArticleResult f =
      Run("Race\n\nWalter Brennholt's predecessor as mayor, Harold Pimsleur, said on Monday that "
          "he endorsed Maxine Rutherford.\n");
  CHECK(HasRelation(f, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(f, "ENDORSES", "person:walter-brennholt", "person:maxine-rutherford"));
  // An apposition that names no one leaves the possessor the subject.
  ArticleResult b =
      Run("Race\n\nWalter Brennholt's tax plan, a flat rate, drew crowds in Dayton on "
          "Monday.\n\n\"We will win this state in November,\" he said.\n");
  const Statement* t = FindStatement(b, "We will win");
  REQUIRE(t != nullptr);
  CHECK(t->speaker == "person:walter-brennholt");
}

TEST_CASE("ENDORSES: a place's officer as endorser", "[relations][endorse][references]") {
  ArticleResult a =
      Run("Race\n\nGov. Harold Pimsleur toured a mill in Dayton on Monday. On Tuesday, the state's "
          "governor endorsed Maxine Rutherford.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  // No one with the title named before: nobody.
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur toured a mill in Dayton on Monday. On Tuesday, the state's "
          "governor endorsed Maxine Rutherford.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("References: a pronoun after a fronted clause is that clause's subject",
          "[relations][endorse][references]") {
  // The clause's subject wins over the subject of an earlier sentence.
  ArticleResult a =
      Run("Race\n\nWalter Brennholt spoke in Dayton on Monday.\n\nIn 1976, after Harold Pimsleur "
          "lost the nomination to Sen. Maxine Rutherford, he endorsed Rutherford in a speech.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:maxine-rutherford"));
  // Opening the sentence, with a title before the name.
  ArticleResult b =
      Run("Race\n\nGreta Valdane spoke in Dayton.\n\nWhen Sen. Maxine Rutherford quit the race, "
          "she endorsed Harold Pimsleur.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:maxine-rutherford", "person:harold-pimsleur"));
}

TEST_CASE("References: fronted clauses that name no subject for the pronoun",
          "[relations][endorse][references]") {
  // "him" in the clause may be "he": the earlier reading stands.
  ArticleResult a =
      Run("Race\n\nWalter Brennholt ran for the Senate.\n\nWhen Harold Pimsleur called him, he "
          "endorsed Maxine Rutherford.\n");
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  // A clause not set off by the sentence start or a comma, and a pronoun
  // inside the clause.
  ArticleResult b =
      Run("Race\n\nWalter Brennholt spoke in Dayton.\n\nHours after he endorsed Maxine Rutherford, "
          "Harold Pimsleur left.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  // A woman's clause does not give "he".
  ArticleResult c =
      Run("Race\n\nWalter Brennholt spoke in Dayton.\n\nAfter Greta Valdane lost, he endorsed "
          "Maxine Rutherford.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
}

TEST_CASE("References: the former vice president, the chairman",
          "[quotes][relations][references]") {
  ArticleResult a =
      Run("Race\n\nFormer Vice President Harold Pimsleur spoke in Dayton on Monday. Greta Valdane "
          "was there too.\n\n\"We will win Ohio,\" the former vice president said.\n\nParty "
          "Chairman Walter Brennholt met donors. On Tuesday the chairman endorsed Maxine "
          "Rutherford.\n");
  const Statement* st = FindStatement(a, "We will win Ohio");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == "person:harold-pimsleur");
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:maxine-rutherford"));
  // "the vice president" is not a president, nor "the president" a vice
  // president.
  ArticleResult b =
      Run("Race\n\nPresident Harold Pimsleur spoke in Dayton on Monday.\n\n\"We will win Ohio,\" "
          "the vice president said.\n\nVice President Oskar Lindqvist met donors.\n\n\"We are "
          "ready,\" the president said.\n");
  const Statement* w = FindStatement(b, "We will win Ohio");
  CHECK((w == nullptr || w->speaker != "person:harold-pimsleur"));
  const Statement* r = FindStatement(b, "We are ready");
  CHECK((r == nullptr || r->speaker != "person:oskar-lindqvist"));
}
