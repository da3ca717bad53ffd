// Names written family name first (extract/family_names.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::FindStatement;
using testing::Run;

TEST_CASE("the family name alone names a person written family name first", "[family_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Chinese President Xi Mingde, whose navy sails nearby, spoke on Monday.\n\n"
          "Xi did not name the dispute. \"Both sides want calm waters,\" Xi said.\n");
  const Entity* e = FindEntity(r, "Xi Mingde");
  REQUIRE(e != nullptr);
  const Statement* st = FindStatement(r, "Both sides want calm waters");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("a Korean given name with a hyphen keeps the family name first", "[family_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Unification Minister Kang Min-seok spoke in Seoul. "
          "\"We will keep the door open,\" Kang told reporters.\n");
  const Entity* e = FindEntity(r, "Kang Min-seok");
  REQUIRE(e != nullptr);
  const Statement* st = FindStatement(r, "We will keep the door open");
  REQUIRE(st != nullptr);
  CHECK(st->speaker == e->id);
}

TEST_CASE("a Western name or two people of one family name keep the bare name apart",
          "[family_names]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Gov. Kim Brantwell signed the bill. \"It is done,\" Brantwell said.\n\n"
          "Envoy Park Jin-ho met envoy Park Sung-min in Geneva. "
          "\"The talks went well,\" Park said.\n");
  const Entity* kim = FindEntity(r, "Kim Brantwell");
  REQUIRE(kim != nullptr);
  const Statement* st = FindStatement(r, "The talks went well");
  if (st != nullptr) {
    const Entity* a = FindEntity(r, "Park Jin-ho");
    const Entity* b = FindEntity(r, "Park Sung-min");
    CHECK((a == nullptr || st->speaker != a->id));
    CHECK((b == nullptr || st->speaker != b->id));
  }
}

}  // namespace
}  // namespace kg::extract
