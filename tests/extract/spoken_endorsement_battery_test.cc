// A second battery of invented first-person and spoken-for endorsements
// (extract/endorsement_speaker.cc, endorsement_held_support.cc,
// endorsement_spoken_nouns.cc, endorsement_active.cc): a he|she holder,
// "my endorsement|support" noun phrases, the lead-ins "have decided to",
// "I'm going to", "it is my honor to", "I couldn't be prouder to", and an
// organisation speaking ("we at the Q Union", "our members voted to", "On
// behalf of the Q Union, I", "the Q Union is proud to endorse Y"), and
// reported speech ("X said Y has his full support", "X said it was an honor
// to endorse Y"); with the forms that must stay silent. Each row is one
// sentence after an intro naming the candidates.
#include <catch2/catch.hpp>
#include <iterator>
#include <string>

#include "tests/extract/endorsement_battery.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES battery: pronoun ends", "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"Jane Whitfield has fought for this state for twenty years. She has my full support,\" "
       "Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Jane Whitfield knows this district. I'm proud to support her,\" Rep. Priya Natarajan "
       "said.",
       "person:priya-natarajan", "person:jane-whitfield"},
      {"\"Jane Whitfield is a fighter, and I'm backing her all the way,\" Gov. Glen Hartwell said.",
       "person:glen-hartwell", "person:jane-whitfield"},
      {"\"She has my complete and total endorsement!\" Gov. Glen Hartwell tweeted of Jane "
       "Whitfield.",
       "person:glen-hartwell", "person:jane-whitfield"},
      {"\"I'm proud to endorse her,\" Sen. Mark Delaney said of Jane Whitfield.",
       "person:mark-delaney", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE("ENDORSES battery: noun phrases", "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"Today I am announcing my endorsement of Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm proud to throw my support behind Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I am giving my full endorsement to Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm lending my support to Jane Whitfield,\" Rosa Alvarado said.", "person:rosa-alvarado",
       "person:jane-whitfield"},
      {"\"My endorsement goes to Jane Whitfield,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"I'm proud to give Jane Whitfield my endorsement,\" Gov. Glen Hartwell said.",
       "person:glen-hartwell", "person:jane-whitfield"},
      {"\"I'm proud to offer my endorsement to Jane Whitfield,\" Gov. Glen Hartwell said.",
       "person:glen-hartwell", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE("ENDORSES battery: speaker forms", "[relations][endorse]") {
  static const Row kRows[] = {
      {"Sen. Mark Delaney endorsed early. \"I'm supporting Jane Whitfield,\" he said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"In a video posted to Twitter, Sen. Mark Delaney said, \"I'm endorsing Jane Whitfield for "
       "governor.\"",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Proud to endorse Jane Whitfield,\" Sen. Mark Delaney wrote on Twitter, adding, \"She "
       "will fight for us.\"",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"It is my honor to endorse Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"It's an honor to endorse Jane Whitfield for Senate,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I couldn't be prouder to endorse Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm excited to be endorsing Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm happy to announce that I'm endorsing Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm endorsing Jane Whitfield today,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"I have decided to endorse Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I've decided to support Jane Whitfield,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"I'm going to endorse Jane Whitfield,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE("ENDORSES battery: negatives 2: what must stay silent", "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"I'm proud to have the support of Jane Whitfield,\" Tom Brennan said.",
       "person:tom-brennan", "person:jane-whitfield"},
      {"\"Jane Whitfield asked for my endorsement, and I said no,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I have decided not to endorse Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm not going to endorse Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm going to wait to endorse Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Jane Whitfield does not have my endorsement yet,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"My endorsement does not go to Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I urge you not to support Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm not throwing my support behind Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I would give my endorsement to Jane Whitfield if she asked,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Jane Whitfield wants my endorsement,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"It would be an honor to endorse Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I've decided not to support Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"She has my full support,\" Sen. Mark Delaney said.", nullptr, nullptr},
      {"\"Jane Whitfield is smart. He has my support,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"If she wins the primary, I'm going to support Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm going to support Jane Whitfield's plan,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I couldn't endorse Jane Whitfield,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"Tom Brennan asked me, 'Will you throw your support behind Jane Whitfield?'\" Sen. Mark "
       "Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm throwing my support behind the bill Jane Whitfield wrote,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Why would I give my endorsement to Jane Whitfield?\" Sen. Mark Delaney asked.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Tom Brennan is giving his endorsement to Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), false);
}

TEST_CASE("ENDORSES battery: an organisation speaking", "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"We at the Harbor Workers Union are proud to endorse Jane Whitfield,\" Ann Cole said.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"On behalf of the Harbor Workers Union, I am proud to endorse Jane Whitfield,\" said Ann "
       "Cole.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"Our members voted overwhelmingly to endorse Jane Whitfield,\" said Ann Cole, president "
       "of the Harbor Workers Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"Our union is proud to endorse Jane Whitfield,\" said Ann Cole, president of the Harbor "
       "Workers Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"The Harbor Workers Union is proud to endorse Jane Whitfield,\" Ann Cole said.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"Jane Whitfield has earned our endorsement,\" the Prairie Teachers Federation said in a "
       "statement.",
       "organization:prairie-teachers-federation", "person:jane-whitfield"},
      {"\"We are proud to endorse Jane Whitfield,\" Prairie Teachers Federation President Ann Cole "
       "said.",
       "organization:prairie-teachers-federation", "person:jane-whitfield"},
      {"Ann Cole, president of the Harbor Workers Union, said: \"We are proud to endorse Jane "
       "Whitfield for Senate.\"",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"Our board voted unanimously to endorse Jane Whitfield,\" said Ann Cole, executive "
       "director of the Prairie Teachers Federation.",
       "organization:prairie-teachers-federation", "person:jane-whitfield"},
      {"\"We are thrilled to endorse Jane Whitfield,\" said Ann Cole, a spokeswoman for the Harbor "
       "Workers Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE("ENDORSES battery: an organisation speaking: what must stay silent",
          "[relations][endorse]") {
  static const Row kRows[] = {
      {"The Prairie Teachers Federation is proud to endorse Jane Whitfield, the group said in a "
       "news release.",
       "organization:prairie-teachers-federation", "person:jane-whitfield"},
      {"\"The Prairie Teachers Federation is very proud to support Jane Whitfield for governor,\" "
       "Ann Cole said.",
       "organization:prairie-teachers-federation", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE(
    "ENDORSES battery: an organisation speaking: what must stay silent: what must stay silent",
    "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"We are proud to endorse Jane Whitfield,\" said Ann Cole, a member of the Harbor Workers "
       "Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"We will not endorse Jane Whitfield,\" said Ann Cole, president of the Harbor Workers "
       "Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"We haven't decided whether to endorse Jane Whitfield,\" said Ann Cole, president of the "
       "Harbor Workers Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"Our members are divided on Jane Whitfield,\" said Ann Cole, president of the Harbor "
       "Workers Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"On behalf of the Harbor Workers Union, I want to thank Jane Whitfield,\" said Ann Cole.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"We are proud to endorse Jane Whitfield,\" said Ann Cole, former president of the Harbor "
       "Workers Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"Our members voted not to endorse Jane Whitfield,\" said Ann Cole, president of the "
       "Harbor Workers Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"We are proud to endorse Jane Whitfield,\" said Ann Cole, president of the Harbor Workers "
       "Union.",
       "person:ann-cole", "person:jane-whitfield"},
      {"\"The Harbor Workers Union would be proud to endorse Jane Whitfield,\" Ann Cole said.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"We at the Harbor Workers Union are not ready to endorse Jane Whitfield,\" Ann Cole said.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"Sen. Mark Delaney was proud to support Jane Whitfield's bill.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"Our members have not decided whether to endorse Jane Whitfield,\" said Ann Cole, "
       "president of the Harbor Workers Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"If our members vote to endorse Jane Whitfield, we will campaign for her,\" said Ann "
       "Cole, president of the Harbor Workers Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), false);
}

TEST_CASE("ENDORSES battery: reported speech", "[relations][endorse]") {
  static const Row kRows[] = {
      {"Sen. Mark Delaney said he is proud to endorse Jane Whitfield.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney said in a statement that he was proud to support Jane Whitfield.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Sen. Mark Delaney told reporters he is backing Jane Whitfield.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney said Jane Whitfield has his full support.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney said Jane Whitfield has his endorsement.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney announced he is endorsing Jane Whitfield.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney, who said he is proud to support Jane Whitfield, spoke at the rally.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Rosa Alvarado wrote on Facebook that she is supporting Jane Whitfield for governor.",
       "person:rosa-alvarado", "person:jane-whitfield"},
      {"The Harbor Workers Union said it is proud to endorse Jane Whitfield.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"The Harbor Workers Union said in a statement that it is endorsing Jane Whitfield.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"Sen. Mark Delaney said he has decided to endorse Jane Whitfield.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney said he is throwing his support behind Jane Whitfield.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Sen. Mark Delaney said Jane Whitfield had earned his endorsement.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney said it was an honor to endorse Jane Whitfield.", "person:mark-delaney",
       "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE("ENDORSES battery: reported speech: silent: what must stay silent",
          "[relations][endorse]") {
  static const Row kRows[] = {
      {"Sen. Mark Delaney said he is not ready to endorse Jane Whitfield.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney said Jane Whitfield does not have his support.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney said he would be proud to endorse Jane Whitfield if she runs.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Sen. Mark Delaney said Tom Brennan is proud to endorse Jane Whitfield.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Sen. Mark Delaney denied that he is backing Jane Whitfield.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney said he is proud to support Jane Whitfield's bill.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Sen. Mark Delaney said it would be an honor to endorse Jane Whitfield.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Sen. Mark Delaney said Jane Whitfield has her full support.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney said Jane Whitfield has his support on the farm bill.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Sen. Mark Delaney never said Jane Whitfield has his support.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"Sen. Mark Delaney said it was an honor to meet Jane Whitfield.", "person:mark-delaney",
       "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), false);
}
