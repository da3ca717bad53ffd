// ENDORSES with a described endorser (extract/endorsement_described_agents.cc
// and the callers): the passive agent a title description that points back
// to a person named earlier ("Y was endorsed by the governor") or a
// description closed by an apposition naming the person ("Y is backed by
// her former mentor, X"). Each sentence runs after a lead naming the
// candidates and the officials; negatives that must stay silent ("the
// committee" or "the caucus" is only an organisation whose name says so,
// OrgDescriptionReferent in endorsement_org_ends.cc). Also a
// state's demonym for the one office holder the article ties to the state
// ("Sen. X (R-Ohio) ... the Ohioan eventually came out for Y";
// DemonymHolder in party_marks.cc, used by ResolveReference and
// DescribedPerson).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/extract/endorsement_battery.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

struct Case {
  const char* sentence;
  std::vector<std::string> edges;  // "endorser -> endorsed", sorted; empty: none
};

const char* kLead =
    "Senate race\n\nJane Whitfield and Tom Briggs are candidates in the Democratic primary for "
    "the Senate, and the election is in May. Gov. Mark Delaney spoke in Dayton on Monday.\n\n";

void CheckCase(const Case& c) {
  const ArticleResult a = Run(std::string(kLead) + c.sentence + "\n");
  INFO(c.sentence);
  CHECK(EndorseEdges(a) == c.edges);
}

const Case kAgents[] = {
    {"Jane Whitfield was endorsed by the governor on Tuesday.", {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield was endorsed by the governor, who came and campaigned for her.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Tom Briggs was endorsed by the governor, who campaigned for him twice.",
     {"Mark Delaney -> Tom Briggs"}},
    {"Jane Whitfield is backed by her former political mentor, Ron Okafor.",
     {"Ron Okafor -> Jane Whitfield"}},
    {"Jane Whitfield was endorsed by her old law partner, Ron Okafor, on Monday.",
     {"Ron Okafor -> Jane Whitfield"}},
    {"Tom Briggs has been endorsed by his longtime ally, Sen. Ron Okafor.",
     {"Ron Okafor -> Tom Briggs"}},
    {"Jane Whitfield was endorsed by a fellow Democrat, Sen. Ron Okafor.",
     {"Ron Okafor -> Jane Whitfield"}},
    {"Tom Briggs is backed by his fellow Republican, Gov. Ron Okafor, who campaigned with him.",
     {"Ron Okafor -> Tom Briggs"}},
    {"Tom Briggs was endorsed by the state's largest union, the Keystone Nurses Association.",
     {"Keystone Nurses Association -> Tom Briggs"}},
    {"The Keystone Action Committee met on Monday. Jane Whitfield was endorsed by the committee.",
     {"Keystone Action Committee -> Jane Whitfield"}},
};

const Case kSilent[] = {
    // A description that is not the whole agent.
    {"Jane Whitfield was endorsed by the governor's chief of staff.", {}},
    {"Jane Whitfield was endorsed by the governor of a neighboring state.", {}},
    // A list after the apposition, or a name that starts a clause.
    {"Jane Whitfield was endorsed by her old friend, Ron Okafor said.", {}},
    {"Jane Whitfield was endorsed by a Democrat, Ron Okafor said.", {}},
    // No person of that title named before.
    {"Jane Whitfield was endorsed by the mayor on Tuesday.", {}},
    // Not an endorsement.
    {"The bill was backed by her former political mentor, Ron Okafor.", {}},
    // "the committee" with no committee named (the lead names the Senate).
    {"Jane Whitfield was endorsed by the committee.", {}},
    {"The caucus endorsed Tom Briggs on Monday.", {}},
};

const Case kDemonyms[] = {
    {"Sen. Ron Okafor (R-Ohio) declined to endorse Jane Whitfield in May. Tom Briggs took "
     "some comfort when the Ohioan eventually came out for Jane Whitfield.",
     {"Ron Okafor -> Jane Whitfield"}},
    {"Ohio Sen. Ron Okafor stayed neutral for months. The Ohioan eventually endorsed Jane "
     "Whitfield in June.",
     {"Ron Okafor -> Jane Whitfield"}},
    {"Texas Rep. Ron Okafor stayed neutral for months. The Texan finally came out for Tom "
     "Briggs.",
     {"Ron Okafor -> Tom Briggs"}},
    {"Sen. Ron Okafor (R-Ohio) stayed neutral for months. Jane Whitfield was endorsed by the "
     "Ohioan on Friday.",
     {"Ron Okafor -> Jane Whitfield"}},
    // No one tied to the state, or two people.
    {"Sen. Ron Okafor stayed neutral for months. The Ohioan eventually endorsed Jane Whitfield.",
     {}},
    {"Sen. Ron Okafor (R-Ohio) and Ohio Gov. Ann Lutz met. The Ohioan eventually endorsed Jane "
     "Whitfield.",
     {}},
    {"Sen. Ron Okafor (R-Ohio) stayed neutral for months. The Texan eventually endorsed Jane "
     "Whitfield.",
     {}},
    // Not a demonym of a person.
    {"Sen. Ron Okafor (R-Ohio) stayed neutral. The Hoosier State eventually backed Jane "
     "Whitfield.",
     {}},
};

// An organisation named for a purpose with "the" ("Campaign to Save the
// Republic", ToTheJoinsName in org_name_joins.cc) described by its candidate.
const Case kPurposeNames[] = {
    {"The ad was paid for by the Campaign to Save the Republic, a group that backs Jane "
     "Whitfield.",
     {"Campaign to Save the Republic -> Jane Whitfield"}},
    {"The Committee to Restore the Constitution, a super PAC that supports Tom Briggs, spent "
     "$2 million.",
     {"Committee to Restore the Constitution -> Tom Briggs"}},
    {"The ad was created by The Committee to Defend the Governor, a super PAC that supports "
     "Jane Whitfield, and ran in May.",
     {"Committee to Defend the Governor -> Jane Whitfield"}},
    {"The Committee to Restore the Constitution, a super PAC that opposes Tom Briggs, spent "
     "$2 million.",
     {}},
    {"The ad was paid for by the Campaign to Save the Republic, a group that supports gun "
     "rights.",
     {}},
};

}  // namespace

TEST_CASE("ENDORSES described agents: purpose names with an article", "[relations][endorse]") {
  for (const Case& c : kPurposeNames) CheckCase(c);
}

TEST_CASE("ENDORSES described agents: a state's demonym", "[relations][endorse]") {
  for (const Case& c : kDemonyms) CheckCase(c);
}

TEST_CASE("ENDORSES described agents: title descriptions and appositions", "[relations][endorse]") {
  for (const Case& c : kAgents) CheckCase(c);
}

TEST_CASE("ENDORSES described agents: no endorser", "[relations][endorse]") {
  for (const Case& c : kSilent) CheckCase(c);
}

namespace {
constexpr const char* kRigsLead =
    "Race\n\nTom Riggs and Amy Vance are candidates in the primary, and the election will pick "
    "a nominee.\n\n";
}  // namespace

TEST_CASE("ENDORSES described agents: the subject's next predicate or an aside after the name",
          "[relations][endorse]") {
  for (const char* sentence :
       {"Riggs was strongly supported by his GOP predecessor, Dan Holt \xe2\x80\x93 now the "
        "party's villain \xe2\x80\x93 and has donated to other candidates.",
        "Riggs was supported by his predecessor, Dan Holt, and has donated to candidates.",
        "Riggs is backed by his old mentor, Dan Holt, but lost the straw poll.",
        "Riggs was endorsed by his former boss, Dan Holt -- the county's longest-serving mayor "
        "-- and later won.",
        "Riggs was endorsed by a fellow Democrat, Dan Holt, and went on to win the nomination."}) {
    ArticleResult r = Run(std::string(kRigsLead) + sentence + "\n");
    CHECK(HasRelation(r, "ENDORSES", "person:dan-holt", "person:tom-riggs"));
  }
}

TEST_CASE("ENDORSES described agents: a list, a relative, or a pronoun subject",
          "[relations][endorse]") {
  // "and" opening a second described name: a list the rule does not read.
  ArticleResult a = Run(std::string(kRigsLead) +
                        "Riggs was endorsed by his predecessor, Dan Holt, and retired judge Lee "
                        "Fenn.\n");
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:lee-fenn", "person:tom-riggs"));
  // Kin help is no endorsement.
  ArticleResult b = Run(std::string(kRigsLead) +
                        "Riggs was supported by his wife, Ann Riggs, and was treated at a "
                        "hospital.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:ann-riggs", "person:tom-riggs"));
  // A pronoun after a sentence whose subject is a description: unsure.
  ArticleResult c = Run(std::string(kRigsLead) +
                        "Amy Vance doubts him. The billionaire governed the city. He was "
                        "supported by his predecessor, Dan Holt, and has donated to "
                        "candidates.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:dan-holt", "person:amy-vance"));
}
