// Newspaper head words (outlet_heads.cc): "Enquirer" ends a paper's name as
// "Chronicle" does.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Outlet heads: an Enquirer is a newspaper", "[mentions][orgs]") {
  // No endorsement verb, role or speech makes it a body: the head word does.
  CHECK(IsOrganization(Run("Paper\n\nThe records were first published by the Dunmore Enquirer "
                           "on Sunday.\n"),
                       "Dunmore Enquirer"));
  const ArticleResult r =
      Run(std::string(kElectionIntro) +
          "The Harlow Chronicle endorsed Jane Ordway, along with the Dunmore Enquirer.\n");
  CHECK(HasRelation(r, "ENDORSES", "organization:dunmore-enquirer", "person:jane-ordway"));
}
