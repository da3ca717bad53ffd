// Guards on the ends of ENDORSES edges (extract/endorsement_ends.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasRelation;
using testing::Run;

// ModifierOnly: an organisation that only modifies a group noun after it
// ("Freedom Caucus members") did not endorse; some of its people did.
TEST_CASE("an organisation modifying a group noun is no endorser", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Sen. Maria Alvarez picked up endorsements from Freedom Caucus members.\n");
  const Entity* org = FindEntity(r, "Freedom Caucus");
  const Entity* person = FindEntity(r, "Maria Alvarez");
  REQUIRE(org != nullptr);
  REQUIRE(person != nullptr);
  CHECK_FALSE(HasRelation(r, "ENDORSES", org->id, person->id));
}

TEST_CASE("the organisation itself is an endorser", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Sen. Maria Alvarez picked up endorsements from the Freedom Caucus.\n");
  const Entity* org = FindEntity(r, "Freedom Caucus");
  const Entity* person = FindEntity(r, "Maria Alvarez");
  REQUIRE(org != nullptr);
  REQUIRE(person != nullptr);
  CHECK(HasRelation(r, "ENDORSES", org->id, person->id));
}

}  // namespace
// Add: an ENDORSES edge ends at a person; a bill, a case or a chamber is
// no candidate.
TEST_CASE("an organisation is never the endorsed end", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The bill passed the House, as it won the support of the conservative Zorvane "
          "Caucus. The Acme Rifle Association has received support from the Civil Liberties "
          "Union.\n");
  CHECK(testing::CountType(r, "ENDORSES") == 0);
}

// SkippableBeforeVerb: "first" between a subject and its verb ("Mr. X first
// endorsed Y") does not send the subject search back to the clause's start.
TEST_CASE("'first' before the verb keeps its subject", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "In a primary to fill the Senate seat, Mr. Harold Brenstead first endorsed Wanda "
          "Pellicott, the choice of the party establishment.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK(testing::CountType(r, "ENDORSES") == 1);
}

// The hedges of relations.cc: "stopped just short of endorsing Y" is none.
TEST_CASE("stopping short of an endorsement gives none", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Harold Brenstead stopped just short of endorsing Wanda Pellicott as the nominee.\n");
  CHECK(testing::CountType(r, "ENDORSES") == 0);
}

// ChoiceOrQuestion: a question or a choice between candidates is no
// endorsement; a relative clause inside the question still is one.
TEST_CASE("a choice or a question gives no endorsement", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The question is whether Sen. Lorna Figgis, who dropped out of the race last week, will "
          "endorse Harold Brenstead or Wanda Pellicott. Nobody knows whether Massachusetts Sen. "
          "Mildred Okonkwo of the Farmer Party will endorse Harold Brenstead.\n");
  CHECK(testing::CountType(r, "ENDORSES") == 0);
  const ArticleResult s =
      Run("Intro line here.\n\n"
          "One test is whether Sen. Lorna Figgis, a Utah Republican who backed Sen. Harold "
          "Brenstead during the primaries, gets behind the movement.\n");
  CHECK(HasRelation(s, "ENDORSES", "person:lorna-figgis", "person:harold-brenstead"));
}

// A possibility ("the prospect of A backing Y") or a revoked endorsement is
// none; a hedged revocation presupposes one that stands.
TEST_CASE("a prospect or a revoked endorsement gives none", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The senator spoke of the prospect of Lorna Figgis and Mildred Okonkwo backing Harold "
          "Brenstead for the nomination. The Acme Rifle Association took the unusual step of "
          "revoking its endorsement of Wanda Pellicott.\n");
  CHECK(testing::CountType(r, "ENDORSES") == 0);
  const ArticleResult s = Run(
      "Intro line here.\n\n"
      "Harold Brenstead stopped short of formally revoking his endorsement of Wanda Pellicott.\n");
  CHECK(HasRelation(s, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
}

// A capitalised "May" inside the sentence is the month, not the modal hedge
// "may endorse"; the lower-case modal still hedges.
TEST_CASE("the month May is no hedge", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Sen. Lorna Figgis, who left the race in May, endorsed Harold Brenstead.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:lorna-figgis", "person:harold-brenstead"));
  const ArticleResult s =
      Run("Intro line here.\n\n"
          "Sen. Lorna Figgis, who left the race, may endorse Harold Brenstead.\n");
  CHECK_FALSE(HasRelation(s, "ENDORSES", "person:lorna-figgis", "person:harold-brenstead"));
}

// The noun's endorser list (endorsement_nouns.cc): "X's endorsement in the
// Senate race" names a setting after the noun, not a second endorser.
TEST_CASE("a place after a received endorsement is no endorser", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Dana Whitcombe won Gov. Elena Marsh's endorsement in the Senate race.\n");
  const Entity* gov = FindEntity(r, "Elena Marsh");
  const Entity* candidate = FindEntity(r, "Dana Whitcombe");
  REQUIRE(gov != nullptr);
  REQUIRE(candidate != nullptr);
  CHECK(HasRelation(r, "ENDORSES", gov->id, candidate->id));
  CHECK(testing::CountType(r, "ENDORSES") == 1);
}

// Add: a court that "backed" someone ruled for them; the same verb with an
// association as subject still endorses.
TEST_CASE("a court is never an endorser", "[endorsement_ends]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The 9th U.S. Circuit Court of Appeals backed Mr. Harold Brenstead, while the Zorvane "
          "Supreme Court ruled against the other electors.\n");
  CHECK(testing::CountType(r, "ENDORSES") == 0);
  const ArticleResult s =
      Run("Intro line here.\n\n"
          "The Zorvane Teachers Association backed Mr. Harold Brenstead in the primary.\n");
  CHECK(testing::CountType(s, "ENDORSES") == 1);
}

}  // namespace kg::extract
