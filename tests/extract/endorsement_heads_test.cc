// An endorser named only as a modifier of the subject's head noun, and an
// endorsee named only as a modifier of a role noun
// (extract/endorsement_heads.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::kElectionIntro;
using testing::Run;

std::string Article(const char* body) { return std::string(kElectionIntro) + body + "\n"; }

TEST_CASE("a name after of/for/to in the subject is no endorser", "[endorsement_heads]") {
  for (const char* body :
       {"A longtime ally of Sen. Warren Oakhurst endorsed Delia Fenwick for governor.",
        "The son of Sen. Warren Oakhurst is backing Delia Fenwick.",
        "Two aides to Sen. Warren Oakhurst endorsed Delia Fenwick on Monday.",
        "On Monday, the lawyer for Sen. Warren Oakhurst endorsed Delia Fenwick."}) {
    const ArticleResult r = Run(Article(body));
    INFO(body);
    CHECK_FALSE(HasRelation(r, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
  }
  const ArticleResult u = Run(
      Article("Members of the Brixton Transit Workers Union backed Delia Fenwick in the primary."));
  CHECK_FALSE(HasRelation(u, "ENDORSES", "organization:brixton-transit-workers-union",
                          "person:delia-fenwick"));
}

TEST_CASE("a possessor of the subject is no endorser; its apposition is", "[endorsement_heads]") {
  for (const char* body :
       {"Sen. Warren Oakhurst's former campaign manager endorsed Delia Fenwick.",
        "Some of Sen. Warren Oakhurst's closest allies have endorsed Delia Fenwick.",
        "Sen. Warren Oakhurst's wife threw her support behind Delia Fenwick."}) {
    const ArticleResult r = Run(Article(body));
    INFO(body);
    CHECK_FALSE(HasRelation(r, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
  }
  const ArticleResult a =
      Run(Article("Sen. Warren Oakhurst's chief of staff, Nolan Pierce, endorsed Delia Fenwick."));
  CHECK(HasRelation(a, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
  const ArticleResult p =
      Run(Article("Warren Oakhurst's super PAC, Ohio Forward, endorsed Delia Fenwick."));
  CHECK(HasRelation(p, "ENDORSES", "organization:ohio-forward", "person:delia-fenwick"));
  CHECK_FALSE(HasRelation(p, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
}

TEST_CASE("the endorser's own name and an organisation's board stand", "[endorsement_heads]") {
  const ArticleResult a = Run(Article("Sen. Warren Oakhurst of Ohio endorsed Delia Fenwick."));
  CHECK(HasRelation(a, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
  const ArticleResult b =
      Run(Article("The editorial board of the Brixton Courier endorsed Delia Fenwick."));
  CHECK(HasRelation(b, "ENDORSES", "organization:brixton-courier", "person:delia-fenwick"));
  const ArticleResult c = Run(
      Article("Nolan Pierce, a longtime ally of Sen. Warren Oakhurst, endorsed Delia Fenwick."));
  CHECK(HasRelation(c, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
}

TEST_CASE("a name before a role noun is no endorsee", "[endorsement_heads]") {
  for (const char* body : {"Sen. Nolan Pierce backed Oakhurst opponent Delia Fenwick.",
                           "Sen. Nolan Pierce endorsed former Oakhurst aide Delia Fenwick.",
                           "Sen. Nolan Pierce threw his support behind Oakhurst ally Delia "
                           "Fenwick."}) {
    const ArticleResult r =
        Run(Article((std::string("Warren Oakhurst won the primary. ") + body).c_str()));
    INFO(body);
    CHECK(HasRelation(r, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
    CHECK_FALSE(HasRelation(r, "ENDORSES", "person:nolan-pierce", "person:warren-oakhurst"));
  }
}

TEST_CASE("a preposition's object before a coordinated endorsing verb is no endorser",
          "[endorsement_heads]") {
  const ArticleResult a =
      Run(Article("Nolan Pierce, who served under Sen. Warren Oakhurst and Gov. Edith Crane and "
                  "endorsed Delia Fenwick, spoke on Monday."));
  CHECK(HasRelation(a, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
  // Nor the second of two coordinated objects.
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:edith-crane", "person:delia-fenwick"));
  const ArticleResult d =
      Run(Article("It came at the suggestion of Nolan Pierce, who served ably as treasurer under "
                  "Gov. Warren Oakhurst and Gov. Edith Crane and endorsed Delia Fenwick."));
  CHECK_FALSE(HasRelation(d, "ENDORSES", "person:edith-crane", "person:delia-fenwick"));
  CHECK_FALSE(HasRelation(d, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
  const ArticleResult b =
      Run(Article("A state senator and lawyer for the family of Warren Oakhurst, a retired "
                  "teacher, withdrew his support for Edith Crane and endorsed Delia Fenwick."));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
  // The clause's own subject stays.
  const ArticleResult c =
      Run(Article("Nolan Pierce met with Warren Oakhurst and endorsed Delia Fenwick."));
  CHECK(HasRelation(c, "ENDORSES", "person:nolan-pierce", "person:delia-fenwick"));
}

TEST_CASE("a clause after ', and' with its own subject is not the first clause's",
          "[endorsement_heads]") {
  const ArticleResult a =
      Run(Article("Sen. Warren Oakhurst is backing Edith Crane through his super PAC, and the "
                  "political arm of Nolan Pierce's gun group, Safer Streets Fund, endorsed both "
                  "Ms. Crane and Delia Fenwick."));
  CHECK(HasRelation(a, "ENDORSES", "organization:safer-streets-fund", "person:delia-fenwick"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
  for (const char* body :
       {"Sen. Warren Oakhurst backed Edith Crane, and his wife endorsed Delia Fenwick.",
        "Sen. Warren Oakhurst backed Edith Crane, and a former aide endorsed Delia Fenwick."}) {
    const ArticleResult r = Run(Article(body));
    INFO(body);
    CHECK_FALSE(HasRelation(r, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
  }
  // A description that resolves, and the first clause's own endorsement, stay.
  const ArticleResult c = Run(Article(
      "Sen. Warren Oakhurst endorsed Delia Fenwick, and the senator's wife endorsed her too."));
  CHECK(HasRelation(c, "ENDORSES", "person:warren-oakhurst", "person:delia-fenwick"));
}

TEST_CASE("ENDORSES heads: an organisation in the of-phrase of a description is no endorser",
          "[endorsement_heads]") {
  // A pronoun object too, after a subordinator, the phrase starting at its
  // determiner.
  ArticleResult a =
      Run("Rally\n\nWalter Brennholt spoke in Dayton. He was criticized after the former leader of "
          "the Quorvex Brotherhood endorsed him.\n");
  CHECK_FALSE(
      HasRelation(a, "ENDORSES", "organization:quorvex-brotherhood", "person:walter-brennholt"));
  // The head named in an apposition is the endorser.
  ArticleResult b =
      Run("Rally\n\nWalter Brennholt spoke in Dayton. The head of the Quorvex Association, Greta "
          "Valdane, endorsed Brennholt on Monday.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK_FALSE(
      HasRelation(b, "ENDORSES", "organization:quorvex-association", "person:walter-brennholt"));
}

}  // namespace
}  // namespace kg::extract
