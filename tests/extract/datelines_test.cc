#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

// The mentions of an entity that start at byte `start`.
static bool MentionAt(const Entity& e, uint32_t start) {
  for (const auto& m : e.mentions) {
    if (m.start == start) return true;
  }
  return false;
}

TEST_CASE("A dateline's capitals are a place, no person", "[mentions][datelines]") {
  // Two shouted words before a state and a wire: no person "SANTA FE".
  ArticleResult r =
      Run("Storm hits coast\n\nSANTA FE, Texas (Reuters) - Residents of the town cleared debris "
          "on Sunday after a storm tore roofs from dozens of homes, officials said.\n\n\"We lost "
          "the barn and the fence,\" said Marla Quenby, a rancher.\n");
  CHECK(FindEntity(r, "SANTA FE") == nullptr);
  CHECK(FindEntity(r, "Marla Quenby") != nullptr);
  // The wire after the state is the outlet (a required organisation).
  CHECK(IsOrganization(r, "Reuters"));
  // A city that is also a surname: "WASHINGTON" is no mention of a
  // Washington named later, and the wire stays an organisation.
  ArticleResult w =
      Run("Senate vote\n\nWASHINGTON (AP) \xe2\x80\x94 The Senate passed the bill late "
          "Tuesday.\n\nA portrait of George Washington hung behind the podium as Sen. Dalia "
          "Prewitt spoke.\n");
  const Entity* g = FindEntity(w, "George Washington");
  REQUIRE(g != nullptr);
  CHECK_FALSE(MentionAt(*g, 13));
  CHECK(IsOrganization(w, "AP"));
}

TEST_CASE("Shouted labels before a dash are no dateline", "[mentions][datelines]") {
  // An acronym opening a paragraph before a dash still names its body.
  ArticleResult r =
      Run("Raids\n\nU.S. Immigration and Customs Enforcement (ICE) detained nine workers.\n\nICE "
          "\xe2\x80\x94 the agency said \xe2\x80\x94 will release them on Friday.\n");
  const Entity* ice = FindEntity(r, "U.S. Immigration and Customs Enforcement");
  REQUIRE(ice != nullptr);
  CHECK(ice->mentions.size() >= 3);
}
