// "X signaled|reaffirmed|tweeted his support for|of Y" (SignaledSupport in
// extract/endorsement_support_for.cc, asked by SupportFor): support shown
// for a candidate in an article about a race. "tweeted" only with the race
// named after the noun (a tweeted support is as often sympathy); silent for
// a plan or a bill, a hedge, and a tweet with no race after it.
#include <catch2/catch.hpp>

#include "tests/extract/endorsement_battery.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

const EndorseCase kSignaled[] = {
    {"Sen. Mark Delaney immediately signaled his support of Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney also reaffirmed his support for Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"The Keystone Nurses Association signaled its support for Jane Whitfield on Monday.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Sen. Mark Delaney tweeted his support for Jane Whitfield on the morning of Election Day.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney tweeted his support for Jane Whitfield's Senate bid.",
     {"Mark Delaney -> Jane Whitfield"}},
};

const EndorseCase kNotSignaled[] = {
    {"Mark Delaney, the 2016 Democratic nominee, tweeted his support for Whitfield.", {}},
    {"Sen. Mark Delaney signaled his support for Jane Whitfield's plan.", {}},
    {"Sen. Mark Delaney signaled his support for the bill.", {}},
    {"Sen. Mark Delaney has not signaled his support for Jane Whitfield.", {}},
    {"Sen. Mark Delaney reaffirmed his support for the tariffs Jane Whitfield opposes.", {}},
};

}  // namespace

TEST_CASE("ENDORSES: support signaled, reaffirmed or tweeted", "[relations][endorse]") {
  for (const EndorseCase& c : kSignaled) CheckCase(c);
  for (const EndorseCase& c : kNotSignaled) CheckCase(c);
}
