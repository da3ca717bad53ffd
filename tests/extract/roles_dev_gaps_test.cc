// HAS_ROLE shapes found among the dev sets' misses in stop 27: a title
// phrase that opens with the end of its body's name ("Supreme Court Justice
// X", "Y School Board member X", roles.cc) and a person's possessive
// before an apposition's title ("X, Obama's chairman of the Y",
// role_appositions.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a title phrase that opens with its body's name", "[relations][roles]") {
  ArticleResult a =
      Run("Courts\n\nThe ruling came down on Monday in the capital. Supreme Court Justice Marla "
          "Quintero wrote the opinion for the majority. Her opponent, teacher and Harlow County "
          "School Board member Dana Pikett, criticized the ruling on Tuesday.\n");
  const Relation* q = RoleOf(a, "person:marla-quintero");
  REQUIRE(q != nullptr);
  CHECK(q->target == "organization:supreme-court");
  CHECK(q->title == "Justice");
  CHECK(
      HasRelation(a, "HAS_ROLE", "person:dana-pikett", "organization:harlow-county-school-board"));
}

TEST_CASE("HAS_ROLE: no body from a name that took in the title or resolved further",
          "[relations][roles]") {
  ArticleResult a =
      Run("Courts\n\nThe Vermont Supreme Court heard the case on Monday in the capital. The "
          "ruling was criticized by Supreme Court Justice Marla Quintero on Tuesday. White House "
          "Press Secretary Dora Fenn declined to comment on the ruling.\n");
  CHECK_FALSE(
      HasRelation(a, "HAS_ROLE", "person:marla-quintero", "organization:vermont-supreme-court"));
  CHECK(RoleOf(a, "person:dora-fenn") == nullptr);
}

TEST_CASE("HAS_ROLE: another person's possessive before an apposition's title",
          "[relations][roles]") {
  ArticleResult a =
      Run("Policy\n\nGovernor Lena Marsh spoke on Monday in the capital. The plan was backed by "
          "Tobias Wren, Marsh's director of the Halvern Budget Office, and others. Pia Lund, "
          "Marsh's chief of staff, declined to comment.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:tobias-wren", "organization:halvern-budget-office"));
  CHECK(RoleOf(a, "person:pia-lund") == nullptr);
  CHECK(RoleOf(a, "person:lena-marsh") == nullptr);
}

TEST_CASE("HAS_ROLE: a titled possessor, a copula, an envoy and a past compound title",
          "[relations][roles]") {
  ArticleResult a =
      Run("Policy\n\nGovernor Lena Marsh spoke on Monday in the capital. Omar Tully, Governor "
          "Marsh's former director of the Halvern Budget Office, disagreed. Ida Roe was Marsh's "
          "director of the Corvel Planning Agency. Ned Vos, Marsh's ambassador to the Northern "
          "Trade Union, was silent. Kyle Brandt, Marsh's former chief strategist and executive at "
          "the Tarrow Media Group, joined her.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:omar-tully", "organization:halvern-budget-office"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:ida-roe", "organization:corvel-planning-agency"));
  CHECK(RoleOf(a, "person:ned-vos") == nullptr);
  const Relation* c = RoleOf(a, "person:kyle-brandt");
  REQUIRE(c != nullptr);
  CHECK(c->target == "organization:tarrow-media-group");
  CHECK(c->title == "executive");
}

TEST_CASE("HAS_ROLE: a firm named by partners joined with an ampersand", "[relations][roles]") {
  ArticleResult a =
      Run("Lobbying\n\nThe bill passed on Monday in the capital. Nora Felt, a lobbyist at Vask "
          "Orlen Pettibone Draycott & Lune, said it would change little. Ivo Grath, a partner at "
          "Tamber & Quist in New York, agreed. Trade between Ohio & Texas grew.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:nora-felt",
                    "organization:vask-orlen-pettibone-draycott-lune"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:ivo-grath", "organization:tamber-quist"));
  CHECK_FALSE(IsOrganization(a, "Ohio & Texas"));
}

TEST_CASE("HAS_ROLE: no role in the backer of a glued -backed modifier", "[relations][roles]") {
  ArticleResult a =
      Run("Policy\n\nThe Halvern Institute held a forum. Tobias Wren, president of the Quorvex "
          "Industries-backed Halvern Institute, spoke first.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:tobias-wren", "organization:halvern-institute"));
  CHECK_FALSE(HasRelation(a, "HAS_ROLE", "person:tobias-wren", "organization:quorvex-industries"));
}

TEST_CASE("HAS_ROLE: a kind noun before a title stands for the body named before",
          "[relations][roles]") {
  ArticleResult a =
      Run("Courts\n\nThe Harlow Valley Commission met on Monday in the capital. \"We will decide "
          "soon,\" said commission spokeswoman Dana Pikett. The Corvel Institute and the Tamsin "
          "Institute disagreed. \"It is wrong,\" said institute director Omar Tully.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:dana-pikett", "organization:harlow-valley-commission"));
  // Two institutes fit: the noun names neither.
  CHECK(RoleOf(a, "person:omar-tully") == nullptr);
}
