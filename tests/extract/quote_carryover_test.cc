// When a quotation carries the previous speaker and when it has a speaker of
// its own (quote_carryover.cc), unnamed people close to a named one, he or
// she before a colon, and the subject of an inverted attribution.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A quotation with an attribution of its own does not carry the previous speaker",
          "[quotes]") {
  ArticleResult r =
      Run("Vote\n\nSen. Harold Finch spoke on Monday. \"We will win this seat in the fall,\" Finch "
          "said.\n\n\"Nobody in this town wants another term of this,\" Quorvik said.\n\n\"It has "
          "been a long year for all of us here.\"\n\n\"People are tired of the fighting in the "
          "capital,\" one longtime voter said.\n");
  const Statement* s = FindStatement(r, "We will win");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  // Quorvik is named by no rule: his words and the paragraph after them are
  // not Finch's.
  s = FindStatement(r, "Nobody in this town");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  s = FindStatement(r, "It has been a long year");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  s = FindStatement(r, "People are tired");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
}

TEST_CASE("An attribution naming the previous speaker in another form still carries him",
          "[quotes]") {
  ArticleResult r = Run(
      "Vote\n\nSen. Harold Finch spoke on Monday. \"We will win this seat in the fall,\" Finch "
      "said. \"Our voters are coming home to us at last,\" continued Finchley-Ward.\n\nThe race "
      "is close. \"We have the people and the money,\" he said.\n\n\"And we have the message "
      "that wins.\"\n");
  const Statement* s = FindStatement(r, "Our voters are coming home");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  s = FindStatement(r, "And we have the message");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
}

TEST_CASE("Someone close to a named person is not that person", "[quotes]") {
  ArticleResult r = Run(
      "Race\n\nSen. Harold Finch leads the polls.\n\n\"This is the scenario we all worried "
      "about for months,\" the Finch backer said.\n\nA source close to Finch said: \"He is proud "
      "of the campaign he has run so far.\"\n\n\"The senator will not debate on those terms,\" "
      "the Finch spokesman said.\n\nA spokesperson for Finch told reporters \"the senator "
      "remains fully committed to the race.\"\n");
  const Statement* s = FindStatement(r, "This is the scenario");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  s = FindStatement(r, "He is proud of the campaign");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  // A spokesperson speaks for the one he speaks for.
  s = FindStatement(r, "The senator will not debate");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  s = FindStatement(r, "the senator remains fully");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
}

TEST_CASE("He or she opening a clause that a colon and a quotation end", "[quotes]") {
  ArticleResult r =
      Run("Debate\n\nSen. Maria Lopez took the stage first on Tuesday night. Then she challenged "
          "him: \"If you have something to say, say it directly to me.\"\n\nIn Milwaukee, she "
          "interjected a quick jab: \"You are not the president yet, my friend.\"\n\nAt the rally "
          "she held up a placard that read: \"Keep your promises to every worker.\"\n\nShe mocked "
          "the refrain she has heard from Harold Finch: \"Your ideas are far too ambitious for "
          "us.\"\n");
  const Statement* s = FindStatement(r, "If you have something to say");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:maria-lopez");
  CHECK(s->evidence.rule == "quote.colon_pronoun");
  s = FindStatement(r, "You are not the president yet");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:maria-lopez");
  // A placard's words and a refrain heard from someone else are not hers.
  CHECK(FindStatement(r, "Keep your promises") == nullptr);
  s = FindStatement(r, "Your ideas are far");
  CHECK((s == nullptr || s->speaker != "person:maria-lopez"));
}

TEST_CASE("He after an inverted attribution is its speaker, not a name in its apposition",
          "[quotes]") {
  ArticleResult r =
      Run("Delegates\n\n\"The key for the senators is to cut into the margins on Tuesday,\" said "
          "delegate expert Jim Ellis, who was an adviser to House Majority Leader Tom Delaney.\n\n"
          "\"The important point to remember is the majority of delegates,\" he said.\n\n\"No "
          "deal will pass this chamber this year,\" said Ann Lee. Tom Delaney disagreed.\n\n\"It "
          "will pass before the summer is out,\" he said.\n");
  const Statement* s = FindStatement(r, "The important point");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:jim-ellis");
  s = FindStatement(r, "It will pass");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:tom-delaney");
}

TEST_CASE("A quotation closed by '!' or '?' before a new sentence is not that sentence's",
          "[quotes]") {
  ArticleResult r =
      Run("Tweets\n\nGov. Harold Finch tweeted on Sunday. \"Appreciate the support for being right "
          "on this issue,\" Finch wrote. \"I want toughness and vigilance from us. We must be "
          "smart!\" He then chided Mayor Ann Lee for refusing to say the words, saying she should "
          "step down.\n\n\"Who will stand up for the workers of this state?\" Finch asked the "
          "crowd.\n");
  const Statement* s = FindStatement(r, "I want toughness");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  s = FindStatement(r, "Who will stand up");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  CHECK(s->evidence.rule == "quote.after");
}

TEST_CASE("An inverted attribution inside a sentence names its subject", "[quotes]") {
  ArticleResult r =
      Run("Court\n\n\"The court has not had many cases like it in years,\" said Maria Lopez, a law "
          "professor.\n\nThat dissent may prove influential, said Ann Carver, a professor at the "
          "state university. \"One item to keep an eye on this term,\" she said, \"is the "
          "docket.\"\n");
  const Statement* s = FindStatement(r, "One item to keep");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ann-carver");
}

TEST_CASE("A name and a long apposition ended by a comma before the verb", "[quotes]") {
  ArticleResult r = Run(
      "Science\n\n\"Science is global and it always has been,\" Sir James Stoddart, a winner of "
      "the Nobel Prize in Chemistry and a professor at Northwestern University, who was born in "
      "Scotland, told The Hill. \"Open borders made this country what it is.\"\n\n\"The vote "
      "will be close in every county of the state,\" Ann Lee, who runs the county party and "
      "said last week that the count would take days because of the many mail ballots, "
      "warned.\n");
  const Statement* s = FindStatement(r, "Science is global");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:james-stoddart");
  s = FindStatement(r, "Open borders made");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:james-stoddart");
  // Past the usual window only a verb right after the apposition's comma.
  s = FindStatement(r, "The vote will be close");
  CHECK((s == nullptr || s->evidence.text.find("said last week") == std::string::npos ||
         s->speaker == "person:ann-lee"));
}

TEST_CASE("A nickname inside a name is no quotation", "[quotes]") {
  ArticleResult r =
      Run("Vetting\n\nBut Edward \"Ted\" Newton, who led the team vetting the governor four years "
          "ago, said that the reports show the governor's growing influence.\n");
  CHECK(FindStatement(r, "Ted") == nullptr);
}

TEST_CASE("A party description of a person the article gives no party", "[quotes]") {
  ArticleResult r = Run(
      "Rally\n\nHarold Finch has pounced on the report in every speech this week.\n\n\"She wants "
      "to sell out our security for a pile of cash,\" the Republican nominee said in Reno.\n");
  const Statement* s = FindStatement(r, "She wants to sell");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  // Not when someone else carries the party, nor when he carries another.
  r =
      Run("Rally\n\nDemocrat Ann Lee won the primary in June.\n\nHarold Finch has pounced on the "
          "report in every speech this week.\n\n\"She wants to sell out our security for a pile of "
          "cash,\" the Democratic nominee said in Reno.\n");
  s = FindStatement(r, "She wants to sell");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  r =
      Run("Rally\n\nHarold Finch, a Republican, has pounced on the report in every speech this "
          "week.\n\n\"She wants to sell out our security for a pile of cash,\" the Democratic "
          "nominee said in Reno.\n");
  s = FindStatement(r, "She wants to sell");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
}

TEST_CASE("A role phrase and a name after the verb; a reflexive before it", "[quotes]") {
  ArticleResult r = Run(
      "Campaign\n\nSen. Maria Lopez spoke in Ohio.\n\n\"She always starts from what you can get "
      "done,\" said her campaign chairman, John Podesky.\n\nHarold Finch himself told supporters "
      "this week that Lopez was the \"only conservative left in the race,\" according to a "
      "report.\n");
  const Statement* s = FindStatement(r, "She always starts");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:john-podesky");
  s = FindStatement(r, "only conservative left");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
}

TEST_CASE("A quotation after a sentence whose attribution ends it", "[quotes]") {
  ArticleResult r =
      Run("Plan\n\nGov. Harold Finch spoke on Monday. \"We will win this seat in the fall,\" Finch "
          "said.\n\nThe plan is good for every county in the state, he said. \"Nobody here wants "
          "another term of this.\"\n\nAnother option is a broader approach to the problem, argues "
          "Seamus Hughes of the state university. \"You have a number of cases where there is not "
          "enough evidence.\"\n\n\"We need more money for the schools,\" said Ann Lee, a teacher. "
          "Harold Finch's suggestion to bomb parts of the region was hyperbolic but disturbing, he "
          "said. \"I mean, that a candidate would think "
          "that this appeals to voters is frightening.\"\n\nBut his mom, Anna, says Finch changed "
          "the tone. \"It was so exciting to have a governor who finally listens to us.\"\n");
  const Statement* s = FindStatement(r, "Nobody here wants");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  s = FindStatement(r, "You have a number of cases");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:seamus-hughes");
  // He is not the previous speaker; a clause after the name is no attribution.
  s = FindStatement(r, "I mean, that a candidate");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  s = FindStatement(r, "It was so exciting");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
}

TEST_CASE("A plural subject of its own attribution does not carry the previous speaker",
          "[quotes]") {
  ArticleResult r = Run(
      "Ruling\n\nGov. Harold Finch spoke on Monday. \"We will appeal this ruling at once,\" "
      "Finch said.\n\n\"The statute plainly gives the state no such power over its counties,\" "
      "the judges wrote.\n\n\"Nor does any earlier ruling of this court suggest otherwise.\"\n\n"
      "\"We have read the ruling and we are not surprised by it,\" said the commissioners.\n");
  const Statement* s = FindStatement(r, "We will appeal");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  s = FindStatement(r, "The statute plainly gives");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  s = FindStatement(r, "Nor does any earlier ruling");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  s = FindStatement(r, "We have read the ruling");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
}

TEST_CASE("He or she is not the person asked or told right after the verb", "[quotes]") {
  ArticleResult r = Run(
      "Border\n\nMara Quintel waited at the crossing with her son. Her friend Tesla Rook had left "
      "her baby with a guard.\n\n\"Do you think she is safe over there?\" she asked Quintel. "
      "\"I have never left her with a stranger before.\"\n\nGov. Harold Finch met the anchor "
      "Dana Whitlow on Monday.\n\n\"We need a transition that lets every voter have a say,\" he "
      "told Finch.\n\n\"We will keep the border open for trade,\" he told Whitlow.\n");
  const Statement* s = FindStatement(r, "Do you think she is safe");
  CHECK((s == nullptr || s->speaker != "person:mara-quintel"));
  s = FindStatement(r, "I have never left her");
  CHECK((s == nullptr || s->speaker != "person:mara-quintel"));
  s = FindStatement(r, "We need a transition");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  // Told someone else: the pronoun's person speaks.
  s = FindStatement(r, "We will keep the border open");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
}

TEST_CASE("The person a naming verb puts before the quotation is named, not the speaker",
          "[quote_carryover]") {
  // 'she called Tesk "..."' stays hers; 'Tesk called Varrow "a bigot;"'
  // is not Varrow's.
  const ArticleResult r =
      Run("Harbor race\n\n"
          "Lena Varrow met Omar Tesk on Monday.\n\n"
          "At the time, she called Tesk \"unfit for the harbor board.\"\n\n"
          "Omar Tesk called Varrow \"a bigot;\" Varrow accused Tesk of lying.\n\n"
          "Tesk said the plan was \"a waste of good money.\"\n");
  CHECK(SpeakerName(r, "unfit for the harbor board") == "Lena Varrow");
  CHECK(SpeakerName(r, "a bigot") != "Lena Varrow");
  CHECK(SpeakerName(r, "a waste of good money") == "Omar Tesk");
}
