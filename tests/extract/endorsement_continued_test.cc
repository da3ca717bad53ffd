// ENDORSES from lead-ins that keep or own an endorsement
// (endorsement_continued.cc): "X will continue endorsing Y", "X explained
// her decision to (continue) endorse(ing) Y"; someone else's praise of "her
// decision" and a hedge give nothing.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a kept endorsement and one's own decision", "[relations][endorse]") {
  for (const char* body : {
           "In an interview, actress Dara Quillfeather explained her decision to continue "
           "endorsing Walter Brennholt.",
           "Dara Quillfeather explained her decision to endorse Walter Brennholt.",
           "Dara Quillfeather's decision to continue endorsing Walter Brennholt drew fire.",
           "Dara Quillfeather will continue endorsing Walter Brennholt.",
       }) {
    const std::string text = std::string(kElectionIntro) + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:dara-quillfeather", "person:walter-brennholt"));
  }
  for (const char* body : {
           "Harold Pimsleur praised her decision to endorse Walter Brennholt.",
           "Harold Pimsleur explained her decision to endorse Walter Brennholt.",
           "Dara Quillfeather may not continue endorsing Walter Brennholt.",
       }) {
    const std::string text = std::string(kElectionIntro) + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(CountType(a, "ENDORSES") == 0);
  }
}

TEST_CASE("ENDORSES: a speech or statement endorsing a candidate", "[relations][endorse]") {
  for (const char* body : {
           "Dara Quillfeather's speech endorsing Walter Brennholt was long.",
           "\"We need somebody who can win,\" said Dara Quillfeather in her speech endorsing "
           "Walter Brennholt.",
       }) {
    const std::string text = std::string(kElectionIntro) + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:dara-quillfeather", "person:walter-brennholt"));
  }
  // A campaign manager is no medium; a statement backing a country is a policy.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Dara Quillfeather's campaign manager endorsed Walter Brennholt.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:dara-quillfeather", "person:walter-brennholt"));
}
