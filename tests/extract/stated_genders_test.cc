// A person known by surname alone has no first name to give a sex; the
// article's own words may: a gendered title ("Congressman X", "Ms. X") or
// "X said she ..." with nobody else named before it (coreference.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("She skips a congressman known by surname alone", "[quotes]") {
  ArticleResult r =
      Run("Rally\n\nMary Lott spoke at the rally on Monday. Congressman Quarles replied on "
          "Tuesday.\n\n\"We will win this fight,\" she said.\n");
  CHECK(SpeakerName(r, "We will win this fight") == "Mary Lott");
}

TEST_CASE("He skips a spokeswoman known by surname alone", "[quotes]") {
  ArticleResult r =
      Run("Port\n\nTom Baxter toured the docks on Monday. Spokeswoman Quarles answered "
          "questions on Tuesday.\n\n\"The channel will be dredged,\" he said.\n");
  CHECK(SpeakerName(r, "The channel will be dredged") == "Tom Baxter");
}

TEST_CASE("'X said he' makes a surname-only senator the nearer man", "[quotes]") {
  ArticleResult r = Run(
      "Race\n\nTom Baxter spoke at the rally on Monday. Ann Pruitt thanked him.\n\nSen. Quarles "
      "said he would not run again. The crowd cheered.\n\n\"We will win this fight,\" he "
      "said.\n");
  CHECK(SpeakerName(r, "We will win this fight") == "Quarles");
}

TEST_CASE("'X said she' does not make X a man", "[quotes]") {
  ArticleResult r = Run(
      "Race\n\nTom Baxter spoke at the rally on Monday. Ann Pruitt thanked him.\n\nSen. Quarles "
      "said she would not run again. The crowd cheered.\n\n\"We will win this fight,\" he "
      "said.\n");
  CHECK(SpeakerName(r, "We will win this fight") == "Tom Baxter");
}

TEST_CASE("'X said he' with another person named before says nothing of X", "[quotes]") {
  ArticleResult r =
      Run("Race\n\nTom Baxter spoke at the rally on Monday. Ann Pruitt thanked him.\n\nAsked about "
          "Ann Pruitt, Sen. Quarles said he would not run again. The crowd cheered.\n\n\"We will "
          "win this fight,\" he said.\n");
  CHECK(SpeakerName(r, "We will win this fight") == "Tom Baxter");
}

TEST_CASE("A title in a quoted headline gives no sex", "[quotes]") {
  ArticleResult r =
      Run("Church\n\nPastor John Walker said the church will stay open. (RELATED: Republican "
          "Congressman Calls Out Attack On Church)\n\n\"We remain unafraid,\" he added.\n");
  CHECK(SpeakerName(r, "We remain unafraid") == "John Walker");
}
