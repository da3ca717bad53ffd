// '"...," according to X' after a quotation that a person's speech verb in
// the same sentence introduces: X (often a newspaper) only reports it, so
// the quotation is not X's (extract/quote_outlets.cc, SpokenBefore).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Statements: according to a newspaper, after the speaker's own verb", "[quotes]") {
  ArticleResult a =
      Run("Budget fight\n\nThe council met on Tuesday.\n\nMayor Edwin Calloway said on Tuesday "
          "that the new budget must be paid for \"by the people who profit from the harbor and "
          "its trade,\" according to the Harbor Gazette.\n\nThe council survey asks residents "
          "whether they want \"a smaller government that spends less on every service,\" "
          "according to the Harbor Policy Institute.\n");
  CHECK(SpeakerName(a, "by the people who profit") == "Edwin Calloway");
  // A document's verb ("the survey asks") has no speaker of its own: the
  // source after the quotation keeps it.
  CHECK(SpeakerName(a, "a smaller government") == "Harbor Policy Institute");
}
