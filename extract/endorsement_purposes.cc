// An endorsement given as the purpose of leaving a race or of spending
// (RelationFinder helper for the infinitive branch of relations.cc): "X
// dropped out of the race a week ago to support Y", "then Z exited to back
// W", "the Q Fund spent more than $10 million to back Y". Leaving a race to
// back a rival is the endorsement itself (the guidelines keep check9's
// "withdrawing and endorsing Y" required), and a committee's money spent
// "to back" a candidate is backing stated as a fact; "to help|bolster Y" is
// paid help, not read here. Intentions and failures ("refused to", "hopes
// to") never reach this: only these leading verbs do.
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// A verb that leaves a race on its own ("exited", "withdrew"), or the
// first word of one that needs its particle ("dropped out").
bool LeavingVerb(std::string_view w) {
  return In(w, {"exited", "exits", "exiting", "withdrew", "withdraws", "withdrawing", "quit",
                "quits", "quitting"});
}

bool SpendingVerb(std::string_view w) {
  return In(w, {"spent", "spends", "spending", "poured", "pours", "pouring"});
}

}  // namespace

// The subject of a leaving or spending verb whose purpose infinitive is at
// `to` (the verb after it is `verb`): the verb within six tokens before
// `to`, with only unnamed words, numbers and time words between ("of the
// race", "a week ago", "more than $10 million", "on Friday"); -1 when
// there is none. Spending only for "to back" of a person in an election
// article.
int RelationFinder::PurposeSubject(uint32_t sb, uint32_t to, std::string_view verb) const {
  if (to < sb + 2 || in_quote_[to]) return -1;
  for (uint32_t k = to; k > sb && k + 7 > to; --k) {
    const uint32_t p = k - 1;
    const std::string_view w = d_.Lower(p);
    if (in_quote_[p] || Ent(p) >= 0) return -1;
    uint32_t lead = p + 1;  // the verb's position once found
    if (LeavingVerb(w)) {
      lead = p;
    } else if (In(w, {"out", "aside"}) && p > sb &&
               In(d_.Lower(p - 1), {"dropped", "drops", "dropping", "bowed", "bows", "bowing",
                                    "stepped", "steps", "stepping"})) {
      lead = p - 1;
    } else if (In(w, {"campaign", "bid", "candidacy"}) && p >= sb + 2 &&
               In(d_.Lower(p - 1), {"his", "her", "their"}) &&
               In(d_.Lower(p - 2), {"ended", "ends", "ending", "suspended", "suspends",
                                    "suspending", "abandoned"})) {
      lead = p - 2;
    } else if (SpendingVerb(w)) {
      if (verb != "back" || !ElectionArticle()) return -1;
      lead = p;
    }
    if (lead <= p) {
      if (HedgedBefore(sb, lead)) return -1;
      return SubjectOf(sb, lead);
    }
    // Only unnamed filler between the verb and "to".
    const Token& tok = d_.tokens[p];
    if (tok.kind == TokKind::kPunct && d_.Text(p) != "$") return -1;
    if (tok.kind == TokKind::kWord && tok.cap && !d_.Has(p, kMonthOrDay)) return -1;
    if (In(w, {"and", "or", "but", "who", "which", "that"})) return -1;
  }
  return -1;
}

}  // namespace kg::extract::internal
