// Reported speech whose subject has a long apposition or relative clause:
// 'Beto O'Rourke, who once represented the El Paso area as a member of the
// U.S. House, said Trump "helped create the hatred ..."'. See
// quote_attribution.h and ReportedFrom (quote_reported.cc).
#include "extract/quote_attribution.h"

namespace kg::extract {

// The sentence opens with a name (after titles) and a comma; the speech verb
// comes right after the comma that closes the apposition, beyond the 16
// tokens ReportedFrom reaches (up to 45, as quote.after reaches past a long
// apposition). Only a verb right after a comma counts: inside the
// apposition ('who said last week that ...') it is not the subject's main
// verb. The apposition may name no other person before the verb's comma
// other than as a possessor ('Jaffer's colleague X, a senior attorney at Y,
// noted that ...' opens with its subject's description, not its name).
bool Attributor::ReportedPastApposition(const RawQuote& q, uint32_t sb, QuoteFact* f) const {
  uint32_t t = sb;
  while (t < q.open && m_.title_at[t] >= 0 && m_.EntityAt(t) < 0) ++t;
  const int m = t < q.open ? m_.mention_at[t] : -1;
  if (m < 0 || m_.mentions[m].tok_begin != t || in_quote_[t]) return false;
  const int s = m_.mentions[m].entity;
  const uint32_t me = m_.mentions[m].tok_end;
  if (me >= q.open || d_.Text(me) != ",") return false;
  for (uint32_t v = me + 1; v < q.open && v < sb + 45; ++v) {
    if (in_quote_[v] || SentenceEnd(v) || d_.tokens[v].kind == TokKind::kOpenQuote) return false;
    const int e = m_.EntityAt(v);
    if (e >= 0 && e != s && m_.entities[e].type == EntityType::kPerson &&
        !(v + 1 < q.open && m_.EntityAt(v + 1) != e &&
          d_.tokens[v + 1].kind == TokKind::kPossessive))
      return false;
    if (v < sb + 16 || d_.Text(v - 1) != "," || !CueVerb(v)) continue;
    if (Passive(v) || d_.Lower(v).ends_with("ing")) return false;
    Fill(q, s, v, q.open, std::string(d_.Lower(v)), "quote.reported", f);
    return true;
  }
  return false;
}

}  // namespace kg::extract
