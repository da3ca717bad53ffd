// Joiners of a list besides "," and "and" (extract/list_joiners.cc):
// "and then", "as well as", ", but also", "and even", and a preposition
// repeated after the joiner.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::Run;

TEST_CASE("a second endorsee after 'and then'", "[list_joiners]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "In the presidential primary, Gordon Pike first backed Ohio Gov. Tom Brenner and then "
          "former Texas Gov. Ray Dunmore.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:gordon-pike", "person:tom-brenner"));
  CHECK(HasRelation(r, "ENDORSES", "person:gordon-pike", "person:ray-dunmore"));
}

TEST_CASE("a second endorsee after 'as well as' and ', but also'", "[list_joiners]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "In the Senate race, Jane Holloway endorsed Tom Brenner as well as Ray Dunmore.\n\n"
          "In the House race, Gordon Pike endorsed Mia Corwin, but also Leo Vance.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:jane-holloway", "person:ray-dunmore"));
  CHECK(HasRelation(r, "ENDORSES", "person:gordon-pike", "person:leo-vance"));
}

TEST_CASE("a repeated preposition after the joiner", "[list_joiners]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Tom Brenner has picked up support from Ohio Sen. Jane Holloway, as well as from "
          "former Utah Gov. Gordon Pike in the presidential race.\n\n"
          "In the Senate race, Ray Dunmore won the endorsement of Mia Corwin, and later of Leo "
          "Vance.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:jane-holloway", "person:tom-brenner"));
  CHECK(HasRelation(r, "ENDORSES", "person:gordon-pike", "person:tom-brenner"));
  CHECK(HasRelation(r, "ENDORSES", "person:leo-vance", "person:ray-dunmore"));
}

TEST_CASE("a preposition that governs no earlier name joins nothing", "[list_joiners]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "In the Senate race, Jane Holloway endorsed Tom Brenner, and then by Friday Gordon Pike "
          "said he would stay out.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:jane-holloway", "person:tom-brenner"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:jane-holloway", "person:gordon-pike"));
}

TEST_CASE("'and even' inside a list of endorsers", "[list_joiners]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "In the Senate primary, Democrats like Jane Holloway and even the Carver Action Fund "
          "have opted to endorse Tom Brenner.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:jane-holloway", "person:tom-brenner"));
  CHECK(HasRelation(r, "ENDORSES", "organization:carver-action-fund", "person:tom-brenner"));
}

TEST_CASE("a relative clause on a listed name before ', and'", "[list_joiners]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "In the Senate race, Tom Brenner was endorsed by Jane Holloway, who ran against him in "
          "2010, and Gordon Pike.\n\n"
          "In the House race, Ray Dunmore endorsed Mia Corwin, who leads the field, and Leo Vance "
          "endorsed Carl Dobbs.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:jane-holloway", "person:tom-brenner"));
  CHECK(HasRelation(r, "ENDORSES", "person:gordon-pike", "person:tom-brenner"));
  CHECK(HasRelation(r, "ENDORSES", "person:ray-dunmore", "person:mia-corwin"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:ray-dunmore", "person:leo-vance"));
}

TEST_CASE("an owner's possessive before a listed endorser", "[list_joiners]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Meanwhile, Democrats like Jane Holloway and even the Acme network's Carver Action Fund "
          "have opted to endorse Tom Brenner in the Senate primary.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:jane-holloway", "person:tom-brenner"));
  CHECK(HasRelation(r, "ENDORSES", "organization:carver-action-fund", "person:tom-brenner"));
}

TEST_CASE("'and even' a plural noun with 'like' before the rest of a list", "[list_joiners]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "In the Senate race, Tom Brenner was endorsed by Jane Holloway, Ray Dunmore, and even "
          "celebrities like actress Mia Corwin and singer Leo Vance.\n\n"
          "In the House race, Gordon Pike endorsed Carl Dobbs, and even critics like Dana Kessler "
          "said he would win.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:mia-corwin", "person:tom-brenner"));
  CHECK(HasRelation(r, "ENDORSES", "person:leo-vance", "person:tom-brenner"));
  CHECK(HasRelation(r, "ENDORSES", "person:gordon-pike", "person:carl-dobbs"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:gordon-pike", "person:dana-kessler"));
}

TEST_CASE("the object of an endorsing verb opens no later list of endorsers", "[list_joiners]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "In the Senate primary, Jane Holloway is backing Tom Brenner and Gordon Pike is backing "
          "Ray Dunmore.\n\n"
          "In the House primary, Mia Corwin endorsed Leo Vance and Carl Dobbs endorsed Dana "
          "Kessler.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:jane-holloway", "person:tom-brenner"));
  CHECK(HasRelation(r, "ENDORSES", "person:gordon-pike", "person:ray-dunmore"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:tom-brenner", "person:ray-dunmore"));
  CHECK(HasRelation(r, "ENDORSES", "person:carl-dobbs", "person:dana-kessler"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:leo-vance", "person:dana-kessler"));
}

TEST_CASE("the owner of a named agent after 'by' endorses nothing itself", "[list_joiners]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "In the Senate race, Tom Brenner has been endorsed by Gordon Pike's powerful Dunmore "
          "Review.\n\n"
          "In the House race, Ray Dunmore was endorsed by Carl Dobbs's former chief strategist "
          "Jane Holloway.\n");
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:gordon-pike", "person:tom-brenner"));
  CHECK(HasRelation(r, "ENDORSES", "person:jane-holloway", "person:ray-dunmore"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:carl-dobbs", "person:ray-dunmore"));
}

}  // namespace
}  // namespace kg::extract
