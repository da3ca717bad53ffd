// Ends of an endorsement after its object (extract/endorsement_after_object.cc):
// the object named in the apposition of a description ("endorsed Y's rival,
// the former mayor X").
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: the object named after a description's apposition", "[relations][endorse]") {
  ArticleResult a =
      Run("Pick\n\nThe novelist Greta Valdane endorsed Brennholt's rival, the Republican former "
          "mayor Harold Pimsleur.\n");
  CHECK(EndorsementRule(a, "person:greta-valdane", "person:harold-pimsleur") == "endorse.verbal");
  ArticleResult b =
      Run("Pick\n\nGov. Greta Valdane endorsed the county party's nominee, state Rep. Harold "
          "Pimsleur, on Sunday.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: a comma after a common noun that names no object", "[relations][endorse]") {
  for (const char* text : {
           "Plan\n\nBecause Greta Valdane endorsed the plan, the senator Harold Pimsleur could "
           "not object.\n",
           "Plan\n\nGreta Valdane endorsed the budget, a deal Harold Pimsleur opposed.\n",
           "Plan\n\nGreta Valdane endorsed his opponent, and Harold Pimsleur said so.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: more endorsers after the object", "[relations][endorse]") {
  ArticleResult a =
      Run("Papers\n\nThe Quorvex Gazette instead endorsed Greta Valdane, along with the Pimsleur "
          "Herald and the Brennholt Tribune.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:quorvex-gazette", "person:greta-valdane"));
  CHECK(HasRelation(a, "ENDORSES", "organization:pimsleur-herald", "person:greta-valdane"));
  CHECK(HasRelation(a, "ENDORSES", "organization:brennholt-tribune", "person:greta-valdane"));
  ArticleResult b =
      Run("Primary\n\nSen. Harold Pimsleur endorsed Greta Valdane in the primary, as did her "
          "former rival Walter Brennholt.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:greta-valdane"));
}

TEST_CASE("ENDORSES: no endorser after the object's clause or a person along with it",
          "[relations][endorse]") {
  for (const char* text : {
           // a second endorsee, perhaps
           "Slate\n\nSen. Harold Pimsleur endorsed Greta Valdane, along with Walter Brennholt.\n",
           // a new clause before the cue
           "Slate\n\nSen. Harold Pimsleur endorsed Greta Valdane, and she won, as did Walter "
           "Brennholt.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:greta-valdane"));
  }
}
