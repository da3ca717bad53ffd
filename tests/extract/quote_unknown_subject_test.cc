// A quotation introduced by a participle whose clause opens with a name the
// mention table does not hold is not given to a person the clause names
// after a preposition (extract/quote_unknown_subject.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::Run;
using testing::SpeakerName;

TEST_CASE("An object after a preposition does not speak for an unnamed subject",
          "[quote_unknown_subject]") {
  const ArticleResult r =
      Run("Harbor race\n\n"
          "Voters in the county still admire Dale Obermann, the former governor.\n\n"
          "Toward that end, Carrow has often highlighted his friendship with former governor "
          "Obermann, and regularly points to his record by saying, \"The Lumber Guild has "
          "endorsed me every time I have run.\"\n");
  CHECK(SpeakerName(r, "The Lumber Guild has endorsed me") == "<none>");
  CHECK_FALSE(HasRelation(r, "ENDORSES", "organization:lumber-guild", "person:dale-obermann"));
}

TEST_CASE("A named subject or a person opening a clause still speaks", "[quote_unknown_subject]") {
  const ArticleResult r =
      Run("Harbor race\n\n"
          "Bo Carrow met Dale Obermann, the former governor, on Monday.\n\n"
          "Toward that end, Bo Carrow has often highlighted his friendship with Obermann, and "
          "regularly points to his record by saying, \"The Lumber Guild has endorsed me every "
          "time I have run.\"\n\n"
          "Critics objected after Dale Obermann said at the rally that the plan was \"a waste of "
          "good money.\"\n");
  CHECK(SpeakerName(r, "The Lumber Guild has endorsed me") == "Bo Carrow");
  CHECK(HasRelation(r, "ENDORSES", "organization:lumber-guild", "person:bo-carrow"));
  CHECK(SpeakerName(r, "a waste of good money") == "Dale Obermann");
}

TEST_CASE("The possessor of an object does not speak for the participle's subject",
          "[quote_unknown_subject]") {
  const ArticleResult r =
      Run("Harbor race\n\n"
          "Board members on Monday took issue with Lena Varrow's report on the harbor, saying "
          "her figures were \"nothing more than guesses.\"\n\n"
          "Critics questioned Omar Tesk's plan on Friday, saying \"the money is not there.\"\n");
  CHECK(SpeakerName(r, "nothing more than guesses") == "<none>");
  CHECK(SpeakerName(r, "the money is not there") == "<none>");
}

TEST_CASE("A possessor named again or taken up by a pronoun still speaks",
          "[quote_unknown_subject]") {
  const ArticleResult r =
      Run("Harbor race\n\n"
          "The vote broke Lena Varrow's promises so badly that Lena Varrow was reduced to "
          "saying, \"We will try again.\"\n\n"
          "Then came Omar Tesk's reaction, where he spoke of the harbor, declaring, \"We love "
          "this town!\"\n");
  CHECK(SpeakerName(r, "We will try again") == "Lena Varrow");
  CHECK(SpeakerName(r, "We love this town") == "Omar Tesk");
}

}  // namespace
}  // namespace kg::extract
