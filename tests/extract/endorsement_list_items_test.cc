// Longer items of a list of endorsers after an endorsement noun
// (extract/endorsement_list_items.cc, used by ListedEndorsers): an apposition
// after a name, a description before one, a repeated preposition and the
// semicolons of a series.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: listed endorsers with appositions and descriptions", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nHarold Pimsleur earned the endorsement of Sen. Greta Valdane, a fellow "
           "Democrat, and of Rep. Walter Brennholt.\n",
           "Race\n\nIn the primary, Harold Pimsleur has support from its current chairman, Rep. "
           "Greta Valdane (R-Ohio), and its former chairman, Rep. Walter Brennholt (R-Iowa).\n",
           "Race\n\nIn the Senate race, Harold Pimsleur has the backing of Greta Valdane; Walter "
           "Brennholt, Quorvex's chairman of the Council of Farm Advisers; and Nadia Ostrander, "
           "who served as a press aide.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
    CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  }
  ArticleResult b = Run(
      "Race\n\nIn the Senate race, Harold Pimsleur has the backing of Quorvex's longtime aide "
      "Greta Valdane; Walter Brennholt, a former economist; and Nadia Ostrander, who served as a "
      "press aide.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:nadia-ostrander", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: no listed endorser after a clause or inside an apposition",
          "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nHarold Pimsleur has the backing of Sen. Greta Valdane, a fellow Democrat, and "
           "Rep. Walter Brennholt said he was not surprised.\n",
           "Race\n\nHarold Pimsleur has the backing of Sen. Greta Valdane; Rep. Walter Brennholt, "
           "meanwhile, backs his rival.\n",
           "Race\n\nHarold Pimsleur won the endorsement of Sen. Greta Valdane, the wife of Rep. "
           "Walter Brennholt, on Monday.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  }
}
