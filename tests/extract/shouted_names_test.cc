#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Two shouted words used as a body in ordinary text are an organisation",
          "[mentions][shouted]") {
  ArticleResult r =
      Run("Harbor plan fails\n\nThe mayor told ZQV TIMES on Monday that the harbor would "
          "close.\n\nMira Talbot, a member of ZQV TIMES's board, is a lawyer in Ohio.\n");
  CHECK(IsOrganization(r, "ZQV TIMES"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:mira-talbot", "organization:zqv-times"));
  // A closing bio: the board seat goes to the outlet.
  ArticleResult b =
      Run("Tides\n\nThe tide is turning.\n\nHarold Pimsleur, a former harbour pilot, is a member "
          "of ZORVEXA TIMES's Board of Contributors.\n");
  CHECK(HasRelation(b, "HAS_ROLE", "person:harold-pimsleur", "organization:zorvexa-times"));
  // A statement: the outlet "noted" a quotation.
  ArticleResult s = Run(
      "Harbor plan fails\n\nAs ZQV TIMES noted, the plan \"would close the harbor for a year.\"\n");
  CHECK(IsOrganization(s, "ZQV TIMES"));
}

TEST_CASE("Shouted words that are no name stay shouting", "[mentions][shouted]") {
  for (const char* text : {
           "The mayor said there was NO COLLUSION in the harbor deal.",  // dictionary words
           "The mayor said the FBI FALSELY claimed it.",   // an acronym the dictionary knows
           "The mayor told the US GOP leaders about it.",  // a country's acronym, no word
           "The mayor read it in the ZQV TIMES NEWS.",     // a shouted word beside them
           "The mayor saw ZQV TIMES yesterday.",           // no word using them as a body
       }) {
    INFO(text);
    ArticleResult r = Run(std::string("Harbor plan fails\n\n") + text + "\n");
    for (const Entity& e : r.entities) CHECK(e.type != EntityType::kOrganization);
  }
}

TEST_CASE("An acronym written with periods names a body", "[mentions][shouted]") {
  ArticleResult r = Run(
      "Harbor plan fails\n\nOren Blaskow, the F.B.I. director, spoke on Monday. The E.P.A. said "
      "the harbor was clean, and C.I.A. officers agreed.\n");
  CHECK(IsOrganization(r, "F.B.I."));
  CHECK(IsOrganization(r, "E.P.A."));
  CHECK(IsOrganization(r, "C.I.A."));
  CHECK(HasRelation(r, "HAS_ROLE", "person:oren-blaskow", "organization:f-b-i"));
  // A country, a title, initials before a name, a code after a number.
  ArticleResult n = Run(
      "Harbor plan fails\n\nThe U.S.A. team won. The C.E.O. quit. W.E.B. Du Bois wrote about it, "
      "and 18 U.S.C. 793 applies.\n");
  for (const Entity& e : n.entities) CHECK(e.type != EntityType::kOrganization);
}
