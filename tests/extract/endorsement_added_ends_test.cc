// A second endorser coordinated with an endorsement's subject in the passive
// "X was joined by Z in endorsing Y" (extract/endorsement_ellipsis.cc), one
// of the constructions tests/eval/meta_coord.py adds to sentences kg reads.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: the passive 'was joined by Z in endorsing Y' gives Z",
          "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nGov. Greta Valdane was joined by Sen. Walter Brennholt in endorsing Harold "
           "Pimsleur.\n",
           "Race\n\nOn Monday, Gov. Greta Valdane was joined by Sen. Walter Brennholt in "
           "endorsing Harold Pimsleur for governor.\n",
           "Race\n\nGov. Greta Valdane was joined by Sen. Walter Brennholt and Rep. Nadia Quorvex "
           "in endorsing Harold Pimsleur.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
    CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: no joined endorser for another act or a hedge", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nGov. Greta Valdane was joined by Sen. Walter Brennholt in criticizing Harold "
           "Pimsleur.\n",
           "Race\n\nGov. Greta Valdane was joined by Sen. Walter Brennholt at a rally, and she "
           "later endorsed Harold Pimsleur.\n",
           "Race\n\nGov. Greta Valdane refused to be joined by Sen. Walter Brennholt in endorsing "
           "Harold Pimsleur.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  }
}
