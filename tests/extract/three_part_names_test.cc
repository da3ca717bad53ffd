// A given name before a first name and surname stays in the name: "Mark
// Anthony Roe" opening a sentence, "Davood Ali Roe" (a given name no list
// holds), when the article never writes the last two words alone; an agent
// noun, a common word, a title or a particle before the name does not.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Three-part names: a given name before a first name and surname", "[mentions][persons]") {
  ArticleResult a =
      Run("Politics\n\nMark Anthony Pellow said the plan would fail. Pellow is a lawyer.\n");
  CHECK(IsPerson(a, "Mark Anthony Pellow"));
  CHECK(FindEntity(a, "Anthony Pellow") == nullptr);
  ArticleResult b =
      Run("Politics\n\nThe deal is dead, said Davood Ali Sepanlou, a fellow at the Rivenhall "
          "Institute. Sepanlou has studied the talks for years.\n");
  CHECK(IsPerson(b, "Davood Ali Sepanlou"));
  ArticleResult c =
      Run("Politics\n\n\"We will not stop,\" Jenny Beth Carwood told reporters. Carwood leads the "
          "group.\n");
  CHECK(IsPerson(c, "Jenny Beth Carwood"));
}

TEST_CASE("Three-part names: no description, rank or particle joins the name",
          "[mentions][persons]") {
  ArticleResult a = Run("Politics\n\nPodcaster Jamie Weldrick said the show would go on.\n");
  CHECK(IsPerson(a, "Jamie Weldrick"));
  CHECK(FindEntity(a, "Podcaster Jamie Weldrick") == nullptr);
  // The two words alone elsewhere: the name the article uses.
  ArticleResult b =
      Run("Politics\n\nTwitter Pinterest Jane Orvella said so on Monday. Jane Orvella is a "
          "senator.\n");
  CHECK(IsPerson(b, "Jane Orvella"));
  CHECK(FindEntity(b, "Pinterest Jane Orvella") == nullptr);
  ArticleResult c =
      Run("Politics\n\nThe primary features former Marine Kevin Dalworth, an outsider. The emir, "
          "Tamim bin Hamad Al Qorvani, met him.\n");
  CHECK(IsPerson(c, "Kevin Dalworth"));
  CHECK(FindEntity(c, "Marine Kevin Dalworth") == nullptr);
  CHECK(FindEntity(c, "Hamad Al Qorvani") == nullptr);
}
