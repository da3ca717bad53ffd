// Quotations whose speaker is named by a later clause of their sentence or
// by a verb leading into the speech verb: 'He went on to say that X "..."',
// ', and Sen. X warned that ... "..."', '"...," X said, warning that "..."',
// and the rest of a quotation its attribution interrupted ('"A," said X,
// "b ..."'). See quotes_reported_test.cc for the sentence-initial forms.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("A lead-in verb before the speech verb keeps its subject", "[quotes]") {
  ArticleResult r = Run(
      "Rally\n\n\"If I go too presidential, people are going to be very bored,\" Gordon Halvorsen "
      "told the crowd.\n\nHe went on to say that his rival \"is a person who has many, many "
      "flaws\" and left the stage.\n\nHours earlier, Marta Quillen took to Twitter to say that "
      "\"the council is making up numbers to hide the deficit\" in the budget.\n\nSen. Evelyn "
      "Strand "
      "was quick to say that the plan \"will not survive the first committee vote\" this "
      "spring.\n");
  const Statement* s = FindStatement(r, "is a person who has many");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gordon-halvorsen");
  s = FindStatement(r, "the council is making up numbers");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:marta-quillen");
  s = FindStatement(r, "will not survive the first");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:evelyn-strand");
}

TEST_CASE("A refusal or a bare adjective leads into no speech", "[quotes]") {
  // "declined to say" and "quick to" without its copula are no lead-in.
  ArticleResult r = Run(
      "Budget\n\nMarta Quillen declined to say whether the council was \"making up numbers to "
      "hide the deficit\" in the budget.\n\nThe quick to say crowd called it \"a plan that will "
      "never pass the committee\" on Monday.\n");
  CHECK(FindStatement(r, "making up numbers") == nullptr);
  CHECK(FindStatement(r, "a plan that will never pass") == nullptr);
}

TEST_CASE("A later clause of the sentence names the speaker", "[quotes]") {
  ArticleResult r = Run(
      "Meeting\n\nThe Harbor Council scheduled an emergency meeting on the matter of the docks on "
      "Friday, and Mayor Gordon Halvorsen warned the port that the city would use \"the full "
      "weight of its legal powers\" to protect the docks.\n\n\"Maybe after the vote,\" Ronald "
      "Kessler told reporters, though he added he \"may not do anything else with the money\" "
      "this year.\n");
  const Statement* s = FindStatement(r, "the full weight of its legal");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gordon-halvorsen");
  CHECK(s->evidence.rule == "quote.reported_clause");
  s = FindStatement(r, "may not do anything else");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ronald-kessler");
  CHECK(s->evidence.rule == "quote.reported_clause");
}

TEST_CASE("A participle in a later clause speaks for the earlier verb's subject", "[quotes]") {
  ArticleResult r =
      Run("Speech\n\n\"We need to call them what they are,\" Gordon Halvorsen said, warning that "
          "\"tough talk and empty threats\" may work as a sound bite.\n\nRev. Ray Olmstead opened "
          "the service by saying he was offering the church as \"a space for safe and constructive "
          "expression\" after the shooting.\n");
  const Statement* s = FindStatement(r, "tough talk and empty threats");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gordon-halvorsen");
  s = FindStatement(r, "a space for safe and constructive");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ray-olmstead");
}

TEST_CASE("A name that is no clause's subject does not speak", "[quotes]") {
  // "by X" is an agent, "the ports" no name: the verb's subject is unnamed.
  ArticleResult r = Run(
      "Bill\n\nThe measure passed the committee on Tuesday after a long debate, and a letter "
      "signed by Sen. Ann Lee states that \"every port shall publish its cargo records\" each "
      "year.\n\nThe board met on Friday after a long and bitter debate about the docks, and the "
      "guidance for the ports states that \"every dock shall close at midnight\" in summer.\n");
  CHECK(FindStatement(r, "every port shall publish") == nullptr);
  CHECK(FindStatement(r, "every dock shall close") == nullptr);
}

TEST_CASE("The rest of an interrupted quotation is its speaker's", "[quotes]") {
  ArticleResult r =
      Run("Paper\n\n\"There is a new generation,\" said Julia Chirico, \"whose tastes are very "
          "different from the way the paper has seen itself.\"\n");
  const Statement* s = FindStatement(r, "whose tastes are very different");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:julia-chirico");
  CHECK(s->evidence.rule == "quote.interrupted");
  // Another sentence in between: not the same quotation.
  r =
      Run("Paper\n\n\"There is a new generation,\" said Julia Chirico. The board disagreed, and "
          "members called the plan, \"a waste of money and of time for everyone.\"\n");
  s = FindStatement(r, "a waste of money");
  CHECK((s == nullptr || s->speaker != "person:julia-chirico"));
}

TEST_CASE("A colon paragraph without a speech verb gives its name", "[quotes]") {
  ArticleResult r = Run(
      "Primary\n\nThe poll-hating, Lee-endorsing Harbor Review all but discounted the vote in "
      "the home state of the front-runner:\n\n\"Halvorsen got only a very modest bump last night. "
      "He still faces huge obstacles on the first ballot.\"\n\nThe chairman was fired at a "
      "morning meeting, but it was a setup, New York magazine's Marta Quillen "
      "reports:\n\n\"Shortly "
      "after it began, the board peppered him with questions about the missing money.\"\n");
  const Statement* s = FindStatement(r, "Halvorsen got only a very modest");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:lee-endorsing-harbor-review");
  CHECK(s->evidence.rule == "quote.colon_subject");
  s = FindStatement(r, "Shortly after it began");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:marta-quillen");
}

TEST_CASE("A colon paragraph naming a second person or a source gives nobody", "[quotes]") {
  ArticleResult r = Run(
      "Debate\n\nGordon Halvorsen faced a pointed question from Marta Quillen:\n\n\"Why did you "
      "vote against the port budget three times in a row?\"\n\nAfter meeting Evelyn Strand, the "
      "board put up a sign:\n\n\"No more votes until the audit of the port is finished.\"\n");
  CHECK(FindStatement(r, "Why did you vote against") == nullptr);
  CHECK(FindStatement(r, "No more votes until") == nullptr);
}

TEST_CASE("A colon paragraph may open with an introductory phrase", "[quotes]") {
  ArticleResult r = Run(
      "Port\n\nIn 1998, Gordon Halvorsen confided to his staff:\n\n\"We will lose the port vote "
      "unless the council changes its mind by Friday.\"\n\nAt that same meeting last fall, Marta "
      "Quillen spoke about it plainly:\n\n\"The audit will show every missing dollar of the port "
      "budget.\"\n\nAlso, on Monday, the Harbor Daily News offered these observations:\n\n\"The "
      "council has not met its own deadlines once in the past three years.\"\n");
  const Statement* s = FindStatement(r, "We will lose the port vote");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gordon-halvorsen");
  CHECK(s->evidence.rule == "quote.colon_subject");
  s = FindStatement(r, "The audit will show every");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:marta-quillen");
  s = FindStatement(r, "The council has not met its own");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-daily-news");
}

TEST_CASE("An introductory clause or an unnamed speaker gives nobody", "[quotes]") {
  // A clause in the opening phrase, a second subject after a comma, and
  // words a description of someone else spoke.
  ArticleResult r = Run(
      "Port\n\nFor a board that hates the plan, Gordon Halvorsen and the council, the Harbor "
      "Party sure likes it (via a memo):\n\n\"More than half the money would go to the "
      "contractors of the port.\"\n\nIn this area, Marta Quillen is echoing the sentiment a "
      "senator expressed during the last hearing:\n\n\"While the council may audit the port, it "
      "should never run it directly.\"\n");
  // (A later rule may still read a quotation paragraph after a sentence
  // about one person; the colon gives neither.)
  const Statement* s = FindStatement(r, "More than half the money");
  CHECK((s == nullptr || s->evidence.rule != "quote.colon_subject"));
  s = FindStatement(r, "While the council may audit");
  CHECK((s == nullptr || s->evidence.rule != "quote.colon_subject"));
}

TEST_CASE("A quotation after a sentence about one person is that person's", "[quotes]") {
  ArticleResult r = Run(
      "Senate\n\nSen. Kelly Ashworth then excuses herself. \"I have got to pick up my daughter "
      "before 5:30 or I am in trouble!\"\n\nMembers have brought this upon themselves, says "
      "Raymond Smock, a historian of the House and coeditor of a history of its inquiries. \"They "
      "have tied their own hands in recent years.\"\n");
  const Statement* s = FindStatement(r, "I have got to pick up my daughter");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:kelly-ashworth");
  CHECK(s->evidence.rule == "quote.follows_subject");
  s = FindStatement(r, "They have tied their own hands");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:raymond-smock");
}

TEST_CASE("A sentence naming two people or not ending the paragraph gives nobody", "[quotes]") {
  ArticleResult r = Run(
      "Senate\n\nSen. Kelly Ashworth met Gov. Paul Redding on Monday. \"We have to fix the "
      "roads before the winter comes.\"\n\nSen. Kelly Ashworth left the chamber early. \"We have "
      "to fix the bridges before the spring.\" The vote was delayed until Friday.\n");
  CHECK(FindStatement(r, "We have to fix the roads") == nullptr);
  CHECK(FindStatement(r, "We have to fix the bridges") == nullptr);
}

TEST_CASE("He or she and any past tense after a quotation attribute it", "[quotes]") {
  ArticleResult r = Run(
      "Rally\n\nGordon Halvorsen won the caucuses on Tuesday night.\n\n\"I love the well "
      "educated voters of this state!\" he crowed in his victory address.\n\nSen. Marta Quillen "
      "spoke after him.\n\n\"We will get the roads fixed because people will demand it,\" she "
      "thundered.\n");
  const Statement* s = FindStatement(r, "I love the well educated");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gordon-halvorsen");
  CHECK(s->evidence.rule == "quote.after_any_verb");
  s = FindStatement(r, "We will get the roads fixed");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:marta-quillen");
}

TEST_CASE("A pronoun after a quotation inside a sentence is not its speaker", "[quotes]") {
  // The quotation does not open its sentence: the words are someone else's.
  ArticleResult r = Run(
      "Debate\n\nSen. Marta Quillen spoke first.\n\nWhen Gordon Halvorsen described his policy as "
      "\"never do anything stupid at all,\" she ridiculed him.\n");
  const Statement* s = FindStatement(r, "never do anything stupid");
  CHECK((s == nullptr || s->speaker != "person:marta-quillen"));
}

TEST_CASE("A document that reads speaks for its author", "[quotes]") {
  ArticleResult r = Run(
      "Unity\n\nConservative activist Gordon Halvorsen called for a unity ticket in a statement "
      "he issued after the meeting.\n\n\"We believe that the issue is greater than an issue of "
      "party,\" the statement read.\n\nSen. Marta Quillen went so far as to say that \"the "
      "embargo is going to end before the winter\" on Monday.\n");
  const Statement* s = FindStatement(r, "We believe that the issue is greater");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gordon-halvorsen");
  s = FindStatement(r, "the embargo is going to end");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:marta-quillen");
  // "read" after no document noun is no speech verb.
  r = Run("Books\n\n\"A long history of the port and its many quarrels,\" the children read.\n");
  CHECK(FindStatement(r, "A long history of the port") == nullptr);
}

TEST_CASE("An interrupting attribution may set a scene with in", "[quotes]") {
  // "in a 2013 interview" before a quotation going on in lower case is no
  // work's title; "in her new book" before a capitalised title still is.
  ArticleResult r = Run(
      "Port\n\n\"Our plan is a new harbor,\" said Gordon Halvorsen in a 2013 interview, \"a port "
      "that would be run by the people who work in it every day.\"\n\n\"The council failed the "
      "city,\" writes Marta Quillen in her new book, \"Harbor Lights and the Long Decline of "
      "Elm City.\"\n");
  const Statement* s = FindStatement(r, "a port that would be run");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gordon-halvorsen");
  CHECK(s->evidence.rule == "quote.interrupted");
  CHECK(FindStatement(r, "Harbor Lights and the Long") == nullptr);
}
