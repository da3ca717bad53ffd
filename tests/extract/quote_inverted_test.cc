// Statements whose sentence opens with the speech verb and its speaker:
// 'Said X: "..."', 'Adds X, "..."' (extract/quote_inverted.cc), and the
// organisation a description after a quotation stands for, and the
// untitled president.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindStatement;
using testing::Run;
using testing::SpeakerName;

TEST_CASE("A sentence opening with its speech verb and speaker", "[quote_inverted]") {
  const ArticleResult r =
      Run("Harbor vote\n\n"
          "Mayor Odile Brannock wants the harbor bond passed before the winter storms.\n\n"
          "Said Brannock: \"We cannot wait another season for the sea wall to be repaired.\"\n\n"
          "Council member Teodor Lisk disagreed with the timing of the vote.\n\n"
          "Adds Councilman Teodor Lisk of the Fourth Ward, \"The bond is far too large for a "
          "city of our size.\"\n");
  CHECK(SpeakerName(r, "We cannot wait another season") == "Odile Brannock");
  CHECK(SpeakerName(r, "The bond is far too large") == "Teodor Lisk");
}

TEST_CASE("An inverted opening names nobody for an unnamed speaker or a participle",
          "[quote_inverted]") {
  const ArticleResult r =
      Run("Harbor vote\n\n"
          "Mayor Odile Brannock wants the harbor bond passed before the winter storms.\n\n"
          "Said one council aide: \"The votes for the harbor bond are simply not there yet.\"\n\n"
          "Asked about the bond, Brannock was calm.\n");
  CHECK(FindStatement(r, "The votes for the harbor bond") == nullptr);
}

TEST_CASE("The company is the organisation opening the main clause after an introductory phrase",
          "[quote_inverted]") {
  // extract/quote_organisations.cc: 'On Monday, X rejected the claims of Y.
  // "...," the company said' is X's, not Y's.
  const ArticleResult r =
      Run("Harbor dispute\n\n"
          "The Portside Alliance has sued over the dredging of the north channel.\n\n"
          "On Monday, Keller Maritime Group rejected the claims made by the Portside Alliance.\n\n"
          "\"We have followed every rule the port authority set for the dredging work,\" the "
          "company said.\n");
  CHECK(SpeakerName(r, "We have followed every rule") == "Keller Maritime Group");
}

TEST_CASE("The president whom the story never titles", "[quote_inverted]") {
  // extract/quote_descriptions.cc (EpithetPerson): 'the president' when
  // nobody carried the title is the person the story names most, when no
  // other role was given to that person.
  const ArticleResult r =
      Run("Port visit\n\n"
          "Daniel Okafor toured the flooded harbor towns on Tuesday with his cabinet and staff.\n\n"
          "\"We will rebuild every pier in this state before the summer,\" the president said.\n");
  CHECK(SpeakerName(r, "We will rebuild every pier") == "Daniel Okafor");
  const ArticleResult other =
      Run("Port visit\n\n"
          "Daniel Okafor met his press secretary, Lena Voss, on Tuesday.\n\n"
          "Voss briefed reporters on the flooding. Voss took no questions.\n\n"
          "\"We will rebuild every pier in this state before the summer,\" the president said.\n");
  CHECK(SpeakerName(other, "We will rebuild every pier") != "Lena Voss");
}

}  // namespace
}  // namespace kg::extract
