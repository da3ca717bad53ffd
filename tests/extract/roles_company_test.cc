// HAS_ROLE to a body named by a dictionary word that only a role's slot
// shows to be a body: a company's title before a known person ("Lantern CEO
// X"), a possessive in an apposition whose title takes a field or a second
// title ("X, Lantern's vice president of public policy and ...", "X,
// Thimble's co-founder and CEO,"), with the cases where none may fire.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("HAS_ROLE: a company's title after a dictionary word inside a sentence",
          "[relations][roles]") {
  ArticleResult a =
      Run("Tech\n\nThe move came a week after Lantern CEO Dara Holtzmann met with "
          "investors in the capital.\n");
  CHECK(IsOrganization(a, "Lantern"));
  const Relation* h = RoleOf(a, "person:dara-holtzmann");
  REQUIRE(h != nullptr);
  CHECK(h->target == "organization:lantern");
  CHECK(h->title == "CEO");
  ArticleResult b =
      Run("Tech\n\nThe donors include Thimble co-founder Dara Holtzmann and a few "
          "others.\n");
  CHECK(HasRelation(b, "HAS_ROLE", "person:dara-holtzmann", "organization:thimble"));
}

TEST_CASE(
    "HAS_ROLE: no body from a capitalised word opening the sentence or before a field's title",
    "[relations][roles]") {
  ArticleResult a = Run("Tech\n\nNew CEO Dara Holtzmann said the company would grow next year.\n");
  CHECK(FindEntity(a, "New") == nullptr);
  CHECK(CountType(a, "HAS_ROLE") == 0);
  ArticleResult b =
      Run("Tech\n\nThe panel heard from Chemistry professor Dara Holtzmann on Tuesday.\n");
  CHECK(FindEntity(b, "Chemistry") == nullptr);
  CHECK(CountType(b, "HAS_ROLE") == 0);
}

TEST_CASE("HAS_ROLE: a possessive apposition whose title takes a field or a second title",
          "[relations][roles]") {
  ArticleResult a =
      Run("Hearing\n\nMarlo Vence, Lantern's vice president of public policy and a former aide "
          "to the governor, will testify at the hearing.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:marlo-vence", "organization:lantern"));
  ArticleResult b =
      Run("Hearing\n\nThe senator met with Dara Holtzmann, Thimble's co-founder and CEO, in "
          "his office on Monday.\n");
  CHECK(HasRelation(b, "HAS_ROLE", "person:dara-holtzmann", "organization:thimble"));
}

TEST_CASE("HAS_ROLE: no body from a place's possessive or a title with a clause after it",
          "[relations][roles]") {
  ArticleResult a =
      Run("Parks\n\nMarlo Vence, Ohio's deputy director of parks, said the trails would "
          "reopen.\n");
  CHECK(CountType(a, "HAS_ROLE") == 0);
  ArticleResult b =
      Run("Parks\n\nMarlo Vence, Lantern's president of two years said he would leave "
          "the company.\n");
  CHECK(FindEntity(b, "Lantern") == nullptr);
}

TEST_CASE("HAS_ROLE: a body whose name has an inner 'for' before an officer's title",
          "[relations][roles]") {
  ArticleResult a =
      Run("Florida\n\n\"Our mission is local,\" said United for Fairness Chairman Juan Ortiz "
          "Vela.\n");
  CHECK(HasRelation(a, "HAS_ROLE", "person:juan-ortiz-vela", "organization:united-for-fairness"));
  ArticleResult b =
      Run("Florida\n\n\"Our mission is local,\" said Assistant Secretary for Public Affairs Dara "
          "Holtzmann.\n");
  for (const Entity& e : b.entities) CHECK(e.name.find("Secretary") == std::string::npos);
}

TEST_CASE("HAS_ROLE: a known person's surname that is a dictionary word owns no body",
          "[relations][roles]") {
  ArticleResult a =
      Run("Office\n\nVice President Mike Pence spoke on Monday. Marc Shorter, Pence's chief of "
          "staff, sent a statement.\n");
  CHECK(FindEntity(a, "Pence") == nullptr);
  CHECK(CountType(a, "HAS_ROLE") == 0);
  ArticleResult b =
      Run("Office\n\nThe aides of Vice President Pence knew. Marc Shorter, Pence's chief of "
          "staff, sent a statement.\n");
  CHECK(!IsOrganization(b, "Pence"));
  CHECK(CountType(b, "HAS_ROLE") == 0);
}
