// A state and party label before a name ("Georgia Democrat X", "West
// Virginia Republican X"): the label is no word of the person's name, even
// when the state is also a given name, and the name after it speaks
// (extract/person_mentions.cc, IsPersonName; extract/quote_speakers.cc,
// SkipTitles).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::IsOrganization;
using testing::IsPerson;
using testing::Run;
using testing::SpeakerName;

TEST_CASE("a state that is a given name and a party label are no part of a name",
          "[party_labels]") {
  const ArticleResult r =
      Run("Budget vote\n\n"
          "Georgia Democrat Vernon Quillby said Thursday that he would vote against the bill. "
          "West Virginia Republican Dana Farrowmere said she would back it.\n");
  CHECK(IsPerson(r, "Vernon Quillby"));
  CHECK(IsPerson(r, "Dana Farrowmere"));
  CHECK(FindEntity(r, "Georgia Democrat Vernon Quillby") == nullptr);
  CHECK(FindEntity(r, "Virginia Republican Dana Farrowmere") == nullptr);
}

TEST_CASE("a label after 'Former' or before a title leaves the name alone", "[party_labels]") {
  const ArticleResult r =
      Run("Budget vote\n\n"
          "Former Carolina Democrat Vernon Baxter said he would vote no. Georgia Democratic "
          "Rep. John Tilbury said he would vote yes.\n");
  CHECK(IsPerson(r, "Vernon Baxter"));
  CHECK(IsPerson(r, "John Tilbury"));
  CHECK(FindEntity(r, "Carolina Democrat Vernon Baxter") == nullptr);
}

TEST_CASE("a state's party and primary name no person", "[party_labels]") {
  const ArticleResult r =
      Run("Primary results\n\n"
          "Turnout in the South Carolina Democratic primary was high on Saturday, and the "
          "Nevada Democratic convention opens next week.\n");
  CHECK_FALSE(IsPerson(r, "Carolina Democratic"));
  CHECK_FALSE(IsPerson(r, "Nevada Democratic"));
}

TEST_CASE("a party acronym after a lower-case title is no person", "[party_labels]") {
  const ArticleResult r =
      Run("Health bill\n\n"
          "Rep. Darla Whitcombe, chief GOP deputy whip, told reporters that she had the votes. "
          "\"Most donors are sitting tight,\" said one top GOP fundraiser.\n");
  CHECK(IsPerson(r, "Darla Whitcombe"));
  CHECK_FALSE(IsPerson(r, "GOP"));
}

TEST_CASE("British party words and MPs are no person", "[party_labels]") {
  const ArticleResult r =
      Run("Leadership race\n\n"
          "Tory MPs will pick a shortlist on Monday. Ned Fairbrook, the deputy Labour leader, "
          "said the vote was unfair.\n");
  CHECK(IsPerson(r, "Ned Fairbrook"));
  CHECK_FALSE(IsPerson(r, "Tory MPs"));
  CHECK_FALSE(IsPerson(r, "Labour"));
}

TEST_CASE("a labelled name before an apposition speaks", "[party_labels]") {
  const ArticleResult r =
      Run("Intelligence probe\n\n"
          "Virginia Democrat Mark Tolliver, the ranking member on the Senate Intelligence "
          "Committee, said the reports \"underscore both the gravity and the urgency\" of the "
          "inquiry.\n");
  CHECK(SpeakerName(r, "underscore both") == "Mark Tolliver");
}

TEST_CASE("a party word that is a body's name stays an organisation", "[party_labels]") {
  const ArticleResult r =
      Run("Convention\n\n"
          "The Democratic National Committee met in Ohio on Monday, and the Libertarian Party "
          "picked its nominee.\n");
  CHECK(IsOrganization(r, "Democratic National Committee"));
  CHECK(IsOrganization(r, "Libertarian Party"));
}

}  // namespace
}  // namespace kg::extract
