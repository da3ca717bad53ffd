// Subjects of an endorsing participle named by the clause's shape
// (extract/endorsement_participles.cc): an adjunct after the main clause's
// comma, and the second description of a coordinated apposition.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a participle adjunct after the main clause's comma", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nSen. Greta Valdane campaigned for Nadia Quorvex in Dayton, after endorsing "
           "her in June.\n",
           "Race\n\nGreta Valdane toured the state for the primary, before endorsing Nadia "
           "Quorvex in June.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:nadia-quorvex"));
  }
  // A name before the comma: whose adjunct it is stays open.
  ArticleResult b =
      Run("Race\n\nWalter Brennholt attacked Greta Valdane, after endorsing Nadia Quorvex in the "
          "primary.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:nadia-quorvex"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:nadia-quorvex"));
}

TEST_CASE("ENDORSES: the second description of a coordinated apposition", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nWalter Brennholt, chairman of the Ohio Democratic Party and a superdelegate "
           "backing Nadia Quorvex, spoke on Monday.\n",
           "Race\n\nWalter Brennholt, a lawyer and a delegate backing Nadia Quorvex, spoke on "
           "Monday.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:nadia-quorvex"));
  }
  for (const char* text : {
           "Race\n\nWalter Brennholt, chairman of the Ohio Democratic Party and a group backing "
           "Nadia Quorvex, spoke on Monday.\n",
           "Race\n\nWalter Brennholt, who met Greta Valdane and a superdelegate backing Nadia "
           "Quorvex, spoke on Monday.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:nadia-quorvex"));
    CHECK_FALSE(
        HasRelation(a, "ENDORSES", "organization:ohio-democratic-party", "person:nadia-quorvex"));
  }
}
