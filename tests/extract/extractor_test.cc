#include "extract/extractor.h"

#include <catch2/catch.hpp>

using namespace kg::extract;

TEST_CASE("Extract finds a person quote", "[extract]") {
  Extractor ex;
  ArticleResult r =
      ex.Extract("Headline here\n\n\xe2\x80\x9cWe will win,\xe2\x80\x9d Mary Lopez said.\n");
  REQUIRE(r.statements.size() == 1);
  CHECK(r.statements[0].speaker == "person:mary-lopez");
}
