#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: verbal, with the rule and evidence", "[relations]") {
  ArticleResult r =
      Run("Race heats up\n\nThe Teachers Association endorsed Gloria Pennington for governor.\n");
  const Relation* rel = FindRelation(r, "ENDORSES");
  REQUIRE(rel != nullptr);
  CHECK(rel->source == "organization:teachers-association");
  CHECK(rel->target == "person:gloria-pennington");
  CHECK(rel->evidence.rule == "endorse.verbal");
  CHECK(rel->evidence.text == "The Teachers Association endorsed Gloria Pennington for governor.");
}

TEST_CASE("ENDORSES: nominal forms", "[relations]") {
  ArticleResult a =
      Run("News\n\nToday, the Riverside Nurses Union announced its endorsement of Howard "
          "Kessler for the U.S. Senate.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:riverside-nurses-union", "person:howard-kessler"));
  ArticleResult b =
      Run("Race\n\nHoward Kessler spoke. The Riverside Nurses Union's Kessler endorsement "
          "surprised many.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:riverside-nurses-union", "person:howard-kessler"));
}

TEST_CASE("ENDORSES: passive, voted to, received", "[relations]") {
  ArticleResult a = Run("Race\n\nOlivia Brandt was endorsed by the Sierra Farmers League.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:sierra-farmers-league", "person:olivia-brandt"));
  ArticleResult b =
      Run("Race\n\nThe Coastal Pilots Association voted to publicly endorse Martin Delacroix.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:coastal-pilots-association",
                    "person:martin-delacroix"));
  ArticleResult c =
      Run("Race\n\nMartin Delacroix won the endorsement of Gov. Irene Castellano on Friday.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:irene-castellano", "person:martin-delacroix"));
}

TEST_CASE("ENDORSES: backs needs an election, hedges are not facts", "[relations]") {
  ArticleResult a = Run("Bill\n\nMarcus Wetherby backs Lydia Moreau in the Senate race.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:marcus-wetherby", "person:lydia-moreau"));
  ArticleResult b = Run("Bill\n\nMarcus Wetherby backs Lydia Moreau on the water bill.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Bill\n\nMarcus Wetherby may endorse Lydia Moreau. Helen Ocampo has "
          "not endorsed Lydia Moreau.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("HAS_ROLE: apposition, prefix and title-of", "[relations]") {
  ArticleResult r =
      Run("Agencies\n\nWendell Ashcroft, acting secretary of the Department of Coastal Affairs, "
          "visited. Coastal Guard Bureau spokesman Ivan Petrosyan declined to comment. Acting "
          "Director of the National Parks Bureau Celeste Yamamoto said little. Rosa Delgado, "
          "co-founder of Rivers Forward Action, an advocacy group, was there.\n");
  const Relation* rel = nullptr;
  for (const Relation& x : r.relations) {
    if (x.type == "HAS_ROLE" && x.source == "person:wendell-ashcroft") rel = &x;
  }
  REQUIRE(rel != nullptr);
  CHECK(rel->target == "organization:department-of-coastal-affairs");
  CHECK(rel->title == "acting secretary");
  CHECK(rel->evidence.rule == "role.apposition");
  CHECK(HasRelation(r, "HAS_ROLE", "person:ivan-petrosyan", "organization:coastal-guard-bureau"));
  CHECK(
      HasRelation(r, "HAS_ROLE", "person:celeste-yamamoto", "organization:national-parks-bureau"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:rosa-delgado", "organization:rivers-forward-action"));
}

TEST_CASE("HAS_ROLE needs an organization", "[relations]") {
  ArticleResult r = Run("Visit\n\nNew Mexico Gov. Alma Trujillo met President Keller.\n");
  CHECK(CountType(r, "HAS_ROLE") == 0);
}

TEST_CASE("ENDORSES: who-clauses and plans", "[relations]") {
  ArticleResult a =
      Run("Race\n\nRep. Curtis Mayfield-Lowe, who has endorsed Janet Okoro, spoke first.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:curtis-mayfield-lowe", "person:janet-okoro"));
  ArticleResult b = Run("Race\n\nCurtis Lowe plans to endorse Janet Okoro next week.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}
