// HAS_ROLE for titles named after a subject (role_topic_titles.cc): "X, a
// tariff expert at Y", "X, an expert on tariffs at Y", "Y budget specialist
// X" work at Y; an organisation before the title that is no place of
// research is the subject ("a Supreme Court expert at Y" works at Y only),
// and "an expert on X and a professor at Y" still reads the professor.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: expert and specialist at a body", "[relations][roles]") {
  ArticleResult a =
      Run("Tariffs\n\nThe duties will bite, said Orla Fenwick, a tariff expert at the Marlowe "
          "Institute. Dorian Quayle, an expert on tariffs with the Harrow Foundation, agreed. "
          "Brightwater University budget specialist Lena Okafor said the plan was sound.\n");
  const Relation* o = RoleOf(a, "person:orla-fenwick");
  REQUIRE(o != nullptr);
  CHECK(o->target == "organization:marlowe-institute");
  CHECK(o->title == "tariff expert");
  CHECK(HasRelation(a, "HAS_ROLE", "person:dorian-quayle", "organization:harrow-foundation"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:lena-okafor", "organization:brightwater-university"));
}

TEST_CASE("HAS_ROLE: the subject before a topic title is no employer", "[relations][roles]") {
  ArticleResult a =
      Run("Courts\n\nThe Supreme Court will split, said Tomas Ridley, a Supreme Court expert at "
          "Carrow University. Supreme Court specialist Ines Varga disagreed. Malik Osei, an expert "
          "on impeachment and a law professor at Denholm College, was unsure.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:tomas-ridley", "organization:carrow-university"));
  CHECK_FALSE(HasRelation(a, "HAS_ROLE", "person:tomas-ridley", "organization:supreme-court"));
  CHECK(RoleOf(a, "person:ines-varga") == nullptr);
  CHECK(HasRelation(a, "HAS_ROLE", "person:malik-osei", "organization:denholm-college"));
}

TEST_CASE("HAS_ROLE: a country's abbreviation inside a compound title", "[relations][roles]") {
  ArticleResult a = Run(
      "Jobs\n\nHiring will slow, said Petra Lindqvist, chief U.S. economist at Harwick "
      "Analytics. Susan Bale, chief US strategist for the Tamsin Research Institute, agreed.\n");
  const Relation* p = RoleOf(a, "person:petra-lindqvist");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:harwick-analytics");
  CHECK(p->title == "chief U.S. economist");
  CHECK(HasRelation(a, "HAS_ROLE", "person:susan-bale", "organization:tamsin-research-institute"));
}
