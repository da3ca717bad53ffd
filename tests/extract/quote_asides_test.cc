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

TEST_CASE("An apposition or a relative clause between the speaker and the verb", "[quote_asides]") {
  const ArticleResult r =
      Run("Harbor bill\n\n"
          "Fisheries union leader Odile Brannock, a Democrat, called the bill \"a lifeline for "
          "every fishing town on this coast.\"\n\n"
          "The Coastal Harbor Alliance, which is based in Portland, said the vote showed that "
          "\"the port authority has finally heard the towns.\"\n\n"
          "The chairman of the Maine Harbor Commission, Republican Sen. Teodor Lisk, said the "
          "plan was \"far too large for a state of our size.\"\n");
  CHECK(SpeakerName(r, "a lifeline for every fishing") == "Odile Brannock");
  CHECK(SpeakerName(r, "the port authority has finally") == "Coastal Harbor Alliance");
  CHECK(SpeakerName(r, "far too large for a state") == "Teodor Lisk");
}

TEST_CASE("An aside after an object or a complement names no speaker", "[quote_asides]") {
  const ArticleResult r =
      Run("Harbor bill\n\n"
          "Mayor Odile Brannock attacked her rival, former Sen. Teodor Lisk, saying the plan was "
          "\"far too large for a city of our size.\"\n\n"
          "The top Democrat on the Maine Harbor Commission, Marta Quillon of Bangor, said the "
          "towns were \"left out of every meeting on the sea wall.\"\n\n"
          "Odile Brannock and Teodor Lisk, both former mayors, said the vote was \"a lifeline "
          "for every fishing town on this coast.\"\n");
  CHECK(SpeakerName(r, "far too large for a city") != "Teodor Lisk");
  CHECK(SpeakerName(r, "left out of every meeting") != "Maine Harbor Commission");
  CHECK(SpeakerName(r, "a lifeline for every fishing") != "Teodor Lisk");
}

TEST_CASE("'former' before a title is part of it for the speaker", "[quote_asides]") {
  const ArticleResult r =
      Run("Harbor bill\n\n"
          "Odile Brannock toured the harbor on Monday.\n\n"
          "\"Every fishing town on this coast needs the new sea wall,\" former Gov. Brannock "
          "observes.\n\n"
          "\"The wall will not be finished before the storms,\" former Gov. Brannock cut in.\n\n"
          "Former Sen. Teodor Lisk, a harbor pilot for thirty years, asked Brannock. \"Who will "
          "pay for the wall when the federal money runs out?\"\n\n"
          "Mayor Marta Quillon attacked her predecessor, former Mayor Anton Redfern, saying the "
          "plan was \"far too large for a city of our size.\"\n");
  CHECK(SpeakerName(r, "Every fishing town on this coast") == "Odile Brannock");
  CHECK(SpeakerName(r, "The wall will not be finished") == "Odile Brannock");
  CHECK(SpeakerName(r, "Who will pay for the wall") != "Odile Brannock");
  CHECK(SpeakerName(r, "far too large for a city") != "Anton Redfern");
}

TEST_CASE("An adverb before the verb of 'it said' and of a description", "[quote_asides]") {
  const ArticleResult r =
      Run("Harbor bill\n\n"
          "Sen. Odile Brannock toured the harbor on Monday with the mayor.\n\n"
          "\"Every fishing village on this coast needs the new sea wall,\" the Maine senator also "
          "said at a forum.\n\n"
          "\"The pier is safe for every ferry and every fishing boat,\" the Coastal Ferry "
          "Authority said in a statement. \"The repairs will be finished long before the summer "
          "season,\" it also said.\n");
  CHECK(SpeakerName(r, "Every fishing village on this coast") == "Odile Brannock");
  CHECK(SpeakerName(r, "The repairs will be finished") == "Coastal Ferry Authority");
}

TEST_CASE("An introductory phrase ending in a name before the speaker and her apposition",
          "[quote_asides]") {
  const ArticleResult r =
      Run("Harbor bill\n\n"
          "In a letter to Gov. Anton Redfern, Karen Brannock, president of the Harbor Pilots "
          "Union, released the following statement:\n\n"
          "\"Every fishing town on this coast needs the new sea wall before the storms.\"\n\n"
          "The Coastal Ferry Authority, one of the agencies that met with the Harbor Pilots "
          "Union, the Maine Port Council, and the Bangor Harbor Commission, said the pier was "
          "\"safe for every ferry and every fishing boat.\"\n");
  CHECK(SpeakerName(r, "Every fishing town on this coast") == "Karen Brannock");
  CHECK(SpeakerName(r, "safe for every ferry") != "Bangor Harbor Commission");
  CHECK(SpeakerName(r, "safe for every ferry") != "Maine Port Council");
}

TEST_CASE("A party tag after the principal of a spokesperson", "[quote_asides]") {
  const ArticleResult r =
      Run("Harbor bill\n\n"
          "Sen. Karen Brannock toured the harbor on Monday.\n\n"
          "A spokesperson for Brannock (D-Maine) told The Post \"the senator will vote for the "
          "sea wall bill next week.\"\n");
  CHECK(SpeakerName(r, "the senator will vote for the sea wall") == "Karen Brannock");
}

TEST_CASE("A state and party label before a title is part of it for the speaker",
          "[quote_asides]") {
  const ArticleResult r =
      Run("Harbor bill\n\n"
          "Karen Brannock toured the harbor on Monday.\n\n"
          "\"Every fishing town on this coast needs the new sea wall,\" Maine Democrat Karen "
          "Brannock observed.\n\n"
          "\"The wall will not be finished before the winter storms,\" Texas Republican Rep. "
          "Anton Redfern cut in.\n");
  CHECK(SpeakerName(r, "Every fishing town on this coast") == "Karen Brannock");
  CHECK(SpeakerName(r, "The wall will not be finished") == "Anton Redfern");
}

TEST_CASE("Describing words before a title after a quotation", "[quote_asides]") {
  const ArticleResult r =
      Run("Harbor bill\n\n"
          "Karen Brannock toured the harbor on Monday. Anton Redfern came too.\n\n"
          "\"Every fishing town on this coast needs the new sea wall,\" Brannock observed.\n\n"
          "\"The wall will not be finished before the winter storms,\" campaign adviser Redfern "
          "cut in.\n");
  CHECK(SpeakerName(r, "The wall will not be finished") == "Anton Redfern");
}

}  // namespace
}  // namespace kg::extract
