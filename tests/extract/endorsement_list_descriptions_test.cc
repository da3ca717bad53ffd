// ENDORSES through a list whose later names carry a description of the
// person (extract/list_descriptions.cc): every member of the list gets its
// edge, not only those written as bare or titled names.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: described names in a list of endorsers", "[relations][endorse]") {
  // After a comma, in a list that mixes organisations and people.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Other notable Wanda Pellicott endorsers include the Tarrant Teachers "
                        "Union, Sen. Harold Brenstead, soccer star Lorna Figgis, and novelist "
                        "Dorian Makepeace.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  CHECK(HasRelation(a, "ENDORSES", "person:dorian-makepeace", "person:wanda-pellicott"));
  // A description of four words, and a bare name after it.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott has the backing of Sen. Harold Brenstead, retired farm "
                        "union organizer Lorna Figgis and Mildred Okonkwo.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  CHECK(HasRelation(b, "ENDORSES", "person:mildred-okonkwo", "person:wanda-pellicott"));
  // Lower-case words before an organisation's title.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott won endorsements from Gov. Harold Brenstead and newly "
                        "elected Senate Majority Leader Dorian Makepeace.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK(HasRelation(c, "ENDORSES", "person:dorian-makepeace", "person:wanda-pellicott"));
}

TEST_CASE("ENDORSES: a verb before a described name ends the list", "[relations][endorse]") {
  // A speech verb after the comma.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott won the support of Sen. Harold Brenstead, explained "
                        "chief strategist Lorna Figgis.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  // A past participle after "and" opens a clause of its own.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott has the backing of Sen. Harold Brenstead and praised "
                        "commentator Lorna Figgis.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  // A head that is no noun ("attacked") names no member.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott won the support of Sen. Harold Brenstead, and then "
                        "sharply attacked Lorna Figgis.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
}

TEST_CASE("ENDORSES: a counted group opened by a colon or dash into its members",
          "[relations][endorse]") {
  // A colon, members with relative clauses.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott won the backing of two former state treasurers: Harold "
                        "Brenstead, who served under three governors, and Lorna Figgis, who "
                        "retired last year.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  // After a first endorser, a dash and a plural title.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott has the endorsements of Mayor Grant Tolliver and three "
                        "members of Congress from Ohio \xe2\x80\x94 Representatives Mildred "
                        "Okonkwo, Dorian Makepeace and Ulrich Stamm.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:grant-tolliver", "person:wanda-pellicott"));
  CHECK(HasRelation(b, "ENDORSES", "person:mildred-okonkwo", "person:wanda-pellicott"));
  CHECK(HasRelation(b, "ENDORSES", "person:dorian-makepeace", "person:wanda-pellicott"));
  CHECK(HasRelation(b, "ENDORSES", "person:ulrich-stamm", "person:wanda-pellicott"));
}

TEST_CASE("ENDORSES: a city and its state set off by commas before a listed title",
          "[relations][endorse]") {
  // The last member of an "including" list, "D.C." and "DC".
  for (const char* state : {"D.C.", "DC"}) {
    ArticleResult a = Run(std::string(kElectionIntro) +
                          "Wanda Pellicott has won the endorsements of several prominent women, "
                          "including Rep. Harold Brenstead, Fresno Mayor Lorna Figgis, and "
                          "Washington, " +
                          state + ", Mayor Dorian Makepeace.\n");
    CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
    CHECK(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
    CHECK(HasRelation(a, "ENDORSES", "person:dorian-makepeace", "person:wanda-pellicott"));
  }
  // A passive agent list: a state's name, a lower-case title, an abbreviation.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott was endorsed by Gov. Harold Brenstead and Austin, "
                        "Texas, Mayor Lorna Figgis.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott was endorsed by Gov. Harold Brenstead, Rep. Mildred "
                        "Okonkwo and Columbus, Ohio, City Council member Lorna Figgis.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:mildred-okonkwo", "person:wanda-pellicott"));
  CHECK(HasRelation(c, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  ArticleResult d = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott was endorsed by Gov. Harold Brenstead, Lowell, Mass., "
                        "Mayor Lorna Figgis and Rep. Mildred Okonkwo.\n");
  CHECK(HasRelation(d, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  CHECK(HasRelation(d, "ENDORSES", "person:mildred-okonkwo", "person:wanda-pellicott"));
  ArticleResult e = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott was endorsed by Gov. Harold Brenstead and Fresno, "
                        "Calif., City Council President Lorna Figgis.\n");
  CHECK(HasRelation(e, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
}

TEST_CASE("ENDORSES: a city and state before a name that opens a clause", "[relations][endorse]") {
  // Not joined to the list: "in" the city.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott was endorsed by Gov. Harold Brenstead in Austin, Texas, "
                        "Mayor Lorna Figgis said.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  // A verb after the name: a new clause.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott was endorsed by Gov. Harold Brenstead, and Austin, "
                        "Texas, Mayor Lorna Figgis praised the choice.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  // No title after the state: the place is a list item of its own.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott was endorsed by Gov. Harold Brenstead, Denver, "
                        "Colorado, Lorna Figgis.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
}
