// ENDORSES: a candidate described by what they are as the subject of the
// noun and passive cues ("The front-runner has the backing of X", "the
// candidate was endorsed by X"; SubjectOf in relation_finder.cc falls back
// to DescribedSubject, endorsement_descriptions.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a described receiver of backing", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur toured three counties before the primary. The Democratic "
          "front-runner has the backing of former Gov. Greta Valdane and Walter Brennholt.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur toured three counties before the primary. On Monday, the "
          "candidate was endorsed by Sen. Greta Valdane.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult c =
      Run("Race\n\nHarold Pimsleur toured three counties before the primary. The businessman "
          "won the endorsement of Sen. Greta Valdane.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: a described receiver that stays unresolved", "[relations][endorse]") {
  // Two people in the closest sentence.
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur debated Maxine Rutherford in Dayton. The front-runner has the "
          "backing of Sen. Greta Valdane.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // Nobody named before it.
  ArticleResult b =
      Run("Race\n\nThe primary is on Tuesday. The eventual nominee will have the backing of Sen. "
          "Greta Valdane.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  // A description with a complement is someone else ("the candidate of").
  ArticleResult c =
      Run("Race\n\nHarold Pimsleur toured three counties. The candidate of the Green Party has "
          "the backing of Sen. Greta Valdane.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: an office two people carried, one named in the sentence",
          "[relations][endorse]") {
  // Two congressmen in the article; the sentence names one before "the
  // congressman".
  ArticleResult a =
      Run("Race\n\nRep. Harold Pimsleur faces Dana Kolb in the primary. Rep. Walter Brennholt "
          "spoke in Dayton. Pimsleur has a new ally: Sheriff Greta Valdane endorsed the "
          "congressman on Monday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // Both named in the sentence, or neither: nothing.
  ArticleResult b =
      Run("Race\n\nRep. Harold Pimsleur faces Dana Kolb in the primary. Rep. Walter Brennholt "
          "spoke in Dayton. After Pimsleur and Brennholt debated, Sheriff Greta Valdane endorsed "
          "the congressman.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Race\n\nRep. Harold Pimsleur faces Dana Kolb in the primary. Rep. Walter Brennholt "
          "spoke in Dayton. Sheriff Greta Valdane endorsed the congressman on Monday.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}
