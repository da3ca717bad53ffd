// The endorsement-frame fallback (extract/endorsement_frame.cc, rule
// endorse.frame): "Y <receiving verb> the endorsement|backing|support of|from
// X" when no specific rule used the sentence, with every coordinated
// receiver and endorser, endorsers introduced by a description, and the
// verbs that say Y wants, lost or talks about it left out; endorsees; and
// the small rules landed with it (coordinated persons after "endorsement
// of", an endorser apposition, a participle after the opening subject).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES frame: a receiving verb the specific rules do not know",
          "[relations][endorse]") {
  ArticleResult a = Run(
      "Primary\n\nWalter Brennholt rode the endorsement of House Majority Whip Greta Valdane to "
      "a blowout victory in the primary.\n");
  CHECK(EndorsementRule(a, "person:greta-valdane", "person:walter-brennholt") == "endorse.frame");
  ArticleResult b =
      Run("Primary\n\nIn the last race Harold Pimsleur leaned on an endorsement from Greta Valdane "
          "in the primary.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES frame: endorsers listed after a description", "[relations][endorse]") {
  // Endorsers named after a description of them.
  ArticleResult b =
      Run("Caucus\n\nWalter Brennholt has won the endorsement of two prominent Ohioans in former "
          "Gov. Greta Valdane and County Sheriff Harold Pimsleur.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES frame: a participle after the clause's one name", "[relations][endorse]") {
  ArticleResult a =
      Run("Comeback\n\nNow Walter Brennholt is back in the race, emboldened by the support of the "
          "strategist Greta Valdane.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES frame: wanting, losing or talking about it is no endorsement",
          "[relations][endorse]") {
  // A verb that does not say the subject has it.
  ArticleResult a =
      Run("Primary\n\nWalter Brennholt sought the endorsement of Greta Valdane in the primary.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  ArticleResult b =
      Run("Primary\n\nWalter Brennholt mocked the endorsement of Greta Valdane in the primary.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  // A speech verb before the noun phrase is no receiving verb.
  ArticleResult c =
      Run("Primary\n\nWalter Brennholt has said the endorsement of Greta Valdane matters little in "
          "the primary.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  // Hedged.
  ArticleResult d =
      Run("Primary\n\nWalter Brennholt may never have won the endorsement of Greta Valdane in the "
          "primary.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
  // A place after "in" names no endorser.
  ArticleResult e =
      Run("Primary\n\nWalter Brennholt won the endorsement of two newspapers in Ohio in the "
          "primary.\n");
  CHECK(CountType(e, "ENDORSES") == 0);
  // Nor an organisation after "in": "allies in Congress" is no list.
  ArticleResult f =
      Run("Impeachment\n\nAides believe Walter Brennholt has the backing of Republican allies in "
          "the Ohio Legislative Assembly and that the campaign is safe.\n");
  CHECK(CountType(f, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a giver issuing an endorsement", "[relations][endorse]") {
  ArticleResult a =
      Run("Chair race\n\nThe campaign intervened in the race for party chair, with Walter "
          "Brennholt issuing a public endorsement of former legislator Greta Valdane.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:greta-valdane"));
}

TEST_CASE("ENDORSES frame: an endorsee", "[relations][endorse]") {
  ArticleResult a =
      Run("Primary\n\nEven Harold Pimsleur's highest-profile congressional endorsee, Ohio's Greta "
          "Valdane, lost her primary bid on Tuesday.\n");
  CHECK(EndorsementRule(a, "person:harold-pimsleur", "person:greta-valdane") == "endorse.frame");
  // An endorsee of nobody named.
  ArticleResult b =
      Run("Primary\n\nTwenty-one of the endorsees lost, among them Greta Valdane of Ohio.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: an endorsement of coordinated persons", "[relations][endorse]") {
  ArticleResult a =
      Run("Caucus\n\nThe Daily Clarion Gazette's endorsement of Walter Brennholt and Harold "
          "Pimsleur on Sunday surprised nobody before the caucus.\n");
  CHECK(
      HasRelation(a, "ENDORSES", "organization:daily-clarion-gazette", "person:walter-brennholt"));
  CHECK(HasRelation(a, "ENDORSES", "organization:daily-clarion-gazette", "person:harold-pimsleur"));
  // A speaker after the object starts a new clause.
  ArticleResult b =
      Run("Caucus\n\nOf Greta Valdane's endorsement of Walter Brennholt, Harold Pimsleur said "
          "nothing before the caucus.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: an endorser apposition and a participle after the subject",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Debate\n\nWalter Brennholt spoke on Monday. Rep. Harold Pimsleur, a Brennholt endorser "
          "and Democrat from Ohio, said the incident was evidence of poor judgment.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  ArticleResult b =
      Run("Editorials\n\nThe Daily Clarion Gazette, after endorsing Walter Brennholt over the "
          "weekend, went a step further with a new editorial.\n");
  CHECK(
      HasRelation(b, "ENDORSES", "organization:daily-clarion-gazette", "person:walter-brennholt"));
  // The participle of a clause inside the sentence belongs to its subject.
  ArticleResult c =
      Run("Editorials\n\nGreta Valdane attacked Harold Pimsleur, after endorsing Walter Brennholt "
          "over the weekend.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: coordinated receivers of an endorsement", "[relations][endorse]") {
  ArticleResult a =
      Run("Caucus\n\nWalter Brennholt and Harold Pimsleur on Saturday won the endorsement of the "
          "Daily Clarion Gazette, a week before the caucus.\n");
  CHECK(
      HasRelation(a, "ENDORSES", "organization:daily-clarion-gazette", "person:walter-brennholt"));
  CHECK(HasRelation(a, "ENDORSES", "organization:daily-clarion-gazette", "person:harold-pimsleur"));
  // Two clauses: the second name is no receiver.
  ArticleResult b =
      Run("Caucus\n\nVoters met Harold Pimsleur, and Walter Brennholt won the endorsement of the "
          "Daily Clarion Gazette before the caucus.\n");
  CHECK_FALSE(
      HasRelation(b, "ENDORSES", "organization:daily-clarion-gazette", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES frame: unnamed endorsers described before a named one",
          "[relations][endorse]") {
  ArticleResult a =
      Run(std::string(kTwoCandidateIntro) +
          "Quillfeather, the party favorite, has the support of party leadership "
          "and Gov. Ida Brack.\n\nOxby has won endorsements from unions and the Dayton Mayor Gus "
          "Halvorsen, who ran his first campaign.\n");
  // The noun rules (endorse.received) take it before the frame fallback.
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:marta-quillfeather"));
  // The noun rules (endorse.received) take it before the frame fallback.
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  // A clause after "and" is no endorser.
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "Quillfeather has the support of party leadership and Oxby knows it.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:dorian-oxby", "person:marta-quillfeather"));
}

TEST_CASE("ENDORSES: a titled endorser's possessive after a receiving verb",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "Quillfeather had secured Ohio Gov. Ida Brack's endorsement last week.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:marta-quillfeather"));
  ArticleResult b =
      Run(std::string(kTwoCandidateIntro) + "Quillfeather wanted Gov. Ida Brack's endorsement.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:ida-brack", "person:marta-quillfeather"));
}

TEST_CASE("ENDORSES: 'Y had X's endorsement' (held, like 'has the endorsement of X')",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "But Quillfeather not only had Ida Brack's endorsement, but the support "
                        "of the party.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:marta-quillfeather"));
  // A plan's backer endorses no candidate.
  ArticleResult b =
      Run(std::string(kTwoCandidateIntro) + "The water plan has Ida Brack's support.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES frame: lower-case modifiers before the named endorser's title",
          "[relations][endorse]") {
  ArticleResult a =
      Run(std::string(kTwoCandidateIntro) +
          "Oxby faced Quillfeather, who had the backing of the party establishment and pro-gun "
          "Sen. Ida Brack (R-OH).\n\nOxby has the support of local unions and outspoken Rep. Gus "
          "Halvorsen.\n");
  // The noun rules (endorse.received) take it before the frame fallback.
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:marta-quillfeather"));
  // The noun rules (endorse.received) take it before the frame fallback.
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  // A verb after "and" starts a new predicate, no endorser.
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "Quillfeather had the backing of local unions and criticized Rep. Gus "
                        "Halvorsen.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}
