// Endorsers glued to "-backed" / "-endorsed" (the tokenizer splits the
// participle off a capitalised name; endorsement_hyphens.cc): a full name
// before it is a mention of its own, the endorsed person follows the phrase
// or is the head of the apposition it describes.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Glued endorsers: the tokenizer splits the participle off a name", "[tokenizer]") {
  const ArticleResult r =
      Run("Race\n\nVoters met Carl Maddox, a Linda Ostrander-backed teacher.\n");
  CHECK(FindEntity(r, "Linda Ostrander") != nullptr);
  CHECK(FindEntity(r, "Linda Ostrander-backed") == nullptr);
}

TEST_CASE("Glued endorsers: a full name before -backed, an apposition's head",
          "[relations][endorse]") {
  const std::string intro = kElectionIntro;
  const ArticleResult a =
      Run(intro +
          "Party voters picked Carl Maddox, a Linda Ostrander-backed progressive "
          "who ran on health care.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:linda-ostrander", "person:carl-maddox"));
  const ArticleResult b =
      Run(intro + "Carl Maddox, the Linda Ostrander-endorsed Democrat, won easily.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:linda-ostrander", "person:carl-maddox"));
  // After the phrase: "the Brisk-backed candidate Y" (a full name before it).
  const ArticleResult c =
      Run(intro +
          "Linda Ostrander spoke first. Polls favour the Linda Ostrander-backed candidate "
          "Carl Maddox.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:linda-ostrander", "person:carl-maddox"));
}

TEST_CASE("Glued endorsers: no person described, or no named backer", "[relations][endorse]") {
  const std::string intro = kElectionIntro;
  // A body the backer funds is no candidate.
  const ArticleResult a =
      Run(intro +
          "Linda Ostrander spoke. Voters for Progress, an Ostrander-backed group, spent money.\n");
  CHECK(FindRelation(a, "ENDORSES") == nullptr);
  // A lower-case backer is no name; a bill is no person.
  const ArticleResult b = Run(
      intro + "Carl Maddox, a union-backed teacher, spoke. The Ostrander-backed bill failed.\n");
  CHECK(FindRelation(b, "ENDORSES") == nullptr);
}

TEST_CASE("Glued endorsers: the backer is no employer", "[relations][role]") {
  const ArticleResult r = Run(
      "Race\n\nCarl Maddox, president of the Linda Ostrander-backed Acme Foundation, said no.\n");
  CHECK(HasRelation(r, "HAS_ROLE", "person:carl-maddox", "organization:acme-foundation"));
}
