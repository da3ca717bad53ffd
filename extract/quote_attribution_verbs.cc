// The checks After() and Before() share to tell where a speech verb may
// stand relative to a quotation and its speaker: how far after the subject
// the verb may come (past a long apposition), whether a verb opening the
// sentence after a closed quotation attributes it, and whether the words are
// a document's rather than a person's. Split from quote_attribution.cc to
// keep each file to one concern and under ~500 lines.
#include <algorithm>

#include "extract/party_marks.h"
#include "extract/quote_attribution.h"
#include "extract/references.h"

namespace kg::extract {

// '"...," Sir James Stoddart, a winner of the Nobel Prize and a professor
// at X, who was born in Scotland, told The Hill': a name and a long
// apposition, ended by a comma, before the verb.
// How far after `c` the speech verb may come: 18 tokens, 45 past a
// person's name and a comma.
uint32_t Attributor::SpeakerReach(uint32_t c, uint32_t end) const {
  uint32_t reach = 18;
  {
    uint32_t n = c;
    // Titles and honorifics the lists lack ("Sir").
    while (n < end && n < c + 3 && (title_at_[n] >= 0 || d_.tokens[n].cap) && m_.EntityAt(n) < 0)
      ++n;
    const int e = n < end ? m_.EntityAt(n) : -1;
    if (e >= 0 && m_.entities[e].type == EntityType::kPerson) {
      const uint32_t me = m_.mentions[m_.mention_at[n]].tok_end;
      if (me < end && d_.Text(me) == ",") reach = 45;
    }
  }
  return reach;
}

// After a quotation closed by its own period, whether the verb at `v` after
// the subject at `c` attributes it: '"...." Lee boasted on stage.'. A verb
// that introduces the next quotation leaves a fallback (fallback_).
bool Attributor::NewSentenceVerb(const RawQuote& q, uint32_t c, uint32_t v) const {
  const Paragraph& p = d_.paragraphs[q.last_para];
  // '"...." Lee boasted on stage.': a person or he/she right before the verb.
  const int e = m_.EntityAt(c);
  const bool person = e >= 0 && m_.entities[e].type == EntityType::kPerson &&
                      m_.mentions[m_.mention_at[c]].tok_end == v;
  const bool pronoun = v == c + 1 && (d_.IsWord(c, "he") || d_.IsWord(c, "she"));
  if (!(SentenceEnd(v + 1) || d_.Text(v + 1) == ",") && !person && !pronoun) return false;
  // The new sentence must open with its subject ('"...." Lee, a senator,
  // said.'), not reach a verb through a clause ('"Taps." It is no
  // surprise that, as X writes, ...'), and a verb introducing the next
  // quotation ('The group issued a report that stated, "..."') is not
  // this one's.
  if (!SubjectEndsAt(c, v)) return false;
  const uint32_t n =
      v + 1 < p.tok_end && (d_.Text(v + 1) == "," || d_.Text(v + 1) == ":") ? v + 2 : v + 1;
  if (n < p.tok_end && d_.tokens[n].kind == TokKind::kOpenQuote) return false;
  // 'X suggested that Trump might be "...." He said that because his
  // embassy had "..."': a verb with a clause of its own introduces the
  // quotation in that clause, so it is only a fallback when the
  // quotation's own sentence names no speaker ('Lee said Tuesday,
  // "..."' keeps the verb for the first quotation).
  bool introduces_next = false;
  if (n == v + 1 && !SentenceEnd(n)) {
    for (uint32_t k = n; k < p.tok_end && !SentenceEnd(k) && d_.Text(k) != ","; ++k) {
      if (d_.tokens[k].kind == TokKind::kOpenQuote) introduces_next = true;
    }
  }
  if (introduces_next) {
    const int s = SpeakerIn(c, v);
    if (s >= 0) {
      fallback_ = QuoteFact();
      Fill(q, s, q.open, v, std::string(d_.Lower(v)), "quote.after", &fallback_);
      has_fallback_ = true;
    }
    return false;
  }
  return true;
}

// '"...," the statement read.', 'the letter reads': a document's words.
bool Attributor::DocumentReads(uint32_t c, uint32_t v) const {
  if (v < c + 2 || !(d_.IsWord(v, "read") || d_.IsWord(v, "reads")) || d_.tokens[v].cap)
    return false;
  const std::string_view n = d_.Lower(v - 1);
  return d_.IsWord(c, "the") &&
         (n == "statement" || n == "letter" || n == "memo" || n == "memorandum" || n == "op-ed");
}

}  // namespace kg::extract
