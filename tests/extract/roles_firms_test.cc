// Organisations named only by a role's slot: a strategist or a lobbyist at
// a firm ("chief market strategist at Y"), and the shapes where the title
// names a candidate's hand instead ("Y strategist X", "a strategist for Y").
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a strategist or a lobbyist at a firm names the firm", "[relations][roles]") {
  ArticleResult a =
      Run("Markets\n\n\"This has been a jittery market,\" said Greta Valdane, chief market "
          "strategist at Zorvane Financial.\n\nHarold Pimsleur, a lobbyist at Quillmark "
          "Partners, said the bill would pass.\n");
  CHECK(IsOrganization(a, "Zorvane Financial"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:zorvane-financial"));
  CHECK(IsOrganization(a, "Quillmark Partners"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:quillmark-partners"));
}

TEST_CASE("HAS_ROLE: a strategist before a name or for someone names no firm",
          "[relations][roles]") {
  ArticleResult a =
      Run("Race\n\n\"It is over,\" said Quillmark strategist Greta Valdane. Harold Pimsleur, a "
          "strategist for Zorvane Brightwater, disagreed.\n");
  CHECK(CountType(a, "HAS_ROLE") == 0);
  CHECK_FALSE(IsOrganization(a, "Quillmark"));
  CHECK_FALSE(IsOrganization(a, "Zorvane Brightwater"));
  // A name is not cut at "&": the firm is the whole name (stop 27).
  ArticleResult b =
      Run("Law\n\n\"It is over,\" said Greta Valdane, a lobbyist at Quillmark Gump Strauss "
          "Hauer & Feld.\n");
  CHECK_FALSE(IsOrganization(b, "Quillmark Gump Strauss Hauer"));
  CHECK(HasRelation(b, "HAS_ROLE", "person:greta-valdane",
                    "organization:quillmark-gump-strauss-hauer-feld"));
}
