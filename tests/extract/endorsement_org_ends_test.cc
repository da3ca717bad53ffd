// Organisation ends named by a description, a possessive or a particle verb
// (extract/endorsement_org_ends.cc, extract/endorsement_groups.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

constexpr const char* kIntro =
    "Labor race\n\nDorian Oxby and Marta Quillfeather are candidates in the primary election for "
    "governor.\n\n";

}  // namespace

TEST_CASE("ENDORSES: 'Y has (all but) locked in the endorsement of X'", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Oxby has all but locked in the endorsement of the Harbor Pipefitters "
                        "Union, which met in Elm City on Monday.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:harbor-pipefitters-union", "person:dorian-oxby"));
  // A pronoun subject: the person of the sentence before.
  ArticleResult b = Run(std::string(kIntro) +
                        "Oxby toured three mills on Friday. He has locked up the backing of the "
                        "Harbor Pipefitters Union.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:harbor-pipefitters-union", "person:dorian-oxby"));
  // A hope or a denial is no endorsement.
  ArticleResult c = Run(std::string(kIntro) +
                        "Oxby hopes to lock in the endorsement of the Harbor Pipefitters Union, "
                        "and Quillfeather has not locked up the support of the Elm City Nurses "
                        "Union.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: 'the group that VERB Y' backs Y only with a backing verb",
          "[relations][endorse]") {
  // "hired" is no backing, though the sentence has an endorsement.
  ArticleResult a = Run(std::string(kIntro) +
                        "Oxby won the endorsement of the Harbor Action Fund, the group that hired "
                        "Marta Quillfeather as a lawyer.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:harbor-action-fund", "person:dorian-oxby"));
  CHECK_FALSE(
      HasRelation(a, "ENDORSES", "organization:harbor-action-fund", "person:marta-quillfeather"));
  // A backing verb still names the group's candidate.
  ArticleResult b = Run(std::string(kIntro) +
                        "Oxby won the endorsement of the Harbor Action Fund, the group that backed "
                        "Marta Quillfeather in 2014.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:harbor-action-fund", "person:marta-quillfeather"));
}
