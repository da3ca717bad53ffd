// A battery of invented endorsements in a short article about a primary
// (kPrimaryArticle): quotation marks in every position around the
// endorsing clause (a quoted description after it, the quotation before
// the attribution "said in endorsing him", a quoted fragment the
// reporter's sentence runs through: 'who called Y "the real deal,"
// endorsed him', 'X "enthusiastically" endorsed Y') and backing verbs in
// an election article ("X, who backed Y in the primary", "Y, backed by X",
// "X backed Y over Z", "was among the first to back Y", "a Y backer",
// "threw her backing behind Y"); the forms that must stay silent (a hedge,
// a bill, a measure, a quoted refusal, "I'm with Y" about a policy, which
// the check16 gold reads as agreement, not backing); and the shapes still
// missed, kept as [!mayfail] so a fix shows up as a pass.
#include <catch2/catch.hpp>

#include "tests/extract/endorsement_battery.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

const EndorseCase kFound[] = {
    {"Sen. Helen Marchetti endorsed Maria Okafor on Monday, calling her \"a fighter for working "
     "families.\"",
     {"Helen Marchetti -> Maria Okafor"}},
    {"\"Maria Okafor is the leader we need,\" Sen. Helen Marchetti said in endorsing her.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"\"Dale Prentiss is the leader we need,\" Rep. Lou Castellano said in endorsing him Tuesday.",
     {"Lou Castellano -> Dale Prentiss"}},
    {"Rep. Lou Castellano, who called Dale Prentiss \"the real deal,\" endorsed him Monday.",
     {"Lou Castellano -> Dale Prentiss"}},
    {"Gov. Ray Albrecht endorsed Dale Prentiss on Twitter: \"Dale Prentiss has my complete and "
     "total endorsement!\"",
     {"Ray Albrecht -> Dale Prentiss"}},
    {"In a statement, Sen. Helen Marchetti said: \"I am proud to endorse Maria Okafor.\"",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti \"enthusiastically\" endorsed Maria Okafor on Monday.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti endorsed Maria Okafor on Monday. The endorsement, which Marchetti "
     "called \"long overdue,\" came a week before the primary.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti called Maria Okafor \"the real deal\" and endorsed her on Monday.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"\"She is the real deal,\" Sen. Helen Marchetti said Monday as she endorsed Maria Okafor.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti endorsed Maria Okafor, saying she \"will fight for every family in this "
     "state.\"",
     {"Helen Marchetti -> Maria Okafor"}},
    {"\"I am proud to endorse Maria Okafor for governor,\" Sen. Helen Marchetti said in a "
     "statement.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti announced her endorsement of Maria Okafor, saying, \"She gets things "
     "done.\"",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti tweeted her endorsement of Maria Okafor: \"She's the real deal.\"",
     {"Helen Marchetti -> Maria Okafor"}},
    {"The United Auto Workers endorsed Dale Prentiss, calling him \"a true friend of labor.\"",
     {"United Auto Workers -> Dale Prentiss"}},
    {"\"We need a governor who will fight,\" said Sen. Helen Marchetti, who endorsed Maria Okafor "
     "last week.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti, who endorsed Maria Okafor last week, said the race was \"wide open.\"",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti called Maria Okafor \"the best candidate in the race\" as she endorsed "
     "her.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti, who backed Maria Okafor in the primary, said she would campaign for "
     "her.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Maria Okafor, backed by Sen. Helen Marchetti, leads in the polls.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti is backing Maria Okafor's bid for governor.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti backed Maria Okafor's candidacy for governor.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti backed Maria Okafor's campaign in March.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti backed Maria Okafor over Dale Prentiss.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti was among the first to back Maria Okafor.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti has backed Maria Okafor since 2015.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti, a Maria Okafor backer, spoke at the rally.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti, a longtime Okafor backer, spoke at the rally.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti came out in support of Maria Okafor on Monday.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti is supporting Maria Okafor's re-election.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti backed Maria Okafor in the 2018 primary.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Maria Okafor is backed by Sen. Helen Marchetti and Rep. Lou Castellano.",
     {"Helen Marchetti -> Maria Okafor", "Lou Castellano -> Maria Okafor"}},
    {"Sen. Helen Marchetti threw her backing behind Maria Okafor.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Maria Okafor has the backing of Sen. Helen Marchetti.", {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti, an early backer of Maria Okafor, spoke at the rally.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti, who is backing Maria Okafor, spoke at the rally.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"The Sierra Club backed Maria Okafor's bid last month.", {"Sierra Club -> Maria Okafor"}},
    {"Sen. Helen Marchetti, who had backed Dale Prentiss, switched to Maria Okafor.",
     {"Helen Marchetti -> Dale Prentiss"}},
    {"Maria Okafor, who is backed by Sen. Helen Marchetti, leads in the polls.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti backs Maria Okafor.", {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti is also backing Maria Okafor, her former aide.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti has thrown her support behind Maria Okafor's campaign.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti supported Maria Okafor's bid for governor.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti said she backed Maria Okafor.", {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti, who backs Maria Okafor, spoke at the rally.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Maria Okafor won the backing of Sen. Helen Marchetti.", {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti backed Dale Prentiss four years ago, but this time she is backing Maria "
     "Okafor.",
     {"Helen Marchetti -> Dale Prentiss", "Helen Marchetti -> Maria Okafor"}},
    {"Gov. Ray Albrecht gave Dale Prentiss a \"full and complete endorsement\" on Friday.",
     {"Ray Albrecht -> Dale Prentiss"}},
    {"Sen. Helen Marchetti said Monday that she was \"proud to endorse\" Maria Okafor.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti said she would \"wholeheartedly\" support Maria Okafor in the primary.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Gov. Ray Albrecht gave Dale Prentiss a ringing endorsement on Friday.",
     {"Ray Albrecht -> Dale Prentiss"}},
    {"Sen. Helen Marchetti said she would strongly support Maria Okafor in the primary.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti said she would \"strongly\" back Maria Okafor in the primary.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti, calling Maria Okafor \"a fighter,\" endorsed her Monday.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti, calling Maria Okafor a fighter, endorsed her.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Sen. Helen Marchetti endorsed her Friday night.", {"Helen Marchetti -> Maria Okafor"}},
};

const EndorseCase kSilent[] = {
    {"Sen. Helen Marchetti called Maria Okafor \"the real deal\" but did not endorse her.", {}},
    {"\"I will not endorse Dale Prentiss,\" Sen. Helen Marchetti said.", {}},
    {"Sen. Helen Marchetti endorsed \"Medicare for All\" on Monday.", {}},
    {"Dale Prentiss said he was \"not seeking\" the endorsement of Sen. Helen Marchetti.", {}},
    {"Sen. Helen Marchetti said she would back Maria Okafor if she wins the nomination.", {}},
    {"Sen. Helen Marchetti backed the bill, which passed 52-48.", {}},
    {"Backed by Sen. Helen Marchetti, the measure passed the Senate on Tuesday.", {}},
    {"Sen. Helen Marchetti has not backed Maria Okafor.", {}},
    {"Sen. Helen Marchetti backed Maria Okafor's plan to raise the minimum wage.", {}},
    {"Sen. Helen Marchetti is expected to back Maria Okafor.", {}},
    {"Sen. Helen Marchetti backed away from Maria Okafor.", {}},
    {"Asked about the health plan, Sen. Helen Marchetti said, \"I'm with Maria Okafor.\"", {}},
    {"Sen. Helen Marchetti said she would likely support Maria Okafor in the primary.", {}},
    {"Sen. Helen Marchetti said she would eventually back Maria Okafor.", {}},
    {"Gov. Ray Albrecht refused to give Dale Prentiss a full endorsement.", {}},
    {"Sen. Helen Marchetti endorsed her Monday rally.", {}},
};

const EndorseCase kMissed[] = {
    {"\"Maria Okafor,\" Sen. Helen Marchetti said, \"has my vote and my endorsement.\"",
     {"Helen Marchetti -> Maria Okafor"}},
    {"The endorsement of Maria Okafor, which Sen. Helen Marchetti called \"long overdue,\" came a "
     "week before the primary.",
     {"Helen Marchetti -> Maria Okafor"}},
};

}  // namespace

TEST_CASE("ENDORSES quoted battery: found", "[relations][endorse]") {
  for (const EndorseCase& c : kFound) CheckArticleCase(c);
}

TEST_CASE("ENDORSES quoted battery: silent", "[relations][endorse]") {
  for (const EndorseCase& c : kSilent) CheckArticleCase(c);
}

TEST_CASE("ENDORSES quoted battery: known gaps", "[relations][endorse][!mayfail]") {
  for (const EndorseCase& c : kMissed) CheckArticleCase(c);
}
