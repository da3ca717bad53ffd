// A candidacy named by a possessive with race words before its noun after a
// backing verb, and "by supporting Y's ... bid" (extract/endorsement_bids.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::Run;

constexpr const char kRace[] =
    "Primary race\n\n"
    "Dev Oster is a county operative.\n\n"
    "Laura Whitcomb ran for the Senate in the Republican primary election against Daniel Harlow, "
    "and voters went to the polls in the caucuses.\n\n";

TEST_CASE("Supporting a candidate's described bid is an endorsement", "[endorsement_bids]") {
  const ArticleResult r =
      Run(std::string(kRace) +
          "Officials said the Harbor League would follow the governor's lead by supporting "
          "Whitcomb's Senate bid.\n\n"
          "\"It is a close race,\" said Dev Oster, a county operative who supported Daniel "
          "Harlow's presidential campaign.\n");
  CHECK(HasRelation(r, "ENDORSES", "organization:harbor-league", "person:laura-whitcomb"));
  CHECK(HasRelation(r, "ENDORSES", "person:dev-oster", "person:daniel-harlow"));
}

TEST_CASE("Supporting a bid that is no candidacy, or no longer, is none", "[endorsement_bids]") {
  const ArticleResult r =
      Run(std::string(kRace) +
          "The Harbor League is supporting Whitcomb's bid to repeal the ferry tax.\n\n"
          "Dev Oster no longer supports Harlow's 2020 reelection bid.\n\n"
          "The Canal Society would answer by supporting Harlow's harbor bill.\n");
  CHECK_FALSE(HasRelation(r, "ENDORSES", "organization:harbor-league", "person:laura-whitcomb"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:dev-oster", "person:daniel-harlow"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "organization:canal-society", "person:daniel-harlow"));
}

TEST_CASE("A glued -supported names the endorser of the person described", "[endorsement_bids]") {
  // extract/endorsement_hyphens.cc; the tokenizer splits "-supported" off.
  const ArticleResult r =
      Run(std::string(kRace) +
          "Whitcomb never faced a serious threat from her Oster-supported opponent, Daniel "
          "Harlow.\n\n"
          "Dev Oster said he would back the Whitcomb-supported measure.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:dev-oster", "person:daniel-harlow"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:laura-whitcomb", "person:dev-oster"));
}

TEST_CASE("A failed or dated candidacy backed by name is an endorsement", "[endorsement_bids]") {
  const ArticleResult r =
      Run(std::string(kRace) +
          "Former Sen. Pia Renko, who supported Laura Whitcomb's failed White House bid, told "
          "reporters the party would recover.\n\n"
          "Omar Castell endorsed Daniel Harlow's 2012 presidential bid, and Harlow returned the "
          "favor.\n\n"
          "Nell Brisco backed Harlow's unsuccessful bid to unseat the governor.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:pia-renko", "person:laura-whitcomb"));
  CHECK(HasRelation(r, "ENDORSES", "person:omar-castell", "person:daniel-harlow"));
  CHECK(HasRelation(r, "ENDORSES", "person:nell-brisco", "person:daniel-harlow"));
}

TEST_CASE("A failed bid to do something, or a denied backing, is none", "[endorsement_bids]") {
  const ArticleResult r =
      Run(std::string(kRace) +
          "Pia Renko supported Laura Whitcomb's failed bid to repeal the ferry tax.\n\n"
          "Omar Castell never backed Daniel Harlow's failed presidential bid.\n");
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:pia-renko", "person:laura-whitcomb"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:omar-castell", "person:daniel-harlow"));
}

TEST_CASE("A supporter of a named candidacy endorses it", "[endorsement_bids]") {
  // extract/endorsement_supporter_of.cc.
  const ArticleResult r =
      Run(std::string(kRace) +
          "Pia Renko was an early supporter of Laura Whitcomb's presidential bid in 2008.\n\n"
          "Despite Omar Castell being an early backer of Daniel Harlow's candidacy, Harlow "
          "fired him.\n\n"
          "Nell Brisco, a longtime supporter of Whitcomb's reelection campaign, spoke.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:pia-renko", "person:laura-whitcomb"));
  CHECK(HasRelation(r, "ENDORSES", "person:omar-castell", "person:daniel-harlow"));
  CHECK(HasRelation(r, "ENDORSES", "person:nell-brisco", "person:laura-whitcomb"));
}

TEST_CASE("A supporter of a person alone, or denied, is none", "[endorsement_bids]") {
  const ArticleResult r =
      Run(std::string(kRace) +
          "Pia Renko was never a supporter of Laura Whitcomb's campaign.\n\n"
          "Omar Castell is a staunch supporter of Daniel Harlow.\n\n"
          "Nell Brisco is a vocal supporter of Whitcomb's bid to repeal the ferry tax.\n");
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:pia-renko", "person:laura-whitcomb"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:omar-castell", "person:daniel-harlow"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:nell-brisco", "person:laura-whitcomb"));
}

}  // namespace
}  // namespace kg::extract
