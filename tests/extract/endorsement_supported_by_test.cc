// The passive "Y is supported by X" (endorse.passive, as "backed by"): a
// person supported by a named body or person in an article about a race,
// the agent ending its clause or followed by the race ("in the Senate
// race"); silent for bills, polls ("by 52% of voters"), issues after the
// agent ("on the water bill") and a clause of help after it ("when she
// fell ill").
#include <catch2/catch.hpp>

#include "tests/extract/endorsement_battery.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

const EndorseCase kSupportedBy[] = {
    {"Jane Whitfield is supported by Sen. Mark Delaney in the Senate race.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield is supported by the Keystone Nurses Association.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield is being supported by the Keystone Nurses Association, a group that backs "
     "nurses running for office.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield, supported by the Keystone Nurses Association, won the primary.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Supported by Sen. Mark Delaney, Jane Whitfield won the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Tom Briggs has been supported by Sen. Mark Delaney and Rep. Carla Moynihan.",
     {"Carla Moynihan -> Tom Briggs", "Mark Delaney -> Tom Briggs"}},
    // A time phrase closing the clause (TrailingTimeEnd).
    {"Jane Whitfield is supported by the Keystone Nurses Association on Tuesday.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield was supported by Sen. Mark Delaney last week.",
     {"Mark Delaney -> Jane Whitfield"}},
};

const EndorseCase kNotSupportedBy[] = {
    {"Jane Whitfield is supported by 52% of registered voters over Tom Briggs.", {}},
    {"The water bill is supported by Sen. Mark Delaney.", {}},
    {"Jane Whitfield's bill is supported by Sen. Mark Delaney.", {}},
    {"Jane Whitfield is supported by Sen. Mark Delaney on the water bill.", {}},
    {"Jane Whitfield is supported by Sen. Mark Delaney on Tuesday on the water bill.", {}},
    {"Jane Whitfield is not supported by Sen. Mark Delaney.", {}},
    {"Jane Whitfield was supported by Sen. Mark Delaney when she fell ill.", {}},
    {"The claim by Jane Whitfield is supported by the Keystone Nurses Association.", {}},
};

}  // namespace

TEST_CASE("ENDORSES: a person supported by a named endorser", "[relations][endorse]") {
  for (const EndorseCase& c : kSupportedBy) CheckCase(c);
  for (const EndorseCase& c : kNotSupportedBy) CheckCase(c);
}
