// Quoted fragments that the reporter's own sentence runs through: 'X said
// she was "proud to endorse" Y', 'X called Y "the real deal," endorsed him',
// 'X "enthusiastically" backed Y'. The quotation's words are the speaker's
// but its grammar is the narrator's, so the ENDORSES rules read such a
// fragment as narration (Run swaps this view of the quoted tokens in for
// them; the HAS_ROLE rules and statements keep the full one). A fragment
// opens after a word of the same sentence, starts lower-case, is short and
// holds no first or second person (a quotation spoken in full, 'said: "I
// endorse Y"', or 'said that "we back Y"', stays quoted) and no name
// ('chants of "endorse Y"' are the crowd's words, not the subject's).
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

std::vector<bool> NarratedFragments(const Document& d, const MentionTable& m,
                                    const std::vector<bool>& in_quote) {
  std::vector<bool> out = in_quote;
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  for (uint32_t o = 1; o + 2 < n; ++o) {
    if (d.tokens[o].kind != TokKind::kOpenQuote || !in_quote[o] || in_quote[o - 1]) continue;
    uint32_t c = o + 1;
    while (c < n && in_quote[c] && d.tokens[c].kind != TokKind::kCloseQuote) ++c;
    if (c >= n || d.tokens[c].kind != TokKind::kCloseQuote) continue;
    const uint32_t s = d.sentence_of[o];
    if (d.sentence_of[o - 1] != s || d.sentence_of[c] != s) continue;
    // After a word ('was "proud', 'Y "the'), not a comma or colon that
    // introduces a quotation.
    if (d.tokens[o - 1].kind != TokKind::kWord) continue;
    if (d.tokens[o + 1].kind != TokKind::kWord || d.tokens[o + 1].cap) continue;
    int words = 0;
    bool spoken = false;
    for (uint32_t t = o + 1; t < c && !spoken; ++t) {
      words += d.tokens[t].kind == TokKind::kWord;
      // 'chants of "endorse Trump"': a name inside is the speaker's object.
      if (m.EntityAt(t) >= 0) spoken = true;
      std::string_view w = d.Lower(t);
      spoken = spoken ||
               In(w, {"i", "me", "my", "mine", "we", "us", "our", "you", "your", "i'm", "we're"}) ||
               (t + 2 < c && In(d.Text(t), {".", "!", "?"}));  // a sentence ends inside
    }
    if (spoken || words > 12) continue;
    for (uint32_t t = o; t <= c; ++t) out[t] = false;
  }
  return out;
}

}  // namespace kg::extract::internal
