// ENDORSES from an owned endorsement noun placed by its clause
// (endorsement_predicates.cc): "Gov. X, Y's latest big endorsement, said"
// and "X's endorsement is an important get for Y"; a loss, a wish, or an
// apposition of another noun gives nothing.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: an endorsement as an apposition or a gain", "[relations][endorse]") {
  for (const char* body : {
           "Former Gov. Harold Pimsleur, Walter Brennholt's latest big endorsement, spoke Monday.",
           "The strategy is necessary, says Ohio Gov. Harold Pimsleur, Walter Brennholt's latest "
           "big endorsement.",
           "Harold Pimsleur's endorsement is an important -- if a little unsurprising -- get for "
           "Walter Brennholt.",
           "But Harold Pimsleur's backing was a big boost for Walter Brennholt.",
       }) {
    const std::string text = std::string(kElectionIntro) + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  }
  for (const char* body : {
           "Harold Pimsleur's endorsement was a blow for Walter Brennholt.",
           "Harold Pimsleur's endorsement would be a boost for Walter Brennholt.",
           "Harold Pimsleur, Walter Brennholt's campaign manager, spoke Monday.",
           "Harold Pimsleur's endorsement is a win for Walter Brennholt's water plan.",
       }) {
    const std::string text = std::string(kElectionIntro) + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  }
}
