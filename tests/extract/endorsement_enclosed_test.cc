// An endorser inside an apposition or relative clause between a subject and
// its verb (extract/endorsement_enclosed.cc) gives way to the clause's head.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::Run;

TEST_CASE("a name inside the subject's apposition is no endorser", "[endorsement_enclosed]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Walter Brennick, a retired general who was dismissed from his post as Acme Defense "
          "Agency chief under President Harold Voss in 2014, backed Maxine Rutherford early in "
          "the primary.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:walter-brennick", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:harold-voss", "person:maxine-rutherford"));
  CHECK_FALSE(
      HasRelation(r, "ENDORSES", "organization:acme-defense-agency", "person:maxine-rutherford"));
}

TEST_CASE("a name inside a relative clause on an unnamed subject is no endorser",
          "[endorsement_enclosed]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The progressive group, which is closely aligned with Rep. Dana Kessler (D-Ohio), "
          "endorsed Maxine Rutherford for the Senate.\n");
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:dana-kessler", "person:maxine-rutherford"));
}

TEST_CASE("an apposition after the endorser and a passive clause stand", "[endorsement_enclosed]") {
  const ArticleResult a =
      Run("Intro line here.\n\n"
          "Sen. Carl Dobbs, the senior senator from Ohio, endorsed Maxine Rutherford for "
          "governor.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:carl-dobbs", "person:maxine-rutherford"));
  const ArticleResult b =
      Run("Intro line here.\n\n"
          "Maxine Rutherford, who was endorsed by Sen. Carl Dobbs, won the primary.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:carl-dobbs", "person:maxine-rutherford"));
}

}  // namespace
}  // namespace kg::extract
