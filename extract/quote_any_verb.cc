// The attributions after a quotation that need no speech verb (rule
// quote.after_any_verb): '"...," Trump shot back.', '"...," Sanders
// celebrated on Twitter.', '"...!" he crowed in his victory address.' A
// name (NameAnyVerb) or he/she (PronounAnyVerb) right after the quotation,
// then a verb phrase that closes the sentence, is followed by a participle
// clause or interrupts the quotation. Attributor::After tries them last,
// when no speech verb attributed the quotation.
#include <string>
#include <string_view>

#include "extract/quote_attribution.h"
#include "extract/references.h"

namespace kg::extract {

// The name (after titles) at `c` and any verb; `comma` when a comma ends
// the quotation.
bool Attributor::NameAnyVerb(const RawQuote& q, uint32_t c, bool comma, QuoteFact* f) const {
  const Paragraph& p = d_.paragraphs[q.last_para];
  // '"...," Trump shot back.': a name and any verb closing the sentence.
  // A title may come first: '"...," Mr. Lee advised.'
  uint32_t n = c;
  // Describing words before a title: '"...," campaign adviser X cut in'
  // (stop 32; singular, lower-case, no verb or function word).
  uint32_t r = c;
  while (r < p.tok_end && r < c + 2 && d_.tokens[r].kind == TokKind::kWord && !d_.tokens[r].cap &&
         m_.EntityAt(r) < 0 && title_at_[r] < 0 && !d_.Has(r, kFunctionWord) && !Verb(r) &&
         !d_.Lower(r).ends_with("ed") && !d_.Lower(r).ends_with("s") &&
         !d_.Lower(r).ends_with("ing"))
    ++r;
  if (r > c && r < p.tok_end && title_at_[r] >= 0) n = r;
  while (n < p.tok_end && n < r + 3 && title_at_[n] >= 0 && m_.EntityAt(n) < 0) ++n;
  // '"Where is our Justice Department?" Trump wondered.': a quotation
  // opening its sentence may end in its own '?' or '!' instead.
  const std::string_view own_mark_text =
      q.close > q.open + 1 ? d_.Text(q.close - 1) : std::string_view();
  const bool asks = (own_mark_text == "?" || own_mark_text == "!") &&
                    d_.sentences[d_.sentence_of[q.open]].tok_begin == q.open;
  if ((comma || asks) && n < p.tok_end && m_.EntityAt(n) >= 0) {
    const Mention& m = m_.mentions[m_.mention_at[n]];
    uint32_t v = m.tok_end;
    if (v < p.tok_end && d_.tokens[v].kind == TokKind::kWord && !d_.tokens[v].cap) {
      uint32_t end = v + 1;
      while (end < p.tok_end && end < v + 3 && d_.tokens[end].kind == TokKind::kWord &&
             !d_.tokens[end].cap)
        ++end;
      // '"...," Cruz shot back, ignoring the host': or a participle clause.
      // The phrase must then look like a verb: a past tense or a verb and
      // its particle ("shot back", "went on"), not "Trump supporters".
      const bool verb_like = d_.Lower(v).ends_with("ed") ||
                             (v + 1 < end && (d_.IsWord(v + 1, "back") || d_.IsWord(v + 1, "on") ||
                                              d_.IsWord(v + 1, "in") || d_.IsWord(v + 1, "out")));
      const bool participle = verb_like && end + 1 < p.tok_end && d_.Text(end) == "," &&
                              d_.tokens[end + 1].kind == TokKind::kWord &&
                              !d_.tokens[end + 1].cap && d_.Lower(end + 1).ends_with("ing");
      // '"...," Sanders celebrated on Twitter.', '"...," Rubio thundered at a
      // rally in Ohio.': a past tense and a phrase of a preposition closing
      // the sentence.
      bool phrase = false;
      if (d_.Lower(v).ends_with("ed") && !SentenceEnd(end) && end > v &&
          (d_.IsWord(end - 1, "on") || d_.IsWord(end - 1, "at") || d_.IsWord(end - 1, "in") ||
           d_.IsWord(end - 1, "to") || d_.IsWord(end - 1, "during"))) {
        uint32_t k = end;
        while (k < p.tok_end && k < end + 6 && !SentenceEnd(k) && !in_quote_[k] &&
               (d_.tokens[k].kind == TokKind::kWord || d_.tokens[k].kind == TokKind::kPossessive ||
                d_.tokens[k].kind == TokKind::kNumber) &&
               !Verb(k))
          ++k;
        if (k < p.tok_end && SentenceEnd(k) && d_.Text(k) == ".") phrase = true, end = k;
      }
      // '"Instead," Finch proposed, "we will ..."': the attribution
      // interrupts the quotation, whose rest follows its comma.
      const bool interrupts = end + 1 < p.tok_end && d_.Text(end) == "," &&
                              d_.tokens[end + 1].kind == TokKind::kOpenQuote &&
                              d_.sentences[d_.sentence_of[q.open]].tok_begin == q.open;
      if (end >= p.tok_end || SentenceEnd(end) || participle || phrase || interrupts) {
        std::string cue = CleanText(d_.bytes, d_.tokens[v].start, d_.tokens[end - 1].end);
        Fill(q, m.entity, q.open, v, cue, "quote.after_any_verb", f);
        return true;
      }
    }
  }
  return false;
}

// He or she at `c` and a past tense; `comma` as for NameAnyVerb.
bool Attributor::PronounAnyVerb(const RawQuote& q, uint32_t c, bool comma, QuoteFact* f) const {
  const Paragraph& p = d_.paragraphs[q.last_para];
  // '"I love the poorly educated!" he crowed in his victory address.', '"...,"
  // she pivoted': he or she in lower case (the quotation's sentence goes on)
  // and a past tense the speech verbs lack, closing the sentence after at
  // most a short phrase. Only a quotation opening its sentence: in 'When
  // Obama described it as "Don't do stupid stuff," she ridiculed him' the
  // words are someone else's.
  const std::string_view mark = q.close > q.open + 1 ? d_.Text(q.close - 1) : std::string_view();
  if ((comma || mark == "!" || mark == "?") && !d_.tokens[c].cap &&
      d_.sentences[d_.sentence_of[q.open]].tok_begin == q.open &&
      (d_.IsWord(c, "he") || d_.IsWord(c, "she")) && c + 1 < p.tok_end &&
      d_.tokens[c + 1].kind == TokKind::kWord && !d_.tokens[c + 1].cap &&
      d_.Lower(c + 1).ends_with("ed") && !Passive(c + 1)) {
    const uint32_t v = c + 1;
    uint32_t end = v + 1;
    while (end < p.tok_end && end < v + 6 && d_.tokens[end].kind == TokKind::kWord &&
           !d_.tokens[end].cap && !in_quote_[end])
      ++end;
    const bool interrupts = end + 1 < p.tok_end && d_.Text(end) == "," &&
                            d_.tokens[end + 1].kind == TokKind::kOpenQuote;
    if (end >= p.tok_end || SentenceEnd(end) || (end == v + 1 && d_.Text(end) == ",") ||
        interrupts) {
      uint32_t len = 0;
      const int s = ResolveReference(d_, m_, &in_quote_, c, &len);
      if (s < 0) return false;
      Fill(q, s, q.open, v, std::string(d_.Lower(v)), "quote.after_any_verb", f);
      return true;
    }
  }
  return false;
}

}  // namespace kg::extract
