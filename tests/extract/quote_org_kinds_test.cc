// "the agency", "the company", "the group" after a quotation: an organisation
// whose name says it is of another kind is not the description's.
#include <catch2/catch.hpp>

#include "test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("The agency is not the party committee the sentence before names", "[quote_org_kinds]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Leaked files led the Western States Party Committee to fire its treasurer on Friday.\n\n"
          "\"We are looking into the leak and will report what we find,\" the agency said.\n");
  CHECK(SpeakerName(r, "We are looking into the leak") != "Western States Party Committee");
}

TEST_CASE("The group is the advocacy group, not the department it criticised",
          "[quote_org_kinds]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "In a statement, Families Forward Alliance questioned the plan. The Department of "
          "Transportation rules \"are confusing and unfair,\" the group said.\n");
  CHECK(SpeakerName(r, "are confusing and unfair") == "Families Forward Alliance");
}

TEST_CASE("The company is the firm, not the government office the sentence names",
          "[quote_org_kinds]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "But Northgate Holdings, which runs the site for the Bureau of Land Management, said the "
          "claims were false.\n\n"
          "\"These accusations are baseless and put our workers at risk,\" the company said.\n");
  CHECK(SpeakerName(r, "These accusations are baseless") == "Northgate Holdings");
}

TEST_CASE("A bureau is the agency", "[quote_org_kinds]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The Federal Maritime Bureau said on Monday that it had opened an inquiry.\n\n"
          "\"We take every report of this kind seriously,\" the agency said.\n");
  CHECK(SpeakerName(r, "We take every report") == "Federal Maritime Bureau");
}

TEST_CASE("The agency opening its own quotation as subject speaks of itself", "[quote_org_kinds]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Leaked files led the Western States Party Committee to fire its treasurer on Friday.\n\n"
          "\"The Federal Maritime Bureau is looking into the leak and will report what it finds,\" "
          "the agency said.\n");
  CHECK(SpeakerName(r, "The Federal Maritime Bureau is looking") == "Federal Maritime Bureau");
}

TEST_CASE("A group the quotation opens with is not the agency", "[quote_org_kinds]") {
  const ArticleResult r = Run(
      "Intro line here.\n\n"
      "Leaked files led the Western States Party Committee to fire its treasurer on Friday.\n\n"
      "\"The Harbor Workers Association has asked us to look into the leak,\" the agency said.\n");
  CHECK(SpeakerName(r, "The Harbor Workers Association has") != "Harbor Workers Association");
}

TEST_CASE("The network is the broadcaster opening the sentence before", "[quote_org_kinds]") {
  // An acronym's name says nothing of being an outlet; the one opening the
  // sentence right before the quotation (past an introductory phrase) is
  // meant, not one named earlier.
  const ArticleResult r =
      Run("Intro line here.\n\nHosts at WKLB and Harbor Daily News spoke out on Friday.\n\nIn a "
          "statement, WKLB declared that the arrest of its crew was wrong.\n\n\"Any "
          "infringement on press freedom flies in the face of all of our freedoms,\" the network "
          "added.\n");
  const Statement* s = FindStatement(r, "Any infringement on press freedom");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:wklb");
}
