// Endorsements given as the purpose of leaving a race or of spending
// (extract/endorsement_purposes.cc), and the head of a described "whom"
// object (extract/endorsement_object_appositions.cc).
#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::CountType;
using testing::HasRelation;
using testing::kTwoCandidateIntro;
using testing::Run;

TEST_CASE("leaving a race to back a rival is an endorsement", "[endorsement_purposes]") {
  const ArticleResult r = Run(std::string(kTwoCandidateIntro) +
                              "The field shrank when state chairman Wendell Parro dropped out a "
                              "week ago to support Marta Quillfeather and then Lake County Party "
                              "Chairman Ivo Stansky exited to back Dorian Oxby.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:wendell-parro", "person:marta-quillfeather"));
  CHECK(HasRelation(r, "ENDORSES", "person:ivo-stansky", "person:dorian-oxby"));
  // "and then ... Chairman B exited": B starts a new clause, no object.
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:wendell-parro", "person:ivo-stansky"));
  const ArticleResult s =
      Run(std::string(kTwoCandidateIntro) +
          "Wendell Parro suspended his campaign on Friday to endorse Dorian Oxby.\n");
  CHECK(HasRelation(s, "ENDORSES", "person:wendell-parro", "person:dorian-oxby"));
}

TEST_CASE("money spent to back a candidate is backing", "[endorsement_purposes]") {
  const ArticleResult r = Run(std::string(kTwoCandidateIntro) +
                              "The Prairie Liberty Fund spent more than $10 million to back Marta "
                              "Quillfeather in the primary.\n");
  CHECK(
      HasRelation(r, "ENDORSES", "organization:prairie-liberty-fund", "person:marta-quillfeather"));
}

TEST_CASE("a refusal, a wish or paid help is no endorsement", "[endorsement_purposes]") {
  const ArticleResult r =
      Run(std::string(kTwoCandidateIntro) +
          "Wendell Parro refused to drop out to back Marta Quillfeather. The Prairie Liberty Fund "
          "spent $2 million to help Dorian Oxby. Ivo Stansky spent the weekend trying to back "
          "out of the deal.\n");
  CHECK(CountType(r, "ENDORSES") == 0);
}

TEST_CASE("the described head of a whom-clause is the endorsed", "[endorsement_purposes]") {
  const ArticleResult r = Run(std::string(kTwoCandidateIntro) +
                              "Dorian Oxby lost the primary to Marta Quillfeather, an outspoken "
                              "conservative whom Wendell Parro backed.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:wendell-parro", "person:marta-quillfeather"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:wendell-parro", "person:dorian-oxby"));
  // "whom" after a phrase inside the apposition ("a friend of the donors
  // whom") describes the donors, not the named person.
  const ArticleResult s = Run(std::string(kTwoCandidateIntro) +
                              "Dorian Oxby thanked Marta Quillfeather, a friend of the donors whom "
                              "Wendell Parro backed.\n");
  CHECK_FALSE(HasRelation(s, "ENDORSES", "person:wendell-parro", "person:marta-quillfeather"));
}

}  // namespace
}  // namespace kg::extract
