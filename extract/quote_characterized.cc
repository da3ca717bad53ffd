// Quotations that no speech verb introduces but whose speaker the sentence
// still names: characterisations ('X called it "..."', 'whom the Post
// described as being "..."', 'X cited ... "..."') and sourced clauses
// ('according to X, the group "..."').
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/quote_attribution.h"

namespace kg::extract {
namespace {

bool IsCharacterizingVerb(std::string_view w) {
  return w == "called" || w == "calls" || w == "labeled" || w == "labelled" || w == "labels" ||
         w == "dubbed" || w == "branded" || w == "termed" || w == "described" || w == "describes" ||
         w == "deemed" || w == "derided";
}

// Words as the scorer counts them: "pro-incest" is two.
int QuoteWords(const Document& d, const RawQuote& q) {
  int words = 0;
  for (uint32_t t = q.open + 1; t < q.close; ++t) {
    if (d.tokens[t].kind != TokKind::kWord) continue;
    const std::string_view w = d.Text(t);
    words += 1 + static_cast<int>(std::count(w.begin(), w.end(), '-'));
  }
  return words;
}

}  // namespace

// 'Norman Thomas called this "a scheme which in essence is fascist."', 'the
// one our X labeled "..."', 'whom the Post described as being "..."': a
// characterisation of five words or more by a named subject (shorter ones
// are scare quotes: 'called it "perfect"').
bool Attributor::Characterized(const RawQuote& q, QuoteFact* f) const {
  if (!q.closed || q.first_para != q.last_para || QuoteWords(d_, q) < 5) return false;
  const uint32_t sb = d_.sentences[d_.sentence_of[q.open]].tok_begin;
  for (uint32_t v = q.open; v-- > sb && v + 16 > q.open;) {
    if (SentenceEnd(v)) return false;
    if (in_quote_[v] || d_.tokens[v].cap) continue;
    // "cited "many" reasons ..., including X's "..."": a citation reaches
    // further than a name given to something.
    const std::string_view w = d_.Lower(v);
    const bool cites = w == "cited" || w == "cites" || w == "citing";
    if (!cites && (v + 8 <= q.open || !IsCharacterizingVerb(w))) continue;
    // 'cited a report, "Title"', 'cited a line from X: "..."': someone
    // else's words.
    if (cites && (d_.Text(q.open - 1) == "," || d_.Text(q.open - 1) == ":")) return false;
    // A passive ("was described as") names no speaker here.
    if (Passive(v)) return false;
    int s = NearestSubject(sb, v);
    // "X also visited Trump Tower and called him "..."": a coordinated
    // verb shares the clause's subject.
    if (s == -1 && v > sb && d_.IsWord(v - 1, "and")) s = ClauseSubject(sb, v);
    if (s < 0) return false;
    Fill(q, s, v, q.open, std::string(d_.Lower(v)), "quote.characterized", f);
    return true;
  }
  return false;
}

// '..., according to the Atlantic, the center "shuttered its museum ..."':
// the source of the clause the quotation ends.
bool Attributor::AccordingToClause(const RawQuote& q, uint32_t sb, QuoteFact* f) const {
  for (uint32_t t = q.open; t-- > sb + 0 && t + 20 > q.open;) {
    if (in_quote_[t]) return false;
    if (!d_.IsWord(t, "according") || !d_.IsWord(t + 1, "to")) continue;
    uint32_t e = t + 2;
    while (e < q.open && e < t + 9 && d_.Text(e) != ",") ++e;
    if (e >= q.open || d_.Text(e) != ",") return false;
    const int s = SpeakerIn(t + 2, e);
    if (s < 0) return false;
    Fill(q, s, t, q.open, "according to", "quote.according_to", f);
    return true;
  }
  return false;
}

}  // namespace kg::extract
