// A name glued to "then-" or "ex-" ("then-FBI Director X", "an ex-CIA
// officer") is a word of its own: the tokenizer splits the prefix off, so the
// body can be a mention whose bytes still point into the original text. A
// rank before a body and its title ("Deputy FBI Director X") is the title's,
// not part of the body's name.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("mentions: a body glued to then- or ex- is a mention", "[mentions][roles]") {
  const std::string text =
      "Hearing\n\nThe panel questioned then-FBI Director Marla Quentin about the files. "
      "An ex-CIA analyst, Tobias Wrenfield, testified next.\n";
  ArticleResult a = Run(text);
  const Entity* fbi = FindEntity(a, "FBI");
  REQUIRE(fbi != nullptr);
  CHECK(fbi->type == EntityType::kOrganization);
  // The mention is the name's bytes, not the prefix's.
  REQUIRE(!fbi->mentions.empty());
  const Span& m = fbi->mentions.front();
  CHECK(text.substr(m.start, m.end - m.start) == "FBI");
  CHECK(HasRelation(a, "HAS_ROLE", "person:marla-quentin", "organization:fbi"));
  CHECK(IsOrganization(a, "CIA"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:tobias-wrenfield", "organization:cia"));
}

TEST_CASE("mentions: then- before a title still cues the person", "[mentions][roles]") {
  ArticleResult a =
      Run("Budget\n\nThe plan came from then-Sen. Orrin Valdane and ex-Gov. Petra Lindqvist, "
          "who wrote it together.\n");
  CHECK(FindEntity(a, "Orrin Valdane") != nullptr);
  CHECK(FindEntity(a, "Petra Lindqvist") != nullptr);
  // A lower-case word after the hyphen stays one word.
  ArticleResult b = Run("Family\n\nHis ex-wife, Dora Pellham, said nothing.\n");
  CHECK(FindEntity(b, "Dora Pellham") != nullptr);
}

TEST_CASE("mentions: a rank before a body belongs to the title", "[mentions][roles]") {
  ArticleResult a =
      Run("Probe\n\nThe memo went to Deputy FBI Director Gareth Olwen on Friday. Later, "
          "Deputy CIA Director Ines Varga read it.\n");
  CHECK(FindEntity(a, "Deputy FBI") == nullptr);
  CHECK(FindEntity(a, "Deputy CIA") == nullptr);
  CHECK(HasRelation(a, "HAS_ROLE", "person:gareth-olwen", "organization:fbi"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:ines-varga", "organization:cia"));
}
