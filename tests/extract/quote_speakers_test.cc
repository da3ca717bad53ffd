// Speaker rules of the quotation stage beyond the basic patterns (see
// quotes_test.cc): unnamed speakers, participles, coordinated quotations,
// descriptions by party, state and office, characterisations, tweets and
// documents.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

const Statement* FindStatement(const ArticleResult& r, std::string_view text_start) {
  for (const Statement& s : r.statements) {
    if (s.text.starts_with(text_start)) return &s;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("Unnamed people are not speakers; their organisation is not either", "[quotes]") {
  ArticleResult r = Run(
      "Retirements\n\nRep. Harold Finch of the Ways and Means Committee is leaving.\n\n\"We are in "
      "the minority, and that is never much fun,\" said one senior Republican member of the "
      "Ways and Means Committee, who asked for anonymity.\n\n\"Every day there is some new "
      "tweet to explain,\" the member of the Ways and Means Committee said.\n\nThe newsroom "
      "was quiet, where a managing editor bitterly remarked, \"Sideshow, all of it, a "
      "sideshow.\"\n");
  CHECK(FindStatement(r, "We are in the minority") == nullptr);
  CHECK(FindStatement(r, "Every day there") == nullptr);
  CHECK(FindStatement(r, "Sideshow") == nullptr);
}

TEST_CASE("An unnamed spokesperson speaks for the organisation", "[quotes]") {
  ArticleResult r =
      Run("Ban\n\nThe Harbor Workers Union banned the page on Monday.\n\n\"We removed it for "
          "breaking our rules,\" a Harbor Workers Union spokesperson said.\n");
  const Statement* s = FindStatement(r, "We removed it");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-workers-union");
}

TEST_CASE("After a quotation with its own period the next sentence must open with a speaker",
          "[quotes]") {
  ArticleResult r = Run(
      "Camp\n\nAt night the recruits heard \"Lights out now, everyone.\" It is no surprise that, "
      "as historian Gregory Tallis writes, the camps trained soldiers.\n\nCritics called the "
      "plan \"a scheme that is unfair in its essence.\" The Harbor Workers Union issued a report "
      "that stated, \"The principles are very similar to ours.\"\n");
  CHECK(FindStatement(r, "Lights out") == nullptr);
  const Statement* scheme = FindStatement(r, "a scheme");
  CHECK((scheme == nullptr || scheme->speaker != "organization:harbor-workers-union"));
  const Statement* s = FindStatement(r, "The principles");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-workers-union");
}

TEST_CASE("A participle speaks for its clause's subject", "[quotes]") {
  ArticleResult r = Run(
      "Shootings\n\nBoth candidates reacted, especially Gregory Tallis.\n\nHe strongly defended "
      "the police, while calling the shootings of Alan Stirling and Paul Castor \"senseless\" "
      "and saying \"racial divisions have gotten worse.\"\n\nThe comment prompted Maria "
      "Lopez, the union's director at the time, to send an email defending the program and "
      "saying that the transfer \"is appropriate and legal in every case.\"\n\nPolitico "
      "reported on audio where Eleanor Vasquez is heard saying, \"This may be the race of my "
      "life.\"\n");
  const Statement* s = FindStatement(r, "racial divisions");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gregory-tallis");
  s = FindStatement(r, "is appropriate");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:maria-lopez");
  s = FindStatement(r, "This may be");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:eleanor-vasquez");
}

TEST_CASE("Coordinated quotations and a dash after the quotation", "[quotes]") {
  ArticleResult r =
      Run("Vote\n\nRep. Daniel Okafor will vote against the bill on Thursday.\n\nOkafor, 39, left "
          "the party in July saying he "
          "was \"tired of party politics\" and \"frightened by what I see from it.\"\n\nAnother "
          "holdout, Sen. Priya Ramaswamy of Ohio, said she \"hopes we find areas of agreement\" — "
          "then stepped into an elevator.\n\nOkafor said he hated the word \"caucusing\" — and "
          "left. Critics prefer \"conflict\" and \"sensationalism.\"\n");
  const Statement* s = FindStatement(r, "frightened by");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:daniel-okafor");
  s = FindStatement(r, "hopes we find");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:priya-ramaswamy");
  CHECK(FindStatement(r, "caucusing") == nullptr);
  CHECK(FindStatement(r, "sensationalism") == nullptr);
}

TEST_CASE("Speakers described by party, state and office", "[quotes]") {
  ArticleResult r = Run(
      "Senate\n\nSen. Harold Finch (R-Ky.) and Sen. Maria Lopez (D-Calif.) met on Monday with "
      "former Vice President Daniel Okafor.\n\n\"We're all anxious to hear what he says next,\" "
      "said the Kentucky Republican.\n\n\"He's doing his job, they should do theirs,\" the "
      "California Democrat said.\n\n\"This is a good day for the country,\" the former vice "
      "president told reporters.\n");
  const Statement* s = FindStatement(r, "We're all anxious");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  s = FindStatement(r, "He's doing his job");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:maria-lopez");
  s = FindStatement(r, "This is a good day");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:daniel-okafor");
}

TEST_CASE("Party descriptions without a matching person give no speaker", "[quotes]") {
  // Nobody is marked as a Democrat from Ohio; an unnamed Republican came
  // after the named one; "the Democrats' letter" is a group's.
  ArticleResult r =
      Run("Caucus\n\nSen. Harold Finch (R-Ky.) spoke first.\n\n\"We will win Ohio,\" said the Ohio "
          "Democrat.\n\nOne Nevada Republican predicted a long night. \"It is going to be close,\" "
          "said the Republican.\n\n\"The letter speaks for itself and for all of us,\" said the "
          "Democrats' letter.\n");
  CHECK(FindStatement(r, "We will win Ohio") == nullptr);
  const Statement* s = FindStatement(r, "It is going to be close");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  s = FindStatement(r, "The letter speaks");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
}
