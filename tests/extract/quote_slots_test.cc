// Statements and speakers of stop 16: attributions ending in an
// abbreviation, a pronoun closing a quotation's sentence, quotation
// paragraphs after a one-sentence paragraph or a long apposition
// (extract/quote_carryover.cc, quote_characterized.cc), and speakers named
// only by their slot (extract/speaker_mentions.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::FindStatement;
using testing::IsOrganization;
using testing::Run;
using testing::SpeakerName;

TEST_CASE("A quotation after an attribution ending in a state abbreviation", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"Millions of people are out of work,\" said Rep. Ann Lorimer, D-Calif. \"This is a "
          "very sad day for the whole country.\"\n\n"
          "\"We will keep on marching,\" said Betty Kravitz, of Aurora, Colo. \"His disregard "
          "for women will sweep them out of power.\"\n");
  CHECK(SpeakerName(r, "This is a very sad day") == "Ann Lorimer");
  CHECK(SpeakerName(r, "His disregard for women") == "Betty Kravitz");
}

TEST_CASE("A title's abbreviation before a quotation opens no new sentence", "[quote_slots]") {
  // The quotation after 'Sen.' is no sentence of its own: nothing carries.
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"We have waited long enough for this,\" said Ann Lorimer, who then quoted Sen. "
          "\"The people deserve far better than this from us.\"\n");
  CHECK(SpeakerName(r, "The people deserve") != "Ann Lorimer");
}

TEST_CASE("He or she closing the sentence a quotation opens", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"Those actions were not within the range of reasonable decisions,\" Deputy "
          "Attorney General Rod Kessel said in Baltimore on Monday.\n\n"
          "\"People spend a lot of time debating whose side I was on\" in the case, he said. "
          "\"That is because partisans evaluate things in terms of the politics.\"\n");
  CHECK(SpeakerName(r, "People spend a lot") == "Rod Kessel");
  CHECK(SpeakerName(r, "That is because partisans") == "Rod Kessel");
}

TEST_CASE("A pronoun inside the sentence does not close a quotation's sentence", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Deputy Attorney General Rod Kessel spoke in Baltimore on Monday.\n\n"
          "\"People spend a lot of time debating whose side I was on\" in the case, he said "
          "to the crowd before he left.\n");
  CHECK(FindStatement(r, "People spend a lot") == nullptr);
}

TEST_CASE("A quotation paragraph after a one-sentence paragraph about a person", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "President Donald Trump spoke at the summit on Monday.\n\n"
          "Trump defended his new travel restrictions on Monday.\n\n"
          "\"While we will always welcome new citizens, our borders will stay closed to "
          "terrorism.\"\n");
  CHECK(SpeakerName(r, "While we will always") == "Donald Trump");
}

TEST_CASE("Not after a paragraph of several sentences nor one naming two people", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "President Donald Trump spoke at the summit on Monday. The crowd cheered loudly.\n\n"
          "Trump defended his new travel restrictions. Critics were not convinced.\n\n"
          "\"While we will always welcome new citizens, our borders will stay closed to "
          "terrorism.\"\n\n"
          "Trump met Jane Pellworth on Tuesday.\n\n"
          "\"We have had a very long talk about all the trade issues today.\"\n");
  CHECK(FindStatement(r, "While we will always") == nullptr);
  CHECK(FindStatement(r, "We have had a very long") == nullptr);
}

TEST_CASE("A quotation paragraph after reported speech with a long apposition", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Brian Kettleby, a senior fellow on national security at the Center for American "
          "Progress, a liberal think tank in Washington, said the candidates were vague.\n\n"
          "\"Instead, we have a field that has leaned towards the slogans of the day.\"\n");
  CHECK(SpeakerName(r, "Instead, we have a field") == "Brian Kettleby");
}

TEST_CASE("A long apposition holding a clause gives no speaker", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Brian Kettleby, a senior fellow who has advised Mary Wollencraft on foreign "
          "policy for a decade, said the candidates were vague.\n\n"
          "\"Instead, we have a field that has leaned towards the slogans of the day.\"\n");
  CHECK(SpeakerName(r, "Instead, we have a field") != "Mary Wollencraft");
}

TEST_CASE("A place's word as a surname after a first name, in the speaker slot",
          "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"Trade politics have changed enormously since the election,\" said Darrell West, "
          "director of governance studies at the institute.\n\n"
          "Organizer Gary North rallied the crowd in the square.\n\n"
          "\"We were all told what to do and when to do it,\" North said.\n");
  const Entity* west = FindEntity(r, "Darrell West");
  REQUIRE(west != nullptr);
  CHECK(west->type == EntityType::kPerson);
  CHECK(SpeakerName(r, "Trade politics") == "Darrell West");
  CHECK(SpeakerName(r, "We were all told") == "Gary North");
}

TEST_CASE("A place speaking stays a place", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The border dispute went on. New Mexico said it would sue.\n\n"
          "\"We will not accept the new rules that Washington imposes,\" Texas said in a "
          "filing.\n");
  CHECK(FindEntity(r, "Texas") == nullptr);
  CHECK(FindEntity(r, "New Mexico") == nullptr);
}

TEST_CASE("A surname opening its full name speaks alone", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "He met his counterpart, Zhou Xiaoming, in the capital on Friday.\n\n"
          "\"The responsibility lies solely with Washington,\" Zhou said.\n");
  const Entity* e = FindEntity(r, "Zhou Xiaoming");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kPerson);
  CHECK(SpeakerName(r, "The responsibility lies") == "Zhou Xiaoming");
}

TEST_CASE("A camel-case brand speaking alone is an organisation", "[speaker_mentions]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"We have suspended this channel's monetization for now,\" YouTube said in a "
          "tweet.\n\n"
          "\"This was not a small strike at all,\" McMaster insisted on Sunday.\n");
  CHECK(IsOrganization(r, "YouTube"));
  CHECK(SpeakerName(r, "We have suspended") == "YouTube");
  CHECK_FALSE(IsOrganization(r, "McMaster"));
}

TEST_CASE("The spokesman speaks for whom the last unnamed spokesperson spoke", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "A spokesman for the National Football League said the league played no role.\n\n"
          "\"The league has no approval rights regarding campaign ads,\" the spokesman said.\n");
  CHECK(SpeakerName(r, "The league has no approval") == "National Football League");
}

TEST_CASE("The spokesman of a named spokesperson or of a person is not an organisation's",
          "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "A spokesman for Sen. Ann Lorimer said the league played no role.\n\n"
          "\"The league has no approval rights regarding campaign ads,\" the spokesman said.\n");
  CHECK(SpeakerName(r, "The league has no approval") != "National Football League");
}

TEST_CASE("A surname's lower-case particle opens the speaker slot", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "New York Mayor Bill de Blasio spoke at City Hall on Monday.\n\n"
          "\"We will not back down from this fight, not now and not ever,\" de Blasio said.\n\n"
          "Councilwoman Anna Vogel spoke next.\n\n"
          "\"We will keep every one of the shelters open this winter,\" von Vogel said.\n");
  CHECK(SpeakerName(r, "We will not back down") == "Bill de Blasio");
  // The particle is not part of her name: no speaker from the slot.
  CHECK(SpeakerName(r, "We will keep every one") != "Anna Vogel");
}

TEST_CASE("The company after a quotation of several sentences", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The Harbor Lodge Corporation said on Thursday that it would stop sending guest lists "
          "to U.S. Immigration and Customs Enforcement.\n\n"
          "\"We regret this decision. It was a hard one for all of us. We will help every "
          "guest,\" the company said in a statement.\n\n"
          "A spokesman for the National Football League said the league played no role.\n\n"
          "\"The league has no approval rights regarding campaign ads. That falls to the "
          "network. We never saw the ad,\" the spokesman said.\n");
  CHECK(SpeakerName(r, "We regret this decision") == "Harbor Lodge Corporation");
  CHECK(SpeakerName(r, "The league has no approval") == "National Football League");
}

TEST_CASE("The company named two sentences before the quotation is not its speaker",
          "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The Harbor Lodge Corporation said on Thursday that it would close. Workers were "
          "stunned by the news.\n\n"
          "\"We regret this decision. It was a hard one for all of us,\" the company said.\n");
  CHECK(SpeakerName(r, "We regret this decision") != "Harbor Lodge Corporation");
}

TEST_CASE("It speaks for the organisation the sentence before opens with", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The Harbor Lodge Corporation denied the accounts of several guests on Tuesday.\n\n"
          "\"We looked into these claims and found that they are untrue,\" it said.\n\n"
          "The Harbor Lodge Corporation's chief spoke to the board later that day.\n\n"
          "\"The board will meet again next week to review every claim,\" it said.\n");
  CHECK(SpeakerName(r, "We looked into these claims") == "Harbor Lodge Corporation");
  // A possessor is not the subject.
  CHECK(SpeakerName(r, "The board will meet") != "Harbor Lodge Corporation");
}

TEST_CASE("He after a sentence opening with an unnamed person names nobody", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Sen. Brent Aldous won 22 states in the primaries.\n\n"
          "A respected political insider recently told me most voters were content.\n\n"
          "\"The economy is in good shape and people know it,\" he said.\n\n"
          "Sen. Brent Aldous spoke in Ohio on Monday.\n\n"
          "\"We will win this state in the fall, no matter what,\" he said.\n");
  CHECK(FindStatement(r, "The economy is in good shape") == nullptr);
  CHECK(SpeakerName(r, "We will win this state") == "Brent Aldous");
}

TEST_CASE("He after a sentence opening with a former office holder", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "President Donald Trump spoke in Riyadh on Sunday.\n\n"
          "\"We are here to help the whole region,\" Mr. Trump said.\n\n"
          "In the U.S., former House Speaker Newt Gingrich compared Mr. Trump's speech to a "
          "famous address.\n\n"
          "\"You have the president surrounded by the largest alliance,\" he said.\n");
  CHECK(SpeakerName(r, "You have the president") == "Newt Gingrich");
}

TEST_CASE("The spokesman speaks for the person the last unnamed spokesperson spoke for",
          "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "A spokeswoman for Sen. Ann Lorimer released a statement on Tuesday.\n\n"
          "\"The allegations are very serious and must be handled with care,\" the "
          "spokeswoman said.\n\n"
          "Rep. Ilona Marsh spoke next. A spokesman for the National Football League said "
          "the league played no role.\n\n"
          "\"We are in the process of pulling every one of our ads,\" the representative "
          "continued.\n");
  CHECK(SpeakerName(r, "The allegations are very") == "Ann Lorimer");
  // A spokesperson, not the congresswoman.
  CHECK(SpeakerName(r, "We are in the process") == "National Football League");
}

TEST_CASE("A spokesman named in an apposition speaks for himself", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "A spokesman for President Vladimir Putin rejected the language. \"Assad is the "
          "legitimate president of the country,\" the spokesman, Dmitri Peskov, said.\n");
  CHECK(SpeakerName(r, "Assad is the legitimate") == "Dmitri Peskov");
}

TEST_CASE("The company after a quotation continues the organisation that spoke last",
          "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "The Harbor Lodge Corporation said on Tuesday it would stop advertising.\n\n"
          "\"Our placement was never an endorsement of any program,\" the company said, "
          "according to The Hollywood Reporter.\n\n"
          "\"We have decided to end every contract with the network,\" the company added.\n\n"
          "The Hollywood Reporter said it would publish more.\n\n"
          "The company notes that it has \"leveraged our design to drive awareness of animal "
          "welfare issues.\"\n");
  CHECK(SpeakerName(r, "We have decided to end") == "Harbor Lodge Corporation");
  // Not right after a quotation: the organisation named before it.
  CHECK(SpeakerName(r, "leveraged our design") != "Harbor Lodge Corporation");
}

TEST_CASE("A place's description of the one person named before the quotation", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Even so, rival Bernard Castell is still promising to stay in the race.\n\n"
          "\"We are going to have to win big in the primaries that remain,\" the Vermont "
          "senator said.\n\n"
          "President Donald Trump is pushing for a large package.\n\n"
          "\"We do have to be mindful of how to pay for it,\" the Kentucky Republican "
          "said.\n");
  CHECK(SpeakerName(r, "We are going to have to win") == "Bernard Castell");
  // The president is no state's Republican.
  CHECK(SpeakerName(r, "We do have to be mindful") != "Donald Trump");
}

TEST_CASE("A name, a past tense and a prepositional phrase closing the sentence", "[quote_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Sen. Brent Aldous spoke in Ohio on Monday.\n\n"
          "\"This was a very long and difficult night for all of us,\" Aldous stayed on the "
          "phone until dawn, and then left.\n\n"
          "\"Well, he is right about that, and neither is he,\" Aldous fired back on CNN.\n");
  CHECK(SpeakerName(r, "Well, he is right") == "Brent Aldous");
  // The sentence goes on past the phrase: no attribution.
  CHECK(FindStatement(r, "This was a very long") == nullptr);
}

}  // namespace
}  // namespace kg::extract
