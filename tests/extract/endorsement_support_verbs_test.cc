// ENDORSES from backing said without "endorse" (endorsement_support_verbs.cc):
// a candidate named behind a place, "state" or a party word after a backing
// verb, a supporter named before a relative clause, and "X has gotten
// behind Y" (also with a dash aside before "behind"); none of them for a policy, a hedge or an
// infinitive.
#include <catch2/catch.hpp>

#include "tests/extract/endorsement_battery.h"
#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a candidate behind a place and a title", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Former Rep. Harold Pimsleur, a frequent critic of the party who is "
                        "supporting Iowa Gov. Walter Brennholt, says the field is wide open.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Greta Valdane, the shipping heiress who backed Vermont Sen. Walter "
                        "Brennholt through the first contests, now hosts fundraisers.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // A place before no title is no candidate description.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Greta Valdane, who backed Iowa State in the tournament, watched "
                        "Walter Brennholt speak.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a supporter named before a relative clause", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Dara Quillfeather endorsed Ottilie Marsh, while Sen. Harold Pimsleur, "
                        "who carried the county in the last primary, is supporting state Sen. "
                        "Walter Brennholt.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:dara-quillfeather", "person:ottilie-marsh"));
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  // Support for a person's bill is about the bill.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Sen. Harold Pimsleur, who carried the county in the last primary, is "
                        "supporting Walter Brennholt's water bill.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: X has gotten behind Y", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Former Sen. Harold Pimsleur is backing Ottilie Marsh, while Sen. Greta "
                        "Valdane has gotten behind former state Sen. Walter Brennholt.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:ottilie-marsh"));
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // An infinitive or a hedge is no fact; a plan is no candidate.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Sen. Greta Valdane urged the delegates to get behind Walter Brennholt, "
                        "and Harold Pimsleur may have gotten behind Ottilie Marsh.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Sen. Greta Valdane has gotten behind Walter Brennholt's tax plan.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  // Outside an election article, getting behind someone is no endorsement.
  ArticleResult d =
      Run("Bridges\n\nSen. Greta Valdane has gotten behind Walter Brennholt on the bridge.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: X threw his support to Y", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Harold Pimsleur, a Toledo banker who has thrown his support to Walter "
                        "Brennholt after first backing Ottilie Marsh, hosted a dinner.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  // A bill of the person's, a wish and a rumour are none.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Sen. Harold Pimsleur lent his support to Walter Brennholt' water bill. "
                        "Greta Valdane should throw her support to Walter Brennholt. Rumors that "
                        "Dara Quillfeather pledged her support to Walter Brennholt are false.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: supported Y in a named race", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Greta Valdane, who supported Walter Brennholt in the 2012 primary, "
                        "spoke on Monday. Harold Pimsleur also publicly supported Ottilie Marsh "
                        "in her bid for the council.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:ottilie-marsh"));
  // Without the race, a past "supported" may be any cycle's or a vote;
  // "in the Senate" is a chamber.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Greta Valdane, who supported Walter Brennholt, spoke on Monday. Harold "
                        "Pimsleur strongly supported Ottilie Marsh in the Senate.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: support for a described candidate, coming out for a candidacy",
          "[relations][endorse]") {
  for (const char* body : {
           "Greta Valdane pledged her support for Republican presidential candidate Walter "
           "Brennholt months ago.",
           "Greta Valdane came out in support of Walter Brennholt's campaign for governor.",
           "Greta Valdane came out for Walter Brennholt's Senate bid.",
       }) {
    const std::string text = std::string(kElectionIntro) + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  }
  for (const char* body : {
           "Greta Valdane came out in support of Walter Brennholt's water plan.",
           "Greta Valdane pledged her support for the Walter Brennholt water plan.",
       }) {
    const std::string text = std::string(kElectionIntro) + body + "\n";
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(CountType(a, "ENDORSES") == 0);
  }
}

TEST_CASE("ENDORSES: a past 'who supported Y' in an election story", "[relations][endorse]") {
  // A relative clause on a named person, in an election article.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Harold Brenstead, a progressive strategist who supported Wanda Pellicott, "
                        "said the primary count was slow.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "\"I have no favourite candidate yet,\" said Lorna Figgis, who supported "
                        "Thomas Vasquell.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:thomas-vasquell"));
  // Not outside an election story, not a voter, not a main-clause past.
  ArticleResult c = Run(
      "Bridges\n\nHarold Brenstead, a progressive strategist who supported Wanda Pellicott, said "
      "the bridge was slow.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  ArticleResult d = Run(std::string(kElectionIntro) +
                        "Harold Brenstead, a voter who supported Wanda Pellicott, said the primary "
                        "count was slow. Lorna Figgis supported Thomas Vasquell.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: backing dated by an election year", "[relations][endorse]") {
  // No election word in the article: the year alone dates the candidacy.
  ArticleResult a =
      Run("Walter Brennholt toured the mills on Monday.\n\n"
          "Sen. Harold Pimsleur, who was a Brennholt delegate in 2016 and is backing him again for "
          "2020, said the old guard is still wary of Mr. Brennholt.\n\n"
          "Greta Valdane backed Walter Brennholt in 2016 and is now his lawyer.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // A year before a noun is no race; "supported Y in 2008" is as often a
  // voter's.
  ArticleResult b =
      Run("Greta Valdane backed Walter Brennholt in 2020 fundraising, the filings show.\n\n"
          "Harold Pimsleur, a retired teacher who supported Walter Brennholt in 2008, was in "
          "the crowd.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: 'Y, whom X backed when ...' in an election article", "[relations][endorse]") {
  const std::string intro =
      "Senate race\n\nThe Senate election is in November, and the primary campaign is under way. "
      "Every candidate wants the nomination.\n\n";
  ArticleResult a = Run(intro +
                        "Senator Dana Quillby will face the attorney general, Tomas Rixley, whom "
                        "Harold Brenstead backed when he was in the state.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:tomas-rixley"));
  // A bill or a thing heading "whom" is no candidate; "backing" is no finite verb.
  ArticleResult b = Run(intro +
                        "Senator Dana Quillby praised the plan, which Harold Brenstead backed "
                        "when he was in the state.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a dash aside between 'support' and 'behind'", "[relations][endorse]") {
  const EndorseCase cases[] = {
      {"Sen. Mark Delaney threw his support -- and his fortune -- behind Jane Whitfield.",
       {"Mark Delaney -> Jane Whitfield"}},
      {"Sen. Mark Delaney threw her support \xe2\x80\x94 and her money \xe2\x80\x94 behind Jane "
       "Whitfield.",
       {"Mark Delaney -> Jane Whitfield"}},
      {"Sen. Mark Delaney has thrown his full support -- and his campaign war chest -- behind "
       "Jane Whitfield.",
       {"Mark Delaney -> Jane Whitfield"}},
      {"The Keystone Nurses Association threw its support -- for now -- behind Jane Whitfield.",
       {"Keystone Nurses Association -> Jane Whitfield"}},
      {"Sen. Mark Delaney and Rep. Carla Moynihan threw their support -- and their donors -- "
       "behind Jane Whitfield.",
       {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
      // Silent: a hedge, a bill, an organisation after "weight", no idiom
      // verb, and the aside holding the noun instead.
      {"Sen. Mark Delaney will not throw his support -- or his money -- behind Jane Whitfield.",
       {}},
      {"Sen. Mark Delaney threw his support -- and his money -- behind the water bill.", {}},
      {"Sen. Mark Delaney threw his weight -- and his money -- behind the Keystone Nurses "
       "Association.",
       {}},
      {"Sen. Mark Delaney praised the support -- and the money -- behind Jane Whitfield.", {}},
      {"Sen. Mark Delaney threw his money -- and his support -- behind Jane Whitfield.", {}},
  };
  for (const EndorseCase& c : cases) CheckCase(c);
}

TEST_CASE("ENDORSES: the endorsee named after 'his (\"good\") friend'", "[relations][endorse]") {
  const EndorseCase cases[] = {
      {"Sen. Mark Delaney endorsed his \"good friend\" Jane Whitfield.",
       {"Mark Delaney -> Jane Whitfield"}},
      {"Sen. Mark Delaney endorsed his good friend Jane Whitfield on Monday.",
       {"Mark Delaney -> Jane Whitfield"}},
      {"Sen. Mark Delaney threw his support behind her longtime friend Jane Whitfield.",
       {"Mark Delaney -> Jane Whitfield"}},
      {"Sen. Mark Delaney and Rep. Carla Moynihan endorsed their \"dear friend\" Jane Whitfield.",
       {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
      // Silent: a hedge, no name after the friend words, no endorsing verb.
      {"Sen. Mark Delaney may endorse his good friend Jane Whitfield.", {}},
      {"Sen. Mark Delaney endorsed his friend and Jane Whitfield criticized him.", {}},
      {"Sen. Mark Delaney visited his \"good friend\" Jane Whitfield.", {}},
      {"Sen. Mark Delaney endorsed his friends in the legislature.", {}},
  };
  for (const EndorseCase& c : cases) CheckCase(c);
}
