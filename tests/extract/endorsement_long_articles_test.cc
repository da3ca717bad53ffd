// Shapes first met in longer articles (stop 31): a passive whose participle
// and "by" a time adjunct splits ("Y was endorsed early in his campaign by
// X"). Negatives: an active verb followed by a gerund agent, a hedge, no
// time word in the adjunct.
#include <catch2/catch.hpp>

#include "tests/extract/endorsement_battery.h"

namespace kg::extract::testing {
namespace {

const EndorseCase kAdjunctPassive[] = {
    {"Jane Whitfield was endorsed early in her campaign by state Sen. Mark Delaney, a former "
     "organizer of the Teamsters.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Tom Briggs was endorsed last week by Gov. Rita Okafor.", {"Rita Okafor -> Tom Briggs"}},
    {"Tom Briggs was endorsed in 2018 by Gov. Rita Okafor.", {"Rita Okafor -> Tom Briggs"}},
    {"Tom Briggs was endorsed two years ago by Gov. Rita Okafor.", {"Rita Okafor -> Tom Briggs"}},
    {"Jane Whitfield, who was endorsed during the primary by Sen. Mark Delaney, won easily.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield was endorsed late in the race by former Gov. Rita Okafor.",
     {"Rita Okafor -> Jane Whitfield"}},
    {"Tom Briggs was endorsed on Monday morning by Sen. Mark Delaney.",
     {"Mark Delaney -> Tom Briggs"}},
};

const EndorseCase kAdjunctSilent[] = {
    {"Tom Briggs was not endorsed early in his campaign by Gov. Rita Okafor.", {}},
    {"Tom Briggs may be endorsed later in the race by Gov. Rita Okafor.", {}},
    {"The tax plan was endorsed early in the session by Gov. Rita Okafor.", {}},
    {"Gov. Rita Okafor endorsed early in the race by calling Tom Briggs a fighter.", {}},
    {"Tom Briggs was endorsed in a letter signed by Gov. Rita Okafor.", {}},
};

TEST_CASE("ENDORSES: a time adjunct between the passive and by", "[relations][endorse]") {
  for (const EndorseCase& c : kAdjunctPassive) CheckCase(c);
  for (const EndorseCase& c : kAdjunctSilent) CheckCase(c);
}

}  // namespace
}  // namespace kg::extract::testing
