// ENDORSES with a pronoun that points ahead (endorsement_cataphora.cc):
// "Though she threw her support behind Y, X attacked him" is X's; a
// pronoun after the comma, or a name of the other sex, is not.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a fronted clause's pronoun is the main clause's subject",
          "[relations][endorse]") {
  for (const char* body : {
           "Though she eventually threw her support behind Walter Brennholt, Greta Valdane also "
           "attacked him.",
           "After she endorsed Walter Brennholt, Greta Valdane attacked him.",
       }) {
    const std::string text = std::string(kElectionIntro) + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  }
  // The main clause's subject is a pronoun, or a man for "she".
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Greta Valdane spoke. Though she endorsed Walter Brennholt, Harold "
                        "Pimsleur was not impressed.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Greta Valdane spoke. Because he was backing Walter Brennholt, he had "
                        "a good job.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}
