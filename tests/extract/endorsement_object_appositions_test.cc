// The endorsee named in the apposition of an indefinite or possessive
// contender noun (extract/endorsement_object_appositions.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: the object named after a contender noun's colon, comma or dash",
          "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nSen. Greta Valdane has endorsed a presidential candidate: Gov. Nadia "
           "Quorvex.\n",
           "Race\n\nSen. Greta Valdane endorsed her opponent, Nadia Quorvex, in the primary.\n",
           "Race\n\nSen. Greta Valdane endorsed one of her rivals -- Nadia Quorvex -- in the "
           "primary.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:nadia-quorvex"));
  }
  for (const char* text : {
           "Race\n\nSen. Greta Valdane endorsed a plan: the border wall, Nadia Quorvex said.\n",
           "Race\n\nSen. Greta Valdane endorsed a candidate, Nadia Quorvex said.\n",
           "Race\n\nSen. Greta Valdane endorsed her opponent: Nadia Quorvex's husband.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:nadia-quorvex"));
  }
}

TEST_CASE("ENDORSES: a possessive contender noun right before the name", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nSen. Greta Valdane endorsed her rival Nadia Quorvex in the primary.\n",
           "Race\n\nSen. Greta Valdane has endorsed her Democratic opponent Nadia Quorvex.\n",
           "Race\n\nSen. Greta Valdane announced her endorsement of her former rival Nadia "
           "Quorvex in the primary.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:nadia-quorvex"));
  }
  for (const char* text : {
           // The name's possessive: her rival's plan.
           "Race\n\nSen. Greta Valdane endorsed her rival Nadia Quorvex's tax plan.\n",
           // No possessive: "a candidate" then a name that starts a clause.
           "Race\n\nSen. Greta Valdane endorsed a candidate Nadia Quorvex said.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:nadia-quorvex"));
  }
}
