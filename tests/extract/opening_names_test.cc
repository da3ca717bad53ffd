// A name that opens a sentence with a first name and a surname that are both
// common words ("Bob Thimble"): a person when the words after it say so
// (opening_names.cc), a phrase otherwise ("Will Power won the race").
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Opening names: a verb only a person takes", "[mentions][people]") {
  const ArticleResult r =
      Run("Race\n\nJane Ordway and Tom Quillfeather are running for governor this year.\n\n"
          "Bob Thimble endorsed Ordway on Monday.\n");
  CHECK(IsPerson(r, "Bob Thimble"));
  CHECK(HasRelation(r, "ENDORSES", "person:bob-thimble", "person:jane-ordway"));
  CHECK(IsPerson(Run("Race\n\nBob Thimble told reporters the plan would fail.\n"), "Bob Thimble"));
}

TEST_CASE("Opening names: an apposition, a party tag", "[mentions][people]") {
  CHECK(IsPerson(Run("Race\n\nBob Thimble, the former governor of the state, spoke first.\n"),
                 "Bob Thimble"));
  CHECK(IsPerson(Run("Race\n\nBob Thimble, who ran twice, lost again.\n"), "Bob Thimble"));
  CHECK(IsPerson(Run("Race\n\nBob Thimble, R-Ohio, voted no on the bill.\n"), "Bob Thimble"));
}

TEST_CASE("Opening names: words without a person's cue stay words", "[mentions][people]") {
  CHECK(FindEntity(Run("Race\n\nWill Power won the race at the track on Sunday.\n"),
                   "Will Power") == nullptr);
  CHECK(FindEntity(Run("Race\n\nBob Thimble stood in the corner of the room.\n"), "Bob Thimble") ==
        nullptr);
  // A question: "Will Power" is a modal and a noun.
  CHECK(FindEntity(Run("Race\n\nWill Power said to matter win the day?\n"), "Will Power") ==
        nullptr);
  // Three words or more are a body before "said".
  CHECK(FindEntity(Run("Race\n\nChina Central Television said the storm hit at noon.\n"),
                   "China Central Television") == nullptr);
}

TEST_CASE("Owner-title appositions: a name in someone's service is a person",
          "[mentions][people]") {
  const ArticleResult r =
      Run("Race\n\nVoters heard from Zorvan Kettleby, Acme's chief executive, "
          "on Monday.\n");
  CHECK(IsPerson(r, "Zorvan Kettleby"));
  CHECK(IsPerson(Run("Race\n\nVoters heard from Zorvan Kettleby, the company's chief executive, "
                     "on Monday.\n"),
                 "Zorvan Kettleby"));
  // A people is no one's officer; no title, no person.
  CHECK_FALSE(
      IsPerson(Run("Race\n\nSyrian Kurds, the country's ally, fought on.\n"), "Syrian Kurds"));
  CHECK_FALSE(IsPerson(Run("Race\n\nThey met Zorvan Kettleby, Acme's new product, on Monday.\n"),
                       "Zorvan Kettleby"));
}

TEST_CASE("Question auxiliaries: a clause-opening modal is no first name", "[mentions][people]") {
  const char* intro =
      "Race\n\nFormer Gov. Bob Quillfeather spoke in Dover on Monday. "
      "\"We will win,\" Quillfeather said.\n\n";
  // "Will Quillfeather's words matter?": the verb, not a first name.
  const ArticleResult r = Run(std::string(intro) + "Will Quillfeather's words matter at all?\n");
  CHECK(IsPerson(r, "Bob Quillfeather"));
  CHECK(FindEntity(r, "Will Quillfeather") == nullptr);
  // After a list number or a colon.
  CHECK(FindEntity(Run(std::string(intro) + "1) Will Quillfeather face the mayor?\n"),
                   "Will Quillfeather") == nullptr);
  CHECK(FindEntity(Run(std::string(intro) + "The question now: Will Quillfeather run again?\n"),
                   "Will Quillfeather") == nullptr);
  // A body after "Is": "Is Zentrobook a publisher?".
  const ArticleResult body =
      Run("Race\n\nIs Zentrobook Media a publisher? In court it says yes.\n\n"
          "Zentrobook Media spokeswoman Jane Ordway said the firm would appeal.\n");
  CHECK(FindEntity(body, "Is Zentrobook Media") == nullptr);
  // Not after a word ("Senator Will Ordway", "and Will Ordway"), nor in a
  // sentence that a period ends.
  CHECK(IsPerson(Run("Race\n\nContributing: Jane Thimble and Will Ordway.\n"), "Will Ordway"));
  CHECK(IsPerson(Run("Race\n\nWill Ordway said the plan would fail.\n"), "Will Ordway"));
}
