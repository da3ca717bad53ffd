// Names opened by initials whose surname no Census list holds
// (extract/initial_names.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::FindStatement;
using testing::Run;

TEST_CASE("initials after a title open a name", "[initial_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Budget director Q.T. Vandermolen met the council on Monday. "
          "\"We will close the gap by spring,\" Vandermolen said.\n");
  const Entity* e = FindEntity(r, "Q.T. Vandermolen");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  const Statement* st = FindStatement(r, "We will close the gap");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("initials whose surname speaks alone open a name", "[initial_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The plan was drafted by R.W. Quellhorst and two aides. "
          "\"Nobody read the second page,\" Quellhorst told reporters.\n");
  const Entity* e = FindEntity(r, "R.W. Quellhorst");
  REQUIRE(e != nullptr);
  const Statement* st = FindStatement(r, "Nobody read the second page");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("initials before a dictionary word or without evidence open no name", "[initial_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The rally at U.C. Berkeley ended at 6 P.M. Tuesday. "
          "The vote on Z.K. Brannowitz passed.\n");
  CHECK(FindEntity(r, "U.C. Berkeley") == nullptr);
  CHECK(FindEntity(r, "P.M. Tuesday") == nullptr);
  CHECK(FindEntity(r, "Z.K. Brannowitz") == nullptr);
}

}  // namespace
}  // namespace kg::extract
