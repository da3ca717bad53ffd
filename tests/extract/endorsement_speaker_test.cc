// A speaker's own endorsement inside a quotation
// (extract/endorsement_speaker.cc, rule endorse.speaker): "I'm proud to
// endorse Y," X said.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

constexpr const char* kIntro =
    "Senate race\n\nMarta Quillfeather and Dorian Oxby are candidates in the primary election "
    "for the Senate.\n\n";

}  // namespace

TEST_CASE("ENDORSES: 'I am proud to endorse Y,' the speaker said", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "\"I am so proud to endorse Marta Quillfeather for the Senate,\" Gus "
                        "Halvorsen said on Monday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kIntro) +
                        "\"I'm endorsing Dorian Oxby, and I will knock on doors for him,\" Gus "
                        "Halvorsen said.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  ArticleResult c = Run(std::string(kIntro) +
                        "\"I have already endorsed Dorian Oxby,\" Gus Halvorsen told reporters.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: a hedged or denied first-person endorsement gives nothing",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "\"I am not going to endorse Marta Quillfeather today,\" Gus Halvorsen "
                        "said.\n");
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kIntro) +
                        "\"If I endorse Dorian Oxby, the party will split,\" Gus Halvorsen "
                        "said.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  ArticleResult c = Run(std::string(kIntro) +
                        "\"I would endorse Dorian Oxby in a heartbeat,\" Gus Halvorsen said.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
}
