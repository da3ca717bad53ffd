// A list of endorsers before the verb whose names carry party tags or whose
// last name carries an apposition: "A, R-Ohio, and B, D-Iowa, endorsed Y",
// "A and B, two of ..., also endorsed Y", "A, a former congressman, and B,
// the former mayor, announced their support for Y" (Subjects in
// extract/endorsement_clauses.cc).
#include <catch2/catch.hpp>

#include "tests/extract/endorsement_battery.h"
#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::kElectionIntro;
using testing::Run;

std::string Article(const char* body) {
  return std::string(kElectionIntro) + "Delia Fenwick toured three counties on Monday. " + body +
         "\n";
}

TEST_CASE("party tags between commas do not end a list of endorsers", "[subject_lists]") {
  for (const char* body :
       {"Sen. Nolan Pierce, R-Ohio, and Rep. Marta Quill, R-Iowa, have endorsed Fenwick.",
        "Whip Nolan Pierce, D-N.M., and Chairwoman Marta Quill, D-Ore., endorsed Fenwick on "
        "Friday."}) {
    const ArticleResult r = Run(Article(body));
    INFO(body);
    CHECK(HasRelation(r, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
    CHECK(HasRelation(r, "ENDORSES", "person:marta-quill", "person:delia-fenwick"));
  }
}

TEST_CASE("an apposition after a list of endorsers keeps every name", "[subject_lists]") {
  for (const char* body :
       {"Nolan Pierce and former Rep. Marta Quill, two of the loudest critics of the farm bill, "
        "also endorsed Fenwick.",
        "Nolan Pierce and Gov. Marta Quill, two veterans of the farm lobby, have endorsed "
        "Fenwick."}) {
    const ArticleResult r = Run(Article(body));
    INFO(body);
    CHECK(HasRelation(r, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
    CHECK(HasRelation(r, "ENDORSES", "person:marta-quill", "person:delia-fenwick"));
  }
}

TEST_CASE("a second clause after a comma is no apposition", "[subject_lists]") {
  const ArticleResult r = Run(
      Article("Nolan Pierce met Marta Quill in Dayton, and the next day, Quill endorsed Fenwick."));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
}

TEST_CASE("a list opening the clause before a verb group of its own", "[subject_lists]") {
  for (const char* body :
       {"By noon, both Nolan Pierce and Karen Whitlock had dropped out and endorsed Fenwick.",
        "Sen. Nolan Pierce and Rep. Karen Whitlock quietly withdrew and endorsed Fenwick."}) {
    const ArticleResult r = Run(Article(body));
    INFO(body);
    CHECK(HasRelation(r, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
    CHECK(HasRelation(r, "ENDORSES", "person:karen-whitlock", "person:delia-fenwick"));
  }
  const ArticleResult r = Run(
      Article("Sen. Nolan Pierce and Rep. Karen Whitlock met and Gov. Ada Roe endorsed Fenwick."));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
  CHECK(HasRelation(r, "ENDORSES", "person:ada-roe", "person:delia-fenwick"));
}

TEST_CASE("a home state after each listed endorsee", "[subject_lists]") {
  const ArticleResult r = Run(
      Article("The Quarry Workers Union endorsed Fenwick, and Sens. Nolan Pierce of Ohio and Karen "
              "Whitlock of Oregon."));
  CHECK(HasRelation(r, "ENDORSES", "organization:quarry-workers-union", "person:nolan-pierce"));
  CHECK(HasRelation(r, "ENDORSES", "organization:quarry-workers-union", "person:karen-whitlock"));
}

TEST_CASE("a list announcing their support", "[subject_lists]") {
  const ArticleResult r = Run(Article(
      "On Friday, Sen. Nolan Pierce and Rep. Karen Whitlock announced their support for Fenwick."));
  CHECK(HasRelation(r, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
  CHECK(HasRelation(r, "ENDORSES", "person:karen-whitlock", "person:delia-fenwick"));
  const ArticleResult one = Run(
      Article("Sen. Nolan Pierce met Rep. Karen Whitlock, who announced her support for Fenwick."));
  CHECK_FALSE(HasRelation(one, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
}

// Subjects: a list set off by a pair of dashes ("--" or an em dash) after a
// plural noun, before the verb; one dash alone lists nothing more.
TEST_CASE("a list between dashes before the verb", "[subject_lists]") {
  const ArticleResult r = Run(Article(
      "Two other major dailies -- The Elmford Tribune and The Zorvane Times -- have endorsed "
      "Fenwick."));
  CHECK(HasRelation(r, "ENDORSES", "organization:elmford-tribune", "person:delia-fenwick"));
  CHECK(HasRelation(r, "ENDORSES", "organization:zorvane-times", "person:delia-fenwick"));
  const ArticleResult e = Run(Article(
      "Two former candidates \xe2\x80\x94 Sen. Nolan Pierce (D-Ohio) and Rep. Karen Whitlock "
      "(D-Iowa) \xe2\x80\x94 have endorsed Fenwick."));
  CHECK(HasRelation(e, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
  CHECK(HasRelation(e, "ENDORSES", "person:karen-whitlock", "person:delia-fenwick"));
}

TEST_CASE("ENDORSES: the apposition on a possessor's description is the subject",
          "[relations][endorse]") {
  for (const char* body : {
           "Brennholt's former rival, Greta Valdane, endorsed Walter Brennholt on Monday.",
           "The news came a day after Brennholt's former rival for the Democratic nomination, "
           "Sen. Greta Valdane, gave Brennholt her endorsement.",
           "Brennholt's former rival, Greta Valdane, endorsed him on Monday.",
       }) {
    const std::string text = std::string(kElectionIntro) +
                             "Walter Brennholt won the state's primary in March.\n\n" + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  }
  // Another name inside the description: no apposition on it.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Walter Brennholt won the state's primary in March.\n\n"
                        "Brennholt's rival in Ohio Greta Valdane, Dara Quill, said he was "
                        "happy.\n");
  CHECK(testing::CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: two listed endorsers that each carry an apposition", "[relations][endorse]") {
  const testing::EndorseCase cases[] = {
      {"Mark Delaney, a former Ohio congressman, and Carla Moynihan, the former Acme chief "
       "executive, announced their support for Jane Whitfield.",
       {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
      {"Mark Delaney, a retired judge, and Carla Moynihan, a longtime party donor, declared "
       "their support for Jane Whitfield on Monday.",
       {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
      {"Mark Delaney, the state treasurer, and Carla Moynihan, a former senator, pledged their "
       "support to Jane Whitfield.",
       {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
      {"Mark Delaney, the state treasurer, and Carla Moynihan, a former senator, endorsed Jane "
       "Whitfield.",
       {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
      // Silent: a bill, a hedge; a singular verb keeps the last name only.
      {"Mark Delaney, a former congressman, and Carla Moynihan announced their support for the "
       "water bill.",
       {}},
      {"Mark Delaney, a former congressman, and Carla Moynihan, the mayor, announced their "
       "support for the water bill.",
       {}},
      {"Mark Delaney, a former congressman, and Carla Moynihan, the mayor, refused to announce "
       "their support for Jane Whitfield.",
       {}},
      {"Voters met Mark Delaney, a former congressman, and Carla Moynihan, the mayor, announced "
       "her support for Jane Whitfield.",
       {"Carla Moynihan -> Jane Whitfield"}},
  };
  for (const testing::EndorseCase& c : cases) testing::CheckCase(c);
}

}  // namespace
}  // namespace kg::extract
