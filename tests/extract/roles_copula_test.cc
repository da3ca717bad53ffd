// HAS_ROLE in an author's closing bio and other copulas ("X is a CNN
// commentator", "X is senior legal editor for Y"), appositions after "also",
// and organisations named only by the slot before or after a title
// ("Zorvexa media reporter X", "X, the Zorvexa president"), with the cases
// where none of them may fire.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a copula reads like an apposition", "[relations][roles]") {
  ArticleResult a =
      Run("Opinion\n\nThe tide is turning.\n\nHarold Pimsleur is senior legal editor for the "
          "Lakeshore News. Greta Valdane is a professor of history and Slavic studies at "
          "Lakeshore University. Mira Tolland is a Lakeshore News commentator and a supporter of "
          "Harold Pimsleur.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:lakeshore-news");
  CHECK(p->title == "senior legal editor");
  CHECK(p->evidence.rule == "role.copula");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:lakeshore-university"));
  const Relation* m = RoleOf(a, "person:mira-tolland");
  REQUIRE(m != nullptr);
  CHECK(m->target == "organization:lakeshore-news");
  CHECK(m->title == "commentator");
}

TEST_CASE("HAS_ROLE: a copula with coordinated titles and a parent", "[relations][roles]") {
  ArticleResult a =
      Run("Opinion\n\nThe tide is turning.\n\nHarold Pimsleur is a historian and columnist for "
          "the Lakeshore Tribune. Greta Valdane is now the vice president of Legal Reform at the "
          "Center for Coastal Progress.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:lakeshore-tribune"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane",
                    "organization:center-for-coastal-progress"));
}

TEST_CASE("HAS_ROLE: copulas that give no role", "[relations][roles]") {
  ArticleResult a =
      Run("Council\n\nGreta Valdane is not a member of the Ocean Science Council. Harold "
          "Pimsleur is expected to be named president of the Ocean Science Council. Oskar "
          "Brennholt is a candidate for the Ocean Science Council. Mira Tolland was a professor "
          "at Lakeshore University in 1990.\n");
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
  CHECK(RoleOf(a, "person:oskar-brennholt") == nullptr);
  // A past copula is left to role.copula's own reading, which keeps "was".
  const Relation* m = RoleOf(a, "person:mira-tolland");
  CHECK((m == nullptr || m->evidence.rule == "role.copula"));
}

TEST_CASE("HAS_ROLE: an apposition after also", "[relations][roles]") {
  ArticleResult a =
      Run("Poll\n\n\"It is close,\" said Mira Tolland, also a Lakeshore News contributor.\n");
  const Relation* m = RoleOf(a, "person:mira-tolland");
  REQUIRE(m != nullptr);
  CHECK(m->target == "organization:lakeshore-news");
  CHECK(m->evidence.rule == "role.apposition");
}

TEST_CASE("HAS_ROLE: a one-word body before modifiers and a title", "[relations][roles]") {
  ArticleResult a =
      Run("Leak\n\nThe memo was posted by Zorvexa media reporter Greta Valdane on Tuesday.\n");
  REQUIRE(IsOrganization(a, "Zorvexa"));
  const Relation* g = RoleOf(a, "person:greta-valdane");
  REQUIRE(g != nullptr);
  CHECK(g->target == "organization:zorvexa");
  CHECK(g->title == "reporter");
}

TEST_CASE("HAS_ROLE: a campaign or a verb before a title names no body", "[relations][roles]") {
  ArticleResult a =
      Run("Race\n\nQuorvish campaign chairman Greta Valdane spoke. Then Trelawny hired reporter "
          "Harold Pimsleur.\n");
  CHECK_FALSE(IsOrganization(a, "Quorvish"));
  CHECK_FALSE(IsOrganization(a, "Trelawny"));
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
}

TEST_CASE("HAS_ROLE: a one-word body in an apposition or a copula", "[relations][roles]") {
  ArticleResult a =
      Run("Panel\n\n\"It is late,\" said Greta Valdane, the Zorvexa president. Harold Pimsleur "
          "is a Quintara fellow.\n");
  REQUIRE(IsOrganization(a, "Zorvexa"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:zorvexa"));
  REQUIRE(IsOrganization(a, "Quintara"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:quintara"));
}

TEST_CASE("HAS_ROLE: places and fields in an apposition's slot are no bodies",
          "[relations][roles]") {
  ArticleResult a =
      Run("Panel\n\n\"It is late,\" said Greta Valdane, a Texas professor. Harold Pimsleur, a "
          "Shakespeare scholar, agreed.\n");
  CHECK_FALSE(IsOrganization(a, "Texas"));
  CHECK_FALSE(IsOrganization(a, "Shakespeare"));
  CHECK(CountType(a, "HAS_ROLE") == 0);
}

TEST_CASE("HAS_ROLE: a field after a prefixed title, the name in an apposition",
          "[relations][roles]") {
  ArticleResult a =
      Run("Letter\n\nA letter from the Lakeshore Agency's assistant secretary for legislative "
          "affairs, Greta Valdane, arrived. The Ocean Science Council's director of "
          "communications, Harold Pimsleur, said nothing.\n");
  const Relation* g = RoleOf(a, "person:greta-valdane");
  REQUIRE(g != nullptr);
  CHECK(g->target == "organization:lakeshore-agency");
  CHECK(g->title == "secretary for legislative affairs");
  CHECK(g->evidence.rule == "role.prefix");
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:ocean-science-council"));
}

TEST_CASE("HAS_ROLE: a field after a prefixed title needs a named person", "[relations][roles]") {
  ArticleResult a =
      Run("Letter\n\nThe Lakeshore Agency's secretary for legislative affairs, he said, left. "
          "Greta Valdane arrived.\n");
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
}

TEST_CASE("HAS_ROLE: a media noun after the organisation, a field with a language",
          "[relations][roles]") {
  ArticleResult a =
      Run("Poll\n\n\"It is close,\" said Greta Valdane, a reporter and editor with the "
          "Lakeshore News magazine, which covers politics. \"It is not,\" said Harold Pimsleur, a "
          "professor of history and "
          "Slavic "
          "studies at Lakeshore University.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:lakeshore-news"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:lakeshore-university"));
}

TEST_CASE("HAS_ROLE: a name that modifies a noun is no organisation of the role",
          "[relations][roles]") {
  ArticleResult a =
      Run("Poll\n\n\"It is close,\" said Greta Valdane, a reporter and editor with the "
          "Lakeshore News website staff in Ohio.\n");
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
}

TEST_CASE("HAS_ROLE: a one-word body after with", "[relations][roles]") {
  ArticleResult a =
      Run("Poll\n\n\"It is close,\" said Greta Valdane, a senior analyst with Zorvexa.\n");
  REQUIRE(IsOrganization(a, "Zorvexa"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:zorvexa"));
}

TEST_CASE("HAS_ROLE: a lone acronym in an apposition may be a beat", "[relations][roles]") {
  ArticleResult a = Run("Court\n\n\"It is odd,\" wrote Greta Valdane, an LGBT commentator.\n");
  CHECK_FALSE(IsOrganization(a, "LGBT"));
  CHECK(RoleOf(a, "person:greta-valdane") == nullptr);
}

TEST_CASE("HAS_ROLE: a capitalised Chief before a title, a field before a coordinated title",
          "[relations][roles]") {
  ArticleResult a =
      Run("Court\n\nHarold Pimsleur, Chief Judge of the Ocean Science Court, spoke. Greta "
          "Valdane, the director of communications and the chief strategist at the Coastal "
          "Policy Council, agreed.\n");
  const Relation* h = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(h != nullptr);
  CHECK(h->target == "organization:ocean-science-court");
  CHECK(h->title == "Chief Judge");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:coastal-policy-council"));
}

TEST_CASE("HAS_ROLE: a capitalised Chief before a titled name is the name's",
          "[relations][roles]") {
  ArticleResult a =
      Run("Court\n\nHarold Pimsleur, Chief Justice Greta Valdane of the Ocean Science Court and "
          "others spoke.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
}

TEST_CASE("HAS_ROLE: a body after a titled person and of", "[relations][roles]") {
  ArticleResult a =
      Run("Jobs\n\nThe increases will not last, economist Greta Valdane of Quorvane Analytics "
          "wrote in a note. Harold Pimsleur is a senior fellow and executive vice-president of "
          "the Quorvane Collaborative.\n");
  REQUIRE(IsOrganization(a, "Quorvane Analytics"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:quorvane-analytics"));
  REQUIRE(IsOrganization(a, "Quorvane Collaborative"));
  CHECK(
      HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:quorvane-collaborative"));
}

TEST_CASE("HAS_ROLE: a place or a courtesy title before of names no body", "[relations][roles]") {
  ArticleResult a =
      Run("Jobs\n\nEconomist Greta Valdane of Ohio spoke, and Sen. Harold Pimsleur of Lakeshore "
          "Falls agreed with economist Mira Tolland of Quorvane Analytics' board.\n");
  CHECK_FALSE(IsOrganization(a, "Ohio"));
  CHECK_FALSE(IsOrganization(a, "Lakeshore Falls"));
  CHECK_FALSE(IsOrganization(a, "Quorvane Analytics"));
  CHECK(CountType(a, "HAS_ROLE") == 0);
}

TEST_CASE("HAS_ROLE: an apposed name with a home place, a who-clause with now",
          "[relations][roles]") {
  ArticleResult a =
      Run("Court\n\nThe Republican chairman of the Ocean Science Committee, Harold Pimsleur of "
          "Iowa, disagreed. Greta Valdane, who is now head of the Coastal Policy Council, "
          "agreed.\n");
  CHECK(
      HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:ocean-science-committee"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:coastal-policy-council"));
}

TEST_CASE("HAS_ROLE: an apposed name followed by more than a place is not the title's",
          "[relations][roles]") {
  ArticleResult a =
      Run("Court\n\nThe chairman of the Ocean Science Committee, Harold Pimsleur of Iowa and Mira "
          "Tolland, disagreed.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
}

TEST_CASE("HAS_ROLE: a one-word body's possessive in an apposition, pollsters",
          "[relations][roles]") {
  ArticleResult a =
      Run("Media\n\n\"Slowly,\" Greta Valdane, Zorvexa's managing editor, wrote. Quintara "
          "pollster Harold Pimsleur said no.\n");
  REQUIRE(IsOrganization(a, "Zorvexa"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:zorvexa"));
  REQUIRE(IsOrganization(a, "Quintara"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur", "organization:quintara"));
}

TEST_CASE("HAS_ROLE: a person's possessive in an apposition names no body", "[relations][roles]") {
  ArticleResult a = Run(
      "Media\n\n\"Slowly,\" Greta Valdane, Harold Pimsleur's editor, wrote. Democratic pollster "
      "Mira Tolland said no.\n");
  CHECK(CountType(a, "HAS_ROLE") == 0);
  CHECK_FALSE(IsOrganization(a, "Democratic"));
}

TEST_CASE("HAS_ROLE: a singular title shared with an apposed name", "[relations][roles]") {
  ArticleResult a =
      Run("Plan\n\nAccording to that health economist, Harold Pimsleur of Lakeshore University, "
          "the plan costs more.\n");
  const Relation* h = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(h != nullptr);
  CHECK(h->target == "organization:lakeshore-university");
  CHECK(h->evidence.rule == "role.shared_title");
}

TEST_CASE("HAS_ROLE: a singular title before a name from a place names no body",
          "[relations][roles]") {
  ArticleResult a = Run("Plan\n\nA professor, Harold Pimsleur of Boston, agreed.\n");
  CHECK(CountType(a, "HAS_ROLE") == 0);
}

TEST_CASE("HAS_ROLE: an emeritus title and editor-at-large", "[relations][roles]") {
  // "professor emeritus", "editor-in-chief emerita" are the title; so is
  // "editor-at-large" ("Senior Editor-at-Large of Y" is no organisation).
  ArticleResult a =
      Run("Tides\n\nHarold Pimsleur is professor emeritus at Dunmore University. Greta Valdane, "
          "editor-in-chief emerita of the Harbour Gazette, agreed. Mira Tolland is Senior "
          "Editor-at-Large of Lakeshore News, and an author. Peter Brennholt is an "
          "editor-at-large at Lakeshore News.\n");
  const Relation* p = RoleOf(a, "person:harold-pimsleur");
  REQUIRE(p != nullptr);
  CHECK(p->target == "organization:dunmore-university");
  CHECK(p->title == "professor emeritus");
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:harbour-gazette"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:lakeshore-news"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:peter-brennholt", "organization:lakeshore-news"));
}

TEST_CASE("HAS_ROLE: emeritus alone is no title", "[relations][roles]") {
  ArticleResult a =
      Run("Tides\n\nHarold Pimsleur is emeritus at Dunmore University, where he taught.\n");
  CHECK(RoleOf(a, "person:harold-pimsleur") == nullptr);
}
