// Newspaper head words (outlet_heads.cc): "Enquirer" ends a paper's name as
// "Chronicle" does.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Outlet heads: an Enquirer is a newspaper", "[mentions][orgs]") {
  // No endorsement verb, role or speech makes it a body: the head word does.
  CHECK(IsOrganization(Run("Paper\n\nThe records were first published by the Dunmore Enquirer "
                           "on Sunday.\n"),
                       "Dunmore Enquirer"));
  const ArticleResult r =
      Run(std::string(kElectionIntro) +
          "The Harlow Chronicle endorsed Jane Ordway, along with the Dunmore Enquirer.\n");
  CHECK(HasRelation(r, "ENDORSES", "organization:dunmore-enquirer", "person:jane-ordway"));
}

TEST_CASE("Outlet heads: a hyphenated masthead ends a paper's name", "[mentions][orgs]") {
  // The relative clause's head is the paper, so it is the endorser.
  const ArticleResult r = Run(std::string(kElectionIntro) +
                              "The Dunmore Times-Courier, which later endorsed Ordway, called the "
                              "flyer unfair. Jane Ordway thanked voters.\n");
  CHECK(IsOrganization(r, "Dunmore Times-Courier"));
  CHECK(HasRelation(r, "ENDORSES", "organization:dunmore-times-courier", "person:jane-ordway"));
  // A place of two words before it is part of the name, not a person's.
  const ArticleResult s =
      Run("Paper\n\nThe editors of the St. Harlow Post-Gazette wrote that the plan failed. "
          "The Post-Gazette also ran a cartoon.\n");
  CHECK(IsOrganization(s, "St. Harlow Post-Gazette"));
  CHECK_FALSE(IsPerson(s, "Harlow Post-Gazette"));
  CHECK(s.entities.size() == 1);  // the short form is the same paper
  // Two newspaper words alone: "the Star-Ledger reported".
  CHECK(IsOrganization(Run("Paper\n\nThe news was first reported by the Sun-Ledger on Monday.\n"),
                       "Sun-Ledger"));
}

TEST_CASE("Outlet heads: hyphenated words that are no masthead", "[mentions][orgs]") {
  // A party's or a star's word is a newspaper word only beside another one.
  const ArticleResult r =
      Run("Paper\n\nThe Republican-Democrat split in Dunmore is old. The Star-Spangled Banner "
          "played as Multi-Media students left.\n");
  CHECK(FindEntity(r, "Republican-Democrat") == nullptr);
  CHECK(FindEntity(r, "Star-Spangled Banner") == nullptr);
  CHECK(FindEntity(r, "Multi-Media") == nullptr);
  CHECK(IsPerson(Run("Paper\n\nMary Smith-Jones, a teacher, said the school is full.\n"),
                 "Mary Smith-Jones"));
}
