// Endorsers of elliptical clauses (extract/endorsement_ellipsis.cc): "X
// endorsed Y, and so did Z", "Z did too", "Z followed suit"; and an object
// pronoun before a coordinated clause that names another man
// (extract/endorsement_ends.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: an elliptical clause repeats the endorsement", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nSen. Greta Valdane endorsed Harold Pimsleur for governor, and so did Rep. "
           "Walter Brennholt.\n",
           "Race\n\nSen. Greta Valdane endorsed Harold Pimsleur for governor. Rep. Walter "
           "Brennholt did too.\n",
           "Race\n\nSen. Greta Valdane backed Harold Pimsleur in the Senate primary, and Rep. "
           "Walter Brennholt did the same.\n",
           "Race\n\nSen. Greta Valdane endorsed Harold Pimsleur for governor on Thursday. On "
           "Monday, Rep. Walter Brennholt followed suit.\n",
           "Race\n\nSen. Greta Valdane threw her support behind Harold Pimsleur for governor on "
           "Monday, as did Rep. Walter Brennholt.\n",
           "Race\n\nSen. Greta Valdane endorsed Harold Pimsleur on Monday, and Rep. Walter "
           "Brennholt, who left the race in June after a weak showing, followed suit.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
    CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  }
  ArticleResult b =
      Run("Race\n\nSen. Greta Valdane endorsed Harold Pimsleur on Thursday. Reps. Walter Brennholt "
          "and Nadia Quorvex followed suit on Monday.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  CHECK(HasRelation(b, "ENDORSES", "person:nadia-quorvex", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: no ellipsis endorser when denied, hedged or about another verb",
          "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nSen. Greta Valdane endorsed Harold Pimsleur for governor, but Rep. Walter "
           "Brennholt did not.\n",
           "Race\n\nSen. Greta Valdane endorsed Harold Pimsleur for governor. Rep. Walter "
           "Brennholt may follow suit.\n",
           "Race\n\nSen. Greta Valdane endorsed Harold Pimsleur for governor. Rep. Walter "
           "Brennholt did the same thing in 2014.\n",
           // "so did Z" repeats "won her race", the verb next to it
           "Race\n\nSen. Greta Valdane endorsed Harold Pimsleur and won her race, and so did Rep. "
           "Walter Brennholt.\n",
           // a subordinate clause before the subject: not the previous sentence's act
           "Race\n\nSen. Greta Valdane endorsed Harold Pimsleur for governor. After the vote "
           "failed, Rep. Walter Brennholt did the same.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: an object pronoun before a coordinated clause naming another man",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur is running for governor. Sen. Greta Valdane endorsed him on "
          "Monday, and Rep. Walter Brennholt also endorsed him.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: the ones joined in endorsing", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nRep. Walter Brennholt joined Sen. Greta Valdane and Gov. Nadia Quorvex in "
          "endorsing Harold Pimsleur for governor.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:nadia-quorvex", "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nRep. Walter Brennholt refused to join Sen. Greta Valdane in endorsing Harold "
          "Pimsleur.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult c =
      Run("Race\n\nRep. Walter Brennholt joined Sen. Greta Valdane in criticizing Harold "
          "Pimsleur.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: an endorsement that continues", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nSen. Greta Valdane continues to endorse Harold Pimsleur.\n",
           "Race\n\nGov. Greta Valdane was continuing to back Harold Pimsleur in the Senate "
           "race.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
  ArticleResult b =
      Run("Race\n\nSen. Greta Valdane will not continue to back Harold Pimsleur in the Senate "
          "race.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: listed subjects with an organisation before the title",
          "[relations][endorse]") {
  ArticleResult a = Run(
      "Race\n\nHouse Speaker Greta Valdane and Senate Majority Leader Walter Brennholt endorsed "
      "Harold Pimsleur.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  // A name after a preposition is no listed subject.
  ArticleResult b =
      Run("Race\n\nVoters in the Quorvex Workers Union and Sen. Walter Brennholt endorsed Harold "
          "Pimsleur.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  CHECK_FALSE(
      HasRelation(b, "ENDORSES", "organization:quorvex-workers-union", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: support of a named candidacy", "[relations][endorse]") {
  const std::string intro = kElectionIntro;
  ArticleResult a = Run(intro +
                        "House Speaker Greta Valdane and Senate Majority Leader Walter Brennholt "
                        "continue to support Harold Pimsleur's candidacy.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  ArticleResult b =
      Run(intro + "Sen. Greta Valdane supported Harold Pimsleur's candidacy in the spring.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // The unnamed title holder of a relative clause, not the organisation.
  ArticleResult c = Run(intro +
                        "He was asked about the Quorvex Workers Union grand marshal, who is "
                        "supporting Harold Pimsleur's campaign.\n");
  CHECK_FALSE(
      HasRelation(c, "ENDORSES", "organization:quorvex-workers-union", "person:harold-pimsleur"));
}
