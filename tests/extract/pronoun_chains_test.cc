// A chain of sentences opening with the same pronoun carries the search for
// whom "he said" means past the usual window (extract/pronoun_chains.cc,
// SalientSubject in extract/references.cc), and what stops it there.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Statements: a he-chain reaches the subject before a sentence naming another man",
          "[quotes][references]") {
  // The poll paragraph names a man only after "while"; the chain "He also
  // took ..." goes back to the subject of the first paragraph.
  ArticleResult a =
      Run("Campaign\n\nWalter Pembleton is at the top of the race in the state.\n\nThe latest "
          "Harbor College poll, which came out on Sunday night, shows the challenger leading the "
          "field with 28 percent support, while former Mayor Edward Farrow follows him with 21 "
          "percent.\n\nHe also took his case to the radio.\n\n\"Join our movement and fight for "
          "fairness in every town,\" he said.\n");
  CHECK(SpeakerName(a, "Join our movement") == "Walter Pembleton");
}

TEST_CASE("Statements: a he-chain stops at a sentence naming a man as its subject",
          "[quotes][references]") {
  // "But state senator X ... said": OpeningSubject does not read the
  // lower-case title, but X opens the sentence; the chain must not reach
  // the governor before him.
  ArticleResult a =
      Run("Veto\n\nGovernor Richard Hollis vetoed the repeal bill on Friday.\n\n\"I have always "
          "stood with the police and the families of victims,\" he said in a statement.\n\nBut "
          "state senator Thomas Brandt, a former detective, said the law is cruel. He called the "
          "penalty a mistake and urged colleagues to move past it.\n\n\"I think our state is "
          "better than that,\" he said.\n");
  CHECK(SpeakerName(a, "I think our state") == "Thomas Brandt");
  CHECK(SpeakerName(a, "I have always stood") == "Richard Hollis");
}

TEST_CASE("Statements: the sentences of a quotation do not count between he and its subject",
          "[quotes][references]") {
  // Keldt's first name is in no Census list: a person of unknown gender
  // stands for "he" only in the sentence right before. The quotation's
  // first sentence lies between them, but it is the quotation, not a
  // sentence about someone.
  ArticleResult a =
      Run("Talks\n\nSecretary Paul Whitcombe said on Wednesday that talks would resume.\n\n"
          "Minister Zorvan Keldt appeared intent on keeping up the pressure on the rebels.\n\n\"My "
          "first order was to rebuild the army. It is now far stronger than ever before,\" he "
          "said in a speech.\n");
  CHECK(SpeakerName(a, "My first order") == "Zorvan Keldt");
  // One sentence of quotation: as before.
  ArticleResult b =
      Run("Talks\n\nSecretary Paul Whitcombe said on Wednesday that talks would resume.\n\n"
          "Minister Zorvan Keldt appeared intent on keeping up the pressure on the rebels.\n\n\"My "
          "first order was to rebuild the army,\" he said in a speech.\n");
  CHECK(SpeakerName(b, "My first order") == "Zorvan Keldt");
}

TEST_CASE("Statements: he after a sentence an attribution ends is that sentence's speaker",
          "[quotes][references]") {
  // The sentence opens with the governor but is the analyst's words.
  ArticleResult a =
      Run("Budget\n\nGov. Harold Finch signed the budget on Monday.\n\nAnalyst Carl Brenner of the "
          "Elm Institute said the cuts were modest.\n\nFinch is also pressing lawmakers for more, "
          "Brenner said.\n\n\"When he draws a line, it is really quite firm,\" he said.\n");
  CHECK(SpeakerName(a, "When he draws a line") == "Carl Brenner");
  // A sentence in between naming someone else who fits: the nearest one
  // stays the guess.
  ArticleResult b = Run(
      "Budget\n\nGov. Harold Finch signed the budget on Monday.\n\nThe cuts fell short of what, "
      "as a candidate, Mr. Finch promised to deliver on day one.\n\nPress secretary Tom Raddle "
      "said the administration was pacing its actions.\n\n\"There is a way to do this right,\" "
      "he said at a briefing.\n");
  CHECK(SpeakerName(b, "There is a way") == "Tom Raddle");
}

TEST_CASE("Statements: a time phrase after 'Later' does not hide the sentence's subject",
          "[quotes][references]") {
  ArticleResult a = Run(
      "Memo\n\nThe memo names Robert Keller, who leads the inquiry.\n\nAsked if he still trusted "
      "the deputy, who supervises Keller. President Harlow told reporters, \"You figure that one "
      "out.\"\n\n"
      "Later Saturday evening, Harlow sent several more posts about the inquiry.\n\n\"Great jobs "
      "numbers and nobody even talks about them,\" he posted.\n");
  CHECK(SpeakerName(a, "Great jobs numbers") != "Robert Keller");
}
