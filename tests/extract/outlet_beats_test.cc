// An outlet run together with a reporter's capitalised beat (outlet_beats.cc):
// "Dunmore News White House correspondent X" works for Dunmore News.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Outlet beats: the outlet ends before the beat", "[mentions][orgs]") {
  const ArticleResult r =
      Run("Briefing\n\nHarlow News White House correspondent Mara Jonlan asked about the plan. "
          "KDTV Capitol Hill reporter Ed Varnet said the vote was close. Dunmore Free Press "
          "Washington bureau chief Lisa Orrin said it failed. Pell Times Justice Department "
          "correspondent Tom Brisk said so too.\n");
  CHECK(IsOrganization(r, "Harlow News"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:mara-jonlan", "organization:harlow-news"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:ed-varnet", "organization:kdtv"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:lisa-orrin", "organization:dunmore-free-press"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:tom-brisk", "organization:pell-times"));
  CHECK(FindEntity(r, "Harlow News White House") == nullptr);
  CHECK(FindEntity(r, "Pell Times Justice Department") == nullptr);
}

TEST_CASE("Outlet beats: the outlet's own last words stay", "[mentions][orgs]") {
  // A head word alone is the outlet's name, not a beat; a programme holds an
  // outlet head; no split without a media title after.
  const ArticleResult r =
      Run("Briefing\n\nHarlow Caller News Foundation reporter Mara Jonlan asked about it. "
          "KDTV Evening News anchor Ed Varnet said the vote was close. The Pell Times White "
          "House lawn was empty.\n");
  CHECK(HasRelation(r, "HAS_ROLE", "person:mara-jonlan",
                    "organization:harlow-caller-news-foundation"));
  CHECK_FALSE(IsOrganization(r, "Harlow Caller News"));
  CHECK(FindEntity(r, "KDTV") == nullptr);
}

TEST_CASE("Outlet beats: a place between two titles is the beat", "[mentions][orgs]") {
  const ArticleResult r =
      Run("Briefing\n\nHarlow News chief Washington correspondent Mara Jonlan asked about it.\n");
  CHECK(HasRelation(r, "HAS_ROLE", "person:mara-jonlan", "organization:harlow-news"));
  CHECK_FALSE(IsPerson(r, "Washington"));
}
