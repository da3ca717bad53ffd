// The quotation attribution battery, part 4 (see quote_battery_test.cc):
// speakers kg must first recognise as entities, a company named only by
// its unnamed spokesperson ("a Vantrel spokesman said"), and their
// negatives; a source after "according to" whose name no list knows.
#include "extract/gazetteer.h"
#include "tests/extract/quote_battery.h"

namespace kg::extract {
namespace {

using testing::Case;
using testing::CheckCases;
using testing::IsPerson;
using testing::Run;
using testing::SpeakerName;

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

TEST_CASE("According to a person whose names no list knows", "[quote_battery]") {
  const Case cases[] = {
      {"according_unknown_quote",
       "Harbor vote\n"
       "\n"
       "The pier reopened on Monday. According to Odile Brannock, \"the ferry will run every "
       "hour all summer long.\"\n",
       "the ferry will run", "Odile Brannock"},
      {"according_unknown_of",
       "Harbor vote\n"
       "\n"
       "\"The crowd broke through the gate within minutes,\" according to Sadir Vashenian of "
       "the Harbor Courier.\n",
       "The crowd broke", "Sadir Vashenian"},
  };
  CheckCases(cases, std::size(cases));
  // A person, not a body; a name ending its sentence may be a paper's.
  CHECK(IsPerson(Run(cases[0].text), "Odile Brannock"));
  CHECK(IsPerson(Run(cases[1].text), "Sadir Vashenian"));
  CHECK(IsPerson(Run("Harbor vote\n\nSchools may open. According to Dimitri Kalvakis, director "
                     "of the Harbor Health Center, it is safe.\n"),
                 "Dimitri Kalvakis"));
  CHECK(!IsPerson(Run("Harbor vote\n\nHe applied for asylum in April, according to "
                      "Nordlander Zeitung.\n"),
                  "Nordlander Zeitung"));
  // "According" as the document's first word (FindSpeakerNames finds the
  // word by its flag, kAccording, in a loop that starts at the second).
  CHECK(IsPerson(Run("According to Dimitri Kalvakis, director of the Harbor Health Center, it "
                     "is safe. Schools may open.\n"),
                 "Dimitri Kalvakis"));
  CHECK((Gazetteer::Get().Flags("according", /*capitalised=*/true) & kAccording) != 0);
  CHECK((Gazetteer::Get().Flags("according", /*capitalised=*/false) & kAccording) != 0);
  CHECK((kWordListBits & kAccording) == 0);
}

TEST_CASE("A long capitalised role before the name", "[quote_battery]") {
  const Case cases[] = {
      {"long_cap_role",
       "Harbor vote\n"
       "\n"
       "\"Our response to anything crossing our waters will be the same,\" said Coastal Guard "
       "Marine Force Brigadier General Ostrom Vashenzadeh, as quoted by the Harbor News Agency.\n",
       "Our response", "Ostrom Vashenzadeh"},
      {"long_cap_role_paren",
       "Harbor vote\n"
       "\n"
       "\"Every officer on the pier has a duty to the public,\" said Keller County (Md.) "
       "Harbor Police Chief Tom Wexford.\n",
       "Every officer", "Tom Wexford"},
      // A clause in the window: the quotation is a word told to others.
      {"long_clause_not_role",
       "Harbor vote\n"
       "\n"
       "Sen. Harold Quist met the pier's \"czar,\" told reporters they were not ordered by "
       "Mr. Quist to close it.\n",
       "czar", ""},
  };
  CheckCases(cases, std::size(cases));
}

TEST_CASE("A bare party word as the speaker", "[quote_battery]") {
  const Case cases[] = {
      {"party_apposition",
       "Harbor vote\n"
       "\n"
       "Jane Ostrander, a Democrat, spoke on Monday.\n"
       "\n"
       "\"We will not fund this pier with money we do not have,\" the Democrat said.\n",
       "We will not fund", "Jane Ostrander"},
      {"party_state_apposition",
       "Harbor vote\n"
       "\n"
       "Tom Hallowell, the Republican nominee, met Jane Ostrander, a Maine Democrat, on Monday.\n"
       "\n"
       "\"We will not fund this pier with money we do not have,\" the Democrat said.\n",
       "We will not fund", "Jane Ostrander"},
      {"party_tag",
       "Harbor vote\n"
       "\n"
       "Rep. Tom Hallowell, R-Ohio, spoke on Monday.\n"
       "\n"
       "\"We will not fund this pier with money we do not have,\" the Republican said.\n",
       "We will not fund", "Tom Hallowell"},
      // Negative: an unnamed party aide.
      {"gop_aide",
       "Harbor vote\n"
       "\n"
       "Rep. Tom Hallowell, R-Ohio, spoke on Monday.\n"
       "\n"
       "\"We will not fund this pier with money we do not have,\" the GOP aide said.\n",
       "We will not fund", ""},
  };
  CheckCases(cases, std::size(cases));
  // "the GOP" is the party, never the person a GOP apposition described
  // (the "to the GOP" organisation still takes it: a known gap).
  CHECK(SpeakerName(Run("Harbor vote\n\nTom Hallowell, a former state GOP chairman, spoke on "
                        "Monday.\n\nAnd to the GOP, the man said, \"You are done, and I am "
                        "leaving the party for good.\"\n"),
                    "You are done") != "Tom Hallowell");
}

}  // namespace
}  // namespace kg::extract
