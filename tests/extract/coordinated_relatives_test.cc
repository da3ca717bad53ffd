// A second relative clause after "and who" / "but who" has the first one's
// head (extract/coordinated_relatives.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: the endorser of a coordinated relative clause", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\n\"The crowd was calm,\" said Sheriff Greta Valdane, who cleared the road for "
          "the buses and who has endorsed Harold Pimsleur.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nWalter Brennholt, who ran for mayor in 2012 but who backed Harold Pimsleur in "
          "the primary, spoke in Dayton.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: a coordinated relative clause with no named head", "[relations][endorse]") {
  // The first clause is broken by a comma: whose clause the second is, is open.
  ArticleResult a =
      Run("Race\n\nVoters in Dayton, who said, as ever, little, and who endorsed Harold Pimsleur, "
          "were polled.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
}
