#include "extract/text.h"

#include <catch2/catch.hpp>

#include "extract/extractor.h"

using namespace kg::extract;

TEST_CASE("CheckArticleBytes rejects bad input", "[text]") {
  CHECK(CheckArticleBytes("") == "empty");
  CHECK(CheckArticleBytes("Hello world.\n").empty());
  CHECK(CheckArticleBytes(std::string("ab\0cd", 5)).find("binary") == 0);
  CHECK(CheckArticleBytes("ab\x01"
                          "cd")
            .find("binary") == 0);
  CHECK(CheckArticleBytes("caf\xc3\xa9 ok").empty());
  CHECK(CheckArticleBytes("abc\xc3(") == "invalid UTF-8 at byte offset 3");
  CHECK(CheckArticleBytes(std::string(16 * 1024 * 1024 + 1, 'a')).find("larger") == 0);
}
