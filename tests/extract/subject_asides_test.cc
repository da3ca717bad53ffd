// Asides between an endorser's name and its predicate (extract/subject_asides.cc):
// a relative clause, an apposition (also a long one with an "of" phrase), an
// age and a party tag must not hide the subject from the rules that want it
// right before the verb or the copula ("X, who ..., was the first senator to
// endorse Y", "X, a Democrat, is a retired general who endorsed Y"); the
// hedges and the modifier check read past the aside too ("if X, a Democrat,
// endorsed Y", "the wife of X, a Democrat, endorsed Y" stay silent).
#include <catch2/catch.hpp>

#include "tests/extract/endorsement_battery.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

const EndorseCase kFound[] = {
    {"Sen. Helen Marchetti, who is seeking re-election, was the first senator to endorse Maria "
     "Okafor.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Helen Marchetti, a Democrat, is a retired general who endorsed Maria Okafor last summer.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Rep. Lou Castellano (D-Ohio) was the first member of Congress to endorse Dale Prentiss.",
     {"Lou Castellano -> Dale Prentiss"}},
    {"Helen Marchetti, the former governor of Ohio, dropped out a week ago to support Maria "
     "Okafor.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Rep. Lou Castellano, 72, was one of Dale Prentiss's earliest supporters.",
     {"Lou Castellano -> Dale Prentiss"}},
    {"Maria Okafor, whom former adviser Helen Marchetti, a longtime ally of the governor, "
     "endorsed, won the primary.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Rep. Lou Castellano, who is seeking re-election, called on Democrats to support Dale "
     "Prentiss.",
     {"Lou Castellano -> Dale Prentiss"}},
    {"Rep. Lou Castellano, a Democrat, has gotten behind Dale Prentiss.",
     {"Lou Castellano -> Dale Prentiss"}},
    {"Helen Marchetti, a Democrat, also weighed in on the race, choosing to endorse Maria Okafor.",
     {"Helen Marchetti -> Maria Okafor"}},
    {"Rep. Lou Castellano (D-Ohio) also weighed in on the race, choosing to endorse Dale "
     "Prentiss.",
     {"Lou Castellano -> Dale Prentiss"}},
    {"Rep. Lou Castellano, who may run for governor, endorsed Dale Prentiss.",
     {"Lou Castellano -> Dale Prentiss"}},
    {"Helen Marchetti, a Democrat, supports Maria Okafor.", {"Helen Marchetti -> Maria Okafor"}},
};

const EndorseCase kSilent[] = {
    // The name after a verb is its object, not the participle's subject.
    {"Voters refused to support Maria Okafor, who had a reputation for corruption, backing Dale "
     "Prentiss instead.",
     {}},
    {"The wife of Rep. Lou Castellano, a Democrat, endorsed Maria Okafor.", {}},
    {"The wife of Rep. Lou Castellano (D-Ohio) endorsed Maria Okafor.", {}},
    {"If Rep. Lou Castellano, a Democrat, endorsed Dale Prentiss, the race would change.", {}},
    {"Rep. Lou Castellano, who is seeking re-election, may endorse Dale Prentiss.", {}},
    // "the Democratic nominee" is not the Republican nominee the lead names.
    {"Helen Marchetti, who served in the Acme administration, threw her support behind the "
     "Democratic nominee.",
     {}},
};

}  // namespace

TEST_CASE("an aside on the endorser does not hide it", "[endorse][asides]") {
  for (const EndorseCase& c : kFound) CheckArticleCase(c);
}

TEST_CASE("asides keep the hedges, objects and modifiers silent", "[endorse][asides]") {
  for (const EndorseCase& c : kSilent) CheckArticleCase(c);
}
