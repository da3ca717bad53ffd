// Support announced without its object (extract/endorsement_support_ellipsis.cc):
// "X announced her support Monday" after the sentence or clause that names
// the candidacy; the subject past a closed relative clause, a home state or
// a bracketed party tag; "followed suit" and "as did Z" after it.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

// Three strict election words: the article is about a nomination.
const char* kLead =
    "Nomination fight\n\nHarold Pimsleur is the nominee for the bench, and his nomination now "
    "goes to the floor, where the nominee needs a majority.\n\n";

std::string Article(const char* body) { return std::string(kLead) + body + "\n"; }

}  // namespace

TEST_CASE("ENDORSES: support announced for the candidacy named before", "[relations][endorse]") {
  for (const char* body : {
           // the sentence before names the candidate and his support
           "Republicans continue to line up behind Pimsleur. Sen. Greta Valdane announced her "
           "support on Monday.",
           // the same sentence names the nomination
           "Pimsleur's nomination cleared a hurdle on Friday after Sen. Greta Valdane, R-Maine, "
           "declared her support in a floor speech.",
           // a closed relative clause between the subject and the verb
           "Pimsleur's path to confirmation became clear when Sen. Greta Valdane, R-Maine, who "
           "had been undecided for weeks, announced her support in a speech.",
           // the first of a group, past a home state
           "Pimsleur is expected to win confirmation with backing from a few Democrats. Sen. "
           "Greta Valdane of Ohio became the first Democrat to announce her support.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: followers of announced support", "[relations][endorse]") {
  ArticleResult a = Run(Article(
      "Pimsleur is expected to win confirmation with backing from a few Democrats. After Sen. "
      "Greta Valdane announced her support on Thursday, Sens. Walter Brennholt (D-Ind.) and Nadia "
      "Quorvex (D-W.Va.) followed suit on Monday."));
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:nadia-quorvex", "person:harold-pimsleur"));
  ArticleResult b = Run(Article(
      "Republicans continue to line up behind Pimsleur. Reps. Walter Brennholt (R-Nev.) and Nadia "
      "Quorvex (R-Nev.) announced their support Monday, as did Sen. Greta Valdane."));
  CHECK(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  CHECK(HasRelation(b, "ENDORSES", "person:nadia-quorvex", "person:harold-pimsleur"));
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: a relative clause before announced support for Y", "[relations][endorse]") {
  ArticleResult a = Run(
      Article("Investor Walter Brennholt, who had given $250,000 to a group backing Nadia Quorvex, "
              "declared his support for Pimsleur and called other donors."));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: no endorsee for announced support", "[relations][endorse]") {
  for (const char* body : {
           // hedged or refused
           "Republicans continue to line up behind Pimsleur. Sen. Greta Valdane refused to "
           "pledge her support.",
           "Republicans continue to line up behind Pimsleur. Sen. Greta Valdane plans to "
           "announce her support on Friday.",
           // the sentence before is about no candidacy
           "Pimsleur spoke about the tax plan. Sen. Greta Valdane announced her support on "
           "Friday.",
           // two people named before: whose support is unclear
           "Republicans line up behind Pimsleur and Nadia Quorvex. Sen. Greta Valdane announced "
           "her support on Friday.",
           // the support is for something named later
           "Republicans line up behind Pimsleur. Sen. Greta Valdane announced her support "
           "Tuesday for starting an inquiry.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
}
