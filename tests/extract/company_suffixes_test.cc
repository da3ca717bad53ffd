// A company's legal form ("LLC", "LLP", "Ltd.", "plc", "Inc" without its
// period) ends an organisation's name as a head word does, and a list of
// companies joined by "and" before one is two names.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Organisations: a name ending in a company's legal form", "[mentions][orgs]") {
  ArticleResult a =
      Run("Money\n\nThe grant went to Orvalle Harbor LLC before the vote, records show.\n");
  CHECK(IsOrganization(a, "Orvalle Harbor LLC"));
  ArticleResult b =
      Run("Money\n\nThe market is calm, said Dara Quillfeather, managing director at Brintmoor "
          "Capital Ltd. in Singapore.\n");
  CHECK(IsOrganization(b, "Brintmoor Capital Ltd."));
  CHECK(
      HasRelation(b, "HAS_ROLE", "person:dara-quillfeather", "organization:brintmoor-capital-ltd"));
  ArticleResult c =
      Run("Law\n\nTomas Welkin, a partner at Harrowgate Sloane LLP, said the ruling was "
          "wrong.\n");
  CHECK(HasRelation(c, "HAS_ROLE", "person:tomas-welkin", "organization:harrowgate-sloane-llp"));
  ArticleResult d =
      Run("Markets\n\nShares of Corvanta Biologics Inc fell 4% on the news on Monday.\n");
  CHECK(IsOrganization(d, "Corvanta Biologics Inc"));
}

TEST_CASE("Organisations: companies listed with 'and' before a legal form are two",
          "[mentions][orgs]") {
  ArticleResult a =
      Run("Markets\n\nThe rule hurt Zentrobe Corp and Quillon Networks Inc on Monday, traders "
          "said.\n");
  CHECK(IsOrganization(a, "Zentrobe Corp"));
  CHECK(IsOrganization(a, "Quillon Networks Inc"));
  CHECK(FindEntity(a, "Zentrobe Corp and Quillon Networks Inc") == nullptr);
  // Common words before "and" are one firm's name.
  ArticleResult b =
      Run("Money\n\nThe filing named Granite Management and Consulting LLC as the payer, records "
          "show.\n");
  CHECK(IsOrganization(b, "Granite Management and Consulting LLC"));
}
