// ENDORSES "one of Y's supporters|backers" (extract/endorsement_one_of.cc):
// the apposition and the copula, a subject past a description or relative
// clause, and the hedges, negations and unnamed subjects that stay silent.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: one of a person's supporters", "[relations][endorse]") {
  // The apposition, in an election story.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Sen. Lorna Figgis, one of Wanda Pellicott's leading supporters on Capitol "
                        "Hill, spoke on Monday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  // The copula, past a description closed by a comma.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Harold Brenstead, the state's governor, continues to be one of Wanda "
                        "Pellicott's biggest supporters.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  // Past a relative clause, and coordinated modifiers.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Mildred Okonkwo, who drew a top salary, was one of Wanda Pellicott's "
                        "closest and most prominent supporters during the campaign.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:mildred-okonkwo", "person:wanda-pellicott"));
  // "has risen to become", after an introductory clause.
  ArticleResult d = Run(std::string(kElectionIntro) +
                        "Since he was elected in 2012, Thomas Vasquell has risen to become one of "
                        "President Wanda Pellicott's most vocal supporters.\n");
  CHECK(HasRelation(d, "ENDORSES", "person:thomas-vasquell", "person:wanda-pellicott"));
  // Outside an election story only the earliest supporters.
  ArticleResult e = Run(
      "Bridges\n\nFormer Sen. Thomas Vasquell was one of Wanda Pellicott's earliest supporters. "
      "Lorna Figgis is one of Harold Brenstead's most vocal supporters.\n");
  CHECK(HasRelation(e, "ENDORSES", "person:thomas-vasquell", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(e, "ENDORSES", "person:lorna-figgis", "person:harold-brenstead"));
  // A backer on the copula too.
  ArticleResult f =
      Run("Bridges\n\nThomas Vasquell was one of Wanda Pellicott's earliest backers.\n");
  CHECK(HasRelation(f, "ENDORSES", "person:thomas-vasquell", "person:wanda-pellicott"));
}

TEST_CASE("ENDORSES: one of a person's supporters, silent cases", "[relations][endorse]") {
  // Negated or hedged copulas.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Thomas Vasquell is not one of Wanda Pellicott's supporters. Lorna Figgis "
                        "may be one of Wanda Pellicott's supporters.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // A name inside another's description, an unnamed subject, a bill.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "The wife of Thomas Vasquell was one of Wanda Pellicott's earliest "
                        "supporters. The former senator from Ohio was one of Wanda Pellicott's "
                        "earliest backers. Lorna Figgis was one of the bill's earliest "
                        "supporters.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  // "supporters" in the "among" form is a poll's word.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Acme News viewers are among Wanda Pellicott's strongest supporters.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: one of a person's backers as a second description", "[relations][endorse]") {
  // "X, DESCRIPTION and one of Y's backers", a place's commas inside.
  ArticleResult a =
      Run("Bridges\n\n\"It is a rough time,\" said Harold Brenstead, a county chairman in Dayton, "
          "Ohio, and one of Wanda Pellicott's earliest political backers.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Thomas Vasquell, the ranking Republican on the Acme Committee and one of "
                        "Wanda Pellicott's most outspoken supporters, spoke with Lorna Figgis.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:thomas-vasquell", "person:wanda-pellicott"));
  // A list of names, or another person inside the first description.
  ArticleResult c =
      Run("Bridges\n\nThomas Vasquell, Lorna Figgis and one of Wanda Pellicott's earliest backers "
          "spoke. Harold Brenstead, the husband of Mildred Okonkwo and one of Wanda Pellicott's "
          "earliest backers, spoke.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}
