// A switched endorsement (a RelationFinder rule for endorsement_nouns.cc):
// "X switched|shifted his endorsement|support (from Z) to Y". The giver is
// the verb's subject and the candidate follows "to"; Z, after "from", is the
// one whose endorsement was withdrawn, so the noun rules' "Y's endorsement
// from X" reading (Z endorsing X) must not see the phrase at all. Only a
// named person after "to" counts ("shifted his support to the idea of red
// flag laws" gives nothing), and a hedge or a wish ("could switch their
// support", "urged him to shift his support") none.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

bool SwitchVerb(std::string_view w) {
  return In(
      w, {"switched", "switches",     "switch",  "switching", "shifted", "shifts",      "shift",
          "shifting", "moved",        "moves",   "move",      "moving",  "transferred", "transfers",
          "transfer", "transferring", "changed", "changes",   "change",  "changing"});
}

}  // namespace

// The endorsement noun at `t` of sentence `s`, its modifiers starting at
// `k`: true when it is switched ("switched his endorsement from Z to Y"),
// then X -> Y is added when the candidate is named.
bool RelationFinder::SwitchedEndorsement(uint32_t s, uint32_t k, uint32_t t) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  if (k < sb + 2 || t + 2 >= se || !In(d_.Lower(k - 1), {"his", "her", "its", "their"}) ||
      !SwitchVerb(d_.Lower(k - 2)) || !In(d_.Lower(t + 1), {"from", "to"}))
    return false;
  const uint32_t v = k - 2;
  // The candidate after "to", past the old one after "from" (a name or a
  // short description: "from the Florida senator to Y").
  uint32_t to = t + 1;
  if (d_.Lower(to) == "from") {
    for (++to; to < se && to < t + 12 && d_.Lower(to) != "to"; ++to) {
      if (In(d_.Text(to), {",", ";", ".", ":"})) return true;
    }
  }
  if (to + 1 >= se || d_.Lower(to) != "to" || in_quote_[v] || HedgedBefore(sb, v) ||
      (v > sb && d_.Lower(v - 1) == "to"))
    return true;
  uint32_t o = to + 1;
  while (o < se && o < to + 6 && Ent(o) < 0 && (m_.title_at[o] >= 0 || d_.Lower(o) == "former"))
    ++o;
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o) return true;
  // "to Y's campaign" is still Y; "to Y's plan" is none.
  const uint32_t after = MentionEnd(o);
  if (after + 1 < se && d_.tokens[after].kind == TokKind::kPossessive &&
      !In(d_.Lower(after + 1), {"campaign", "candidacy", "bid", "reelection", "re-election"}))
    return true;
  const int src = SubjectOf(sb, v, false);
  if (src >= 0 && src != Ent(o)) Add("ENDORSES", src, Ent(o), s, "endorse.nominal");
  return true;
}

}  // namespace kg::extract::internal
