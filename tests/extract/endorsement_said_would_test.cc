// ENDORSES "X said he would back|support|endorse Y"
// (extract/endorsement_said_would.cc): a reported pledge with a named
// speaker, and the conditions, pronouns, plans and wrong-sex pronouns that
// stay silent.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a reported pledge of backing", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "On Monday, Sen. Harold Brenstead said he would support Wanda Pellicott "
                        "because he so strongly opposes Thomas Vasquell.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:thomas-vasquell"));
  // Past an apposition, "told" an outlet, "will".
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Lorna Figgis, a former deputy secretary of state, told POLITICO she will "
                        "back Wanda Pellicott in November.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  // A coordinated predicate before the modal.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Mildred Okonkwo announced she is suspending her campaign and would "
                        "endorse Thomas Vasquell.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:mildred-okonkwo", "person:thomas-vasquell"));
}

TEST_CASE("ENDORSES: a reported pledge, silent cases", "[relations][endorse]") {
  // A condition, a plan, an unnamed or pronoun speaker, a pronoun of the
  // other sex.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Harold Brenstead said he would support Wanda Pellicott if she wins the "
                        "nomination. Lorna Figgis said she would back Thomas Vasquell's plan.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "The senator said he would back Wanda Pellicott. He said he would back "
                        "Thomas Vasquell. Harold Brenstead said she would back Lorna Figgis.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  // "back|support" only in an election story.
  ArticleResult c =
      Run("Bridges\n\nHarold Brenstead said he would support Wanda Pellicott on the bridge.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}
