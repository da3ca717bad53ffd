// HAS_ROLE past a description of the person between a title and its
// organisation: a coordinated description ("a senior fellow and trade expert
// at Y"), a who-clause of the person's subject ("a professor who studies
// voting at Y") and a field after "in" ("a fellow in Governance Studies at
// Y"), with the cases where none of them may fire.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a description between the title and the organisation", "[relations][roles]") {
  ArticleResult a =
      Run("Tides\n\nThe tide is turning, said Harold Pimsleur, a senior fellow and coastal policy "
          "expert at the Lakeshore Institute. Greta Valdane, a professor who studies harbour "
          "erosion at Lakeshore University, agreed. Mira Tolland, a fellow in Maritime Studies at "
          "the Ocean Science Council, was not so sure. Peter Brennholt is a lecturer in naval "
          "history at Dunmore College.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:lakeshore-institute");
  CHECK(p->title == "senior fellow");
  CHECK(p->evidence.rule == "role.apposition");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:lakeshore-university"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:ocean-science-council"));
  const Relation* o = RoleOf(a, "person:peter-brennholt");
  REQUIRE(o != nullptr);
  CHECK(o->target == "organization:dunmore-college");
  CHECK(o->evidence.rule == "role.copula");
}

TEST_CASE("HAS_ROLE: descriptions that give no role", "[relations][roles]") {
  // A past verb in the who-clause may be long past; "and a" opens another
  // apposition; a description before "of" names a cause, not a body.
  ArticleResult a =
      Run("Tides\n\nThe tide is turning, said Harold Pimsleur, a lawyer who worked on harbour "
          "cases at the Lakeshore Institute. Greta Valdane, a radio host and a friend of the "
          "Ocean Science Council, agreed. Mira Tolland, a lawyer and fierce critic of the Dunmore "
          "Harbour Authority, disagreed.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
}

TEST_CASE("HAS_ROLE: a head's body and a body ending in America in the slot",
          "[relations][roles]") {
  // Names without a head word, found only through the role's slot: after
  // "head of" as after "president of", and three words or more ending in
  // "America" (a continent's name has two).
  ArticleResult a =
      Run("Harbours\n\nThe tide is turning, said Harold Pimsleur, head of Zorvexa Harbour Tours. "
          "Greta Valdane, executive director of Boats Not Walls America, agreed. Mira Tolland, the "
          "head of Latin America at the bank, was not so sure.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:zorvexa-harbour-tours");
  CHECK(p->title == "head");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:boats-not-walls-america"));
  CHECK(RoleOf(a, "person:mira-tolland") == nullptr);
}

TEST_CASE("HAS_ROLE: places ending in America stay places", "[relations][roles]") {
  ArticleResult a =
      Run("Harbours\n\nHarold Pimsleur, president of the United States of America, spoke. Greta "
          "Valdane, head of Zorvexa North America, agreed.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  for (const Entity& e : a.entities) CHECK(e.name != "United States of America");
}

TEST_CASE("HAS_ROLE: a plural title after a list of people", "[relations][roles]") {
  ArticleResult a =
      Run("Tides\n\nHarold Pimsleur and Greta Valdane are senior editors of the Lakeshore Tribune. "
          "Mary Tolland and Peter Brennholt, harbour scientists at Dunmore College, agreed.\n");
  for (const char* p : {"person:harold-pimsleur", "person:greta-valdane"}) {
    const Relation* r = RoleOf(a, p);
    REQUIRE(r != nullptr);
    CHECK(r->target == "organization:lakeshore-tribune");
    CHECK(r->title == "senior editor");
    CHECK(r->evidence.rule == "role.plural");
  }
  CHECK(HasRelation(a, "HAS_ROLE", "person:mary-tolland", "organization:dunmore-college"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:peter-brennholt", "organization:dunmore-college"));
}

TEST_CASE("HAS_ROLE: plural titles that give no role", "[relations][roles]") {
  // Two bodies after the plural ("respectively"), a past or negated copula,
  // and members (a weaker fact) give nothing.
  ArticleResult a =
      Run("Tides\n\nHarold Pimsleur and Greta Valdane, historians at Dunmore College and the "
          "Lakeshore Institute, agreed. Mary Tolland and Peter Brennholt were professors at "
          "Dunmore College. Jim Doe and Mary Smith, members of the Ocean Science Council, "
          "disagreed.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
  CHECK(RoleOf(a, "person:mary-tolland") == nullptr);
  CHECK(RoleOf(a, "person:peter-brennholt") == nullptr);
  CHECK_FALSE(HasRelation(a, "HAS_ROLE", "person:jim-doe", "organization:ocean-science-council"));
}

TEST_CASE("HAS_ROLE: a body word opening a sentence before a title", "[relations][roles]") {
  // The word is a body when the article writes it capitalised inside a
  // sentence too; a plural is a beat, and a word capitalised only by the
  // sentence start names nothing.
  ArticleResult a =
      Run("Harbours\n\nThe tide is turning. Lighthouse spokesman Harold Pimsleur said so. A "
          "statement from the Lighthouse followed. Campaign spokesman Jim Doe agreed. Sports "
          "reporter Mary Smith wrote it up for readers of Sports weekly.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:lighthouse");
  CHECK(p->title == "spokesman");
  CHECK(RoleOf(a, "person:jim-doe") == nullptr);
  CHECK(RoleOf(a, "person:mary-smith") == nullptr);
}

TEST_CASE("HAS_ROLE: a dash opens an apposition as a comma does", "[relations][roles]") {
  ArticleResult a = Run(
      "Tides\n\nThe tide is turning, said Harold Pimsleur \xe2\x80\x94 a professor at Dunmore "
      "College \xe2\x80\x94 on Monday. Greta Valdane -- head of the Lakeshore Institute -- "
      "agreed. Mary Smith \xe2\x80\x94 a member of the Lakeshore Institute community \xe2\x80\x94 "
      "disagreed.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:dunmore-college"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:lakeshore-institute"));
  // A name before a group word modifies it.
  CHECK(RoleOf(a, "person:mary-smith") == nullptr);
}

TEST_CASE("HAS_ROLE: a region before the title names the beat", "[relations][roles]") {
  ArticleResult a = Run(
      "Tides\n\nThe tide is turning, said Harold Pimsleur, a Middle East analyst at the "
      "Lakeshore Institute. Greta Valdane, a senior U.S. economist at Dunmore Partners, agreed. "
      "Mary Smith, the U.S. ambassador to the Ocean Science Council, disagreed.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:lakeshore-institute");
  CHECK(p->title == "Middle East analyst");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:dunmore-partners"));
  // An ambassador serves the country, not the body after "to".
  CHECK_FALSE(
      HasRelation(a, "HAS_ROLE", "person:mary-smith", "organization:ocean-science-council"));
}

TEST_CASE("HAS_ROLE: an acronym in brackets between the body and the title", "[relations][roles]") {
  ArticleResult a =
      Run("Tides\n\nLAKESHORE (ZNN) Governor Harold Pimsleur met Ocean Science Council (OSC) "
          "Chairwoman Greta Valdane on Monday.\n");
  const Relation* g = RoleOf(a, "person:greta-valdane");
  REQUIRE(g != nullptr);
  CHECK(g->target == "organization:ocean-science-council");
  CHECK(g->title == "Chairwoman");
  CHECK(g->evidence.rule == "role.prefix");
}

TEST_CASE("HAS_ROLE: a closing bio with an apposition before the copula", "[relations][roles]") {
  ArticleResult a =
      Run("Tides\n\nThe tide is turning.\n\nHarold Pimsleur, a former harbour pilot, is the "
          "president of the Lakeshore Institute.\n\nGreta Valdane, who said the tide was turning, "
          "is a fellow at Dunmore College.\n\nMary Smith, a friend of Peter Brennholt, is a "
          "professor at Dunmore College.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:lakeshore-institute");
  CHECK(p->evidence.rule == "role.copula");
  // A speech verb or another person in the apposition may start a clause
  // of its own.
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
  CHECK(RoleOf(a, "person:mary-smith") == nullptr);
}

TEST_CASE("HAS_ROLE: a shouted owner's unit is no employer", "[relations][roles]") {
  // Three shouted words are no name (two, used as a body, are one: the seat
  // then goes to the owner, shouted_names_test.cc).
  ArticleResult a =
      Run("Tides\n\nThe tide is turning.\n\nHarold Pimsleur, a former harbour pilot, is a member "
          "of ZORVEXA DAILY TIMES's Board of Contributors.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
}

TEST_CASE("HAS_ROLE: a university named by a first name after an academic title",
          "[relations][roles]") {
  ArticleResult a =
      Run("Tides\n\nThe tide is turning, said Harold Pimsleur, a professor at Stanford. Greta "
          "Valdane, an economist at William & Mary, agreed. Mary Smith, a lawyer at Stanford, "
          "disagreed.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:stanford"));
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
}

TEST_CASE("HAS_ROLE: a description of what the organisation is before its name",
          "[relations][roles]") {
  // Words saying what the body is (ending in group, firm, newspaper, site,
  // think tank, ...) between the title's preposition and the name, also with
  // a nationality, party or place among them, and after a lead verb.
  ArticleResult a = Run(
      "Harbours\n\nThe tide is turning, said Harold Pimsleur, an analyst at Democratic polling "
      "firm Zorvexa Analytics. Greta Valdane, a columnist for the small weekly newspaper Dunmore "
      "Gazette, agreed. Mira Tolland, who heads the conservative harbour advocacy group Dock "
      "Watch Alliance, was not so sure. Peter Brennholt, the director of research for the "
      "liberal think tank Lakeshore Policy Institute, said nothing.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:zorvexa-analytics");
  CHECK(p->title == "analyst");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:dunmore-gazette"));
  const Relation* m = RoleOf(a, "person:mira-tolland");
  REQUIRE(m != nullptr);
  CHECK(m->target == "organization:dock-watch-alliance");
  CHECK(m->evidence.rule == "role.leads");
  CHECK(HasRelation(a, "HAS_ROLE", "person:peter-brennholt",
                    "organization:lakeshore-policy-institute"));
  ArticleResult b = Run(
      "Harbours\n\nThe tide is turning, said Harold Pimsleur, a fellow at the British nonprofit "
      "Tide Outreach.\n");
  CHECK(HasRelation(b, "HAS_ROLE", "person:harold-pimsleur", "organization:tide-outreach"));
}

TEST_CASE("HAS_ROLE: no description of an organisation", "[relations][roles]") {
  // The description must end in a noun of an organisation's kind, right
  // before the name; a name that goes on past its mention was cut short.
  ArticleResult a = Run(
      "Harbours\n\nThe tide is turning, said Harold Pimsleur, an analyst at the busy harbour "
      "Zorvexa Docks. Greta Valdane, a director of the tidal advocacy group Fight for the Tides, "
      "agreed.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  for (const Relation& r : a.relations) {
    if (r.source == "person:greta-valdane") CHECK(r.target != "organization:fight");
  }
}

TEST_CASE("HAS_ROLE: a description, 'and', then a title without an article", "[relations][roles]") {
  ArticleResult a =
      Run("Vote\n\n\"It is settled,\" Dana Willet, an Ohio elector and chairman of the Harbor "
          "County Republican Party, told reporters.\n");
  const Relation* h = RoleOf(a, "person:dana-willet");
  REQUIRE(h != nullptr);
  CHECK(h->target == "organization:harbor-county-republican-party");
  CHECK(h->title == "chairman");
}

TEST_CASE("HAS_ROLE: a field after the article of a coordinated title", "[relations][roles]") {
  ArticleResult a =
      Run("Congress\n\nMarla Quennet, a senior fellow at the Brightvale Institution and a "
          "political science professor at Harlan University, spoke on Monday.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:marla-quennet", "organization:brightvale-institution"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:marla-quennet", "organization:harlan-university"));
}
