// ENDORSES rules about who a relative clause is about: a relative clause
// after an apposition ("X, the mayor of Z, who endorsed Y"), a contracted
// auxiliary ("who's endorsed"), "not only" (no denial) and a relative clause
// whose verbs are joined by "but".
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a relative clause after an apposition is about its head",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nThe race is close. Greta Valdane, the Democratic mayor of Port Ellery, Fla., "
          "who has endorsed Harold Pimsleur, spoke on Monday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nThe race is close. Greta Valdane, a member of the Brennholt Teachers Union, "
          "who backed Harold Pimsleur in the primary, spoke.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // A person inside the apposition: the head is not taken across it.
  ArticleResult c =
      Run("Race\n\nThe race is close. Greta Valdane, a friend of Walter Brennholt, who has "
          "endorsed Harold Pimsleur, spoke on Monday.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // Not an apposition: a list of places before the relative clause.
  ArticleResult d =
      Run("Race\n\nGreta Valdane campaigned in Ohio, Iowa, and Nevada, which endorsed Harold "
          "Pimsleur in the race.\n");
  CHECK_FALSE(HasRelation(d, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: a contracted auxiliary and 'not only' in a relative clause",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nThe ad contrasts her record with Harold Pimsleur and Greta Valdane, who's "
          "endorsed Pimsleur.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nThe race is close. Greta Valdane, who has not only endorsed Harold Pimsleur "
          "but also raised money for him, spoke.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // A plain denial stays one.
  ArticleResult c =
      Run("Race\n\nThe race is close. Greta Valdane, who has not endorsed Harold Pimsleur, "
          "spoke.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a relative clause with verbs joined by 'but'", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nIt is up to the committee, said Greta Valdane, who has had a rocky "
          "relationship with Harold Pimsleur but eventually has endorsed him.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nIt is up to the committee, said Greta Valdane, who has criticized Walter "
          "Brennholt but endorsed Harold Pimsleur in the race.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  // A hedge after "but" still hedges.
  ArticleResult c =
      Run("Race\n\nIt is up to the committee, said Greta Valdane, who has praised Harold "
          "Pimsleur but has not endorsed him.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a name modifying the noun of an apposition", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur and Walter Brennholt fought. \"We must win,\" said Sen. Greta "
          "Valdane, an ardent Pimsleur critic who is backing Brennholt.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  // Without the apposition's comma the critic is someone else.
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur and Walter Brennholt fought. Greta Valdane met an ardent "
          "Pimsleur critic who is backing Brennholt.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a voter described with a party name is no endorser", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nThe scene was chaos, said Greta Valdane, a rank-and-file Democratic voter who "
          "backed Harold Pimsleur in the caucuses.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a participial clause opening the sentence has the main subject",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nAccepting the Brennholt Teachers Union's endorsement last week, Harold "
          "Pimsleur warned voters about the election.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:brennholt-teachers-union",
                    "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nThe race is on. While still publicly backing Harold Pimsleur, the Valdane "
          "Committee is considering how to move forward in the election.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:valdane-committee", "person:harold-pimsleur"));
  // A list after the comma names no endorser; nor does a clause that is
  // not at the start of the sentence.
  ArticleResult c =
      Run("Race\n\nThe race is on. Backing Harold Pimsleur in the primary, Walter Brennholt, "
          "Greta Valdane and Ona Quist are rallying.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  ArticleResult d =
      Run("Race\n\nThe race is on. Voters said that, backing Harold Pimsleur in the primary, "
          "Greta Valdane was wrong.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: the head of 'one of the Ns who' endorsed", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Investor Greta Valdane, one of the few tech leaders who endorsed "
                        "Walter Brennholt, arranged the meeting.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Greta Valdane, one of the few tech leaders who supported Walter "
                        "Brennholt's campaign, arranged the meeting.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // A voter who backed a candidate voted for him.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Greta Valdane, one of the voters who backed Walter Brennholt, spoke.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a relative clause opened by a dash", "[relations][endorse]") {
  // No election word in the sentence: the race phrase dates the backing.
  ArticleResult a =
      Run("News\n\nLater, Greta Valdane \xe2\x80\x94 who had originally backed Walter "
          "Brennholt in the party's presidential contest \xe2\x80\x94 spoke on "
          "the stage.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "The remarks matter because Greta Valdane -- who backs Walter Brennholt -- "
                        "has avoided criticizing Harold Pimsleur.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // A description before the dash names no one.
  ArticleResult c =
      Run("News\n\nLater, the senator \xe2\x80\x94 who had originally backed Walter "
          "Brennholt in the party's presidential contest \xe2\x80\x94 spoke.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: 'X, who'd backed Y' is 'who had'", "[relations][endorse]") {
  ArticleResult a =
      Run("News\n\nLater, Greta Valdane\xe2\x80\x94who\xe2\x80\x99"
          "d originally "
          "backed Walter Brennholt in the party's presidential contest\xe2\x80\x94"
          "spoke on the stage.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // "who'd back Y" is "who would": a wish, not an endorsement.
  ArticleResult b =
      Run("News\n\nLater, Greta Valdane, who'd back Walter Brennholt in the "
          "party's presidential contest, spoke on the stage.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}
