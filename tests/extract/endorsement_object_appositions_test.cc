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
