// A candidacy named by a possessive after a backing verb, with words that
// describe the race between ("supports Y's presidential bid", "backing Y's
// Senate bid", "supported Y's 2012 reelection campaign"; BackingVerb in
// endorsement_cues.cc), and "by supporting Y's ... bid" after a clause
// whose subject the caller finds ("X would follow Z's lead by supporting
// Y's Senate bid"): the noun names the candidacy, so supporting it is an
// endorsement where supporting the person alone may be a voter's.
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// `after` is the possessive after Y: "'s (up to three race words) bid".
// Words of a candidacy's fate or order count as race words too ("Y's
// failed White House bid", "Y's now-aborted campaign", "Y's first
// presidential run" is no bid noun and stays out): supporting a candidacy
// that later failed is still an endorsement of it.
bool RelationSubjects::CandidacyAfter(uint32_t after, uint32_t se) const {
  if (after + 1 >= se || d_.tokens[after].kind != TokKind::kPossessive) return false;
  uint32_t k = after + 1;
  for (int n = 0; k < se && n < 4; ++n, ++k) {
    const std::string_view w = d_.Lower(k);
    if (In(w, {"candidacy", "bid", "reelection", "re-election", "campaign"})) {
      // "Y's failed bid to repeal the tax" is an attempt, not a candidacy;
      // "Y's bid to unseat Z|to win the nomination" is one.
      if (w != "bid" || k + 2 >= se || d_.Lower(k + 1) != "to") return true;
      return In(d_.Lower(k + 2),
                {"unseat", "win", "become", "be", "succeed", "replace", "defeat", "lead", "oust"});
    }
    // "Senate", "White House" (mentions of the chamber and the residence),
    // "presidential", "2020", "comeback".
    const bool race_word =
        d_.tokens[k].kind == TokKind::kNumber ||
        In(w, {"senate",      "house",         "white",       "presidential", "gubernatorial",
               "mayoral",     "congressional", "comeback",    "reelection",   "re-election",
               "primary",     "senatorial",    "failed",      "unsuccessful", "ill-fated",
               "now-aborted", "aborted",       "short-lived", "doomed",       "long-shot",
               "longshot",    "insurgent",     "first",       "second"});
    if (!race_word || in_quote_[k]) return false;
  }
  return false;
}

}  // namespace kg::extract::internal
