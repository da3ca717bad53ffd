// An endorsement noun as the subject of a verb of effect on the candidate
// (extract/endorsement_effects.cc, rule endorse.effect): "X's endorsement
// carried Y to victory", "an endorsement from X helped Y".
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: an endorsement that helped, lifted or carried the candidate",
          "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nSen. Greta Valdane's endorsement carried Harold Pimsleur to victory in the "
           "primary.\n",
           "Race\n\nSen. Greta Valdane's endorsement helped Harold Pimsleur win the primary.\n",
           "Race\n\nA late endorsement from Sen. Greta Valdane may have sealed the deal for "
           "Harold Pimsleur.\n",
           "Race\n\nSen. Greta Valdane's backing gave Harold Pimsleur a boost in the primary.\n",
           "Race\n\nSen. Greta Valdane's endorsement boosted Harold Pimsleur's campaign.\n",
           "Race\n\nSen. Greta Valdane's endorsement did not help Harold Pimsleur in the "
           "primary.\n",
           "Race\n\nHarold Pimsleur won the primary, and Sen. Greta Valdane's endorsement "
           "carried him to victory.\n",
           "Race\n\n\"Harold Pimsleur won tonight and Greta Valdane's endorsement carried him "
           "over the line!\" Walter Brennholt wrote.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
  ArticleResult b =
      Run("Race\n\nEndorsements from Sen. Greta Valdane and Rep. Walter Brennholt helped Harold "
          "Pimsleur win the primary.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: no effect endorsement when hypothetical or of someone else",
          "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nSen. Greta Valdane's endorsement would help Harold Pimsleur in the "
           "primary.\n",
           "Race\n\nAn endorsement from Sen. Greta Valdane will help Harold Pimsleur in the "
           "primary.\n",
           "Race\n\nSen. Greta Valdane's endorsement helped Harold Pimsleur's rival in the "
           "primary.\n",
           "Race\n\nThe timing of Sen. Greta Valdane's endorsement helped Harold Pimsleur.\n",
           "Race\n\nSen. Greta Valdane's backing of the water bill helped Harold Pimsleur pass "
           "it.\n",
           "Race\n\nWithout Sen. Greta Valdane's endorsement, Harold Pimsleur would have lost.\n",
           "Race\n\n\"An endorsement from Greta Valdane will help Harold Pimsleur,\" Walter "
           "Brennholt said.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
}
