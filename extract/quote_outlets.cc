// News organisations reporting as speakers: '"...," the Washington Post
// reported.' See quote_attribution.h and After (quote_attribution.cc).
#include <string>
#include <string_view>

#include "extract/quote_attribution.h"

namespace kg::extract {

namespace {

bool ReportVerb(std::string_view w) { return w == "reported" || w == "reports"; }

}  // namespace

// '"...," the Washington Post reported.', '"...," reports Axios.', '"...,"
// NPR's Jane Roe reports from London.': a news organisation (or its
// reporter) reporting is the speaker of the quotation of its report, like
// "said". "reported" is no speech verb elsewhere: 'The Post reported that X
// called it "..."' quotes X, not the Post. `c` is the first token after the
// quotation (and its comma).
bool Attributor::OutletReported(const RawQuote& q, uint32_t c, QuoteFact* f) const {
  const Paragraph& p = d_.paragraphs[q.last_para];
  // Only a quotation opening its sentence: in 'X said the vote was "a
  // disaster," the BBC reports' the words are X's.
  if (q.open != d_.sentences[d_.sentence_of[q.open]].tok_begin) return false;
  // After a quotation closed by its own period the verb must end the new
  // sentence ('"...." The Times reported.'; not 'They've reported on ...').
  const std::string_view last = q.close > q.open + 1 ? d_.Text(q.close - 1) : std::string_view();
  const bool own_end = last == "." || last == "!" || last == "?" || last == "\xe2\x80\xa6";
  auto ends_clause = [&](uint32_t t) {
    if (own_end) return t >= p.tok_end || SentenceEnd(t);
    // Nothing but a time or place phrase may follow: not 'reported that'.
    return t >= p.tok_end || SentenceEnd(t) || d_.Text(t) == "," || d_.IsWord(t, "on") ||
           d_.IsWord(t, "in") || d_.IsWord(t, "from") || d_.IsWord(t, "at") ||
           d_.IsWord(t, "last") || d_.IsWord(t, "this") || d_.IsWord(t, "earlier") ||
           d_.IsWord(t, "monday") || d_.IsWord(t, "tuesday") || d_.IsWord(t, "wednesday") ||
           d_.IsWord(t, "thursday") || d_.IsWord(t, "friday") || d_.IsWord(t, "saturday") ||
           d_.IsWord(t, "sunday") || d_.IsWord(t, "yesterday") || d_.IsWord(t, "today");
  };
  // The speaker: an entity, after "the", ending at `end`; an outlet's
  // reporter ("NPR's Jane Roe") is the reporter.
  auto speaker_at = [&](uint32_t t, uint32_t* end) -> int {
    if (t < p.tok_end && d_.IsWord(t, "the")) ++t;
    if (t >= p.tok_end || in_quote_[t]) return -1;
    const int m = m_.mention_at[t];
    if (m < 0 || m_.mentions[m].tok_begin != t) return -1;
    int s = m_.mentions[m].entity;
    uint32_t e = m_.mentions[m].tok_end;
    if (e + 1 < p.tok_end && d_.tokens[e].kind == TokKind::kPossessive) {
      uint32_t n = e + 1;
      while (n < p.tok_end && title_at_[n] >= 0 && m_.EntityAt(n) < 0) ++n;
      const int pm = n < p.tok_end ? m_.mention_at[n] : -1;
      if (pm < 0 || m_.mentions[pm].tok_begin != n ||
          m_.entities[m_.mentions[pm].entity].type != EntityType::kPerson)
        return -1;
      s = m_.mentions[pm].entity;
      e = m_.mentions[pm].tok_end;
    }
    *end = e;
    return s;
  };
  uint32_t end = 0;
  if (ReportVerb(d_.Lower(c)) && !d_.tokens[c].cap) {
    const int s = speaker_at(c + 1, &end);
    if (s < 0 || !ends_clause(end)) return false;
    Fill(q, s, q.open, c, std::string(d_.Lower(c)), "quote.after", f);
    return true;
  }
  const int s = speaker_at(c, &end);
  if (s < 0 || end >= p.tok_end || !ReportVerb(d_.Lower(end)) || !ends_clause(end + 1))
    return false;
  Fill(q, s, q.open, end, std::string(d_.Lower(end)), "quote.after", f);
  return true;
}

// 'The Denver Post reported Aug. 25: "..."', 'As NPR's Jane Roe reported,
// "..."', '"A," the Post reported, "B"': the same verbs before the
// quotation, right before its colon or comma (after at most a few words of
// time: 'reported tonight:', 'reported in April,'), with the organisation
// or reporter right before the verb (after "has", "recently", "also").
// Not 'reported that "..."': that quotes whoever the report quotes.
bool Attributor::OutletReportsBefore(const RawQuote& q, uint32_t sb, QuoteFact* f) const {
  if (q.open < sb + 3) return false;
  const std::string_view mark = d_.Text(q.open - 1);
  if (mark != ":" && mark != ",") return false;
  uint32_t v = q.open - 1;
  // A few words of time between the verb and the mark.
  while (v > sb && v + 5 > q.open - 1 && !ReportVerb(d_.Lower(v - 1)) && !in_quote_[v - 1] &&
         m_.EntityAt(v - 1) < 0 &&
         (d_.tokens[v - 1].kind == TokKind::kWord || d_.tokens[v - 1].kind == TokKind::kNumber ||
          d_.Text(v - 1) == "."))
    --v;
  if (v == sb || !ReportVerb(d_.Lower(v - 1)) || d_.tokens[v - 1].cap) return false;
  const uint32_t verb = v - 1;
  uint32_t e = verb;
  while (e > sb &&
         (d_.IsWord(e - 1, "has") || d_.IsWord(e - 1, "recently") || d_.IsWord(e - 1, "also") ||
          d_.IsWord(e - 1, "first") || d_.IsWord(e - 1, "later")))
    --e;
  if (e == sb || in_quote_[e - 1]) return false;
  const int s = m_.EntityAt(e - 1);
  if (s < 0 || m_.mentions[m_.mention_at[e - 1]].tok_end != e) return false;
  // 'Biden made a similar comment on March 31, Bloomberg News reported:
  // "..."': a person or a speech verb before the outlet's clause makes the
  // quotation that person's words, which the outlet only relays.
  for (uint32_t k = sb; k < m_.mentions[m_.mention_at[e - 1]].tok_begin; ++k) {
    const int o = m_.EntityAt(k);
    if (in_quote_[k] || CueVerb(k) || (o >= 0 && m_.entities[o].type == EntityType::kPerson) ||
        d_.IsWord(k, "statement") || d_.IsWord(k, "comment") || d_.IsWord(k, "comments") ||
        d_.IsWord(k, "called"))
      return false;
  }
  Fill(q, s, verb, q.open, std::string(d_.Lower(verb)), "quote.before", f);
  return true;
}

bool Attributor::SpokenBefore(const RawQuote& q) const {
  const uint32_t sb = d_.sentences[d_.sentence_of[q.open]].tok_begin;
  for (uint32_t t = sb; t < q.open; ++t) {
    if (in_quote_[t] || !Verb(t) || Passive(t) || d_.Lower(t).ends_with("ing")) continue;
    // Its speaker: a person or a personal pronoun shortly before it (not
    // "a new paper finds", "the survey asks": documents the source may
    // well have written).
    for (uint32_t k = t; k-- > sb && k + 9 > t;) {
      if (in_quote_[k]) break;
      const int e = m_.EntityAt(k);
      if ((e >= 0 && m_.entities[e].type == EntityType::kPerson) || d_.IsWord(k, "he") ||
          d_.IsWord(k, "she") || d_.IsWord(k, "they") || d_.IsWord(k, "i") || d_.IsWord(k, "we"))
        return true;
    }
  }
  return false;
}

}  // namespace kg::extract
