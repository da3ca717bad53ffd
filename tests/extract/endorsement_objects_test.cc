// Endorsees that are no candidate by what follows their name
// (extract/endorsement_objects.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::CountType;
using testing::HasRelation;
using testing::Run;

const char* kElection =
    "Intro line here.\n\nThe primary election campaign is heating up in Ohio, and the "
    "candidates are busy.\n\n";

TEST_CASE("a bid for no office is no candidacy", "[endorsement_objects]") {
  const ArticleResult a = Run(std::string(kElection) +
                              "Sen. Carl Dobbs backed Maxine Rutherford's bid to block the "
                              "merger.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  const ArticleResult b = Run(std::string(kElection) +
                              "Sen. Carl Dobbs backed Maxine Rutherford's bid to unseat "
                              "the governor.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:carl-dobbs", "person:maxine-rutherford"));
}

TEST_CASE("backing on an issue and a name modifying a noun", "[endorsement_objects]") {
  const ArticleResult a =
      Run(std::string(kElection) + "Sen. Carl Dobbs backed Maxine Rutherford on the tax bill.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  const ArticleResult b = Run(std::string(kElection) +
                              "Sen. Carl Dobbs endorsed the Maxine Rutherford plan for the "
                              "schools.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  const ArticleResult c = Run(std::string(kElection) +
                              "Sen. Carl Dobbs backed Maxine Rutherford on Tuesday in the "
                              "primary.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:carl-dobbs", "person:maxine-rutherford"));
}

TEST_CASE("an endorsement walked back is none", "[endorsement_objects]") {
  const ArticleResult r = Run(std::string(kElection) +
                              "Sen. Carl Dobbs has walked back his endorsement of Maxine "
                              "Rutherford.\n");
  CHECK(CountType(r, "ENDORSES") == 0);
}

TEST_CASE("an endorsement in a false report and backing up are none", "[endorsement_objects]") {
  const ArticleResult a = Run(std::string(kElection) +
                              "The site ran bogus headlines falsely reporting that Sen. Carl "
                              "Dobbs had endorsed Maxine Rutherford.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  const ArticleResult b = Run(std::string(kElection) +
                              "Sen. Carl Dobbs has backed up Maxine Rutherford in every "
                              "committee fight this year.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("a name modifying a group noun, or with an issue, is no endorser",
          "[endorsement_objects]") {
  const ArticleResult a = Run(std::string(kElection) +
                              "In Dayton, where Dobbs backers tried to take over the meeting, 21 "
                              "of the 36 delegates chosen on Saturday had endorsed Maxine "
                              "Rutherford.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  const ArticleResult b = Run(std::string(kElection) +
                              "Gov. Maxine Rutherford won the support of the Granite Caucus for "
                              "the spending bill.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("support forecast for a candidate is none", "[endorsement_objects]") {
  const ArticleResult r = Run(std::string(kElection) +
                              "Rep. Maxine Rutherford is running for Speaker. Rutherford will "
                              "almost certainly have the support of the Granite Caucus.\n");
  CHECK(CountType(r, "ENDORSES") == 0);
}

TEST_CASE("a vote urged in a contest that is no race is no endorsement", "[endorsement_objects]") {
  const ArticleResult r =
      Run("Show\n\nThe dance show enters its final week. Walter Brennick is deep into the "
          "competition, and Gov. Maxine Rutherford encouraged her followers online to vote for "
          "Brennick.\n");
  CHECK(CountType(r, "ENDORSES") == 0);
}

TEST_CASE("a vote urged for an office is in a race", "[endorsement_objects]") {
  const ArticleResult r =
      Run("Convention\n\nSen. Walter Brennick spoke about Maxine Rutherford at the convention.\n\n"
          "As he urged them to support Rutherford for president, his fans booed loudly.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:walter-brennick", "person:maxine-rutherford"));
}

}  // namespace
}  // namespace kg::extract
