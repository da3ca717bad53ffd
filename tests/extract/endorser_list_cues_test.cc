// A capitalised name listed beside a known organisation among the endorsers
// is an organisation (extract/endorser_list_cues.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::IsOrganization;
using testing::Run;

TEST_CASE("a later member of a list after 'the backing of' is an organisation",
          "[endorser_list_cues]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Maxine Rutherford has the backing of the Harlan County Teachers Union and "
          "Brightvale Forward.\n");
  CHECK(IsOrganization(r, "Brightvale Forward"));
  CHECK(HasRelation(r, "ENDORSES", "organization:brightvale-forward", "person:maxine-rutherford"));
  CHECK(HasRelation(r, "ENDORSES", "organization:harlan-county-teachers-union",
                    "person:maxine-rutherford"));
}

TEST_CASE("a member of a list of endorsers before the verb is an organisation",
          "[endorser_list_cues]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The Harlan County Teachers Union, Brightvale Forward and the Ohio Nurses Association "
          "endorsed Maxine Rutherford.\n");
  CHECK(IsOrganization(r, "Brightvale Forward"));
  CHECK(HasRelation(r, "ENDORSES", "organization:brightvale-forward", "person:maxine-rutherford"));
}

TEST_CASE("no list, or a dictionary word, names no organisation", "[endorser_list_cues]") {
  // A comma alone opens the clause; a place may close a list.
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "After meeting Quorvex Partners, the Ohio Nurses Association endorsed Maxine "
          "Rutherford.\n\n"
          "She also has the backing of the Ohio Nurses Association and Toledo.\n");
  CHECK_FALSE(IsOrganization(r, "Quorvex Partners"));
  CHECK_FALSE(IsOrganization(r, "Toledo"));
}

}  // namespace
}  // namespace kg::extract
