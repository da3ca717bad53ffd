// People whose given name no first-name list holds: a common word as given
// name ("Spruce") with a person's evidence, and an O'/D' family name after
// a word no list knows ("Tavo O'Brannigan").
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("People: a common word as given name, listed with a person", "[mentions][people]") {
  CHECK(IsPerson(Run("Race\n\nThe race drew Spruce Whitaker and Laura Becker to the state in "
                     "May.\n"),
                 "Spruce Whitaker"));
  CHECK(IsPerson(Run("Race\n\nVoters rejected Laura Becker and Spruce Whitaker in the "
                     "primary.\n"),
                 "Spruce Whitaker"));
  // An apposition with a title, or the family name alone as a person's.
  CHECK(IsPerson(Run("Race\n\nThe senator met Spruce Whitaker, the Republican nominee in the "
                     "last race.\n"),
                 "Spruce Whitaker"));
  CHECK(IsPerson(Run("Race\n\nThe party's last presidential nominee, Spruce Whitaker, gave a "
                     "speech.\n"),
                 "Spruce Whitaker"));
  CHECK(IsPerson(Run("Race\n\nVoters backed GOP nominee Spruce Whitaker in the fall.\n"),
                 "Spruce Whitaker"));
  CHECK(IsPerson(Run("Race\n\nVoters met Spruce Whitaker last week. Later Whitaker said he "
                     "would run again.\n"),
                 "Spruce Whitaker"));
}

TEST_CASE("People: no common word as given name without evidence or written in lower case",
          "[mentions][people]") {
  CHECK(FindEntity(Run("Race\n\nVoters met Spruce Whitaker at the fair.\n"), "Spruce Whitaker") ==
        nullptr);
  CHECK(FindEntity(Run("Race\n\nThe spruce grew tall. The race drew Spruce Whitaker and Laura "
                       "Becker to the state.\n"),
                   "Spruce Whitaker") == nullptr);
  ArticleResult a = Run("Race\n\nPresidents Whitaker and Bill Becker both spoke.\n");
  CHECK(FindEntity(a, "Presidents Whitaker") == nullptr);
}

TEST_CASE("People: an O' family name after a word no list knows", "[mentions][people]") {
  CHECK(IsPerson(Run("Race\n\nThe district elected Tavo O'Brannigan last year.\n"),
                 "Tavo O'Brannigan"));
  CHECK(IsPerson(Run("Race\n\nVoters met Tavo O\xE2\x80\x99"
                     "Brannigan at the fair.\n"),
                 "Tavo O\xE2\x80\x99"
                 "Brannigan"));
  // A show or a place named after a family: a capitalised word follows.
  ArticleResult a = Run("TV\n\nFans watched \"The Tavo O'Brannigan Hour\" on Sunday.\n");
  CHECK(FindEntity(a, "Tavo O'Brannigan") == nullptr);
}
