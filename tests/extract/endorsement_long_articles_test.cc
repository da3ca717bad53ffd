// Shapes first met in longer articles (stop 31): a passive whose participle
// and "by" a time adjunct splits ("Y was endorsed early in his campaign by
// X"). Negatives: an active verb followed by a gerund agent, a hedge, no
// time word in the adjunct. A list inside an adverbial clause after a
// backing verb's object names no one backed ("She backed her comments after
// critics, including former Y aide X, noted ..."), nor does "walked back".
// A predicate nominal's relative clause ("X is a retired general who
// endorsed Y", "Roe, a Democrat who backed Y in the general election").
// Ordinals: "X was the fourth member of Congress to endorse Y", "X is co-chair
// of the Z caucus and was the first member of Congress to endorse him".
// A possessed backer noun's copula ("His biggest backer in the upper chamber
// was Sen. X (R-Ala.)"). A delegate's pledged vote ("X, who was a
// superdelegate in 2016, pledged his vote to Y"); a voter's is none. A
// list of endorsers opening with a kind ("from progressive groups like A and
// B, as well as from Sen. C").
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

// After a lead naming the governor, so that "She" resolves to her.
const char* const kRetracted[] = {
    "She later walked backed her comments somewhat after critics, including former Whitfield "
    "campaign staffer Tom Briggs, noted that Whitfield talked first.",
    "She later backed her comments after critics, including former Whitfield campaign staffer "
    "Mark Delaney, noted that Whitfield talked first.",
    "She walked back her remarks when critics, including former Whitfield campaign aide Mark "
    "Delaney, complained.",
    "Okafor backed her earlier statement because critics, including former Briggs campaign "
    "staffer Mark Delaney, had misread it.",
    "Okafor backed the bill after voters, including former Briggs campaign staffer Mark "
    "Delaney, asked for it.",
};

TEST_CASE("ENDORSES: no object in a later clause's list", "[relations][endorse]") {
  const std::string lead = std::string(kRaceLead) + "Gov. Rita Okafor spoke on Monday.\n\n";
  for (const char* t : kRetracted) {
    INFO(t);
    CHECK(EndorseEdges(Run(lead + t + "\n")).empty());
  }
  // "her earlier|last" before a time word is still the pronoun object.
  CHECK(EndorseEdges(Run(lead + "Sen. Mark Delaney praised Jane Whitfield on Monday. Delaney "
                                "endorsed her earlier this year.\n")) ==
        std::vector<std::string>{"Mark Delaney -> Jane Whitfield"});
  CHECK(EndorseEdges(Run(lead + "Sen. Mark Delaney praised Jane Whitfield on Monday. Delaney "
                                "endorsed her last week.\n")) ==
        std::vector<std::string>{"Mark Delaney -> Jane Whitfield"});
  // The list right after the object still names it.
  CHECK(EndorseEdges(Run(lead + "Okafor has backed candidates in the past, such as Jane "
                                "Whitfield.\n")) ==
        std::vector<std::string>{"Rita Okafor -> Jane Whitfield"});
}

const EndorseCase kCopulaRelative[] = {
    {"Mark Delaney is a retired Army lieutenant general who endorsed Jane Whitfield last summer.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Mark Delaney is a Democrat who supported Tom Briggs in the general election.",
     {"Mark Delaney -> Tom Briggs"}},
    {"Mark Delaney was a county commissioner who backed Tom Briggs in the primary.",
     {"Mark Delaney -> Tom Briggs"}},
    {"Rita Okafor is an activist who has endorsed Jane Whitfield.",
     {"Rita Okafor -> Jane Whitfield"}},
    {"Mark Delaney is a former mayor who endorsed Tom Briggs in March.",
     {"Mark Delaney -> Tom Briggs"}},
};

const EndorseCase kCopulaRelativeSilent[] = {
    {"Mark Delaney is a voter who backed Jane Whitfield.", {}},
    {"Mark Delaney is a Democrat who may endorse Tom Briggs.", {}},
    {"Mark Delaney is a Democrat who supported Tom Briggs's bill.", {}},
    {"Mark Delaney is a Democrat who never endorsed Jane Whitfield.", {}},
    {"Mark Delaney is a member who backed Jane Whitfield.", {}},
};

TEST_CASE("ENDORSES: a predicate nominal's relative clause", "[relations][endorse]") {
  for (const EndorseCase& c : kCopulaRelative) CheckCase(c);
  for (const EndorseCase& c : kCopulaRelativeSilent) CheckCase(c);
  // The subject may open the sentence by surname.
  const std::string lead = std::string(kRaceLead) + "Sen. Mark Delaney spoke on Monday.\n\n";
  CHECK(EndorseEdges(Run(lead + "Delaney is a Democrat who supported Briggs in the general "
                                "election, but he is expected to vote with Whitfield.\n")) ==
        std::vector<std::string>{"Mark Delaney -> Tom Briggs"});
  CHECK(EndorseEdges(Run(lead + "Delaney, a Democrat who supported Briggs in the general "
                                "election, spoke.\n")) ==
        std::vector<std::string>{"Mark Delaney -> Tom Briggs"});
}

TEST_CASE("ENDORSES: an ordinal description's subject", "[relations][endorse]") {
  const std::string lead =
      std::string(kRaceLead) + "Tom Briggs won praise from Sen. Mark Delaney on Monday.\n\n";
  const EndorseCase found[] = {
      {"Delaney was the first member of Congress to endorse him.", {"Mark Delaney -> Tom Briggs"}},
      {"Delaney is co-chairman of the Briggs caucus and was the first member of Congress to "
       "endorse him.",
       {"Mark Delaney -> Tom Briggs"}},
      {"Delaney was the fourth member of Congress to endorse Tom Briggs.",
       {"Mark Delaney -> Tom Briggs"}},
      {"Delaney became the fifth senator to endorse Jane Whitfield.",
       {"Mark Delaney -> Jane Whitfield"}},
      {"Delaney chairs the budget panel and was the first senator to back Jane Whitfield.",
       {"Mark Delaney -> Jane Whitfield"}},
      {"Delaney was the only senator to endorse him.", {"Mark Delaney -> Tom Briggs"}},
  };
  const EndorseCase silent[] = {
      {"Delaney was not the first member of Congress to endorse him.", {}},
      {"Delaney may be the first senator to endorse him.", {}},
      {"Delaney wants to be the fourth senator to endorse Jane Whitfield.", {}},
      {"Delaney was the first senator to back the bill.", {}},
      {"Delaney said Whitfield and he were the first to oppose it.", {}},
  };
  for (const EndorseCase& c : found) {
    INFO(c.sentence);
    CHECK(EndorseEdges(Run(lead + c.sentence + "\n")) == c.edges);
  }
  for (const EndorseCase& c : silent) {
    INFO(c.sentence);
    CHECK(EndorseEdges(Run(lead + c.sentence + "\n")) == c.edges);
  }
}

TEST_CASE("ENDORSES: a possessed backer is a titled person", "[relations][endorse]") {
  const std::string lead = std::string(kRaceLead) + "Tom Briggs spoke on Monday.\n\n";
  const EndorseCase cases[] = {
      {"His biggest backer in the upper chamber was Sen. Mark Delaney (R-Ala.), a forceful "
       "advocate for tax cuts.",
       {"Mark Delaney -> Tom Briggs"}},
      {"His biggest backer was Sen. Mark Delaney.", {"Mark Delaney -> Tom Briggs"}},
      {"His most vocal supporter in the Senate is Sen. Mark Delaney.",
       {"Mark Delaney -> Tom Briggs"}},
      {"Whitfield's earliest supporter was Gov. Rita Okafor.", {"Rita Okafor -> Jane Whitfield"}},
      {"Jane Whitfield's top endorser among governors is Gov. Rita Okafor.",
       {"Rita Okafor -> Jane Whitfield"}},
      // Silent: no title or tag, a hedge, a family member, a possessed name.
      {"His biggest supporter was his wife, Ann Briggs.", {}},
      {"His biggest backer was Mark Delaney.", {}},
      {"His biggest backer may be Sen. Mark Delaney.", {}},
      {"His biggest backer was Sen. Mark Delaney's chief of staff.", {}},
      {"His biggest backer was not Sen. Mark Delaney.", {}},
  };
  for (const EndorseCase& c : cases) {
    INFO(c.sentence);
    CHECK(EndorseEdges(Run(lead + c.sentence + "\n")) == c.edges);
  }
}

const EndorseCase kPledgedVote[] = {
    {"Interestingly, Mark Delaney, who was a superdelegate in the 2016 elections, pledged his "
     "vote to Tom Briggs.",
     {"Mark Delaney -> Tom Briggs"}},
    {"Mark Delaney, a superdelegate, pledged his vote to Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Rita Okafor, a delegate from Ohio, pledged her vote to Jane Whitfield on Monday.",
     {"Rita Okafor -> Jane Whitfield"}},
    {"Mark Delaney, an elector, pledges his vote to Tom Briggs.", {"Mark Delaney -> Tom Briggs"}},
    {"Rita Okafor, a superdelegate, pledged her vote to Gov. Tom Briggs.",
     {"Rita Okafor -> Tom Briggs"}},
    // Silent: no delegate, a hedge, a bill, no pledge.
    {"Mark Delaney pledged his vote to Jane Whitfield.", {}},
    {"Mark Delaney, a superdelegate, has not pledged his vote to Jane Whitfield.", {}},
    {"Mark Delaney, a superdelegate, pledged his vote to Jane Whitfield's bill.", {}},
    {"Mark Delaney, a superdelegate, cast his vote to Jane Whitfield's dismay.", {}},
    {"Mark Delaney, a superdelegate, may pledge his vote to Tom Briggs.", {}},
};

TEST_CASE("ENDORSES: a delegate's pledged vote", "[relations][endorse]") {
  for (const EndorseCase& c : kPledgedVote) CheckCase(c);
}

const EndorseCase kKindLists[] = {
    {"Whitfield is running again, already picking up endorsements from progressive groups like "
     "the Fair Fund, as well as from presidential candidates Sen. Mark Delaney and Gov. Rita "
     "Okafor.",
     {"Fair Fund -> Jane Whitfield", "Mark Delaney -> Jane Whitfield",
      "Rita Okafor -> Jane Whitfield"}},
    {"Whitfield won endorsements from 2020 presidential candidates Sen. Mark Delaney and Gov. "
     "Rita Okafor.",
     {"Mark Delaney -> Jane Whitfield", "Rita Okafor -> Jane Whitfield"}},
    {"Whitfield picked up endorsements from labor unions such as the Fair Fund.",
     {"Fair Fund -> Jane Whitfield"}},
    {"Whitfield won the endorsement of progressive groups like the Fair Fund, as well as from "
     "Sen. Mark Delaney.",
     {"Fair Fund -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Whitfield picked up endorsements from senators like Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Whitfield has endorsements from the Fair Fund, as well as from Sen. Mark Delaney.",
     {"Fair Fund -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    // Silent: a hedge; no endorsement noun.
    {"Whitfield hopes to pick up endorsements from groups like the Fair Fund.", {}},
    {"Whitfield picked up donations from groups like the Fair Fund.", {}},
};

TEST_CASE("ENDORSES: a list of endorsers opening with a kind", "[relations][endorse]") {
  for (const EndorseCase& c : kKindLists) CheckCase(c);
}

TEST_CASE("ENDORSES: a time adjunct between the passive and by", "[relations][endorse]") {
  for (const EndorseCase& c : kAdjunctPassive) CheckCase(c);
  for (const EndorseCase& c : kAdjunctSilent) CheckCase(c);
}

}  // namespace
}  // namespace kg::extract::testing
