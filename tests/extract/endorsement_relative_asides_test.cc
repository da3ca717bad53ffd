// ENDORSES past a relative clause set off by commas after the endorsee
// (relative_asides.cc): "Y, who is running for governor, was endorsed by X"
// and "Y, who ..., has the backing of X" are Y's, not the first name inside
// the clause; a bare participle after the clause is the main clause's, and a
// person named inside a relative clause is no object a description means.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: the endorsee's relative clause before a receiving predicate",
          "[relations][endorse]") {
  for (const char* body : {
           "Walter Brennholt, who is running for governor, was also endorsed Friday by Gov. "
           "Greta Valdane.",
           "Walter Brennholt, who is seeking a third term, has been endorsed by former Sen. Greta "
           "Valdane.",
           "Walter Brennholt, who is running for governor, also has the backing of Sen. Greta "
           "Valdane.",
           "Walter Brennholt, who is running for governor, got the endorsement of Gov. Greta "
           "Valdane and key unions.",
           "Walter Brennholt, who served two terms in the state House, quickly picked up an "
           "endorsement from Sen. Greta Valdane.",
           "Walter Brennholt, whose campaign has raised $2 million, was endorsed by Greta Valdane.",
       }) {
    const std::string text = std::string(kElectionIntro) + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  }
  // A name inside the clause is not the endorsee.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Walter Brennholt, who defeated Harold Pimsleur in 2016, was endorsed by "
                        "Greta Valdane.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: no relative head for a participle or a description", "[relations][endorse]") {
  // "backing" after the clause is the main clause's adjunct.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Many voters refused to support Harold Pimsleur, who had a reputation "
                        "for corruption, backing Walter Brennholt instead.\n");
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  // A person named in the subject's relative clause is not "the nominee".
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Greta Valdane, who served in the Harold Pimsleur administration, threw "
                        "her support behind the nominee.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // "the Democratic nominee" is not a person the article calls a Republican.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Republican Sen. Harold Pimsleur spoke on Monday. Greta Valdane threw "
                        "her support behind the Democratic nominee.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // A "which" clause heads an organisation, not the person before it.
  ArticleResult d = Run(std::string(kElectionIntro) +
                        "Walter Brennholt, which is based in Ohio, was endorsed by Greta "
                        "Valdane.\n");
  CHECK_FALSE(HasRelation(d, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: an aside after the endorsee in other receiving shapes",
          "[relations][endorse]") {
  for (const char* body : {
           // The clause's subject before ", with endorsements from X".
           "Walter Brennholt, who is running for governor, has gotten more of the party's "
           "support, with endorsements from Greta Valdane and the NRA.",
           // A double object: "won Y, <aside>, an endorsement of X".
           "That strategy won Walter Brennholt, who is running for governor, a last-minute "
           "endorsement of Greta Valdane.",
           "That strategy won Walter Brennholt, a former state senator, a last-minute "
           "endorsement of Greta Valdane.",
           // A fronted ordinal description: "to endorse Y, <aside>, for president, X's".
           "As one of the first senators to endorse Walter Brennholt, who is running for "
           "governor, for president, Greta Valdane's future looked bright.",
           "As one of the first senators to endorse Walter Brennholt, 45, for president, Greta "
           "Valdane's future looked bright.",
       }) {
    const std::string text = std::string(kElectionIntro) + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  }
  // A list of objects after the aside is no fronted subject.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "As one of the first senators to endorse Walter Brennholt, a former "
                        "mayor, Greta Valdane and Harold Pimsleur, the group grew.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: an age or a party tag after the endorsee", "[relations][endorse]") {
  for (const char* body : {
           "Walter Brennholt is running. Brennholt, 45, even has the backing of Sen. Greta "
           "Valdane.",
           "That strategy won Walter Brennholt (D-Ohio) a last-minute endorsement of Greta "
           "Valdane.",
           "As one of the first senators to endorse Walter Brennholt (D-Ohio) for president, "
           "Greta Valdane's future looked bright.",
       }) {
    const std::string text = std::string(kElectionIntro) + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  }
  // A person inside the endorsee's relative clause does not hold the
  // endorsements after "with".
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Walter Brennholt, who once worked for Gov. Harold Pimsleur, has gotten "
                        "more of the party's support, with endorsements from Greta Valdane.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}
