// A party tag or short parenthesis between a speaker and the speech verb
// (extract/quote_asides.cc): 'Sen. X (D-Ohio) said that "..."', 'X (R-Ky.)
// called it "..."' keep the speaker the untagged sentence gives.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindStatement;
using testing::Run;
using testing::SpeakerName;

TEST_CASE("A party tag between the speaker and the speech verb", "[quote_asides]") {
  const ArticleResult r =
      Run("Harbor bill\n\n"
          "Sen. Odile Brannock (D-Maine) said that the harbor bill would \"put every fishing town "
          "back to work by the spring.\"\n\n"
          "Rep. Teodor Lisk (R-Ky.) called the bill \"a costly gift to the port authority and "
          "nobody else.\"\n\n"
          "Gov. Marta Quillon (D) warned on Tuesday that the state was \"not going to pay for "
          "another broken sea wall.\"\n");
  CHECK(SpeakerName(r, "put every fishing town") == "Odile Brannock");
  CHECK(SpeakerName(r, "a costly gift to the port") == "Teodor Lisk");
  CHECK(SpeakerName(r, "not going to pay for") == "Marta Quillon");
}

TEST_CASE("A tag does not make the object of a clause its speaker", "[quote_asides]") {
  // The tagged name is no subject: a preposition before it.
  const ArticleResult r =
      Run("Harbor bill\n\n"
          "A letter to Sen. Odile Brannock (D-Maine) said that the bill was \"a costly gift to "
          "the port authority and nobody else.\"\n\n"
          "Critics (and there were many) said the harbor plan was \"far too large for a city "
          "of our size.\"\n");
  CHECK(FindStatement(r, "a costly gift to the port") == nullptr);
  CHECK(FindStatement(r, "far too large for a city") == nullptr);
}

}  // namespace
}  // namespace kg::extract
