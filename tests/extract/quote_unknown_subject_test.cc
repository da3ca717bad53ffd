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

}  // namespace
}  // namespace kg::extract
