// Names whose middle word is itself a first name ("John Paul Roe"): the
// first word, a common word too ("john", "bill"), is kept after a title
// inside the chunk and at a sentence's start before a speech verb
// (mentions.cc, ParseChunk); and a sentence-opening surname before "and"
// is no part of an organisation's name (mention_chunks.cc,
// SpeakerBeforeAnd).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A first name after a title inside a chunk keeps the middle name",
          "[mentions][names][middle_names]") {
  ArticleResult r =
      Run("Court\n\nVeldt State Supreme Court Chief Justice John Paul Varnick said the ruling "
          "stood. House Minority Leader Bill Ray Dorrance objected.\n");
  CHECK(IsPerson(r, "John Paul Varnick"));
  CHECK(FindEntity(r, "Paul Varnick") == nullptr);
  CHECK(IsPerson(r, "Bill Ray Dorrance"));
  CHECK(FindEntity(r, "Ray Dorrance") == nullptr);
}

TEST_CASE("A rank's last word after a title is no first name", "[mentions][names][middle_names]") {
  ArticleResult r =
      Run("Unit\n\nIt was hard, said the battalion's former Command Sgt. Major Bert Kovalik.\n");
  CHECK(IsPerson(r, "Bert Kovalik"));
  CHECK(FindEntity(r, "Major Bert Kovalik") == nullptr);
}

TEST_CASE("Two first names and a surname opening a sentence before a speech verb",
          "[mentions][names][middle_names]") {
  ArticleResult r = Run("Court\n\nJohn Paul Smith said the ruling stood.\n");
  CHECK(IsPerson(r, "John Paul Smith"));
  CHECK(FindEntity(r, "Paul Smith") == nullptr);
  // No speech verb: the opening word may be a verb ("Will Paul Ryan run?").
  ArticleResult q = Run("Race\n\nWill Paul Ryan run again in the fall?\n");
  CHECK(FindEntity(q, "Will Paul Ryan") == nullptr);
}

TEST_CASE("A leading 'Retired' is no part of an organisation's name",
          "[mentions][orgs][middle_names]") {
  ArticleResult r =
      Run("Names\n\nRetired Army Gen. Dale Hurtig wrote that the names should change.\n");
  CHECK(FindEntity(r, "Retired Army") == nullptr);
  CHECK(IsPerson(r, "Dale Hurtig"));
}

TEST_CASE("A person's surname opening a sentence does not join an organisation with 'and'",
          "[mentions][orgs][middle_names]") {
  ArticleResult r =
      Run("Masks\n\nHealth official Nora Quillan testified on Tuesday. Quillan and Boston "
          "University epidemiologist Eleanor Vasko created an infographic. Quillan said masks "
          "work.\n");
  CHECK(FindEntity(r, "Quillan and Boston University") == nullptr);
  CHECK(IsOrganization(r, "Boston University"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:eleanor-vasko", "organization:boston-university"));
  // Not a word the article never has speak alone or after a first name.
  ArticleResult s =
      Run("Plan\n\nVoters backed the plan. Arden and Senate leaders can lose only one vote, aides "
          "said.\n");
  CHECK(FindEntity(s, "Arden") == nullptr);
}
