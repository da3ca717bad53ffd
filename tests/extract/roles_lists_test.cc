// HAS_ROLE for every person of a list after an organisation's plural title
// ("Y analysts A, B and C"), for a description coordinated with a title
// before the name ("Y anchor and debate moderator X"), and organisations
// named only by a role's slot in more shapes ("an economist at Y in
// Chicago", "Y and its founder, X", "a lawyer at Y"), with the cases where
// none of them may fire.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: each person listed after an organisation's plural title",
          "[relations][roles]") {
  ArticleResult a =
      Run("Study\n\nThe report thanks Lakeshore Institute analysts Greta Valdane, Harold "
          "Pimsleur and Mira Tolland for their work.\n");
  for (const char* p : {"person:greta-valdane", "person:harold-pimsleur", "person:mira-tolland"}) {
    const Relation* h = RoleOf(a, p);
    REQUIRE(h != nullptr);
    CHECK(h->target == "organization:lakeshore-institute");
    CHECK(h->title == "analyst");
    CHECK(h->evidence.rule == "role.prefix");
  }
  ArticleResult b =
      Run("Case\n\nJustice Department lawyers Greta Valdane and Harold Pimsleur filed it.\n");
  CHECK(HasRelation(b, "HAS_ROLE", "person:greta-valdane", "organization:justice-department"));
  CHECK(HasRelation(b, "HAS_ROLE", "person:harold-pimsleur", "organization:justice-department"));
}

TEST_CASE("HAS_ROLE: a plural title after a person or without names gives nothing",
          "[relations][roles]") {
  // A person's advisers are no body's staff; a plural title followed by a
  // verb names nobody.
  ArticleResult a =
      Run("Talks\n\nGreta Valdane advisers Harold Pimsleur and Mira Tolland met. Lakeshore "
          "Institute analysts said Tuesday that Ansel Brightwater would win.\n");
  CHECK(CountType(a, "HAS_ROLE") == 0);
}

TEST_CASE("HAS_ROLE: a description coordinated with the title before the name",
          "[relations][roles]") {
  ArticleResult a =
      Run("Debate\n\nThat is where CBS anchor and debate moderator Greta Valdane did her best.\n");
  const Relation* h = RoleOf(a, "person:greta-valdane");
  REQUIRE(h != nullptr);
  CHECK(h->target == "organization:cbs");
  CHECK(h->title == "anchor");
  CHECK(h->evidence.rule == "role.prefix");
}

TEST_CASE("HAS_ROLE: no coordinated description across a verb or a second name",
          "[relations][roles]") {
  // "and fired X": a verb; "and the ...": a determiner starts another phrase.
  ArticleResult a =
      Run("Debate\n\nThe CBS anchor and fired Greta Valdane argued. The CBS president and the "
          "ranking member Harold Pimsleur met.\n");
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
}

TEST_CASE("HAS_ROLE: a role slot's body before a place that ends the clause",
          "[relations][roles][org_cues]") {
  ArticleResult a =
      Run("Economy\n\n\"The economy is slowing,\" said Greta Valdane, an economist at Zorvexa in "
          "Chicago.\n");
  REQUIRE(IsOrganization(a, "Zorvexa"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:zorvexa"));
  // "in" before a name that is no place keeps the name a modifier of more.
  ArticleResult b =
      Run("Economy\n\n\"It is slowing,\" said Greta Valdane, an economist at Zorvexa in Quintara "
          "Partners.\n");
  CHECK_FALSE(IsOrganization(b, "Zorvexa"));
}

TEST_CASE("HAS_ROLE: 'Y and its founder, X' makes Y a body", "[relations][roles][org_cues]") {
  ArticleResult a = Run(
      "Leaks\n\nThe fight started when Quorvane and its founder, Julian Ashcombe, published the "
      "files.\n");
  REQUIRE(IsOrganization(a, "Quorvane"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:julian-ashcombe", "organization:quorvane"));
  // A place and its governor: no body.
  ArticleResult b =
      Run("Storm\n\nThe storm hit Iowa and its governor, Julian Ashcombe, asked for aid.\n");
  CHECK_FALSE(IsOrganization(b, "Iowa"));
  CHECK(CountType(b, "HAS_ROLE") == 0);
}

TEST_CASE("HAS_ROLE: a lawyer at a firm, not a lawyer for a client",
          "[relations][roles][org_cues]") {
  ArticleResult a =
      Run("Case\n\n\"It is over,\" said Edward Greer, a lawyer at Thorncastle Brightwell who is "
          "representing the group.\n");
  REQUIRE(IsOrganization(a, "Thorncastle Brightwell"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:edward-greer", "organization:thorncastle-brightwell"));
  ArticleResult b =
      Run("Case\n\n\"It is over,\" said Edward Greer, a lawyer for Thorncastle, on Monday.\n");
  CHECK_FALSE(IsOrganization(b, "Thorncastle"));
}

TEST_CASE("HAS_ROLE: a name that modifies a title after it is no coordinated holder",
          "[relations][roles]") {
  // "former Z law clerk": Z is whose clerk, not the professor.
  ArticleResult a =
      Run("Court\n\n\"He was brilliant,\" said Greta Valdane, a Lakeshore University law professor "
          "and law clerk Harold Pimsleur's friend.\n");
  CHECK_FALSE(
      HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:lakeshore-university"));
}

TEST_CASE("HAS_ROLE: a role slot's body with no head word that reads like surnames",
          "[relations][roles][org_cues]") {
  // Two surnames and no first name: a firm ("Graves Garrett").
  ArticleResult a =
      Run("Case\n\nEdward Greer, a lawyer at Mayer Graves who is representing the group, said "
          "they would appeal.\n");
  REQUIRE(IsOrganization(a, "Mayer Graves"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:edward-greer", "organization:mayer-graves"));
  // A capital inside the word is no nationality's ending in "-an".
  ArticleResult b =
      Run("Economy\n\n\"It is slowing,\" said Greta Valdane, an economist at QuorMorgan in New "
          "York.\n");
  REQUIRE(IsOrganization(b, "QuorMorgan"));
  CHECK(HasRelation(b, "HAS_ROLE", "person:greta-valdane", "organization:quormorgan"));
  // A first name opens a person's name, not a firm's.
  ArticleResult c =
      Run("Case\n\nEdward Greer, a lawyer at Marcus Graves, said they would appeal.\n");
  CHECK_FALSE(IsOrganization(c, "Marcus Graves"));
  CHECK(CountType(c, "HAS_ROLE") == 0);
  // A place before a capitalised title is the office's, not a body.
  ArticleResult d =
      Run("Attack\n\nPhotos: images of the attack in Nice French President Jean Marot said the "
          "country would act.\n");
  CHECK_FALSE(IsOrganization(d, "Nice French"));
  CHECK(CountType(d, "HAS_ROLE") == 0);
  // A nationality ending in "-an" is no body.
  ArticleResult e = Run(
      "Economy\n\n\"It is slowing,\" said Greta Valdane, an economist at Vorlanian in Chicago.\n");
  CHECK_FALSE(IsOrganization(e, "Vorlanian"));
}

TEST_CASE("HAS_ROLE: a state party whose place is also a first name, before an officer's title",
          "[relations][roles][org_cues]") {
  ArticleResult a = Run("Vote\n\nGeorgia GOP Chairman Harold Pimsleur said the vote was fair.\n");
  REQUIRE(IsOrganization(a, "Georgia GOP"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:georgia-gop"));
  // A strategist is a hired hand, not the party's officer.
  ArticleResult b =
      Run("Vote\n\nGeorgia GOP strategist Martin Brennholt said the vote was not fair.\n");
  CHECK_FALSE(IsOrganization(b, "Georgia GOP"));
  CHECK(CountType(b, "HAS_ROLE") == 0);
}
