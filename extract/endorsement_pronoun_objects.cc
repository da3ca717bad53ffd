// A finite backing verb whose object is "him|her" ending the clause, in an
// article about a race (BackingVerb in endorsement_cues.cc asks this; stop
// 30's battery): "Sen. X is backing him.", "The union backed her, and ...",
// "X backs her in the primary". The pronoun is resolved by the active rule
// (endorse.pronoun). Not "backed him on the bill|over the veto" (an issue),
// "backed him up" (a particle), or "backed her for a job": after the
// pronoun only the clause's end, a conjunction, an adverb of repetition or
// a race phrase (RacePhraseAt).
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

bool RelationFinder::PronounEndsBacking(uint32_t t, uint32_t se) const {
  if (t + 1 >= se || !In(d_.Lower(t + 1), {"him", "her"}) || in_quote_[t + 1]) return false;
  const uint32_t a = t + 2;
  if (a >= se) return true;
  const std::string_view w = d_.Lower(a);
  if (d_.tokens[a].kind == TokKind::kPunct)
    return In(w, {".", ",", ";", "\xe2\x80\x94", "--", "!"});
  if (In(w, {"and", "but", "because", "despite", "again", "too", "now", "early", "instead"}))
    return true;
  return RacePhraseAt(a, se, true);
}

}  // namespace kg::extract::internal
