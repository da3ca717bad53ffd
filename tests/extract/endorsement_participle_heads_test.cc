// What stands right before a bare "-ing" participle of an endorsing verb
// (extract/endorsement_participle_heads.cc).
#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::kElectionIntro;
using testing::Run;

TEST_CASE("a pronoun heading a participle is its subject, not the clause's first name",
          "[endorsement_participle_heads]") {
  const ArticleResult r =
      Run(std::string(kElectionIntro) +
          "Rosalind Ebbett and Corwin Maltby are the candidates in the primary.\n\n"
          "Analysts said Ebbett must reach out to those backing Maltby before the primary.\n");
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:rosalind-ebbett", "person:corwin-maltby"));
}

TEST_CASE("a party tag between a name and a participle trails the subject",
          "[endorsement_participle_heads]") {
  const ArticleResult r =
      Run(std::string(kElectionIntro) +
          "Rosalind Ebbett and Corwin Maltby are the candidates in the primary.\n\n"
          "Ebbett won the primary despite Sen. Harlow Pennock (R-Ky.) backing Maltby.\n");
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:rosalind-ebbett", "person:corwin-maltby"));
  CHECK(HasRelation(r, "ENDORSES", "person:harlow-pennock", "person:corwin-maltby"));
}

// SubjectOf: a party tag between a name and a finite verb's auxiliaries
// ("X (R-Wis.) has already backed Y") trails the subject too.
TEST_CASE("a party tag before 'has backed' trails the subject", "[endorsement_participle_heads]") {
  const ArticleResult r =
      Run(std::string(kElectionIntro) +
          "Rosalind Ebbett and Corwin Maltby are the candidates in the primary.\n\n"
          "Retiring Speaker Harlow Pennock (R-Wis.) has already backed Maltby, his chief deputy, "
          "to succeed him.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:harlow-pennock", "person:corwin-maltby"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:rosalind-ebbett", "person:corwin-maltby"));
}

}  // namespace
}  // namespace kg::extract
