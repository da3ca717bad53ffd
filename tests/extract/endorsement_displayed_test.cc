// Endorsements a candidate shows off, leans on or runs with
// (extract/endorsement_displayed.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasRelation;
using testing::Run;

bool Endorses(const std::string& text, const char* from, const char* to) {
  const ArticleResult r = Run("Intro line here.\n\n" + text + "\n");
  const Entity* x = FindEntity(r, from);
  const Entity* y = FindEntity(r, to);
  REQUIRE(x != nullptr);
  REQUIRE(y != nullptr);
  return HasRelation(r, "ENDORSES", x->id, y->id);
}

TEST_CASE("a held endorsement shown off or leaned on", "[endorsement_displayed]") {
  CHECK(Endorses("Karen Whitlock leaned on Walter Brandt's endorsement in the race for mayor.",
                 "Walter Brandt", "Karen Whitlock"));
  CHECK(Endorses("Karen Whitlock won the primary with Walter Brandt's endorsement.",
                 "Walter Brandt", "Karen Whitlock"));
  CHECK(Endorses("Karen Whitlock, with Walter Brandt's endorsement, leads the race for mayor.",
                 "Walter Brandt", "Karen Whitlock"));
  CHECK(Endorses("Karen Whitlock made Walter Brandt's endorsement the centerpiece of her campaign.",
                 "Walter Brandt", "Karen Whitlock"));
  CHECK(
      Endorses("Karen Whitlock, a candidate for mayor, highlighted the endorsement of Sen. Walter "
               "Brandt.",
               "Walter Brandt", "Karen Whitlock"));
  CHECK(
      Endorses("Karen Whitlock is running for mayor. Whitlock, who has Walter Brandt's backing, "
               "leads the polls.",
               "Walter Brandt", "Karen Whitlock"));
}

TEST_CASE("the holder named before a relative clause", "[endorsement_displayed]") {
  CHECK(Endorses("Karen Whitlock, who ran for Senate, touted Walter Brandt's endorsement.",
                 "Walter Brandt", "Karen Whitlock"));
  CHECK(
      Endorses("Karen Whitlock, who was elected Tuesday, made Walter Brandt's endorsement a "
               "centerpiece of her campaign.",
               "Walter Brandt", "Karen Whitlock"));
}

TEST_CASE("possessive backing after with is a noun", "[endorsement_displayed]") {
  CHECK(Endorses("Karen Whitlock, with Walter Brandt's backing, won the primary for mayor.",
                 "Walter Brandt", "Karen Whitlock"));
}

TEST_CASE("wishing, losing or judging an endorsement is no holding", "[endorsement_displayed]") {
  for (const char* verb : {"mocked", "questioned", "lost", "wants", "disagreed with"}) {
    CHECK_FALSE(Endorses(std::string("Karen Whitlock, a candidate for mayor, ") + verb +
                             " Walter Brandt's endorsement.",
                         "Walter Brandt", "Karen Whitlock"));
  }
  CHECK_FALSE(
      Endorses("Karen Whitlock, a candidate for mayor, never cited Walter Brandt's "
               "endorsement.",
               "Walter Brandt", "Karen Whitlock"));
  // The endorsee named after the noun is not the verb's subject.
  CHECK_FALSE(
      Endorses("Karen Whitlock, a candidate for mayor, cited Walter Brandt's endorsement of "
               "Dana Whitfield.",
               "Walter Brandt", "Karen Whitlock"));
}

}  // namespace
}  // namespace kg::extract
