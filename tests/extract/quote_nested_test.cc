// Quotations that kg used to drop: their closing mark or their attribution
// has a form the plain rules miss (quotes.cc, tokenizer.cc, quote_*.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A quotation ending in a spaced quoted quotation closes before its attribution",
          "[quotes][tokenizer]") {
  ArticleResult r =
      Run("Budget\n\nSen. Harold Finch spoke to reporters on Monday.\n\n\"Every mayor I meet tells "
          "me, 'We cannot fix these bridges alone,' \" Finch said. \"We have to help them.\"\n\n"
          "\"My grandmother used to ask, 'Who will pay for all of this?' \"\n");
  const Statement* s = FindStatement(r, "Every mayor I meet");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  s = FindStatement(r, "We have to help them");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  // The closing mark of a paragraph that is only a quotation also closes.
  s = FindStatement(r, "My grandmother used to ask");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
}
