// ENDORSES with material between the cue and the far end (the rewrites of
// tests/eval/meta_distant.py): a description of many and an
// "including|such as" list after the passive "by" (IncludedAgent in
// endorsement_described_agents.cc), a described agent with an office title
// after the body ("by a longtime ally, House Speaker X"), a place in the time
// adjunct before "by" (PassiveAdjunctBy), a friend noun's apposition as the
// object (ContenderApposition) and "the (re-election) campaign|bid of Y" as
// the object (ObjectAfter), and a described or befriended candidate after a
// backing verb in an election article (CandidateStart). Negatives: a clause
// in the description, the policy of someone, a possessor in the list.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/extract/endorsement_battery.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

const char* kLead =
    "Senate race\n\nCorinne Abernathy and Dale Pruitt are candidates in the Democratic primary "
    "for the Senate, and the election is in May.\n\n";

void CheckDistant(const EndorseCase& c) { CheckCaseAfter(kLead, c); }

const EndorseCase kDistant[] = {
    {"Corinne Abernathy was endorsed by several groups, including the Granite Valley Nurses "
     "Association.",
     {"Granite Valley Nurses Association -> Corinne Abernathy"}},
    {"Dale Pruitt has been endorsed by the Democratic leadership, including Sen. Luis Ferrante.",
     {"Luis Ferrante -> Dale Pruitt"}},
    {"Dale Pruitt won the endorsement of several leaders, including Sen. Luis Ferrante.",
     {"Luis Ferrante -> Dale Pruitt"}},
    {"Corinne Abernathy was endorsed by a longtime ally, House Speaker Luis Ferrante.",
     {"Luis Ferrante -> Corinne Abernathy"}},
    {"Corinne Abernathy was endorsed last week in Des Moines by Sen. Luis Ferrante.",
     {"Luis Ferrante -> Corinne Abernathy"}},
    {"Sen. Luis Ferrante endorsed a longtime friend, Dale Pruitt, on Tuesday.",
     {"Luis Ferrante -> Dale Pruitt"}},
    {"Sen. Luis Ferrante endorsed the campaign of Dale Pruitt on Tuesday.",
     {"Luis Ferrante -> Dale Pruitt"}},
    {"Sen. Luis Ferrante has backed the re-election bid of Corinne Abernathy.",
     {"Luis Ferrante -> Corinne Abernathy"}},
    // A contender apposition naming a body's titled person.
    {"Dale Pruitt rode the endorsement of a longtime ally, House Whip Luis Ferrante, to a "
     "blowout victory.",
     {"Luis Ferrante -> Dale Pruitt"}},
    {"Sen. Amy Lark endorsed her rival, House Speaker Dale Pruitt, on Tuesday.",
     {"Amy Lark -> Dale Pruitt"}},
    // A time phrase between a received noun and its holder.
    {"Dale Pruitt won the endorsement on Tuesday of Sen. Luis Ferrante.",
     {"Luis Ferrante -> Dale Pruitt"}},
    {"Dale Pruitt received a public endorsement this week from Sen. Luis Ferrante and the "
     "Granite Valley Nurses Association.",
     {"Granite Valley Nurses Association -> Dale Pruitt", "Luis Ferrante -> Dale Pruitt"}},
    // An unknown organisation after the time phrase (slot_org_cues.cc).
    {"Dale Pruitt has been endorsed last week in Des Moines by the Granite Valley Star and made "
     "headlines this year.",
     {"Granite Valley Star -> Dale Pruitt"}},
    {"Dale Pruitt won the endorsement on Tuesday of the Granite Valley Star.",
     {"Granite Valley Star -> Dale Pruitt"}},
    // A backing verb before a described candidate (CandidateStart).
    {"Sen. Luis Ferrante has backed the former state senator Dale Pruitt with tweets and a rally.",
     {"Luis Ferrante -> Dale Pruitt"}},
    {"Sen. Luis Ferrante has backed a longtime friend, Dale Pruitt, with tweets and a rally.",
     {"Luis Ferrante -> Dale Pruitt"}},
};

const EndorseCase kSilent[] = {
    {"Dale Pruitt won the endorsement on Tuesday of the plan by Sen. Luis Ferrante.", {}},
    {"Sen. Amy Lark endorsed a colleague, House Speaker Dale Pruitt's plan, on Tuesday.", {}},
    {"Sen. Luis Ferrante has backed the Pruitt tariffs with tweets and a rally.", {}},
    {"Corinne Abernathy was endorsed by groups that oppose Sen. Luis Ferrante.", {}},
    {"Sen. Luis Ferrante endorsed the policy of Dale Pruitt on Tuesday.", {}},
    {"Corinne Abernathy was endorsed by several groups, including Sen. Luis Ferrante's allies.",
     {}},
    {"Corinne Abernathy was endorsed by groups opposed to Sen. Luis Ferrante.", {}},
};

}  // namespace

TEST_CASE("ENDORSES distant ends: descriptions, lists and places before the end",
          "[relations][endorse]") {
  for (const EndorseCase& c : kDistant) CheckDistant(c);
}

TEST_CASE("ENDORSES distant ends: no endorsement of the far name", "[relations][endorse]") {
  for (const EndorseCase& c : kSilent) CheckDistant(c);
}
