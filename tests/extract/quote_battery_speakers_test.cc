// The quotation attribution battery, part 4 (see quote_battery_test.cc):
// speakers kg must first recognise as entities, a company named only by
// its unnamed spokesperson ("a Vantrel spokesman said"), and their
// negatives.
#include "tests/extract/quote_battery.h"

namespace kg::extract {
namespace {

using testing::Case;
using testing::CheckCases;

TEST_CASE("An unnamed spokesperson of a body named only there", "[quote_battery]") {
  const Case cases[] = {
      {"co_spokesman_after",
       "Harbor vote\n"
       "\n"
       "The ferry line lost money again this year.\n"
       "\n"
       "\"We are reviewing the report and will respond in due course,\" a Vantrel spokesman "
       "said.\n",
       "We are reviewing", "Vantrel"},
      {"co_spokesperson_colon",
       "Harbor vote\n"
       "\n"
       "The ferry line lost money again this year.\n"
       "\n"
       "A Quorvia spokesperson said: \"We take the safety of our passengers very seriously.\"\n",
       "We take the safety", "Quorvia"},
      {"co_spokeswoman_told",
       "Harbor vote\n"
       "\n"
       "\"We have no plans to close the terminal this winter,\" an Ostrander spokeswoman told "
       "reporters.\n",
       "We have no plans", "Ostrander"},
      {"co_spokesman_known_org",
       "Harbor vote\n"
       "\n"
       "Keller Maritime Corp. bought the pier in March.\n"
       "\n"
       "A Keller Maritime Corp. spokesman said: \"The pier will stay open to the public.\"\n",
       "The pier will stay", "Keller Maritime Corp."},
      // Negatives: a person's spokesman, a place's, a nationality's, a
      // party's are no body's statements.
      {"person_spokesman",
       "Harbor vote\n"
       "\n"
       "Sen. Harold Quist has said little.\n"
       "\n"
       "A Quist spokesman said: \"The senator has no plans to run for governor.\"\n",
       "The senator has no plans", ""},
      {"national_spokesman",
       "Harbor vote\n"
       "\n"
       "\"The talks will resume in the spring,\" a Norwegian spokesman said.\n",
       "The talks will resume", ""},
      {"party_spokesman",
       "Harbor vote\n"
       "\n"
       "\"The talks will resume in the spring,\" a Republican spokesman said.\n",
       "The talks will resume", ""},
      {"place_spokesman",
       "Harbor vote\n"
       "\n"
       "\"The talks will resume in the spring,\" a Texas spokesman said.\n",
       "The talks will resume", ""},
  };
  CheckCases(cases, std::size(cases));
}

}  // namespace
}  // namespace kg::extract
