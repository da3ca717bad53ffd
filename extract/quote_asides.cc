// Asides between a speaker and the speech verb. A party tag or a short
// parenthesis after the name ('Sen. Ann Lee (D-Ohio) said that "..."',
// 'Lee (R-Ky.) called it "..."') stands between the subject and its verb
// in any rule that looks for the name right before the verb; stepping back
// over it keeps every such rule working with the tag in place (found by
// tests/eval/metamorphic_statements.py: the tag lost a quarter of the
// statements it was added to). See quote_attribution.h.
#include "extract/quote_attribution.h"

namespace kg::extract {

uint32_t Attributor::SkipAsideBack(uint32_t sb, uint32_t t) const {
  if (t < sb + 4 || d_.Text(t - 1) != ")" || in_quote_[t - 1]) return t;
  for (uint32_t k = t - 1; k-- > sb && k + 8 > t;) {
    if (in_quote_[k] || SentenceEnd(k) || Verb(k)) return t;
    if (d_.Text(k) != "(") continue;
    // A tag of a name: '(D-Ohio)', '(R)', not '(and they did)'.
    if (k + 2 >= t || !d_.tokens[k + 1].cap || k == sb || m_.EntityAt(k - 1) < 0) return t;
    return k;
  }
  return t;
}

}  // namespace kg::extract
