// A person's title before a first name and a surname that is also an
// organisation's head or a place's last word ("Sen. Frank Church", "Mayor
// Jim Lane"): the title makes the pair a person's name
// (extract/person_mentions.cc, IsPersonName).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::IsOrganization;
using testing::IsPerson;
using testing::Run;
using testing::SpeakerName;

TEST_CASE("a titled first name before an organisation's head word is a person",
          "[titled_thing_surnames]") {
  const ArticleResult r =
      Run("Budget vote\n\n"
          "The inquiry was led by Sen. Walter Church in 1975. Church said the agencies had "
          "gone too far.\n");
  CHECK(IsPerson(r, "Walter Church"));
  CHECK(FindEntity(r, "Sen. Walter Church") == nullptr);
}

TEST_CASE("a titled first name before a place's last word is a person", "[titled_thing_surnames]") {
  const ArticleResult r =
      Run("Budget vote\n\n"
          "On Monday, Mayor Jenna Lane said the budget would pass. Lt. Gov. Dana Forest "
          "agreed.\n\n"
          "\"We have the votes,\" said Sheriff Maura Hills.\n");
  CHECK(IsPerson(r, "Jenna Lane"));
  CHECK(IsPerson(r, "Dana Forest"));
  CHECK(IsPerson(r, "Maura Hills"));
  CHECK(SpeakerName(r, "We have the votes") == "Maura Hills");
}

TEST_CASE("a royal title, an article or a longer run keeps the place or body",
          "[titled_thing_surnames]") {
  const ArticleResult r =
      Run("Storm damage\n\n"
          "Roads in Prince William County were closed on Monday. Crowds gathered at the "
          "President Lincoln Memorial, and the St. Mary Church opened its doors.\n");
  CHECK_FALSE(IsPerson(r, "William County"));
  CHECK_FALSE(IsPerson(r, "Lincoln Memorial"));
  CHECK_FALSE(IsPerson(r, "Mary Church"));
}

TEST_CASE("an untitled first name before a head word stays a body", "[titled_thing_surnames]") {
  const ArticleResult r =
      Run("Service\n\n"
          "Members of the Grace Church met on Sunday in Ohio to plan the fall drive.\n");
  CHECK_FALSE(IsPerson(r, "Grace Church"));
}

}  // namespace
}  // namespace kg::extract
