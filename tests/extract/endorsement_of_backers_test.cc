// ENDORSES from a plural backer noun with its endorsee in an "of" phrase or
// a possessive list ("Backers of Y include A", "Y's list of endorsers
// includes A"; ListedBackers in endorsement_backers.cc) and from a passive
// whose subject is the candidate's campaign ("Y's campaign is backed by X";
// endorsement_passive.cc), each after the race lead and, for the campaign,
// alone too (the candidacy noun is the race). "Supporters" stays out: a
// supporter may be any voter (tests/eval/README.md).
#include <catch2/catch.hpp>

#include "tests/extract/endorsement_battery.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

const EndorseCase kOfBackers[] = {
    {"Backers of Jane Whitfield include Sen. Mark Delaney.", {"Mark Delaney -> Jane Whitfield"}},
    {"Backers of Jane Whitfield in the Senate race include Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Endorsers of Jane Whitfield include Sen. Mark Delaney and the Keystone Nurses Association.",
     {"Keystone Nurses Association -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield's list of endorsers includes Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield's campaign is backed by Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield's Senate campaign has been endorsed by Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    // Silent: no name in the list, a bill, another verb, "supporters", a
    // speech rather than the candidacy.
    {"Backers of Jane Whitfield include many teachers.", {}},
    {"Backers of the bill include Sen. Mark Delaney.", {}},
    {"Backers of Jane Whitfield say Sen. Mark Delaney will help.", {}},
    {"Supporters of Jane Whitfield include Sen. Mark Delaney.", {}},
    {"Jane Whitfield's speech was endorsed by Sen. Mark Delaney.", {}},
};

TEST_CASE("ENDORSES: backers of Y include A; Y's campaign is backed by X") {
  for (const EndorseCase& c : kOfBackers) CheckCase(c);
}

TEST_CASE("ENDORSES: Y's campaign is backed by X needs no race lead") {
  auto edges = [](const char* text) { return EndorseEdges(Run(text)); };
  CHECK(edges("Katherine Oduya's campaign is backed by Sen. Paul Ferrante.\n") ==
        std::vector<std::string>{"Paul Ferrante -> Katherine Oduya"});
  CHECK(edges("Katherine Oduya's campaign is backed by Sen. Paul Ferrante on the water bill.\n")
            .empty());
  CHECK(edges("Katherine Oduya's plan is backed by Sen. Paul Ferrante.\n").empty());
}

}  // namespace
