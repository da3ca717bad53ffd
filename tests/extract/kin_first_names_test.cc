// A relative introduced by a first name after a named person's possessive
// (extract/kin_first_names.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::IsPerson;
using testing::Run;
using testing::SpeakerName;

TEST_CASE("a son named by his first name takes his father's surname", "[kin_first_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The preacher Walter Quenby retired last spring. Walter Quenby's son Franklin now leads "
          "the ministry. \"We will keep the doors open,\" Franklin said.\n");
  CHECK(IsPerson(r, "Franklin Quenby"));
  CHECK_FALSE(IsPerson(r, "Franklin"));
  CHECK(SpeakerName(r, "We will keep the doors open") == "Franklin Quenby");
}

TEST_CASE("a common word as first name after a comma", "[kin_first_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Senator Dolores Marchetti spoke on Monday. Marchetti's son, Hunter, sat beside her. "
          "Later Hunter told reporters he had no plans to run.\n");
  CHECK(IsPerson(r, "Hunter Marchetti"));
}

TEST_CASE("no relative from a day or a title", "[kin_first_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Senator Dolores Marchetti spoke on Monday. Marchetti's son Saturday drove home.\n");
  CHECK_FALSE(IsPerson(r, "Saturday Marchetti"));
}

TEST_CASE("no relative from a word before a rank", "[kin_first_names]") {
  // The word describes the relative, whom the full name after the rank names.
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Senator Dolores Marchetti spoke on Monday. Marchetti's son, Marine 1st Lt. Hollis "
          "Marchetti, served two tours.\n");
  CHECK_FALSE(IsPerson(r, "Marine Marchetti"));
  CHECK(IsPerson(r, "Hollis Marchetti"));
}

TEST_CASE("a relative after 'and his|her' takes the named person's surname", "[kin_first_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Former Gov. Walden Pressly Jr. and his son Hunter campaigned in Ohio. Hunter spoke "
          "first. Gwen Orlick, with her husband, Tobias, voted early.\n");
  CHECK(IsPerson(r, "Hunter Pressly"));
  CHECK_FALSE(IsPerson(r, "Hunter Jr."));
  CHECK(IsPerson(r, "Tobias Orlick"));
}

TEST_CASE("no relative after 'and his|her' for a pronoun or another's", "[kin_first_names]") {
  // The pronoun is not the owner's; a pronoun owner names no surname.
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Senator Dolores Marchetti and his son Lyle left early. He and his brother Holden "
          "stayed.\n");
  CHECK_FALSE(IsPerson(r, "Lyle Marchetti"));
  CHECK_FALSE(IsPerson(r, "Holden Marchetti"));
}

}  // namespace
}  // namespace kg::extract
