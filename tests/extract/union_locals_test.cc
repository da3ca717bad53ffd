// A union's local is one organisation, named by the union and its number
// ("Teamsters Local 25", "Local 9 of the Ironworkers"): the chunk used to
// end at "Local" and the local named nothing.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Union locals: the union's name, 'Local' and the number", "[mentions][orgs]") {
  ArticleResult a =
      Run("Labor\n\nGlazers Local 412 endorsed Dana Whitfield for mayor on Tuesday. The "
          "Corvel Workers Union Local 77 also backed Whitfield.\n");
  CHECK(IsOrganization(a, "Glazers Local 412"));
  CHECK(IsOrganization(a, "Corvel Workers Union Local 77"));
  CHECK(HasRelation(a, "ENDORSES", "organization:glazers-local-412", "person:dana-whitfield"));
  ArticleResult b =
      Run("Labor\n\nQWU Local 912 President Kevin Orrin said the union backed Marla Penn. Dana "
          "Roe, business manager for Pipefitters Local 45, said she agreed.\n");
  CHECK(IsOrganization(b, "QWU Local 912"));
  CHECK(HasRelation(b, "HAS_ROLE", "person:kevin-orrin", "organization:qwu-local-912"));
  CHECK(HasRelation(b, "HAS_ROLE", "person:dana-roe", "organization:pipefitters-local-45"));
  // The union's name across "of", and the number first.
  ArticleResult c =
      Run("Labor\n\nGreg Tolland is vice president of the Lathe Workers of Ostrava Local 4340 "
          "in Cleveland. Local 9 of the Ironworkers endorsed Tolland.\n");
  CHECK(IsOrganization(c, "Lathe Workers of Ostrava Local 4340"));
  CHECK(IsOrganization(c, "Local 9 of the Ironworkers"));
}

TEST_CASE("Union locals: a station or a site named with a number is none", "[mentions][orgs]") {
  ArticleResult a =
      Run("Media\n\nWDIV Local 4 News reported the story. The Local 18 Training Center hosted "
          "Greg Tolland on Monday.\n");
  CHECK(FindEntity(a, "WDIV Local 4") == nullptr);
  CHECK(FindEntity(a, "Local 18") == nullptr);
}

TEST_CASE("Union locals: the number alone in an article about a union", "[mentions][orgs]") {
  ArticleResult a =
      Run("Labor\n\nThe border patrol union backed Dana Whitfield. Local 2611 said Whitfield "
          "asked for the endorsement. Local 2611 President Art Vell said so.\n");
  CHECK(IsOrganization(a, "Local 2611"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:art-vell", "organization:local-2611"));
  // No union named: a broadcaster's brand.
  ArticleResult b = Run("Media\n\nLocal 10 reported that Dana Whitfield would run.\n");
  CHECK(FindEntity(b, "Local 10") == nullptr);
}
