// A battery of invented first-person endorsements in quotations, tweets and
// statements (extract/endorsement_speaker.cc, endorsement_held_support.cc,
// rules endorse.speaker, endorse.held_support and endorse.spoken_for): the
// speaker before, after or inside the quotation; said, told, wrote, tweeted,
// posted, said in a statement; I and we, contractions, curly and straight
// marks, adverbs, "my friend" before the name, an office after it; and the
// denied, conditional, asked, reported and non-candidate forms that must stay
// silent. Each row is one sentence after an intro naming the candidates.
#include <catch2/catch.hpp>
#include <iterator>
#include <string>

#include "tests/extract/endorsement_battery.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES battery: I endorse Y, with the speaker after, before or inside the quotation",
          "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"I am proud to endorse Jane Whitfield,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"I'm proud to endorse Jane Whitfield for Senate,\" said Sen. Mark Delaney.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\xe2\x80\x9c"
       "I\xe2\x80\x99"
       "m endorsing Jane Whitfield,\xe2\x80\x9d"
       " Sen. Mark Delaney told reporters on Tuesday.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I wholeheartedly endorse Jane Whitfield for governor,\" Rosa Alvarado wrote on Facebook.",
       "person:rosa-alvarado", "person:jane-whitfield"},
      {"\"Today I am officially endorsing Jane Whitfield,\" Rosa Alvarado said in a statement.",
       "person:rosa-alvarado", "person:jane-whitfield"},
      {"\"I've endorsed Jane Whitfield because she listens,\" Glen Hartwell said.",
       "person:glen-hartwell", "person:jane-whitfield"},
      {"\"I enthusiastically endorse my friend Jane Whitfield for Senate,\" Sen. Mark Delaney "
       "said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm proud to endorse my colleague Jane Whitfield,\" Rep. Priya Natarajan said.",
       "person:priya-natarajan", "person:jane-whitfield"},
      {"\"I am honored to endorse Jane Whitfield for president,\" Gov. Glen Hartwell said Monday.",
       "person:glen-hartwell", "person:jane-whitfield"},
      {"\"I'm thrilled to endorse and support Jane Whitfield,\" said Rosa Alvarado.",
       "person:rosa-alvarado", "person:jane-whitfield"},
      {"Sen. Mark Delaney said: \"I'm endorsing Jane Whitfield for Senate.\"",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Rosa Alvarado told reporters, \"I am proud to endorse Jane Whitfield.\"",
       "person:rosa-alvarado", "person:jane-whitfield"},
      {"Glen Hartwell wrote on Twitter: \xe2\x80\x9c"
       "I\xe2\x80\x99"
       "m proud to endorse Jane Whitfield for Senate!\xe2\x80\x9d"
       "",
       "person:glen-hartwell", "person:jane-whitfield"},
      {"Sen. Mark Delaney tweeted: \"Proud to endorse my friend Jane Whitfield for Senate!\"",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Rep. Priya Natarajan posted on Facebook: \"Proud to endorse Jane Whitfield for governor.\"",
       "person:priya-natarajan", "person:jane-whitfield"},
      {"Gov. Glen Hartwell tweeted, \xe2\x80\x9c"
       "Honored to endorse Jane Whitfield today.\xe2\x80\x9d"
       "",
       "person:glen-hartwell", "person:jane-whitfield"},
      {"Rosa Alvarado wrote on Twitter: \"Thrilled to endorse my friend and colleague Jane "
       "Whitfield for Senate.\"",
       "person:rosa-alvarado", "person:jane-whitfield"},
      {"\"Proud to endorse Jane Whitfield for Senate,\" Sen. Mark Delaney tweeted.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I am proud,\" Sen. Mark Delaney said, \"to endorse Jane Whitfield for the Senate.\"",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Jane Whitfield is a fighter,\" Sen. Mark Delaney said. \"I'm proud to endorse her.\"",
       "person:mark-delaney", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE("ENDORSES battery: I'm supporting|backing Y, proud to support|back Y",
          "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"I'm supporting Jane Whitfield for president,\" Sen. Mark Delaney told reporters.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I am supporting Jane Whitfield,\" Gov. Glen Hartwell said.", "person:glen-hartwell",
       "person:jane-whitfield"},
      {"\xe2\x80\x9c"
       "I\xe2\x80\x99"
       "m backing Jane Whitfield for Senate,\xe2\x80\x9d"
       " Rep. Priya Natarajan said Tuesday.",
       "person:priya-natarajan", "person:jane-whitfield"},
      {"\"I'm proud to support Jane Whitfield for governor,\" Rosa Alvarado said.",
       "person:rosa-alvarado", "person:jane-whitfield"},
      {"\"I am proud to back Jane Whitfield,\" Sen. Mark Delaney said in a statement.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Sen. Mark Delaney said: \"I'm fully supporting Jane Whitfield in this race.\"",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm wholeheartedly backing Jane Whitfield,\" Gov. Glen Hartwell wrote.",
       "person:glen-hartwell", "person:jane-whitfield"},
      {"\"Proud to support my friend Jane Whitfield for Senate,\" Rep. Priya Natarajan tweeted.",
       "person:priya-natarajan", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE("ENDORSES battery: Y has my support|endorsement, can count on my support",
          "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"Jane Whitfield has my full support,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"Jane Whitfield has my endorsement,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\xe2\x80\x9c"
       "Jane Whitfield has my complete and total endorsement!\xe2\x80\x9d"
       " Gov. Glen Hartwell tweeted.",
       "person:glen-hartwell", "person:jane-whitfield"},
      {"\"Jane Whitfield has my strong support for Senate,\" Rep. Priya Natarajan said.",
       "person:priya-natarajan", "person:jane-whitfield"},
      {"Gov. Glen Hartwell wrote: \"Jane Whitfield will make a great senator and has my full "
       "support and endorsement!\"",
       "person:glen-hartwell", "person:jane-whitfield"},
      {"\"Jane Whitfield can count on my support,\" Rosa Alvarado said.", "person:rosa-alvarado",
       "person:jane-whitfield"},
      {"\"Jane Whitfield has my enthusiastic support,\" said Sen. Mark Delaney.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Jane Whitfield has my unwavering support,\" Sen. Mark Delaney said in a statement.",
       "person:mark-delaney", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE("ENDORSES battery: we and our said by an organisation or its officer",
          "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"We are proud to endorse Jane Whitfield,\" said Ann Cole, president of the Prairie "
       "Teachers Federation.",
       "organization:prairie-teachers-federation", "person:jane-whitfield"},
      {"\"We're proud to endorse Jane Whitfield for governor,\" said Ann Cole, the president of "
       "the Harbor Workers Union.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"We are endorsing Jane Whitfield because she stands with working families,\" Ann Cole, "
       "president of the Harbor Workers Union, said.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"We enthusiastically endorse Jane Whitfield,\" the Harbor Workers Union said in a "
       "statement.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"The Prairie Teachers Federation said in a statement: \"We are proud to endorse Jane "
       "Whitfield for Senate.\"",
       "organization:prairie-teachers-federation", "person:jane-whitfield"},
      {"\"We're proud to support Jane Whitfield,\" said Ann Cole, president of the Prairie "
       "Teachers Federation.",
       "organization:prairie-teachers-federation", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE("ENDORSES battery: a statement announced in the paragraph before",
          "[relations][endorse]") {
  static const Row kRows[] = {
      {"Sen. Mark Delaney released a statement on Monday.\n\n\"Jane Whitfield has spent her life "
       "fighting for this state.\n\n\"I am proud to endorse her for the Senate,\" the statement "
       "said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"Sen. Mark Delaney issued a statement Tuesday morning: \"Jane Whitfield is the leader we "
       "need. I'm proud to endorse her.\"",
       "person:mark-delaney", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE("ENDORSES battery: denied, conditional, asked, reported or non-candidate: nothing",
          "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"I'm not endorsing Jane Whitfield,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"I won't endorse Jane Whitfield,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"I will not be endorsing Jane Whitfield in this primary,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"If Jane Whitfield is the nominee, I will support her,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I support the bill Jane Whitfield wrote,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"He endorsed Jane Whitfield last week,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"Tom Brennan endorsed Jane Whitfield,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"I'm not supporting Jane Whitfield,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"Jane Whitfield does not have my support,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Jane Whitfield doesn't have my endorsement,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Jane Whitfield will have my support if she wins the nomination,\" Sen. Mark Delaney "
       "said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Does Jane Whitfield have my support? We will see,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I would endorse Jane Whitfield in a heartbeat,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm supporting Jane Whitfield's bill on farm aid,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I haven't endorsed Jane Whitfield yet,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"We are proud to endorse Jane Whitfield,\" said Ann Cole.", "person:ann-cole",
       "person:jane-whitfield"},
      {"\"I'm not ready to endorse Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Jane Whitfield had my support once, but no longer,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I might endorse Jane Whitfield later,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"Proud to endorse the farm bill Jane Whitfield wrote,\" Sen. Mark Delaney tweeted.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Jane Whitfield asked whether she has my support,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Why would I endorse Jane Whitfield?\" Sen. Mark Delaney asked.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"I'm not proud to endorse Jane Whitfield, but I will,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), false);
}

TEST_CASE("ENDORSES battery: more variants", "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"Jane Whitfield has earned my endorsement,\" Gov. Glen Hartwell said.",
       "person:glen-hartwell", "person:jane-whitfield"},
      {"\"Jane Whitfield has certainly earned my support for governor,\" said Rosa Alvarado.",
       "person:rosa-alvarado", "person:jane-whitfield"},
      {"\"Today, I'm proud to endorse Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I hereby endorse Jane Whitfield for Senate,\" Sen. Mark Delaney wrote in a letter.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"That's why I'm endorsing Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm so proud to endorse my good friend Jane Whitfield,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm proud to endorse Jane Whitfield and Tom Brennan,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm proud to endorse Jane Whitfield and Tom Brennan,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:tom-brennan"},
      {"In a statement, Sen. Mark Delaney said: \"Jane Whitfield has my full support.\"",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Jane Whitfield has our full support,\" the Harbor Workers Union said in a statement.",
       "organization:harbor-workers-union", "person:jane-whitfield"},
      {"\"We've endorsed Jane Whitfield because she shows up,\" said Ann Cole, executive director "
       "of the Prairie Teachers Federation.",
       "organization:prairie-teachers-federation", "person:jane-whitfield"},
      {"Rep. Priya Natarajan said, \xe2\x80\x9c"
       "I am proud to support Jane Whitfield.\xe2\x80\x9d"
       "",
       "person:priya-natarajan", "person:jane-whitfield"},
      {"\xe2\x80\x9c"
       "Jane Whitfield has my vote and my full support,\xe2\x80\x9d"
       " Rosa Alvarado said.",
       "person:rosa-alvarado", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), true);
}

TEST_CASE("ENDORSES battery: more variants: what must stay silent", "[relations][endorse]") {
  static const Row kRows[] = {
      {"\"We are proud to endorse Jane Whitfield,\" said Sen. Mark Delaney.",
       "organization:u-s-senate", "person:jane-whitfield"},
      {"\"Jane Whitfield has my vote,\" Rosa Alvarado said.", "person:rosa-alvarado",
       "person:jane-whitfield"},
      {"\"Jane Whitfield has my support on the farm bill,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Whether Jane Whitfield has my support depends on her plan,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I'm supporting the effort Jane Whitfield leads,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"I am proud to support our troops,\" Jane Whitfield said.", nullptr, nullptr},
      {"\"I'm proud to support Tom Brennan's plan for schools,\" Jane Whitfield said.",
       "person:jane-whitfield", "person:tom-brennan"},
      {"\"Jane Whitfield had my support in 2016,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"I'm not backing Jane Whitfield,\" Sen. Mark Delaney said.", "person:mark-delaney",
       "person:jane-whitfield"},
      {"\"Jane Whitfield will never have my support,\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"Proud to endorse Jane Whitfield?\" Sen. Mark Delaney asked. \"Never.\"",
       "person:mark-delaney", "person:jane-whitfield"},
      {"\"He told me, 'I'm endorsing Jane Whitfield,'\" Sen. Mark Delaney said.",
       "person:mark-delaney", "person:jane-whitfield"},
  };
  ExpectEdges(kRows, std::size(kRows), false);
}
