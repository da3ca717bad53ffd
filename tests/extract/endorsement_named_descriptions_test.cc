// Endorsers described and then named in apposition
// (extract/endorsement_named_descriptions.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: 'the endorsement of the state's largest newspaper, the X'",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "Oxby has the endorsement of the state's largest newspaper, the Bellmont "
                        "Gazette.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:bellmont-gazette", "person:dorian-oxby"));
  // A person after a description whose words name an organisation.
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "Oxby nabbed the endorsement of the state's lone House member, Rep. Tomas "
                        "Rixley.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:tomas-rixley", "person:dorian-oxby"));
  CHECK(CountType(b, "ENDORSES") == 1);
  // A dash after the name.
  ArticleResult c = Run(std::string(kTwoCandidateIntro) +
                        "Quillfeather has the endorsement of the state's largest newspaper, the "
                        "Bellmont Gazette -- her biggest yet.\n");
  CHECK(HasRelation(c, "ENDORSES", "organization:bellmont-gazette", "person:marta-quillfeather"));
}

TEST_CASE("ENDORSES: a description without a name, or a hope, stays silent",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "Oxby won the support of the state's largest union, which represents "
                        "40,000 nurses.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "Oxby hopes to win the endorsement of the state's largest newspaper, the "
                        "Bellmont Gazette.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}
