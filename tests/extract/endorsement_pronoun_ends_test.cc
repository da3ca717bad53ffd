// ENDORSES ends a pronoun stands for (extract/endorsement_pronoun_ends.cc):
// checked with the strict endorsement resolver, replaced by the person it
// finds, dropped when it finds two and the end opens neither sentence.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::CountType;
using testing::HasRelation;
using testing::Run;

TEST_CASE("a pronoun giver is the man named before it in its sentence", "[endorsement_pronoun]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"The mayor traded a job for a vote,\" Karl Denholm, head of the Ohio Legal Fund, "
          "wrote in the letter.\n\n"
          "The complaint cites an interview Ron Baxley gave to a radio station, three days "
          "after he publicly gave his endorsement to Mark Pendleton.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:ron-baxley", "person:mark-pendleton"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:karl-denholm", "person:mark-pendleton"));
}

TEST_CASE("a pronoun holder between two men named before is nobody", "[endorsement_pronoun]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The committee's chairman, Tom Ardwell of Ohio, has said Ray Fenmore is well "
          "prepared for the primary. He has the backing of Sen. Carl Dobbs.\n");
  CHECK(CountType(r, "ENDORSES") == 0);
}

TEST_CASE("a pronoun holder is the man who opens the sentence before", "[endorsement_pronoun]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Meanwhile, Ray Fenmore is positioning himself as the best Ardwell alternative in the "
          "primary. He was buoyed Wednesday by the endorsement of former candidate Carla Wendt.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:carla-wendt", "person:ray-fenmore"));
}

TEST_CASE("names after a pronoun holder are its endorsers, not rivals", "[endorsement_pronoun]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "After Ray Fenmore's strong showing in the caucuses, many saw a path for him. In the "
          "days after, he secured the endorsements of Sens. Carl Dobbs and Peter Lindqvist.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:carl-dobbs", "person:ray-fenmore"));
  CHECK(HasRelation(r, "ENDORSES", "person:peter-lindqvist", "person:ray-fenmore"));
}

// endorsement_nouns.cc: "his endorsement of Y" with no subject owning the
// pronoun is the one man it can stand for nearby; in an opening phrase the
// pronoun points ahead, and gives nothing.
TEST_CASE("a possessive pronoun giver of an endorsement noun", "[endorsement_pronoun]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "So far Harold Brenstead has stayed out of the race. Critics cite his past "
          "endorsement of Gov. Wanda Pellicott.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  const ArticleResult s =
      Run("Intro line here.\n\n"
          "So far Harold Brenstead has stayed out of the race. In his endorsement of Gov. Wanda "
          "Pellicott, the president said she was qualified.\n");
  CHECK(CountType(s, "ENDORSES") == 0);
}

// endorsement_nouns.cc: "Y has won his endorsement": no one wins his own,
// so "his" is the other man named nearby; a hope to win it is none.
TEST_CASE("a won endorsement owned by a pronoun is another man's", "[endorsement_pronoun]") {
  const ArticleResult r = Run(
      "Intro line here.\n\n"
      "Former party chairman Harold Brenstead said Ray Fenmore has already won his endorsement.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:harold-brenstead", "person:ray-fenmore"));
  const ArticleResult s =
      Run("Intro line here.\n\n"
          "Harold Brenstead said Ray Fenmore hopes to win his endorsement.\n");
  CHECK(CountType(s, "ENDORSES") == 0);
}

// endorsement_pronoun_ends.cc (MainSubjectReferent): of two men before
// "him", the one opening the sentence as its subject or its subject's
// possessor when the other is only a possessor or the pronoun follows a
// clause word; an object is as likely whom it means and gives nothing.
TEST_CASE("an object pronoun after two people is the main subject", "[endorsement_pronoun]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Harold Brenstead had Ray Fenmore's support in the primary. Gov. Wanda Pellicott "
          "endorsed him after the win.\n");
  CHECK(HasRelation(r, "ENDORSES", "person:wanda-pellicott", "person:harold-brenstead"));
  CHECK(!HasRelation(r, "ENDORSES", "person:wanda-pellicott", "person:ray-fenmore"));
  const ArticleResult s =
      Run("Intro line here.\n\n"
          "Harold Brenstead won Ray Fenmore's old seat after Wanda Pellicott endorsed him.\n");
  CHECK(HasRelation(s, "ENDORSES", "person:wanda-pellicott", "person:harold-brenstead"));
  CHECK(CountType(s, "ENDORSES") == 1);
  // "her the next day" is a time phrase, not a possessive.
  const ArticleResult t =
      Run("Intro line here.\n\n"
          "Wanda Pellicott won the roll call vote, and Harold Brenstead endorsed her the next "
          "day.\n");
  CHECK(HasRelation(t, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  // An object of the main verb, or a man before the subject, leaves it open.
  const ArticleResult u =
      Run("Intro line here.\n\n"
          "Harold Brenstead attacked Ray Fenmore before Wanda Pellicott endorsed him.\n");
  CHECK(CountType(u, "ENDORSES") == 0);
  const ArticleResult v =
      Run("Intro line here.\n\n"
          "Harold Brenstead met Ray Fenmore in Dayton. Wanda Pellicott endorsed him.\n");
  CHECK(CountType(v, "ENDORSES") == 0);
  // "her opponent" stays a possessive.
  const ArticleResult w =
      Run("Intro line here.\n\n"
          "Wanda Pellicott won the vote, and Harold Brenstead endorsed her opponent.\n");
  CHECK(CountType(w, "ENDORSES") == 0);
}

}  // namespace
}  // namespace kg::extract
