// An organisation referred to by a description or a pronoun after the
// sentence that names it ("The Q Club endorsed A. The group also backed B.")
// (extract/endorsement_org_ends.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

constexpr const char* kIntro =
    "Harbor races\n\nCorrine Vashti and Gordon Tombeck are candidates in the primary election for "
    "the state senate.\n\n";

}  // namespace

// OrgBeforePersonNoun: a verb after the name ("The Q Club endorsed Corrine
// Vashti") is no description of a person; the club stays the referent.
TEST_CASE("ENDORSES: 'the group' after the sentence where the group endorsed someone",
          "[relations][endorse]") {
  const ArticleResult a = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club endorsed Corrine Vashti on Tuesday. The "
                              "group also endorsed Gordon Tombeck.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:pinewick-hiking-club", "person:corrine-vashti"));
  CHECK(HasRelation(a, "ENDORSES", "organization:pinewick-hiking-club", "person:gordon-tombeck"));
  const ArticleResult b = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club endorsed Corrine Vashti on Tuesday. The "
                              "group also backed Gordon Tombeck.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:pinewick-hiking-club", "person:gordon-tombeck"));
  // A description of a person after the name still passes the name over.
  const ArticleResult c = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club met. Former Elmford Courier columnist "
                              "Nadia Orrin spoke. That year, the paper endorsed Gordon Tombeck.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "organization:elmford-courier", "person:gordon-tombeck"));
}
