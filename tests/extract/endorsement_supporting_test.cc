// "is supporting|backing Y" with something between the supporter's name and
// the verb (extract/endorsement_supporting.cc, endorsement_cues.cc): a party
// tag, a description of a titled person, adverbs before "backing", and a
// subordinate phrase after Y.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

// Three strict election words: the article is about a race.
const char* kLead =
    "Senate race\n\nHarold Pimsleur is a candidate in the Democratic primary, and the election "
    "is in May. His rival is a candidate too.\n\n";

std::string Article(const char* body) { return std::string(kLead) + body + "\n"; }

}  // namespace

TEST_CASE("ENDORSES: a supporter past a party tag or an official's description",
          "[relations][endorse]") {
  for (const char* body : {
           "Greta Valdane, D-Ill., is also backing Pimsleur.",
           "Greta Valdane, D-Ill., is supporting Pimsleur.",
           "Acme College President Greta Valdane, a close ally of the governor and a leading "
           "evangelical, is supporting Pimsleur.",
           "Greta Valdane is supporting Pimsleur despite their differences on trade.",
           "Greta Valdane, D-Ill., is supporting Pimsleur on Tuesday.",
           // an adverb before the verb, as before "backing"
           "Greta Valdane formally supports Pimsleur, a progressive who is mounting a challenge.",
           "Greta Valdane, D-Ill., is publicly supporting Pimsleur.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: no supporter behind a voter's description", "[relations][endorse]") {
  for (const char* body : {
           // a described person without a title: as often a voter
           "Greta Valdane, a close friend of the family, is supporting Pimsleur.",
           "Greta Valdane, 63, a retired teacher from Durango, is supporting Pimsleur.",
           // a bill, not a person, after the verb
           "Greta Valdane, D-Ill., is supporting the water bill despite its cost.",
           "Greta Valdane formally supports the water bill.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: support held by the subject of a coordinated predicate",
          "[relations][endorse]") {
  for (const char* body : {
           "Pimsleur, the party favorite, is firmly liberal, and has the support of party "
           "leadership and Sen. Greta Valdane.",
           "Pimsleur is firmly liberal and has the backing of Sen. Greta Valdane.",
           "Meanwhile, Pimsleur, the party favorite, is firmly liberal, and has the support of "
           "party leadership and Sen. Greta Valdane.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
  // A second person before "and": the clause is not only the opening one's.
  ArticleResult b =
      Run(Article("Pimsleur praised Nadia Quorvex and has the support of Sen. Greta Valdane."));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: a possessor's support won or held", "[relations][endorse]") {
  for (const char* body : {
           "Pimsleur won Sen. Greta Valdane's support.",
           "Pimsleur has secured Greta Valdane's support.",
           "Pimsleur got Greta Valdane's backing on Monday.",
           "Pimsleur welcomed Greta Valdane's endorsement on Monday.",
           "Pimsleur touts Greta Valdane's endorsement.",
           "Pimsleur went on to receive Greta Valdane's endorsement.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
  for (const char* body : {
           "Pimsleur may have won Greta Valdane's support.",      // hedged
           "Pimsleur wanted Greta Valdane's support.",            // not held
           "Pimsleur hopes to win Greta Valdane's endorsement.",  // hedged
           "Pimsleur did not win Greta Valdane's endorsement.",   // denied
           "Pimsleur refused to accept Greta Valdane's endorsement.",
           "Pimsleur welcomed Greta Valdane's support for the water bill.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: the backer named after a colon past a possessor's description",
          "[relations][endorse]") {
  for (const char* body : {
           "Pimsleur has the backing of Quorvex's old boss: Greta Valdane.",
           "Pimsleur even has the backing of Quorvex's old boss: Acme College President Greta "
           "Valdane, a close ally of the governor, is supporting him.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: support given as a double object", "[relations][endorse]") {
  for (const char* body : {
           "Greta Valdane then gave Pimsleur her backing.",
           "Greta Valdane gave Pimsleur her full support on Monday.",
           "Greta Valdane offered Pimsleur her support after the debate.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
  // A hedge is no fact; outside an election, support is comfort.
  ArticleResult b = Run(Article("Greta Valdane may give Pimsleur her support."));
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Harold Pimsleur lost his wife in May.\n\nGreta Valdane gave Pimsleur her support.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: 'supports Y' coordinated after the subject's first predicate",
          "[relations][endorse]") {
  for (const char* body : {
           "Greta Valdane endorsed Tom Okafor in 2018 but now supports Pimsleur.",
           "Greta Valdane criticized Tom Okafor but supports Pimsleur.",
           "Greta Valdane, a lawyer who worked in the Bush administration and supports "
           "Pimsleur, spoke on Monday.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
  // A voter's clause, a plan, an issue after Y, a bill: no endorsement.
  for (const char* body : {
           "Greta Valdane voted for Tom Okafor in 2018 and now supports Pimsleur.",
           "Greta Valdane opposes the tax and supports Pimsleur's plan.",
           "Greta Valdane opposes the tax and supports Pimsleur on trade.",
           "Greta Valdane criticized Pimsleur but still supports the water bill.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: the name before a closed 'whose' clause backs", "[relations][endorse]") {
  for (const char* body : {
           "Greta Valdane, whose endorsement Tom Okafor sought, backed Pimsleur instead.",
           "Greta Valdane, whose son works for Tom Okafor, is backing Pimsleur.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
  // The possessor's relative after "of": the unnamed mother backs; a hedge.
  for (const char* body : {
           "The mother of Greta Valdane, whose son works for Tom Okafor, backed Pimsleur.",
           "Greta Valdane, whose endorsement Tom Okafor sought, did not back Pimsleur.",
       }) {
    const std::string text = Article(body);
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
}
