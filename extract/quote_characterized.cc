// Attribution patterns beyond a speech verb next to the quotation:
// characterisations ('X called it "..."', 'whom the Post described as being
// "..."', 'X cited ... "..."'), sourced clauses ('according to X, the group
// "..."'), attributions that close the sentence ('"..." to the party, said
// X'), signatures ('"..." - Donald Trump') and reported speech just before
// ('X said it was wrong. "..."').
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/quote_attribution.h"
#include "extract/references.h"

namespace kg::extract {
namespace {

bool IsCharacterizingVerb(std::string_view w) {
  return w == "called" || w == "calls" || w == "labeled" || w == "labelled" || w == "labels" ||
         w == "dubbed" || w == "branded" || w == "termed" || w == "described" || w == "describes" ||
         w == "deemed" || w == "derided";
}

}  // namespace

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

// '"... and make contributions" to the party expected to win, said Charlie
// Black, a lobbyist.': a quotation opening a sentence ends inside a clause
// whose attribution closes it (", said X" or ", X said").
bool Attributor::TrailingAttribution(const RawQuote& q, uint32_t c, QuoteFact* f) const {
  const Paragraph& p = d_.paragraphs[q.last_para];
  // Only a quotation opening its sentence, of four words or more: 'the
  // word "Christmas" would make a comeback, Trump promised' is no statement.
  // Inside the sentence, one of five words or more with no speech verb
  // before it: 'Civilians sat on the task force but "there was not a good
  // working relationship" with the police, said X, the sheriff.'
  const uint32_t sb = d_.sentences[d_.sentence_of[q.open]].tok_begin;
  const bool opens = sb == q.open;
  if (!opens) {
    if (QuoteWords(d_, q) < 5) return false;
    for (uint32_t t = sb; t < q.open; ++t) {
      if (in_quote_[t] || CueVerb(t)) return false;
    }
  }
  int words = 0;
  for (uint32_t t = q.open + 1; t < q.close && words < 4; ++t)
    words += d_.tokens[t].kind == TokKind::kWord;
  if (words < 4) return false;
  for (uint32_t k = c; k < p.tok_end && k < c + 16; ++k) {
    if (SentenceEnd(k) || d_.tokens[k].kind == TokKind::kOpenQuote || in_quote_[k]) return false;
    if (d_.Text(k) != ",") continue;
    uint32_t v = k + 1, n = k + 1;
    const bool verb_first = Verb(v);
    if (verb_first) {
      n = v + 1;  // ", said X"
    } else if (opens && (d_.IsWord(n, "he") || d_.IsWord(n, "she")) && Verb(n + 1) &&
               !d_.Lower(n + 1).ends_with("ing") && SentenceEnd(n + 2)) {
      // '"People spend a lot of time debating ..." to appoint him, he
      // said.': a pronoun closing the sentence of a quotation opening it,
      // when it is the last quotation's speaker (the words in between often
      // name someone else: '"..." with only 20% women in Congress, she said').
      uint32_t len = 0;
      const int s = ResolveReference(d_, m_, &in_quote_, n, &len);
      if (s < 0 || s != last_speaker_) return false;
      Fill(q, s, q.open, n + 1, std::string(d_.Lower(n + 1)), "quote.after", f);
      return true;
    } else {
      // ", X said": a name (after titles: ', Sen. X said') and the verb.
      while (n < p.tok_end && title_at_[n] >= 0 && m_.EntityAt(n) < 0) ++n;
      if (n >= p.tok_end || m_.EntityAt(n) < 0) continue;
      v = m_.mentions[m_.mention_at[n]].tok_end;
      if (v + 1 < p.tok_end && AdverbAt(v) && Verb(v + 1)) ++v;  // ', X also said.'
      if (!Verb(v)) continue;
    }
    while (n < p.tok_end && title_at_[n] >= 0 && m_.EntityAt(n) < 0) ++n;
    const int s = n < p.tok_end ? m_.EntityAt(n) : -1;
    if (s < 0 || m_.entities[s].type != EntityType::kPerson) return false;
    const uint32_t end = std::max(v, m_.mentions[m_.mention_at[n]].tok_end);
    // After the name: the sentence's end, an apposition, or a short phrase
    // closing the sentence (', said X in an interview.').
    const bool closes =
        end >= p.tok_end || SentenceEnd(end) || d_.Text(end) == "," || ClosesSentence(end, 6);
    if (!closes && !(end == v && Verb(v))) return false;
    // Inside the sentence ', said X' closing it, or ', X said' closing it
    // after at most a short phrase ('..., Lee said Wednesday.', '..., Lee
    // said in a statement.').
    if (!opens && (verb_first ? !closes : !ClosesSentence(v + 1, 6))) return false;
    Fill(q, s, q.open, v, std::string(d_.Lower(v)), "quote.after", f);
    return true;
  }
  return false;
}

bool Attributor::ClosesSentence(uint32_t t, uint32_t n) const {
  for (uint32_t k = t; k <= t + n; ++k) {
    if (SentenceEnd(k)) return true;
    if (in_quote_[k] || d_.tokens[k].kind != TokKind::kWord || Verb(k) || d_.IsWord(k, "that"))
      return false;
  }
  return false;
}

// '"We have a great general ..." — Donald Trump': a paragraph that is a
// quotation signed by a dash and a name ending it (or followed by a comma or
// a parenthesis that is no Twitter handle).
bool Attributor::DashSigned(const RawQuote& q, uint32_t dash, QuoteFact* f) const {
  const Paragraph& p = d_.paragraphs[q.last_para];
  // Only a paragraph that is the quotation: in 'Clinton notes: "..." -
  // Jane Roe (@roe)' the signature is the tweet's, not the quotation's.
  if (q.open != d_.paragraphs[q.first_para].tok_begin) return false;
  uint32_t n = dash + 1;
  // '"..." -- Sen. X': a double hyphen is two tokens.
  if (n < p.tok_end && d_.Text(dash) == "-" && d_.Text(n) == "-" &&
      d_.tokens[n].start == d_.tokens[dash].end)
    ++n;
  // '"..." — Editorial, Los Angeles Times': the paper's own words.
  if (n + 2 < p.tok_end && d_.IsWord(n, "editorial") && d_.Text(n + 1) == ",") {
    const int o = m_.EntityAt(n + 2);
    if (o < 0 || m_.entities[o].type != EntityType::kOrganization ||
        m_.mentions[m_.mention_at[n + 2]].tok_end != p.tok_end)
      return false;
    Fill(q, o, q.open, n + 2, "-", "quote.signed", f);
    return true;
  }
  // What the signer is before the name ('— MSNBC host Chris Hayes', '—
  // Harvard economist Jane Roe', '— GOP gubernatorial candidate John Cox',
  // '— Republican S.C. Sen. X'): up to five words, organisations and
  // titles, no verb, no function word ('— Interview with X') and no other
  // person (a possessor and its role: '— X's lawyer Y').
  const uint32_t first = n;
  int s = -1;
  while (n < p.tok_end && n < first + 6) {
    const int e = m_.EntityAt(n);
    if (e >= 0 && m_.mentions[m_.mention_at[n]].tok_begin == n &&
        m_.entities[e].type == EntityType::kPerson) {
      const uint32_t end = m_.mentions[m_.mention_at[n]].tok_end;
      if (end < p.tok_end && d_.tokens[end].kind == TokKind::kPossessive) {
        n = end + 1;
        continue;
      }
      s = e;
      break;
    }
    if (e >= 0 || title_at_[n] >= 0) {
      ++n;
      continue;
    }
    if (d_.tokens[n].kind != TokKind::kWord || Verb(n) || d_.Has(n, kFunctionWord) || in_quote_[n])
      return false;
    ++n;
  }
  if (s < 0) return false;
  // '— Ismail Roe, father of X': a capitalised word the name finder left
  // alone right before a one-word mention is the rest of another name.
  const uint32_t end = m_.mentions[m_.mention_at[n]].tok_end;
  if (n > first && end == n + 1 && d_.tokens[n - 1].cap && m_.EntityAt(n - 1) < 0 &&
      title_at_[n - 1] < 0)
    return false;
  // '— Therapist Jane Roe to Philadelphia Inquirer': the outlet she spoke to;
  // '— Host X on HBO's ...', '— X told me two weeks ago', '— X says in ...'.
  bool after = end >= p.tok_end || d_.Text(end) == "(" || d_.Text(end) == "," || SentenceEnd(end);
  if (!after && end + 1 < p.tok_end) {
    const std::string_view w = d_.Lower(end);
    // '— X to the Tribune': the outlet may follow "the".
    const uint32_t o = end + 2 < p.tok_end && d_.IsWord(end + 1, "the") ? end + 2 : end + 1;
    // '— X on "Special Report"': a show in quotation marks.
    after = ((w == "to" || w == "on") &&
             (d_.tokens[o].cap || (w == "on" && d_.tokens[o].kind == TokKind::kOpenQuote))) ||
            w == "in" || w == "at" || w == "during" || w == "speaking" || w == "says" ||
            w == "said" || w == "told" || w == "tells" || w == "writes" || w == "wrote";
  }
  if (!after) return false;
  // An embedded tweet ('- Guy Benson (@guypbenson) July 29') quoting someone.
  if (end + 1 < p.tok_end && d_.Text(end) == "(" && d_.Text(end + 1).starts_with("@")) return false;
  Fill(q, s, q.open, end - 1, "-", "quote.signed", f);
  return true;
}

// 'Obama said it is not an argument he would have made. "I think I was
// right ..."': a quotation opening a sentence right after a sentence of
// reported speech (no quotation, a speech verb among its first words) in the
// same paragraph is that speaker's.
int Attributor::EndAttribution(uint32_t sb, uint32_t se) const {
  if (se < sb + 4 || d_.Text(se - 1) != ".") return -1;
  const uint32_t last = se - 1;  // the period
  // ", says X, coeditor of a history of Y.": past an apposition's comma.
  for (uint32_t k = last; k-- > sb + 1 && k + 20 > last;) {
    if (in_quote_[k]) return -1;
    if (d_.Text(k) != ",") continue;
    const uint32_t a = k + 1;
    // ", he said." / ", she adds.": only when he or she is the previous
    // speaker ("Cruz's plan was disturbing, he said." is rarely Cruz).
    if ((d_.IsWord(a, "he") || d_.IsWord(a, "she")) && a + 2 == last && Verb(a + 1)) {
      uint32_t len = 0;
      const int s = ResolveReference(d_, m_, &in_quote_, a, &len);
      return s >= 0 && s == previous_ ? s : -1;
    }
    // ", argues X of Y." / ", says X, the professor." / ", X said."
    int e = -1;
    uint32_t rest = a;
    if (Verb(a) && !d_.Lower(a).ends_with("ing") && m_.EntityAt(a + 1) >= 0) {
      // 'Jane Roe, director of X, asked Smith.': the comma closes the
      // apposition of the sentence's subject; the name after the verb is
      // whom she spoke to.
      // The subject after titles ('Sen. Jane Roe, ...') or after an
      // introductory phrase ('On Tuesday, Jane Roe, ...'; stop 32).
      uint32_t first_comma = sb;
      while (first_comma < k && d_.Text(first_comma) != ",") ++first_comma;
      // 'But Jane Roe, ...': past a conjunction.
      const uint32_t conj = d_.IsWord(sb, "but") || d_.IsWord(sb, "and") ? sb + 1 : sb;
      for (uint32_t start : {conj, first_comma + 1}) {
        const uint32_t n = start < k ? SkipTitles(start, k) : k;
        if (n >= k || m_.EntityAt(n) < 0 || m_.entities[m_.EntityAt(n)].type != EntityType::kPerson)
          continue;
        const uint32_t me = m_.mentions[m_.mention_at[n]].tok_end;
        bool apposition = me < k && d_.Text(me) == ",";
        for (uint32_t t = me; apposition && t < k; ++t) apposition = !Verb(t) && !in_quote_[t];
        if (apposition) return -1;
      }
      e = m_.EntityAt(a + 1);
      rest = m_.mentions[m_.mention_at[a + 1]].tok_end;
      // Only an apposition or a place after the name ("argues X of Y", "says
      // X, the professor"), not a clause ("says Obama changed the tone").
      const std::string_view w = d_.Lower(rest);
      if (rest != last && w != "," && w != "of" && w != "at" && w != "from" && w != "(") return -1;
    } else if (m_.EntityAt(a) >= 0) {
      e = m_.EntityAt(a);
      const uint32_t v = m_.mentions[m_.mention_at[a]].tok_end;
      if (v + 1 != last || !Verb(v)) return -1;
      rest = last;
    }
    if (e < 0) continue;
    if (m_.entities[e].type != EntityType::kPerson) return -1;
    for (uint32_t t = rest; t < last; ++t) {
      if (Verb(t) || in_quote_[t]) return -1;
    }
    return e;
  }
  return -1;
}

bool Attributor::FollowsSpeech(const RawQuote& q, QuoteFact* f) const {
  const uint32_t s = d_.sentence_of[q.open];
  if (s == 0 || d_.sentences[s].tok_begin != q.open) return false;
  // Past advertising breaks between the paragraphs.
  uint32_t ps = s - 1;
  while (ps > 0 && d_.paragraphs[d_.sentences[ps].para].ad_break) --ps;
  const Sentence& prev = d_.sentences[ps];
  // Also a quotation opening the paragraph after one that ends with such a
  // sentence: 'In a statement announcing his departure, X vowed to stay
  // engaged ...' then '"I've always believed ..."'.
  const uint32_t para = d_.sentences[s].para;
  const bool para_after = para > 0 && ParaBefore(d_, para) == prev.para && prev.para < para &&
                          IsBody(d_, prev.para) && q.open == d_.paragraphs[para].tok_begin;
  if (prev.para != para && !para_after) return false;
  // '"Because you'd be in jail," Trump shot back': its own attribution.
  uint32_t a = q.close + 1;
  if (a < d_.tokens.size() && d_.Text(a) == ",") ++a;
  if (q.closed && a < d_.tokens.size() && d_.sentence_of[a] == d_.sentence_of[q.close] &&
      (m_.EntityAt(a) >= 0 || d_.IsWord(a, "he") || d_.IsWord(a, "she") || Verb(a)))
    return false;
  // Across paragraphs, only a paragraph of quotations: not one with words
  // after the quotation, such as a speaker no rule names ('"...," one
  // diplomat who sent a cable told X') or an embedded post's signature.
  uint32_t after = q.close + 1;
  if (after < d_.tokens.size() && SentenceEnd(after)) ++after;
  if (para_after && q.closed && after < d_.paragraphs[q.last_para].tok_end &&
      d_.tokens[after].kind != TokKind::kOpenQuote)
    return false;
  // Quotations in that sentence only of four words or fewer, which give no
  // statement of their own: 'X said Warren "did excellent" ... . "I think
  // she did."'.
  bool quoted = false;
  for (uint32_t t = prev.tok_begin, run = 0; t < prev.tok_end; ++t) {
    run = in_quote_[t] ? run + (d_.tokens[t].kind == TokKind::kWord) : 0;
    if (run > 4) return false;
    quoted |= in_quote_[t];
  }
  // Not after a clause that quotes someone else first: 'When Kaine accused
  // Trump of running an "insult-driven" campaign, Pence ... "Ours is ...?"'.
  if (quoted) {
    const std::string_view w = d_.Lower(prev.tok_begin);
    if (w == "when" || w == "after" || w == "as" || w == "while" || w == "because" || w == "if" ||
        w == "although" || w == "though" || w == "since" || w == "before")
      return false;
  }
  // '..., he said. "..."', '..., argues X of Y. "..."': a sentence of
  // reported speech whose attribution ends it, in the same paragraph.
  if (!para_after) {
    const int s = EndAttribution(prev.tok_begin, prev.tok_end);
    if (s >= 0) {
      Fill(q, s, prev.tok_begin, q.open, "", "quote.follows_speech", f);
      return true;
    }
  }
  // The speech verb among the first words of the sentence, or of its main
  // clause after an introductory phrase ('In a statement ..., X vowed').
  auto speech_from = [&](uint32_t sb) {
    for (uint32_t v = sb + 1; v < prev.tok_end && v < sb + 25; ++v) {
      if (!Verb(v)) continue;
      if (Passive(v)) return false;
      // Further in, only after a name and a long apposition: 'Jane Roe, a
      // senior fellow at the Acme Center, a think tank in Ohio, said ...'.
      if (v >= sb + 9 && !LongAppositionSubject(sb, v)) return false;
      // Across paragraphs the subject must open the clause: not 'But then
      // I listened to what X said.'
      if (para_after && v < sb + 9 && !SubjectEndsAt(sb, v)) return false;
      const int speaker = NearestSubject(sb, v);
      if (speaker < 0) return false;
      Fill(q, speaker, v, q.open, std::string(d_.Lower(v)), "quote.follows_speech", f);
      return true;
    }
    return false;
  };
  const uint32_t main = MainClauseStart(prev.tok_begin, prev.tok_end);
  // Across paragraphs a sentence without a speech verb introduces the
  // quotation paragraph only when it is its paragraph: 'Trump defended his
  // new policies on Monday.' then '"While we will always welcome ..."'.
  const bool lone = !para_after || d_.paragraphs[prev.para].tok_begin == prev.tok_begin;
  return speech_from(prev.tok_begin) || (main != prev.tok_begin && speech_from(main)) ||
         (lone && FollowsSubject(q, prev, f));
}

// [sb, v) is a person's name (after titles), a comma, an apposition of
// plain words and names without a verb or a clause, and a comma.
bool Attributor::LongAppositionSubject(uint32_t sb, uint32_t v) const {
  if (d_.Text(v - 1) != ",") return false;
  const uint32_t n = SkipTitles(sb, v);
  if (n >= v) return false;
  const int e = m_.EntityAt(n);
  if (e < 0 || m_.entities[e].type != EntityType::kPerson) return false;
  const uint32_t end = m_.mentions[m_.mention_at[n]].tok_end;
  if (end >= v - 1 || d_.Text(end) != ",") return false;
  for (uint32_t k = end + 1; k + 1 < v; ++k) {
    if (in_quote_[k] || SentenceEnd(k) || Verb(k) || d_.tokens[k].kind == TokKind::kOpenQuote)
      return false;
    const std::string_view w = d_.Lower(k);
    if (w == "who" || w == "which" || w == "that" || w == "whose" || w == "whom") return false;
    const int o = m_.EntityAt(k);
    if (o >= 0 && o != e && m_.entities[o].type == EntityType::kPerson) return false;
  }
  return true;
}

// 'Kelly Ayotte then excuses herself. "I've got to pick up my daughter!"',
// 'The former president X, who has often criticised Y, was equally direct.
// "..."': a quotation ending its paragraph, after a sentence of the same
// paragraph that opens with a person, names no other person and holds no
// verb of saying, is that person's.
bool Attributor::FollowsSubject(const RawQuote& q, const Sentence& prev, QuoteFact* f) const {
  if (!q.closed || q.close + 2 < d_.paragraphs[q.last_para].tok_end) return false;
  // The person may open the main clause after a conjunction or an
  // introductory phrase naming no one: 'But Conant offered a warning,
  // too.', 'Later, Whitfield offered a prediction.'
  uint32_t n = MainClauseStart(prev.tok_begin, prev.tok_end, /*strict=*/true);
  for (uint32_t k = prev.tok_begin; k < n; ++k) {
    const int e = m_.EntityAt(k);
    if (in_quote_[k] || (e >= 0 && m_.entities[e].type == EntityType::kPerson)) return false;
  }
  if (d_.IsWord(n, "the")) ++n;
  n = SkipTitles(n, prev.tok_end);
  if (n >= prev.tok_end) return false;
  const int s = m_.EntityAt(n);
  if (s < 0 || m_.entities[s].type != EntityType::kPerson) return false;
  const uint32_t me = m_.mentions[m_.mention_at[n]].tok_end;
  if (me >= prev.tok_end || d_.tokens[me].kind == TokKind::kPossessive) return false;
  for (uint32_t t = me; t < prev.tok_end; ++t) {
    if (Verb(t)) return false;
    const int e = m_.EntityAt(t);
    if (e >= 0 && e != s && m_.entities[e].type == EntityType::kPerson) return false;
  }
  Fill(q, s, prev.tok_begin, q.open, "", "quote.follows_subject", f);
  return true;
}

}  // namespace kg::extract
