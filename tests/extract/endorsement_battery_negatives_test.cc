// The negative half of endorsement_battery_test.cc: invented sentences that
// must give no ENDORSES edge (declined, not yet, may, a bill, "backed down",
// support for a policy), and the shapes still missed, kept as [!mayfail] so
// that a fix shows up as a pass.
#include <catch2/catch.hpp>

#include "tests/extract/endorsement_battery.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

const EndorseCase kSilent[] = {
    {"Endorsed by Sen. Mark Delaney, the measure passed the Senate on Monday.", {}},
    {"Endorsed by Sen. Mark Delaney, the plan was praised by Jane Whitfield.", {}},
    {"Backed by Sen. Mark Delaney, the bill was sent to Jane Whitfield for a signature.", {}},
    {"With the endorsement of Sen. Mark Delaney in hand, the campaign of Jane Whitfield raised "
     "money.",
     {}},
    {"Sen. Mark Delaney is supporting Jane Whitfield in the Acme Corp. campaign.", {}},
    {"Sen. Mark Delaney said Monday he would support the water bill.", {}},
    {"Sen. Mark Delaney said Monday he would back Jane Whitfield if she wins the nomination.", {}},
    {"Sen. Mark Delaney said Monday he would not back Jane Whitfield.", {}},
    {"Sen. Mark Delaney said Monday he would be backing Jane Whitfield's plan to cut taxes.", {}},
    {"Sen. Mark Delaney said Monday he would support whoever wins, even Jane Whitfield.", {}},
    {"Sen. Mark Delaney said Monday she would back Tom Briggs.", {}},
    {"The Keystone Nurses Association announced the endorsement of Jane Whitfield.", {}},
    {"Jane Whitfield announced the endorsement of a new health plan by Sen. Mark Delaney.", {}},
    {"Jane Whitfield has won several awards, including one from Sen. Mark Delaney.", {}},
    {"Jane Whitfield has sought several endorsements, including one from Sen. Mark Delaney.", {}},
    {"Tom Briggs is running hard. The Keystone Nurses Association backed him on the water bill.",
     {}},
    {"Tom Briggs is running hard. Sen. Mark Delaney backed him up on the tax plan.", {}},
    {"Tom Briggs is running hard. Sen. Mark Delaney backed him for a job at the bank.", {}},
    {"Neither Sen. Mark Delaney nor Rep. Carla Moynihan has endorsed Jane Whitfield.", {}},
    {"Sen. Mark Delaney is backing away from Jane Whitfield after the scandal.", {}},
    {"Sen. Mark Delaney backed off his support of Jane Whitfield.", {}},
    {"Sen. Mark Delaney denied that he had endorsed Jane Whitfield.", {}},
    {"Sen. Mark Delaney said it was too early to endorse Jane Whitfield.", {}},
    {"Sen. Mark Delaney urged Jane Whitfield to drop out of the race.", {}},
    {"Sen. Mark Delaney could endorse Jane Whitfield as soon as Monday.", {}},
    {"Sen. Mark Delaney is reportedly considering backing Jane Whitfield.", {}},
    {"If Sen. Mark Delaney endorses Jane Whitfield, the race will change.", {}},
    {"Sen. Mark Delaney would not endorse Jane Whitfield.", {}},
    {"Sen. Mark Delaney has yet to endorse Jane Whitfield.", {}},
    {"Asked whether he would endorse Jane Whitfield, Sen. Mark Delaney declined to answer.", {}},
    {"Sen. Mark Delaney supported Jane Whitfield's bill to cut taxes.", {}},
    {"Sen. Mark Delaney backed out of the race and Jane Whitfield won.", {}},
    {"Sen. Mark Delaney said voters backing Jane Whitfield were angry.", {}},
    {"Sen. Mark Delaney expressed support for the water bill on Monday.", {}},
    {"Sen. Mark Delaney voiced support for Jane Whitfield's plan to cut taxes.", {}},
    {"Sen. Mark Delaney denied reports that he had endorsed Jane Whitfield.", {}},
    {"Sen. Mark Delaney denies ever backing Jane Whitfield in the primary.", {}},
    {"Sen. Mark Delaney is one of many voters backing Jane Whitfield.", {}},
    {"The mother of Sen. Mark Delaney, one of several senators backing Jane Whitfield, spoke on "
     "Monday.",
     {}},
    {"Sen. Mark Delaney is one of several senators who may endorse Jane Whitfield.", {}},
    {"Sen. Mark Delaney offered his support to Jane Whitfield's family after the storm.", {}},
    {"Sen. Mark Delaney offered his full support to the people of the state after the storm.", {}},
    {"Sen. Mark Delaney announced Monday that she would back Jane Whitfield in the primary.", {}},
    {"Sen. Mark Delaney is campaigning for Jane Whitfield this week.", {}},
    {"Jane Whitfield, Sen. Mark Delaney's pick for the seat, won the primary.", {}},
    {"Sen. Mark Delaney, who has not endorsed anyone, praised Jane Whitfield.", {}},
    {"Sen. Mark Delaney endorsed nobody, but praised Jane Whitfield.", {}},
    {"Sen. Mark Delaney criticized the endorsement of Jane Whitfield.", {}},
    {"Sen. Mark Delaney said the endorsement of Jane Whitfield by the union was a mistake.", {}},
    {"Sen. Mark Delaney backed the Keystone Nurses Association in its strike against the hospital, "
     "and Jane Whitfield did too.",
     {}},
    {"By not endorsing Jane Whitfield, Sen. Mark Delaney angered his party.", {}},
    {"Jane Whitfield did not thank Sen. Mark Delaney for his endorsement.", {}},
    {"Jane Whitfield thanked Sen. Mark Delaney for his endorsement of the water bill.", {}},
    {"Jane Whitfield, whose critics include Sen. Mark Delaney, won the primary.", {}},
    {"Jane Whitfield counts Sen. Mark Delaney among her critics.", {}},
    {"Jane Whitfield can not count Sen. Mark Delaney among her supporters.", {}},
    {"Sen. Mark Delaney declined to endorse Jane Whitfield on Monday.", {}},
    {"Sen. Mark Delaney has not endorsed Jane Whitfield.", {}},
    {"Sen. Mark Delaney has not yet endorsed Jane Whitfield or Tom Briggs.", {}},
    {"Sen. Mark Delaney may endorse Jane Whitfield later this month.", {}},
    {"Sen. Mark Delaney refused to back Jane Whitfield.", {}},
    {"Sen. Mark Delaney has said he will not support Jane Whitfield.", {}},
    {"Sen. Mark Delaney endorsed the water bill that Jane Whitfield wrote.", {}},
    {"Sen. Mark Delaney backed down after Jane Whitfield criticized him.", {}},
    {"Sen. Mark Delaney expressed support for the policy Jane Whitfield proposed.", {}},
    {"Sen. Mark Delaney supported the war, Jane Whitfield said.", {}},
    {"Sen. Mark Delaney is considering endorsing Jane Whitfield.", {}},
    {"Sen. Mark Delaney is expected to endorse Jane Whitfield on Monday.", {}},
    {"Jane Whitfield sought the endorsement of Sen. Mark Delaney but did not get it.", {}},
    {"Jane Whitfield did not win the endorsement of Sen. Mark Delaney.", {}},
    {"Jane Whitfield supported Sen. Mark Delaney's bill on Monday.", {}},
    {"Sen. Mark Delaney voted against Jane Whitfield in the primary.", {}},
    {"Sen. Mark Delaney would not say whether he backs Jane Whitfield.", {}},
    {"Jane Whitfield endorsed the plan by Sen. Mark Delaney to cut taxes.", {}},
    {"Sen. Mark Delaney backed the nomination process, not Jane Whitfield.", {}},
};

// Shapes still missed (or, for the last negatives, still wrongly drawn).
const EndorseCase kGaps[] = {
    {"Sen. Mark Delaney lined up behind Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney rallied behind Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"With the support of Sen. Mark Delaney, Jane Whitfield won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield announced on Monday the endorsement of Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield got the nod from Sen. Mark Delaney on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield won the seal of approval of Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney tweeted his support for Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"The Keystone Nurses Association's political arm endorsed Jane Whitfield.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Sen. Mark Delaney gave Jane Whitfield a boost on Monday by endorsing her.",
     {"Mark Delaney -> Jane Whitfield"}},
};

}  // namespace

TEST_CASE("ENDORSES battery: no backing of a candidate", "[relations][endorse]") {
  for (const EndorseCase& c : kSilent) CheckCase(c);
}

TEST_CASE("ENDORSES battery: shapes still missed", "[relations][endorse][!mayfail]") {
  for (const EndorseCase& c : kGaps) CheckCase(c);
}
