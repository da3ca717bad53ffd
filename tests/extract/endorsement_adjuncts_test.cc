// Endorsements in an adjunct after the main clause (stop 30): a gerund
// after "while|by|in" ("X spoke Tuesday while endorsing Y"), a bare or
// "choosing|deciding|opting to" participle after the clause's comma ("X
// weighed in on the race, choosing to endorse Y"): the main clause's
// subject endorses, named or described ("The senator ..."); "to back|
// support" after "decided|chose|opted" names a person endorsed. Negatives: a
// hedged main clause, a finite clause with its own subject, a noun's
// complement ("interest in backing Y"), no person endorsed.
#include <catch2/catch.hpp>

#include "tests/extract/endorsement_battery.h"

namespace kg::extract::testing {
namespace {

const EndorseCase kFound[] = {
    {"Sen. Mark Delaney spoke on Tuesday while endorsing Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney spoke on Tuesday while effectively endorsing Senate candidate Jane "
     "Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney also toured the state in June while backing Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Gov. Rita Okafor surprised many by endorsing Tom Briggs.", {"Rita Okafor -> Tom Briggs"}},
    {"Gov. Rita Okafor broke with her party by openly backing Tom Briggs.",
     {"Rita Okafor -> Tom Briggs"}},
    {"Gov. Rita Okafor broke with her party in endorsing Tom Briggs.",
     {"Rita Okafor -> Tom Briggs"}},
    {"Sen. Mark Delaney also weighed in on the race, choosing to endorse Jane Whitfield over Tom "
     "Briggs.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney weighed in on the race, deciding to endorse Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney weighed in on the race, opting to endorse Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney weighed in on the race on Monday, endorsing Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney weighed in on the race, endorsing the front-runner Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    // "to back|support" after a verb of choosing (ChosenToBack).
    {"Sen. Mark Delaney decided to back Jane Whitfield.", {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney chose to support Tom Briggs.", {"Mark Delaney -> Tom Briggs"}},
    {"Sen. Mark Delaney weighed in on the race, deciding to back Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney weighed in on the race, opting to support Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    // A gerund after a speech verb is the speaker's (SpeakerGerundSubject).
    {"\"We need a fighter in Washington,\" Mark Delaney said in endorsing Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"\"She is the best,\" Mark Delaney said while backing Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    // A fronted adverbial before the main clause's subject (FrontedAdverbial).
    {"On Tuesday, Sen. Mark Delaney also weighed in on the race, choosing to endorse Jane "
     "Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"In 2018, Sen. Mark Delaney weighed in on the race, deciding to back Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    // Reported speech: the reported clause's subject.
    {"Sen. Mark Delaney said Gov. Rita Okafor spoke on Tuesday, endorsing Jane Whitfield.",
     {"Rita Okafor -> Jane Whitfield"}},
};

const EndorseCase kSilent[] = {
    {"Sen. Mark Delaney criticised Tom Briggs while endorsing nobody.", {}},
    {"Sen. Mark Delaney spoke on Tuesday while endorsing the plan.", {}},
    {"Sen. Mark Delaney spoke after Gov. Rita Okafor endorsed Jane Whitfield.",
     {"Rita Okafor -> Jane Whitfield"}},
    {"Sen. Mark Delaney, refusing to endorse Jane Whitfield, left the hall.", {}},
    {"Sen. Mark Delaney could win votes by endorsing Jane Whitfield.", {}},
    {"Sen. Mark Delaney would not speak on Tuesday while backing Jane Whitfield.", {}},
    {"Sen. Mark Delaney showed interest in backing Jane Whitfield.", {}},
    {"Sen. Mark Delaney weighed in on the race, deciding not to endorse Jane Whitfield.", {}},
    {"Sen. Mark Delaney criticised the governor while endorsing the tax plan.", {}},
    {"Sen. Mark Delaney decided to back the tax plan.", {}},
    {"Sen. Mark Delaney decided not to back Jane Whitfield.", {}},
    {"Sen. Mark Delaney may decide to back Jane Whitfield.", {}},
    {"Sen. Mark Delaney decided to support Jane Whitfield's bill.", {}},
    {"Sen. Mark Delaney chose to back down after the debate.", {}},
    {"\"He is wrong,\" Mark Delaney said after Rita Okafor endorsed Jane Whitfield.",
     {"Rita Okafor -> Jane Whitfield"}},
    {"\"She is weak,\" Mark Delaney said in criticising Jane Whitfield.", {}},
    {"\"Not yet,\" Mark Delaney said in declining to endorse Jane Whitfield.", {}},
    // An opening phrase that names someone is no adverbial: no main-clause subject.
    {"After Rita Okafor spoke, the crowd weighed in, choosing to endorse Jane Whitfield.", {}},
};

TEST_CASE("ENDORSES: an adjunct after the main clause", "[relations][endorse]") {
  for (const EndorseCase& c : kFound) CheckCase(c);
}

TEST_CASE("ENDORSES: no adjunct endorsement", "[relations][endorse]") {
  for (const EndorseCase& c : kSilent) CheckCase(c);
}

TEST_CASE("ENDORSES: a described main-clause subject", "[relations][endorse]") {
  const std::string lead =
      "Senate race\n\nGov. Rita Okafor spoke in Denver on Monday about jobs and taxes, and the "
      "election is in May.\n\n";
  CHECK(EndorseEdges(Run(lead + "The governor returned on Tuesday while endorsing Jane "
                                "Whitfield.\n")) ==
        std::vector<std::string>{"Rita Okafor -> Jane Whitfield"});
  CHECK(EndorseEdges(Run(lead + "The governor returned on Tuesday, endorsing Jane Whitfield.\n")) ==
        std::vector<std::string>{"Rita Okafor -> Jane Whitfield"});
  CHECK(EndorseEdges(Run(lead + "The governor could win votes by endorsing Jane Whitfield.\n"))
            .empty());
}

}  // namespace
}  // namespace kg::extract::testing
