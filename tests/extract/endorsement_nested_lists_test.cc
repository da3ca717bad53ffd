// A titled pair inside a list of endorsers before the verb
// (extract/endorsement_nested_lists.cc, Subjects in endorsement_clauses.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::Run;

TEST_CASE("a pair under a plural title after the first name", "[endorsement_nested_lists]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Ohio Gov. Walter Brennick and Sens. Carl Dobbs and Dana Kessler have endorsed Maxine "
          "Rutherford for president.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:walter-brennick", "person:maxine-rutherford"));
  CHECK(HasRelation(r, "ENDORSES", "person:carl-dobbs", "person:maxine-rutherford"));
  CHECK(HasRelation(r, "ENDORSES", "person:dana-kessler", "person:maxine-rutherford"));
}

TEST_CASE("a pair under a plural title before ', and'", "[endorsement_nested_lists]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Meanwhile, Govs. Carl Dobbs of Iowa and Dana Kessler of Idaho, and Sen. Walter "
          "Brennick endorsed Maxine Rutherford for president.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:walter-brennick", "person:maxine-rutherford"));
  CHECK(HasRelation(r, "ENDORSES", "person:carl-dobbs", "person:maxine-rutherford"));
  CHECK(HasRelation(r, "ENDORSES", "person:dana-kessler", "person:maxine-rutherford"));
}

TEST_CASE("a list after a verb is no nested subject list", "[endorsement_nested_lists]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Voters met Sens. Carl Dobbs and Dana Kessler and Gov. Walter Brennick endorsed Maxine "
          "Rutherford for president.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:walter-brennick", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:carl-dobbs", "person:maxine-rutherford"));
}

}  // namespace
}  // namespace kg::extract
