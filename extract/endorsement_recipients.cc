// An owned endorsement noun whose recipients follow a verb of going or
// giving (a RelationFinder rule for endorsement_nouns.cc): "X's endorsement
// went to Y", "X's dual endorsements -- bestowed upon both A and B", "its
// endorsement, given to Y last week". The noun names the endorser by its
// possessive and the verb after it names the candidates, so neither the
// verbal rules (no verb of endorsing) nor the nominal ones (no "of|for"
// after the noun) see the pair. Only named candidates count: "X's
// endorsement went to waste" gives nothing, and a hedged verb ("would go
// to") none.
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

// The preposition a verb of going or giving takes before its recipient
// ("went to", "bestowed upon"); empty when `w` is no such verb.
bool RecipientVerb(std::string_view w, std::string_view prep) {
  if (In(w, {"went", "go", "goes", "going", "gone", "given", "awarded", "granted", "extended",
             "handed"}))
    return prep == "to";
  if (In(w, {"bestowed", "conferred"})) return In(prep, {"on", "upon"});
  return false;
}

bool Dash(std::string_view w) { return In(w, {",", "-", "--", "\xe2\x80\x94", "\xe2\x80\x93"}); }

}  // namespace

// The endorsement noun at `t` of sentence `s`, its modifiers starting at
// `k`: adds X -> each recipient for "X's [modifiers] endorsement(s) [,|--]
// went to|bestowed upon [both] A and B"; true when it named one.
bool RelationFinder::EndorsementGoneTo(uint32_t s, uint32_t k, uint32_t t) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  if (k < sb + 2 || t + 3 >= se || in_quote_[t]) return false;
  // The owner: a name with a possessive ("The Times' endorsements", "the
  // group's endorsement" is left to DescribedOwner's rules).
  const bool possessive =
      d_.tokens[k - 1].kind == TokKind::kPossessive || In(d_.Text(k - 1), {"'", "\xe2\x80\x99"});
  if (!possessive || !MentionEndsAt(k - 1)) return false;
  const int src = Ent(k - 2);
  // The verb, after at most two dashes or commas ("endorsements--bestowed").
  uint32_t v = t + 1;
  while (v < se && v < t + 3 && Dash(d_.Text(v))) ++v;
  if (v + 2 >= se || !RecipientVerb(d_.Lower(v), d_.Lower(v + 1)) || HedgedBefore(sb, v))
    return false;
  // The recipients: "both", "the" and titles before the first name.
  uint32_t o = v + 2;
  if (o < se && d_.Lower(o) == "both") ++o;
  if (o < se && d_.Lower(o) == "the") ++o;
  while (o < se && o < v + 8 && Ent(o) < 0 && m_.title_at[o] >= 0) ++o;
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o) return false;
  // "went to X's campaign": a possessive names no recipient.
  const uint32_t after = MentionEnd(o);
  if (after < se &&
      (d_.tokens[after].kind == TokKind::kPossessive || In(d_.Text(after), {"'", "\xe2\x80\x99"})))
    return false;
  bool any = false;
  for (int y : Coordinated(o, se)) {
    if (!IsType(y, EntityType::kPerson) || y == src) continue;
    Add("ENDORSES", src, y, s, "endorse.nominal");
    any = true;
  }
  return any;
}

}  // namespace kg::extract::internal
