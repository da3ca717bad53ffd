// Reported speech whose subject has a long apposition or relative clause:
// 'Beto O'Rourke, who once represented the El Paso area as a member of the
// U.S. House, said Trump "helped create the hatred ..."'. See
// quote_attribution.h and ReportedFrom (quote_reported.cc).
#include <string>
#include <string_view>

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
  const uint32_t t = SkipTitles(sb, q.open);
  const int m = t < q.open ? m_.mention_at[t] : -1;
  if (m < 0 || m_.mentions[m].tok_begin != t || in_quote_[t]) return false;
  const int s = m_.mentions[m].entity;
  const uint32_t me = m_.mentions[m].tok_end;
  if (me >= q.open || d_.Text(me) != ",") return false;
  for (uint32_t v = me + 1; v < q.open && v < sb + 45; ++v) {
    // A short quotation inside the apposition is a name or a scare quote:
    // 'Sen. X, who was first elected in the "Year of the Woman" in 1992,
    // said that ...' (stop 30).
    if (d_.tokens[v].kind == TokKind::kOpenQuote) {
      uint32_t c = v + 1;
      while (c < q.open && c < v + 8 && d_.tokens[c].kind != TokKind::kCloseQuote &&
             !SentenceEnd(c))
        ++c;
      if (c < q.open && d_.tokens[c].kind == TokKind::kCloseQuote) {
        v = c;
        continue;
      }
    }
    if (in_quote_[v] || SentenceEnd(v) || d_.tokens[v].kind == TokKind::kOpenQuote) return false;
    const int e = m_.EntityAt(v);
    // A person after a preposition is an object of the apposition: '...
    // after the confirmation of Justice Clarence Thomas, said'.
    uint32_t pb = v;
    while (pb > me && title_at_[pb - 1] >= 0 && m_.EntityAt(pb - 1) < 0) --pb;
    const std::string_view before = d_.Lower(pb - 1);
    const bool object =
        e >= 0 && m_.mentions[m_.mention_at[v]].tok_begin == v &&
        (before == "of" || before == "to" || before == "for" || before == "with" ||
         before == "by" || before == "against" || before == "under" || before == "from");
    if (object) {
      v = m_.mentions[m_.mention_at[v]].tok_end - 1;
      continue;
    }
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

namespace {

// Lower-case words that open a description before a name in the speaker
// slot: '"...," former House Speaker Newt Gingrich told ABC'.
bool OpensDescription(std::string_view w) {
  return w == "former" || w == "longtime" || w == "veteran" || w == "senior" || w == "top" ||
         w == "acting" || w == "incoming" || w == "outgoing" || w == "retired" || w == "deputy" ||
         w == "ex" || w == "then" || w.starts_with("then-") || w.starts_with("ex-") ||
         w == "freshman" || w == "fellow" || w == "interim";
}

}  // namespace

// The quotation ends with a comma, "?" or "!" inside its marks or a comma
// right after them.
bool Attributor::ClosesClause(const RawQuote& q) const {
  if (!q.closed || q.close <= q.open + 1) return false;
  const std::string_view last = d_.Text(q.close - 1);
  if (last == "," || last == "?" || last == "!") return true;
  return q.close + 1 < d_.tokens.size() && d_.Text(q.close + 1) == ",";
}

// A word of a description before a name: a content word, a title, a
// capitalised modifier ("Harvard"), "and" between two nouns; the first may
// be a possessive determiner ("my colleague", "his campaign manager").
bool Attributor::PlainDescriptionWord(uint32_t k, bool first) const {
  if (d_.tokens[k].kind != TokKind::kWord) return false;
  if (d_.tokens[k].cap || title_at_[k] >= 0) return true;
  const std::string_view w = d_.Lower(k);
  if (first && (w == "my" || w == "his" || w == "her" || w == "their" || w == "our")) return true;
  if (w == "and") return !first;
  // '"...," de Blasio said': a particle belongs to the name after it, which
  // the name rules may have kept without it (the person "Blasio"); not to a
  // person whose name starts otherwise ('von Vogel' is not Anna Vogel).
  if (IsNameParticle(d_.Text(k))) {
    uint32_t n = k + 1;  // "de la Vega"
    while (n < d_.tokens.size() && n < k + 3 && IsNameParticle(d_.Text(n))) ++n;
    const int e = n < d_.tokens.size() ? m_.EntityAt(n) : -1;
    return e >= 0 && m_.entities[e].name.starts_with(d_.Text(n));
  }
  if (w == "he" || w == "she" || w == "it" || w == "they" || w == "we" || w == "i" || w == "you" ||
      w == "one" || w == "another")
    return false;
  return !d_.Has(k, kFunctionWord) && !w.ends_with("ing");
}

// '"...," former Obama ethics adviser Norm Eisen wrote on Twitter.',
// '"...," senior Trump adviser A.J. Delgado told MSNBC.', '"...," former
// Alaska Gov. Sarah Palin, a Trump backer, said Sunday.': a lower-case
// modifier opens a description (places, offices, organisations, possessors
// as modifiers: "Obama ethics adviser") that ends in the speaker's name,
// then the speech verb, right away or after an apposition between commas.
// The speaker is the person right before the verb (or the apposition), not
// a person inside the description. `c` is the first token after the
// quotation (and its comma).
bool Attributor::DescribedNameAfter(const RawQuote& q, uint32_t c, QuoteFact* f) const {
  const Paragraph& p = d_.paragraphs[q.last_para];
  if (c + 2 >= p.tok_end || d_.tokens[c].cap || d_.tokens[c].kind != TokKind::kWord) return false;
  // Any other lower-case word may open the description too ('"...," county
  // health director X told', '"...," civil rights attorney X said', '"...,"
  // my colleague X wrote'), but only after a quotation that closes its own
  // clause (a comma, "?" or "!" at its end: not the modifier of the next
  // noun in 'a "Give 'em Hell" lapel pin') and only with content words and
  // "and" before the name ('an aide to Rep. X said' is not X speaking).
  const bool plain = !OpensDescription(d_.Lower(c));
  if (plain && !ClosesClause(q)) return false;
  for (uint32_t k = c; k < p.tok_end && k < c + 14; ++k) {
    if (in_quote_[k] || SentenceEnd(k) || d_.Text(k) == "," || Verb(k)) return false;
    const int m = m_.mention_at[k];
    if (m < 0 || m_.mentions[m].tok_begin != k) {
      if (plain && !PlainDescriptionWord(k, k == c)) return false;
      continue;
    }
    const int s = m_.mentions[m].entity;
    uint32_t v = m_.mentions[m].tok_end;
    if (m_.entities[s].type != EntityType::kPerson || v >= p.tok_end) {
      k = v - 1;
      continue;
    }
    // An apposition after the name: ', a Trump backer, said'.
    if (d_.Text(v) == ",") {
      uint32_t e = v + 1;
      while (e < p.tok_end && e < v + 20 && d_.Text(e) != "," && !SentenceEnd(e) && !in_quote_[e])
        ++e;
      if (e >= p.tok_end || d_.Text(e) != ",") return false;
      v = e + 1;
    }
    if (v < p.tok_end && Verb(v) && !d_.Lower(v).ends_with("ing")) {
      Fill(q, s, q.open, v, std::string(d_.Lower(v)), "quote.after", f);
      return true;
    }
    // A person modifying the next words ('Obama ethics adviser'): go on.
    k = m_.mentions[m].tok_end - 1;
  }
  return false;
}

// '"...," as House Speaker Paul Ryan put it.', '"...," as columnist Thomas
// Sowell detailed.', '"...," as the New York Times recently reported.': an
// "as" clause after the quotation names whose words they are: a name
// (after "the", titles and lower-case description words, past a person who
// only modifies them) and "put(s) it" or a speech verb.
bool Attributor::AsPutIt(const RawQuote& q, uint32_t c, QuoteFact* f) const {
  const Paragraph& p = d_.paragraphs[q.last_para];
  if (c + 2 >= p.tok_end || !d_.IsWord(c, "as") || d_.tokens[c].cap) return false;
  // 'Koch said the notion was "a blood libel," as the AP reported': a
  // speech verb before the quotation makes the words its subject's.
  for (uint32_t k = d_.sentences[d_.sentence_of[q.open]].tok_begin; k < q.open; ++k) {
    if (!in_quote_[k] && CueVerb(k)) return false;
  }
  for (uint32_t k = c + 1; k < p.tok_end && k < c + 10; ++k) {
    if (in_quote_[k] || SentenceEnd(k) || d_.Text(k) == "," || Verb(k)) return false;
    const int m = m_.mention_at[k];
    if (m < 0 || m_.mentions[m].tok_begin != k) {
      // Only description words before the name: "the", titles, lower-case
      // nouns ("columnist"); not "as he entered", "as well", "as if".
      if (d_.tokens[k].kind != TokKind::kWord && d_.tokens[k].kind != TokKind::kPossessive)
        return false;
      const std::string_view w = d_.Lower(k);
      if (w == "he" || w == "she" || w == "it" || w == "they" || w == "if" || w == "well" ||
          w == "part" || w == "long" || w == "opposed" || w == "though")
        return false;
      continue;
    }
    const int s = m_.mentions[m].entity;
    uint32_t v = m_.mentions[m].tok_end;
    while (v < p.tok_end && (d_.IsWord(v, "recently") || d_.IsWord(v, "once") ||
                             d_.IsWord(v, "has") || d_.IsWord(v, "had") || d_.IsWord(v, "also")))
      ++v;
    if (v >= p.tok_end) return false;
    const bool put_it = (d_.IsWord(v, "put") || d_.IsWord(v, "puts")) && d_.IsWord(v + 1, "it");
    // The verb ends the clause: not 'as X said the president calls him'.
    const uint32_t n = put_it ? v + 2 : v + 1;
    const bool told = d_.IsWord(v, "told") || d_.IsWord(v, "tells");
    const bool clause = n < p.tok_end && !told &&
                        (d_.IsWord(n, "that") || d_.IsWord(n, "the") || d_.IsWord(n, "a") ||
                         d_.IsWord(n, "his") || d_.IsWord(n, "her") || d_.IsWord(n, "their") ||
                         d_.IsWord(n, "he") || d_.IsWord(n, "she") || d_.IsWord(n, "it"));
    if (!clause && (put_it || ((Verb(v) || d_.IsWord(v, "reported") || d_.IsWord(v, "reports") ||
                                d_.IsWord(v, "detailed") || d_.IsWord(v, "observed")) &&
                               !d_.Lower(v).ends_with("ing")))) {
      Fill(q, s, q.open, v, put_it ? "put it" : std::string(d_.Lower(v)), "quote.after", f);
      return true;
    }
    // A person or organisation modifying the next words ("Vox's").
    k = m_.mentions[m].tok_end - 1;
  }
  return false;
}

}  // namespace kg::extract
