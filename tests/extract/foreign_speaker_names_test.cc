// Two-word names from outside the Census lists in a speech verb's slot
// (person_mentions.cc, ForeignSpeakerName): a first word the dictionary
// knows as a common word and as a name, before a surname the dictionary
// spells capitalised ("said Raj Shah"); and a surname behind an Arabic
// article, one token with a small first letter, continuing a capitalised
// name ("Bashar al-Assad"; mention_chunks.cc, ArticleSurname).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A name of dictionary proper nouns in a speech slot is a person",
          "[mentions][names][foreign_speakers]") {
  ArticleResult r =
      Run("Trade\n\n\"The talks went well,\" said Raj Shah. Shah spoke from the capital.\n");
  CHECK(IsPerson(r, "Raj Shah"));
  ArticleResult s = Run("Farm\n\nThe harvest was late this year, Raj Shah said.\n");
  CHECK(IsPerson(s, "Raj Shah"));
}

TEST_CASE("Common words and kin in a speech slot stay no person",
          "[mentions][names][foreign_speakers]") {
  ArticleResult r =
      Run("Race\n\nDespite Trump said nothing. Cousin Khan chimed in. Team Shah said no. Amnesty "
          "International said the trial was unfair.\n");
  CHECK(FindEntity(r, "Despite Trump") == nullptr);
  CHECK(FindEntity(r, "Cousin Khan") == nullptr);
  CHECK(FindEntity(r, "Team Shah") == nullptr);
  CHECK(!IsPerson(r, "Amnesty International"));
}

TEST_CASE("A surname behind an Arabic article continues a capitalised name",
          "[mentions][names][foreign_speakers]") {
  ArticleResult r =
      Run("War\n\nSyrian President Kamal al-Rashidi said the war was over. \"We will win,\" Ali "
          "al-Zubaydi told reporters.\n");
  CHECK(IsPerson(r, "Kamal al-Rashidi"));
  CHECK(FindEntity(r, "Kamal") == nullptr);
  CHECK(IsPerson(r, "Ali al-Zubaydi"));
  // It opens no name: "al-Qaeda" alone stays out.
  ArticleResult s = Run("War\n\nFighters loyal to al-Qaeda attacked the town on Monday.\n");
  CHECK(FindEntity(s, "al-Qaeda") == nullptr);
}

TEST_CASE("A particle name with a given name outside the lists in a speech slot",
          "[mentions][names][foreign_speakers]") {
  ArticleResult r =
      Run("Talks\n\n\"We will win,\" said Yusra bin Taleem. Analyst Joost van Brakel said the "
          "talks failed.\n");
  CHECK(IsPerson(r, "Yusra bin Taleem"));
  CHECK(IsPerson(r, "Joost van Brakel"));
  // Not in a speech slot nor after a title, nor used elsewhere: no name.
  ArticleResult s = Run("Map\n\nThe Vleer van Brakel route is closed to traffic this week.\n");
  CHECK(FindEntity(s, "Vleer van Brakel") == nullptr);
}
