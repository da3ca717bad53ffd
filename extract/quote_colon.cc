// Colon introductions whose speaker does not open the sentence: after an
// introductory phrase ('On May 13, Justice X chastised his colleagues: "..."').
// See quote_attribution.h and ColonIntroduced (quote_reported.cc).
#include "extract/quote_attribution.h"

namespace kg::extract {

// 'On Friday, Sen. X summed up her plan in one line: "..."': the colon
// introduction of the main clause after an introductory phrase (a
// preposition, subordinator or time adverb up to its comma). The phrase
// may name a person: 'After X won, Y put it simply: "..."' is Y's.
bool Attributor::ColonIntroducedAfterPhrase(const RawQuote& q, uint32_t sb, bool ends,
                                            QuoteFact* f) const {
  if (!ends || q.open == 0 || d_.Text(q.open - 1) != ":") return false;
  uint32_t main = MainClauseStart(sb, q.open, /*strict=*/true);
  // 'Reacting to the ruling, Trump fired back on Friday:', 'Thinking his
  // microphone was off, X whispered:': a participle's phrase up to its comma.
  if (main == sb && d_.tokens[sb].kind == TokKind::kWord && m_.EntityAt(sb) < 0 &&
      d_.Lower(sb).size() > 5 && d_.Lower(sb).ends_with("ing")) {
    for (uint32_t k = sb + 1; k < q.open && k < sb + 24; ++k) {
      if (in_quote_[k] || SentenceEnd(k) || Verb(k)) break;
      if (d_.Text(k) == ",") {
        main = k + 1;
        break;
      }
    }
  }
  // 'As tempers frayed, Trump had a ready retort:', 'Even before a reporter
  // could finish, Crapo clarified:': a longer introductory clause.
  if (main == sb) main = MainClauseStart(sb, q.open);
  if (main == sb || main + 2 >= q.open) return false;
  // The phrase may name people ('Asked about Trump's tone, Harris made
  // it sound ...:', 'When Clinton tried to interrupt, Sanders cut her
  // off:'): the main clause's subject still speaks, and another person
  // in the main clause (below) still makes the words someone else's.
  for (uint32_t k = sb; k < main; ++k) {
    if (in_quote_[k]) return false;
  }
  // Not a possessor ("Trump's Director of National Intelligence X stood by
  // it:"), nor a clause that says the words are someone else's ("Barr
  // quoted the report:", "signs that read:").
  uint32_t t = main;
  while (t < q.open && (title_at_[t] >= 0 || d_.tokens[t].kind != TokKind::kWord) &&
         m_.EntityAt(t) < 0)
    ++t;
  const int m = t < q.open ? m_.mention_at[t] : -1;
  if (m < 0) return false;
  const uint32_t after = m_.mentions[m].tok_end;
  if (after < q.open && d_.tokens[after].kind == TokKind::kPossessive) return false;
  for (uint32_t k = after; k + 1 < q.open; ++k) {
    const std::string_view w = d_.Lower(k);
    if (w == "that" || w == "which" || w == "who" || w == "from" || w == "by" || w == "read" ||
        w == "reads" || w == "reading" || w == "quoted" || w == "quoting" || w == "cited" ||
        w == "citing" || w == "heard" || w == "posted" || w == "shared" || w == "retweeted" ||
        w == "headline" || w == "titled" || w == "link" || w == "according")
      return false;
  }
  // "Kasich strategist John Weaver returned fire:": a person right after
  // the subject makes the first name a modifier, not the speaker.
  for (uint32_t k = after; k < q.open && k < after + 4 && d_.Text(k) != ","; ++k) {
    const int e = m_.EntityAt(k);
    if (e >= 0 && m_.entities[e].type == EntityType::kPerson) return false;
  }
  // "Trump left the stage to the strains of Frank Sinatra singing:": the
  // words belong to the other person the main clause names.
  for (uint32_t k = after; k < q.open; ++k) {
    const int e = m_.EntityAt(k);
    if (e >= 0 && e != m_.mentions[m].entity && m_.entities[e].type == EntityType::kPerson)
      return false;
  }
  return ColonIntroduced(q, main, ends, f);
}

}  // namespace kg::extract
