// ENDORSES rules about announced or held support and listed endorsements:
// support for a person in an article about an election (the sentence
// itself without an election word), a subject behind an unbracketed party
// tag, a holder before a participial phrase, endorsers listed after
// "including", and endorsements given only in a negated or infinitive clause.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: support announced in an election article", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Harold Pimsleur was dealt a blow this week when popular Gov. Greta "
                        "Valdane, a rising star in the party, announced her support for Walter "
                        "Brennholt.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // The same sentence in an article that is not about an election.
  ArticleResult b = Run(
      "Bridges\n\nHarold Pimsleur was dealt a blow this week when popular Gov. Greta Valdane, a "
      "rising star in the party, announced her support for Walter Brennholt.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  // Support for a person's plan is about the plan.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Gov. Greta Valdane announced her support for Walter Brennholt's water "
                        "bill on Monday.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a subject behind an unbracketed party tag", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Unlike Harold Pimsleur, Senate Majority Leader Greta Valdane, R-Ky., "
                        "quickly announced her support for Walter Brennholt after his win.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: a holder before a participial phrase", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Walter Brennholt, enjoying the support of Gov. Greta Valdane, campaigned "
                        "harder than anybody in the state.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // A bill that enjoys support is no candidate.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "The water bill, enjoying the support of Gov. Greta Valdane, passed the "
                        "chamber on Monday.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: endorsers listed after 'including'", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nWalter Brennholt has scored at least four major endorsements, including that "
          "of Greta Valdane and Harold Pimsleur.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  ArticleResult c =
      Run("Race\n\nWalter Brennholt has won endorsements, including the Plumbers Union.\n");
  CHECK(HasRelation(c, "ENDORSES", "organization:plumbers-union", "person:walter-brennholt"));
  // Hoped for, not received.
  ArticleResult b =
      Run("Race\n\nWalter Brennholt hopes to win endorsements, including that of Greta "
          "Valdane.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: an endorsement not offered or given in an infinitive",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nAlthough Greta Valdane has not offered a formal endorsement of Walter "
          "Brennholt, the meeting is a sign of warming.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // The one praised gave it, not the sentence subject.
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur praised the mayor, Greta Valdane, for touring the state to "
          "give her endorsement to Walter Brennholt.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  // A body that voted to give it did.
  ArticleResult c =
      Run("Race\n\nThe Plumbers Union voted to give its endorsement to Walter Brennholt.\n");
  CHECK(HasRelation(c, "ENDORSES", "organization:plumbers-union", "person:walter-brennholt"));
  ArticleResult d =
      Run("Race\n\nGreta Valdane offered a formal endorsement of Walter Brennholt on Monday.\n");
  CHECK(HasRelation(d, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: X's backing of Y", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nAn aide said Greta Valdane's backing of Walter Brennholt was valued by "
          "former Harold Pimsleur supporters.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // Backing of a person's plan is about the plan.
  ArticleResult b =
      Run("Race\n\nGreta Valdane's backing of Walter Brennholt's water bill surprised "
          "everyone.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a relative clause past a party tag and home state", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\n\"You work your head off,\" adds Sen. Greta Valdane (D) of Oregon, who has "
          "endorsed Walter Brennholt.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // A relative clause on a place named alone is no person's.
  ArticleResult b =
      Run("Race\n\nThe rally moved to Oregon, which has endorsed nobody, and Walter Brennholt "
          "spoke there.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a relative clause on a longer or dashed apposition", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\n\"I will hold my nose,\" said Greta Valdane, a Missouri state senator and "
          "congressional candidate who endorsed Walter Brennholt during the primary.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  ArticleResult b =
      Run("Race\n\nThe Plumbers Union \xe2\x80\x94 a group that backed Walter Brennholt in the "
          "primary \xe2\x80\x94 congratulated Harold Pimsleur.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:plumbers-union", "person:walter-brennholt"));
  // A person named inside the apposition is the one the relative is about.
  ArticleResult c =
      Run("Race\n\nGreta Valdane, a longtime friend of Harold Pimsleur who endorsed Walter "
          "Brennholt in the primary, spoke.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: backing in an election article", "[relations][endorse]") {
  // No election word in the sentence, but the article is about a race.
  ArticleResult a =
      Run(std::string(kElectionIntro) +
          "Gov. Greta Valdane, who backed Walter Brennholt until he dropped out, now praises "
          "Harold Pimsleur.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // Not a bill, not the noun, and not outside an election article.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Gov. Greta Valdane, who backed the Water Resources Act, praised it.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "An aide said Greta Valdane's backing pleased Walter Brennholt.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  ArticleResult d =
      Run("Bridges\n\nGov. Greta Valdane, who backed Walter Brennholt until he left the bank, "
          "now praises Harold Pimsleur.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a voter described at length names no endorser", "[relations][endorse]") {
  ArticleResult a =
      Run(std::string(kElectionIntro) +
          "Greta Valdane, a retired Ohio school teacher and Democratic voter who backed Walter "
          "Brennholt, spoke.\n");
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: listed endorsers of a named person", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nGreta Valdane joins other Walter Brennholt endorsers like the Plumbers Union, "
          "Harold Pimsleur and Edna Farrowby.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:plumbers-union", "person:walter-brennholt"));
  ArticleResult b =
      Run("Race\n\nWalter Brennholt backers such as Harold Pimsleur and Greta Valdane cheered "
          "on Monday.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // No list, or backers of a plan.
  ArticleResult c = Run("Race\n\nWalter Brennholt backers cheered Harold Pimsleur on Monday.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  ArticleResult d =
      Run("Race\n\nThe water plan backers such as Harold Pimsleur cheered on Monday.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: backing the challenger of a named person", "[relations][endorse]") {
  // The object is the unnamed challenger, not the one challenged.
  ArticleResult a =
      Run("Race\n\nGreta Valdane took the unusual step of backing the little-known Republican "
          "businessman challenging Walter Brennholt for his seat in the primary.\n");
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: coming out for a candidate", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Two days later, Gov. Greta Valdane came out for Walter Brennholt.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK(FindRelation(a, "ENDORSES")->evidence.rule == "endorse.came_out");
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Sen. Harold Pimsleur and Gov. Greta Valdane have come out in favor of "
                        "Walter Brennholt this week.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // Not a plan, not a hedge, not a subject away from the verb.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Gov. Greta Valdane came out in support of Walter Brennholt's water "
                        "bill.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  ArticleResult d = Run(std::string(kElectionIntro) +
                        "Gov. Greta Valdane may come out for Walter Brennholt next week.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
  ArticleResult e = Run(std::string(kElectionIntro) +
                        "Harold Pimsleur lost ground after coming out for Walter Brennholt.\n");
  CHECK(CountType(e, "ENDORSES") == 0);
  // Outside an election article "came out for" is just going out.
  ArticleResult f =
      Run("Storm\n\nGov. Greta Valdane came out for Walter Brennholt when the roof fell in.\n");
  CHECK(CountType(f, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: coming out for a candidate past a party tag", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Walter Brennholt gained ground, with Sen. Greta Valdane (R) of Utah "
                        "coming out for Harold Pimsleur this week.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult b =
      Run(std::string(kElectionIntro) +
          "Walter Brennholt lost ground, with Gov. Greta Valdane coming out Friday for "
          "Harold Pimsleur.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: 'is supporting Y' and 'who supports Y' in an election article",
          "[relations][endorse]") {
  auto run = [](const char* sentence) { return Run(std::string(kElectionIntro) + sentence); };
  CHECK(HasRelation(run("Greta Valdane is supporting Walter Brennholt.\n"), "ENDORSES",
                    "person:greta-valdane", "person:walter-brennholt"));
  CHECK(HasRelation(run("Harold Pimsleur, who now supports Walter Brennholt, spoke on Monday.\n"),
                    "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  // An adverb after "are", and a coordinated predicate after Y.
  const ArticleResult both =
      run("Ms. Greta Valdane and Mr. Harold Pimsleur are also supporting Mr. Walter Brennholt and "
          "were scheduled to campaign with him.\n");
  CHECK(HasRelation(both, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  CHECK(HasRelation(both, "ENDORSES", "person:harold-pimsleur", "person:walter-brennholt"));
  // A voter's answer, a bill, a person's plan, a condition, a denial, a
  // participle: no endorsement.
  for (const char* no : {"Harold Pimsleur, a voter who supports Walter Brennholt, spoke.\n",
                         "Harold Pimsleur said she supports Walter Brennholt.\n",
                         "Harold Pimsleur supports the water bill.\n",
                         "Harold Pimsleur supports Walter Brennholt's plan.\n",
                         "If Harold Pimsleur supports Walter Brennholt, the race is over.\n",
                         "Harold Pimsleur is not supporting Walter Brennholt.\n",
                         "Harold Pimsleur is also not supporting Walter Brennholt.\n",
                         "Harold Pimsleur is also supporting Walter Brennholt's plan.\n",
                         "Supporting Walter Brennholt, Harold Pimsleur spoke.\n"})
    CHECK(CountType(run(no), "ENDORSES") == 0);
  // Outside an article about an election, support is not backing.
  CHECK(CountType(Run("Bridges\n\nGreta Valdane is supporting Walter Brennholt.\n"), "ENDORSES") ==
        0);
}

TEST_CASE("ENDORSES: support for a described candidate, support of after a verb",
          "[relations][endorse]") {
  // The candidate behind a party and office description or a past title.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Radio host Lorna Figgis pledged her support for Republican presidential "
                        "candidate Wanda Pellicott months ago.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Harold Brenstead announced his support for former Foreign Secretary "
                        "Thomas Vasquell as the next party leader.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:thomas-vasquell"));
  // "support of" after a verb of announcing.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Vice President Harold Brenstead voiced his support of Wanda Pellicott on "
                        "Thursday evening.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  // "the support of X" is still X's, received; a plan named after a
  // description names no candidate.
  ArticleResult d = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott won the support of Harold Brenstead. Thomas Vasquell "
                        "announced his support for the health plan of Lorna Figgis.\n");
  CHECK(HasRelation(d, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(d, "ENDORSES", "person:wanda-pellicott", "person:harold-brenstead"));
  CHECK_FALSE(HasRelation(d, "ENDORSES", "person:thomas-vasquell", "person:lorna-figgis"));
}

TEST_CASE("ENDORSES: 'Y, who with the support of X, defeated Z' (support after its holder)",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "Rep. Dorian Oxby (R-OH), who with the support of President Ida Brack, "
                        "managed to defeat Marta Quillfeather.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:dorian-oxby"));
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "Marta Quillfeather, with the strong support of Gov. Gus Halvorsen, won "
                        "the primary.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  // A vote's support, a bill's, or a hope: none.
  ArticleResult c = Run(std::string(kTwoCandidateIntro) +
                        "Dorian Oxby, who with the support of Congress won the vote, spoke.\n\n"
                        "Sen. Dorian Oxby, with the support of Sen. Gus Halvorsen, introduced the "
                        "bill.\n\nMarta Quillfeather, who hoped with the support of Gov. Gus "
                        "Halvorsen to win, lost.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: 'with the support|backing of unnamed endorsers and Gov. X' after its holder",
          "[relations][endorse]") {
  ArticleResult a =
      Run(std::string(kTwoCandidateIntro) +
          "Rep. Dorian Oxby, who with the support of party leaders and Gov. Ida Brack, managed "
          "to defeat Marta Quillfeather.\n\nMarta Quillfeather won the nomination with the "
          "endorsement of unions and popular Mayor Gus Halvorsen.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:dorian-oxby"));
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "Sen. Dorian Oxby, with the support of party leaders and Gov. Ida Brack, "
                        "introduced the bill.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}
