// Organisation slots of role phrases that the employee-title cues of
// role_org_cues.cc leave out: the body a spokesperson speaks for
// (role_spokes.cc) and a name made of dictionary words after "TITLE at".
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::IsOrganization;
using testing::Run;

TEST_CASE("A spokesperson's body and a firm of dictionary words after at are organisations",
          "[mentions][org_cues]") {
  ArticleResult r =
      Run("Storm\n\n"
          "Orla Vance, a spokeswoman for Lakeshore Water Safety, said the pipes held. Desmond "
          "Ruhl, an analyst at Granite Harbor Advisory, said prices would rise. \"We are ready,\" "
          "said Petra Lund, a spokesman for the Tidewater Ferry Service Authority.\n");
  for (const char* name : {"Lakeshore Water Safety", "Granite Harbor Advisory"}) {
    INFO(name);
    CHECK(IsOrganization(r, name));
  }
  CHECK(HasRelation(r, "HAS_ROLE", "person:orla-vance", "organization:lakeshore-water-safety"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:desmond-ruhl", "organization:granite-harbor-advisory"));
}

TEST_CASE("A spokesperson may speak for a person; a unit at a body is no firm",
          "[mentions][org_cues]") {
  ArticleResult r =
      Run("Storm\n\n"
          "Ivo Brandt, a spokesman for Kessington, declined to comment. Mara Holt, a spokeswoman "
          "for the Ravenholts, said nothing. Tilde Moss, a spokesman for Quentar Voss, was brief. "
          "Ana Lee, vice president at Water Safety at the Harbor Trust, spoke.\n");
  for (const char* name : {"Kessington", "Ravenholts", "Quentar Voss", "Water Safety"}) {
    INFO(name);
    CHECK_FALSE(IsOrganization(r, name));
  }
}

TEST_CASE("A title in capitals and a chief's officer title name a body after of|at",
          "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Storm\n\n"
      "\"We are short of food,\" said Orla Vance, CEO of Hungry Kids America. Desmond Ruhl, chief "
      "investment officer at Brenmoor Wealth Stewards, said prices would rise. Ana Lee, "
      "chief technology officer at Quillfen, spoke.\n");
  for (const char* name : {"Hungry Kids America", "Brenmoor Wealth Stewards", "Quillfen"}) {
    INFO(name);
    CHECK(IsOrganization(r, name));
  }
  CHECK(HasRelation(r, "HAS_ROLE", "person:orla-vance", "organization:hungry-kids-america"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:desmond-ruhl", "organization:brenmoor-wealth-stewards"));
}

TEST_CASE("A capitalised title or a lone officer names no body; places stay places",
          "[mentions][org_cues]") {
  ArticleResult r =
      Run("Storm\n\n"
          "Orla Vance, CEO of Dalton, said the plant would close. Ivo Brandt, an officer at "
          "Fenwick Row, was brief. Mara Holt, President of Kessington Valley, spoke.\n");
  for (const char* name : {"Fenwick Row", "Kessington Valley"}) {
    INFO(name);
    CHECK_FALSE(IsOrganization(r, name));
  }
}

TEST_CASE("A journalist's title before for|at names a one-word outlet", "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Storm\n\n"
      "Orla Vance is a senior staff writer for Lantern. Desmond Ruhl, a correspondent at Beacon, "
      "said prices would rise. Ivo Brandt, a reporter for Vermont, was brief. Mara Holt, a "
      "columnist for Denise, spoke. Tilde Moss, a writer for Republicans, left.\n");
  CHECK(IsOrganization(r, "Lantern"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:orla-vance", "organization:lantern"));
  for (const char* name : {"Vermont", "Denise", "Republicans"}) {
    INFO(name);
    CHECK_FALSE(IsOrganization(r, name));
  }
}

TEST_CASE("A firm's plural noun last lets a head word inside the name", "[mentions][org_cues]") {
  ArticleResult r =
      Run("Storm\n\n"
          "Orla Vance, a partner at Beacon Tariff Advisors, said prices would rise. Ivo Brandt, a "
          "director at Beacon Harbor, was brief.\n");
  CHECK(IsOrganization(r, "Beacon Tariff Advisors"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:orla-vance", "organization:beacon-tariff-advisors"));
  CHECK_FALSE(IsOrganization(r, "Beacon Harbor"));
}

TEST_CASE("A title word ending a name after TITLE of|at|for is the name's",
          "[mentions][org_cues]") {
  ArticleResult r =
      Run("Storm\n\n"
          "Orla Vance, director of Restore Justice, said the court was wrong. Desmond Ruhl, a "
          "strategist at Harlow Counsel, said prices would rise. Ivo Brandt, an aide to Ohio "
          "Governor, was brief.\n");
  for (const char* name : {"Restore Justice", "Harlow Counsel"}) {
    INFO(name);
    CHECK(IsOrganization(r, name));
  }
  CHECK(HasRelation(r, "HAS_ROLE", "person:orla-vance", "organization:restore-justice"));
  CHECK_FALSE(IsOrganization(r, "Restore"));
  CHECK_FALSE(IsOrganization(r, "Ohio Governor"));
}

TEST_CASE("An economist or analyst at a one-word firm", "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Storm\n\n"
      "Orla Vance, chief economist at Lodestar, said prices would rise. Tilde Moss, a strategist "
      "for Warren, was brief. Ivo Brandt, an analyst at Vermont, spoke.\n");
  CHECK(IsOrganization(r, "Lodestar"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:orla-vance", "organization:lodestar"));
  for (const char* name : {"Warren", "Vermont"}) {
    INFO(name);
    CHECK_FALSE(IsOrganization(r, name));
  }
}

TEST_CASE("CFO and COO are titles a body gives", "[mentions][org_cues]") {
  ArticleResult r =
      Run("Storm\n\n"
          "Orla Vance, CFO of Harrowgate Mills, said prices would rise. \"We are ready,\" says "
          "Quillfen COO Desmond Ruhl.\n");
  CHECK(IsOrganization(r, "Harrowgate Mills"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:orla-vance", "organization:harrowgate-mills"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:desmond-ruhl", "organization:quillfen"));
}

}  // namespace
}  // namespace kg::extract
