// Census surnames that are also dictionary, title or place words speaking
// alone twice (extract/speaking_word_surnames.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::IsPerson;
using testing::Run;
using testing::SpeakerName;

TEST_CASE("a title word that is a surname speaks alone twice", "[speaking_word_surnames]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The committee heard from the governor's office on Monday.\n\n"
          "\"We are not there yet on the water bill,\" King said on the radio.\n\n"
          "\"Nobody should expect a vote before spring,\" King told reporters.\n");
  CHECK(IsPerson(r, "King"));
  CHECK(SpeakerName(r, "We are not there yet") == "King");
  CHECK(SpeakerName(r, "Nobody should expect") == "King");
}

TEST_CASE("a place word that is a surname takes the full name given once",
          "[speaking_word_surnames]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The county sheriff, Pradeep West, said deputies arrived within minutes.\n\n"
          "\"The scene was chaotic,\" West said. \"People were running.\"\n\n"
          "\"They did their jobs,\" West said.\n");
  CHECK(SpeakerName(r, "The scene was chaotic") == "Pradeep West");
  CHECK(SpeakerName(r, "They did their jobs") == "Pradeep West");
}

TEST_CASE("a first name of someone the article names is no surname", "[speaking_word_surnames]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Our colleague Rich Lowell wrote a column last week.\n\n"
          "\"Trade is fine,\" Rich says. \"Tariffs are not,\" Rich says.\n");
  CHECK_FALSE(IsPerson(r, "Rich"));
}

}  // namespace
}  // namespace kg::extract
