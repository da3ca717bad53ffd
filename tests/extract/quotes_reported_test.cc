// Quotations inside reported speech and speech still to come (see
// quotes_test.cc for the basic patterns): the subject of the reporting
// frame after an introductory phrase or a conjunction, a verb in the next
// sentence that introduces a quotation of its own, ', said X' closing a
// sentence, future and modal speech, colon introductions after a
// describing word, beliefs, and quoted subheadings.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Reported speech after an introductory phrase or a conjunction", "[quotes]") {
  ArticleResult r = Run(
      "Prize\n\nIn a speech to accept the Harbor Foundation's Liberty Prize, Walter Brennigan, "
      "R-Ohio, emphasized that the country is \"a land made of ideals, not blood and soil,\" a "
      "rebuke to the marchers.\n\nBut Harold Pemberton, head of the Harbor Workers Union, said "
      "the speech was \"pitch perfect\" because it showed how \"he knows this moment is about our "
      "communities and our families.\"\n");
  const Statement* s = FindStatement(r, "a land made of ideals");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:walter-brennigan");
  CHECK(s->evidence.rule == "quote.reported");
  s = FindStatement(r, "he knows this moment");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-pemberton");
}

TEST_CASE("An introductory phrase ending in a relative clause keeps its speaker", "[quotes]") {
  // The clause after the comma is a relative clause: the sentence's own
  // frame ('who said') still names the speaker.
  ArticleResult r =
      Run("Race\n\nLater in the day he shared a post by Gerald Mott, who said a race between them "
          "would be \"the greatest political battle in our history.\"\n");
  const Statement* s = FindStatement(r, "the greatest political battle");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gerald-mott");
}

TEST_CASE("A verb introducing its own quotation does not attribute the one before", "[quotes]") {
  ArticleResult r = Run(
      "Memo\n\nIn a leaked memo, Nigel Ashcombe, the ambassador, suggested that Governor Paul "
      "Redding might be \"open to outside influence if pitched right.\" He said that because the "
      "embassy had \"built better relationships with his team than anyone else in town.\"\n");
  const Statement* s = FindStatement(r, "open to outside influence");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:nigel-ashcombe");
  // Without a speaker in the quotation's own sentence, the next sentence's
  // verb still attributes it.
  r =
      Run("Race\n\nSen. Ann Lee spoke on Monday. \"We will win this race in November.\" Lee said "
          "the campaign \"is stronger than it has ever been before.\"\n");
  s = FindStatement(r, "We will win this race");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ann-lee");
  CHECK(s->evidence.rule == "quote.after");
}

TEST_CASE("', said X' closing a sentence attributes a quotation inside it", "[quotes]") {
  ArticleResult r = Run(
      "Task force\n\nCivilians sat on the task force in 2015 but \"there was not a good working "
      "relationship\" with the police, said Daniel Mahler, the sheriff of Dane County.\n");
  const Statement* s = FindStatement(r, "there was not a good working");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:daniel-mahler");
  CHECK(s->evidence.rule == "quote.after");
  // Only ', said X': a name and a verb after a comma inside the sentence may
  // begin another clause.
  r =
      Run("Plan\n\nGregory Tallis spoke. The plan \"would hurt millions of working families across "
          "the state\" in the long run, Tallis wrote in a column that ran Sunday.\n");
  CHECK(FindStatement(r, "would hurt millions") == nullptr);
}

TEST_CASE("Future and modal speech is the speaker's", "[quotes]") {
  ArticleResult r = Run(
      "Speech\n\nPrime Minister Theresa Mayhew will give a speech on Monday.\n\n\"These people "
      "see their jobs being outsourced and their wages undercut,\" she'll say.\n\nAt the same "
      "meeting, Mayor Eleanor Vasquez is expected to say that the city \"will not back down from "
      "this fight with the state.\"\n");
  const Statement* s = FindStatement(r, "These people see");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:theresa-mayhew");
  s = FindStatement(r, "will not back down");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:eleanor-vasquez");
  // "you'll hear from X who ...": not a speaker of the quotation before it.
  r =
      Run("Convention\n\nYou'll hear from Sen. Ann Lee, who listed her so-called Cherokee "
          "\"heritage;\" you'll hear from Vice President Joe Bidwell who once quipped that \"you "
          "cannot go to a store without an accent.\"\n");
  CHECK(FindStatement(r, "heritage") == nullptr);
}

TEST_CASE("A colon introduction after a describing word and a title", "[quotes]") {
  ArticleResult r = Run(
      "Funding\n\nCentrist Sen. Kyra Simmons (D-Ariz.) expressed frustration with the impasse and "
      "endorsed a bill: \"The Senate should approve the funding by unanimous consent.\"\n");
  const Statement* s = FindStatement(r, "The Senate should approve");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:kyra-simmons");
  CHECK(s->evidence.rule == "quote.colon_intro");
  // Not a name further in: the critics are not Simmons.
  r =
      Run("Funding\n\nCritics of Sen. Kyra Simmons had one complaint: \"The Senate should never "
          "approve this funding.\"\n");
  CHECK(FindStatement(r, "The Senate should never") == nullptr);
}

TEST_CASE("A named subject's belief quoted in reported speech", "[quotes]") {
  ArticleResult r =
      Run("Power\n\nAdviser Martin Keller believes he already does, and that we will all soon see "
          "that \"it will not be questioned by anyone.\"\n");
  const Statement* s = FindStatement(r, "it will not be questioned");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:martin-keller");
  CHECK(s->evidence.rule == "quote.reported");
  r =
      Run("Power\n\nMartin Keller spoke. Many believe that \"it will not be questioned by anyone "
          "at all.\"\n");
  CHECK(FindStatement(r, "it will not be questioned") == nullptr);
}

TEST_CASE("A quoted subheading does not continue the previous speaker", "[quotes]") {
  ArticleResult r =
      Run("Turnout\n\n\"Turnout is what decides these races every single time,\" said Kelly "
          "Ramirez.\n\n\"Donald Tramp will define this election\"\n\nThe race goes on.\n");
  REQUIRE(FindStatement(r, "Turnout is what") != nullptr);
  CHECK(FindStatement(r, "Donald Tramp will define") == nullptr);
}

TEST_CASE("A quotation opening the paragraph after reported speech", "[quotes]") {
  ArticleResult r = Run(
      "Exit\n\nIn a statement announcing his departure, Michael Bergstrom vowed to stay engaged "
      "in the election.\n\n\"I have always believed that defeating this governor starts with "
      "uniting behind one candidate.\"\n");
  const Statement* s = FindStatement(r, "I have always believed");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:michael-bergstrom");
  CHECK(s->evidence.rule == "quote.follows_speech");
  // Not when the subject is not the clause's ('But then I listened to what
  // X said'), nor when words after the quotation give it a speaker of its
  // own that no rule names, nor for an embedded post's signature.
  r =
      Run("Radio\n\nMichael Bergstrom hosts a show. But then I listened to what Bergstrom "
          "actually said.\n\n\"Are you for invading the country next door?\"\n");
  CHECK(FindStatement(r, "Are you for invading") == nullptr);
  r =
      Run("Cables\n\nJane Holloway said about six messages a year were sent through the "
          "channel.\n\n\"One little lonely voice out in the wild was not going to turn the "
          "train around,\" one diplomat who sent a cable told Holloway.\n");
  CHECK(FindStatement(r, "One little lonely voice") == nullptr);
  r =
      Run("Blast\n\nGov. Andrew Calloway said there was no link to another device.\n\n\"Louder "
          "than any thunder I have ever heard in my life.\" Midtown blast pic.twitter.com/abc "
          "- Liz Mandel (@lizm) September 18, 2016\n");
  const Statement* t = FindStatement(r, "Louder than any thunder");
  CHECK((t == nullptr || t->speaker != "person:andrew-calloway"));
}

TEST_CASE("A modifier before a title after a quotation", "[quotes]") {
  ArticleResult r =
      Run("Visa\n\n\"The university is working closely with the family to resolve this matter,\" "
          "university spokesperson Jonathan Swainson told the Crimson.\n");
  const Statement* s = FindStatement(r, "The university is working");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:jonathan-swainson");
  CHECK(s->evidence.rule == "quote.after");
  // A function word is no modifier: 'the former "body man" to ex-President
  // X' quotes nobody.
  r =
      Run("Aide\n\nIn one case, the former \"body man\" to ex-President Bill Clanton wrote a "
          "memo.\n");
  CHECK(FindStatement(r, "body man") == nullptr);
}

TEST_CASE("He/she after a sentence opening with an introductory phrase", "[quotes]") {
  // The sentence is about the person after the phrase and its comma.
  ArticleResult r =
      Run("Bill\n\nGregory Tallis spoke first. In a speech at the statehouse on Tuesday, Raymond "
          "Achter praised the bill that Tallis wrote. \"It is the right thing to do,\" he said.\n");
  const Statement* s = FindStatement(r, "It is the right thing");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:raymond-achter");
  // Not past a phrase that holds a speech verb: "As X said, ..." is about
  // the bill.
  r =
      Run("Bill\n\nGregory Tallis spoke first. As Raymond Achter said on Monday, the bill is "
          "good. \"It is the right thing to do,\" he said.\n");
  s = FindStatement(r, "It is the right thing");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gregory-tallis");
}

TEST_CASE("The first name of the main clause, not of an introductory one", "[quotes]") {
  ArticleResult r = Run(
      "Debate\n\nWhen Maria Delgado used her closing remarks to attack him, Samuel Okafor called "
      "it a \"low blow\" and countered: \"One of us ran against the governor. I was not that "
      "candidate.\"\n");
  const Statement* s = FindStatement(r, "One of us ran");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:samuel-okafor");
  // "As X, a senior fellow, said" is X's: no introductory phrase there.
  r =
      Run("Schools\n\nAs Joseph Nathanson, a senior fellow at the Center for School Change, "
          "said: \"We have not done enough to deal with the crooks and charlatans.\"\n");
  s = FindStatement(r, "We have not done enough");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:joseph-nathanson");
}

TEST_CASE("A colon introduction after a phrase that names someone else", "[quotes]") {
  // The introductory phrase may be about another person: the main clause's
  // subject still speaks.
  ArticleResult r = Run(
      "Hearing\n\nAsked by Dana Whitcomb whether she had shared the memo, Kyra Simmons flatly "
      "denied it: \"I gave that memo to nobody, not once, not ever.\"\n\nWhen Hal Brenner tried "
      "to interrupt, Simmons cut him off: \"Let me finish the answer I started, please.\"\n");
  const Statement* s = FindStatement(r, "I gave that memo");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:kyra-simmons");
  CHECK(s->evidence.rule == "quote.colon_intro");
  s = FindStatement(r, "Let me finish");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:kyra-simmons");
  // Not when the main clause names another person whose words they are.
  r =
      Run("Rally\n\nAt his rally in Toledo, Hal Brenner left the stage to the sound of Dana "
          "Whitcomb singing: \"We will never stop dancing in the rain tonight.\"\n");
  s = FindStatement(r, "We will never stop");
  CHECK((s == nullptr || s->speaker != "person:hal-brenner"));
}

TEST_CASE("An organisation before a title is part of the title of the subject", "[quotes]") {
  // "Senate Minority Leader X, D-N.Y., said ...": the sentence opens with
  // the organisation of the title, then the name and its apposition.
  ArticleResult r =
      Run("Budget\n\nSenate Minority Leader Kyra Simmons, D-Ore., said that the new budget was "
          "\"every bit as cruel as the one before it\" and \"even worse\" for schools.\n\nHouse "
          "Speaker Hal Brenner, R-Ohio, called the vote \"a victory for every family in this "
          "country.\"\n");
  const Statement* s = FindStatement(r, "every bit as cruel");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:kyra-simmons");
  CHECK(s->evidence.rule == "quote.reported");
  s = FindStatement(r, "a victory for every family");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:hal-brenner");
}

TEST_CASE("A colon introduction or a subject sentence after an organisation's title", "[quotes]") {
  ArticleResult r = Run(
      "Caucus\n\nFreedom Caucus Chairman Hal Brenner diagnosed the problem: \"We have not "
      "found enough votes to pass it this week.\"\n\nSenate Majority Whip Kyra Simmons: \"There "
      "are no plans for a vote before the recess.\"\n\nTribune columnist Ann Ortiz sees a "
      "silver lining: \"The fight may yet make the paper stronger than it was.\"\n");
  const Statement* s = FindStatement(r, "We have not found enough votes");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:hal-brenner");
  CHECK(s->evidence.rule == "quote.colon_intro");
  s = FindStatement(r, "There are no plans");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:kyra-simmons");
  s = FindStatement(r, "The fight may yet");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ann-ortiz");
  // Another person before the colon may be whose words they are.
  r =
      Run("Talks\n\nBlue House spokesman Hal Brenner cited Ruth Calloway as replying: \"Let us "
          "create the conditions for that to happen soon.\"\n");
  s = FindStatement(r, "Let us create the conditions");
  CHECK((s == nullptr || s->speaker != "person:hal-brenner"));
}

TEST_CASE("Six words or more after an article are a partial quotation, not a scare quote",
          "[quotes]") {
  ArticleResult r =
      Run("Inquiry\n\nSpeaker Ruth Calloway said such a call would mark a \"betrayal of the oath "
          "he swore in January\" and left the room.\n\nCalloway called it a \"cease and desist\" "
          "notice.\n\nThe mayor, Hal Brenner, backed a \"keep the buses running all night long\" "
          "petition.\n\nA \"senior official close to the mayor and his staff\" said nothing.\n");
  const Statement* s = FindStatement(r, "betrayal of the oath");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ruth-calloway");
  // Short ones stay scare quotes, as do modifiers of a noun and a
  // description opening the sentence.
  CHECK(FindStatement(r, "cease and desist") == nullptr);
  CHECK(FindStatement(r, "keep the buses running") == nullptr);
  CHECK(FindStatement(r, "senior official close") == nullptr);
}
