// A speaker's own endorsement inside a quotation
// (extract/endorsement_speaker.cc, rule endorse.speaker): "I'm proud to
// endorse Y," X said.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: 'I am proud to endorse Y,' the speaker said", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "\"I am so proud to endorse Marta Quillfeather for the Senate,\" Gus "
                        "Halvorsen said on Monday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "\"I'm endorsing Dorian Oxby, and I will knock on doors for him,\" Gus "
                        "Halvorsen said.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  ArticleResult c = Run(std::string(kTwoCandidateIntro) +
                        "\"I have already endorsed Dorian Oxby,\" Gus Halvorsen told reporters.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: a hedged or denied first-person endorsement gives nothing",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "\"I am not going to endorse Marta Quillfeather today,\" Gus Halvorsen "
                        "said.\n");
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "\"If I endorse Dorian Oxby, the party will split,\" Gus Halvorsen "
                        "said.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  ArticleResult c = Run(std::string(kTwoCandidateIntro) +
                        "\"I would endorse Dorian Oxby in a heartbeat,\" Gus Halvorsen said.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
}
