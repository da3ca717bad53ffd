// The from/by fallback (extract/endorsement_from_by.cc, rule
// endorse.from_by): "endorsement(s) from|by X" whatever the verb, the
// endorsee a name modifying the noun, its possessor, the verb's subject or
// the one person of the clause before "with"; not when the verb says the
// subject lacks, wants or rejects it, not hedged, not moved elsewhere.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES from/by: any verb of the subject", "[relations][endorse]") {
  ArticleResult a =
      Run("Rollout\n\nOn Friday Walter Brennholt rolled out an endorsement by Greta Valdane, his "
          "former rival.\n");
  CHECK(EndorsementRule(a, "person:greta-valdane", "person:walter-brennholt") == "endorse.from_by");
  ArticleResult b =
      Run("Sweep\n\nWalter Brennholt had already locked down endorsements from the county's top "
          "Democrats (namely Rep. Greta Valdane and Sen. Harold Pimsleur).\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  ArticleResult c =
      Run("Help\n\nAfter all, Walter Brennholt did indeed receive a public endorsement from Gov. "
          "Greta Valdane.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES from/by: a name modifying the noun, a clause before with",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Loss\n\nWalter Brennholt lost Ohio. The defeat stung, as did the quick Brennholt "
          "endorsement from the activist Greta "
          "Valdane.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  ArticleResult b = Run(
      "Momentum\n\nAfter the vote, Walter Brennholt built on his win with big endorsements from "
      "Mayor Greta Valdane and Sen. Harold Pimsleur.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES from/by: lacked, rejected, hedged or moved is none", "[relations][endorse]") {
  for (const char* text : {
           "Attack\n\nWalter Brennholt was attacked for refusing to condemn the endorsement from "
           "Greta Valdane.\n",
           "Hope\n\nWalter Brennholt hopes to win an endorsement from Greta Valdane.\n",
           "Maybe\n\nA Brennholt endorsement by Greta Valdane may speed up the party's unity.\n",
           "Switch\n\nHarold Pimsleur switched his endorsement from Greta Valdane to Walter "
           "Brennholt.\n",
           "Question\n\nIs an endorsement from Greta Valdane even needed by Walter Brennholt?\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  }
}

TEST_CASE("ENDORSES from_by: 'His campaign released endorsements from X' (the campaign's owner)",
          "[relations][endorse]") {
  ArticleResult a =
      Run(std::string(kTwoCandidateIntro) +
          "Oxby spoke in Dayton on Sunday. His campaign also released endorsements from the "
          "Ohio Nurses Association and Mayor Gus Halvorsen.\n\nQuillfeather's campaign on Monday "
          "announced an endorsement from Sen. Ida Brack.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:marta-quillfeather"));
  // A statement is no endorsement; a hope is none either.
  ArticleResult b =
      Run(std::string(kTwoCandidateIntro) +
          "Oxby spoke in Dayton on Sunday. His campaign also released a statement from Mayor Gus "
          "Halvorsen.\n\nHer campaign hopes for endorsements from Sen. Ida Brack.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}
