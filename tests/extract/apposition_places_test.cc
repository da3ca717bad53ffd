// The office's state or city before the title of the name in an apposition
// after a possessive: "X's running mate, Ohio Gov. W, said ..." is about W,
// as "X's running mate, Gov. W, said ..." is (extract/references.cc,
// quote_speakers.cc, endorsement_heads.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindStatement;
using testing::HasRelation;
using testing::kElectionIntro;
using testing::Run;

std::string Article(const char* body) {
  return std::string(kElectionIntro) + "Warren Oakhurst toured three counties on Monday. " + body +
         "\n";
}

TEST_CASE("a place before the apposition's title keeps the endorser", "[apposition_places]") {
  for (const char* body :
       {"Oakhurst's running mate, Ohio Gov. Nolan Pierce, announced Thursday that he is "
        "backing Delia Fenwick.",
        "Oakhurst's running mate, Ohio Gov. Nolan Pierce, endorsed Delia Fenwick on Thursday.",
        "Oakhurst's closest ally, New Mexico Rep. Nolan Pierce, endorsed Delia Fenwick.",
        "Oakhurst's closest ally, South Dakota Attorney General Nolan Pierce, has endorsed "
        "Delia Fenwick."}) {
    const ArticleResult r = Run(Article(body));
    INFO(body);
    CHECK(HasRelation(r, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
    CHECK_FALSE(HasRelation(r, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
  }
}

TEST_CASE("a place before the apposition's title keeps the speaker", "[apposition_places]") {
  for (const char* body :
       {"Oakhurst's running mate, Ohio Gov. Nolan Pierce, said Thursday that the map \"cannot "
        "stand.\"",
        "Oakhurst's closest ally, New Mexico Sen. Nolan Pierce, told reporters, \"The map cannot "
        "stand.\""}) {
    const ArticleResult r = Run(Article(body));
    INFO(body);
    const Statement* st = FindStatement(r, "");
    REQUIRE(st != nullptr);
    CHECK(st->speaker == "person:nolan-pierce");
  }
}

}  // namespace
}  // namespace kg::extract
