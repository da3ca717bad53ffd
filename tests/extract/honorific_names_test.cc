// Surnames named only after a courtesy title (extract/honorific_names.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::IsPerson;
using testing::Run;
using testing::SpeakerName;

TEST_CASE("a dictionary word after Mr. speaks as a surname", "[honorific_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The council met on a rainy evening to argue about the bridge. "
          "\"We will rebuild it before winter,\" Mr. Hatch said. \"It is overdue.\"\n");
  CHECK(IsPerson(r, "Hatch"));
  CHECK(SpeakerName(r, "We will rebuild") == "Hatch");
  CHECK(SpeakerName(r, "It is overdue") == "Hatch");
}

TEST_CASE("a place word and an -an ending after Ms. are surnames too", "[honorific_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"The clinic stays open,\" said Ms. West, who runs it. "
          "\"So does the library,\" Mr. Dean added.\n");
  CHECK(SpeakerName(r, "The clinic stays open") == "West");
  CHECK(SpeakerName(r, "So does the library") == "Dean");
  const Entity* e = FindEntity(r, "West");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
}

TEST_CASE("a full name elsewhere names the courtesy surname", "[honorific_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Representative Walter Q. King of Ohio spoke first at the hearing. "
          "\"The budget is a mess,\" Mr. King said.\n");
  CHECK(SpeakerName(r, "The budget is a mess") == "Walter Q. King");
}

TEST_CASE("vocatives, types, nicknames and lower-case words are no one", "[honorific_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"Thank you, Mr. President,\" the senator said. "
          "The ad asked what Mr. and Mrs. Taxpayer would think. "
          "It was a Mr. Rogers moment for the town. "
          "Traders said they never argue with Mr. Market, since the market is always right.\n");
  CHECK_FALSE(IsPerson(r, "President"));
  CHECK_FALSE(IsPerson(r, "Taxpayer"));
  CHECK_FALSE(IsPerson(r, "Rogers"));
  CHECK_FALSE(IsPerson(r, "Market"));
}

}  // namespace
}  // namespace kg::extract
