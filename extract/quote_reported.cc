// Attribution patterns for quotations inside a sentence that names their
// speaker before them without a speech verb right next to them: reported
// speech ('X said the decision led it to conclude that "..."', also after an
// introductory phrase or a conjunction and for a named subject's belief) and
// colon introductions ('X summed up her plan in one line: "..."', 'Then she
// challenged him: "..."'). See quote_attribution.h.
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/description_titles.h"
#include "extract/quote_attribution.h"
#include "extract/references.h"

namespace kg::extract {

// "X summed up his view in one line: "..."" / "She put it simply: "..."": a
// colon introducing a quotation that ends the sentence, without a speech
// verb, gives it to the person the sentence opens with (after titles).
bool Attributor::ColonIntroduced(const RawQuote& q, uint32_t sb, bool ends, QuoteFact* f) const {
  if (d_.Text(q.open - 1) != ":") return false;
  uint32_t t = sb;
  // "Centrist Sen. X ...": one describing word before the titles.
  if (t + 1 < q.open && d_.tokens[t].kind == TokKind::kWord && m_.EntityAt(t) < 0 &&
      title_at_[t] < 0 && !d_.Has(t, kFunctionWord) && !in_quote_[t] && title_at_[t + 1] >= 0 &&
      m_.EntityAt(t + 1) < 0)
    ++t;
  uint32_t plain = t;
  while (plain < q.open && title_at_[plain] >= 0 && m_.EntityAt(plain) < 0) ++plain;
  t = SkipTitles(t, q.open);
  if (t + 1 >= q.open || in_quote_[t]) return false;
  if (ends && PronounColon(q, sb, f)) return true;
  const int s = m_.EntityAt(t);
  if (s < 0 || m_.entities[s].type != EntityType::kPerson) return false;
  // 'Rep. X: "..." https://t.co/... - CNN (@CNN)': a label, as embedded
  // tweets and transcripts quote, needs no end of sentence.
  const uint32_t me = m_.mentions[m_.mention_at[t]].tok_end;
  const bool label = me + 1 == q.open;
  if (!ends && !label) return false;
  // After an organisation's title ("Blue House spokesman X cited Moon as
  // replying:", "House Speaker X and Sen. Y said in a joint statement:")
  // another person before the colon may be whose words they are.
  for (uint32_t k = me; t != plain && k < q.open; ++k) {
    const int e = m_.EntityAt(k);
    if (e >= 0 && e != s && m_.entities[e].type == EntityType::kPerson) return false;
  }
  Fill(q, s, t, q.open, ":", "quote.colon_intro", f);
  return true;
}

// "Then she challenged him: "..."", "He went on: "..."", "In Milwaukee, he
// interjected a quick jab: "..."": he or she opening the (main) clause of a
// sentence that a quotation ends after a colon. Not when the clause says
// whose words they are ("he read a letter from X:", "he quoted X:") or
// holds another clause or person ("a placard that read:", "the refrain he
// heard from X's allies:").
bool Attributor::PronounColon(const RawQuote& q, uint32_t sb, QuoteFact* f) const {
  uint32_t t = MainClauseStart(sb, q.open);
  while (t < q.open && (d_.IsWord(t, "then") || d_.IsWord(t, "but") || d_.IsWord(t, "and") ||
                        d_.IsWord(t, "so") || d_.IsWord(t, "later") || d_.IsWord(t, "finally") ||
                        d_.IsWord(t, "still") || d_.IsWord(t, "yet")))
    ++t;
  // "The speaker put the matter in stark terms:": a description by office
  // ("the senator", "the former governor") opening the clause, resolved to
  // the person who carries that title, like a pronoun.
  uint32_t head = t + 1;
  if (t < q.open && d_.IsWord(t, "the")) {
    std::string title;
    uint32_t len = 0;
    if (!internal::DescriptionTitle(d_, t, &title, &len)) return false;
    head = t + len;
    if (head >= q.open || d_.tokens[head].kind != TokKind::kWord || d_.tokens[head].cap ||
        d_.Has(head, kFunctionWord))
      return false;
  } else if (!(d_.IsWord(t, "he") || d_.IsWord(t, "she"))) {
    return false;
  }
  if (head + 1 >= q.open || q.open - t > 16) return false;
  // "And with X very much in mind, he made clear:": a person named before
  // the pronoun leaves it ambiguous; a quotation that quotes another one
  // ('"'I shall not ...'"') is someone else's words.
  if (q.open + 1 < q.close && d_.tokens[q.open + 1].kind == TokKind::kSingleQuote) return false;
  for (uint32_t k = sb; k < t; ++k) {
    const int e = m_.EntityAt(k);
    if (e >= 0 && m_.entities[e].type == EntityType::kPerson) return false;
  }
  for (uint32_t k = head; k + 1 < q.open; ++k) {
    const std::string_view w = d_.Lower(k);
    if (in_quote_[k] || SentenceEnd(k) || w == "he" || w == "she" || w == "that" || w == "which" ||
        w == "who" || w == "from" || w == "by" || w == "read" || w == "reads" || w == "reading" ||
        w == "quoted" || w == "quoting" || w == "cited" || w == "citing" || w == "heard" ||
        w == "posted" || w == "shared" || w == "retweeted")
      return false;
    const int e = m_.EntityAt(k);
    if (e >= 0 && m_.entities[e].type == EntityType::kPerson) return false;
  }
  uint32_t len = 0;
  const int s = ResolveReference(d_, m_, &in_quote_, t, &len);
  if (s < 0) return false;
  Fill(q, s, t, q.open, ":", head == t + 1 ? "quote.colon_pronoun" : "quote.colon_description", f);
  return true;
}

// '"...," X said' ... a quotation inside a sentence that opens with its
// speaker and a speech verb: 'X said the decision led it to conclude that
// "..." against Y', 'The board added that it agreed that "..." and ...'.
// Only quotations of five words or more (shorter ones are often scare
// quotes), and only the first speech verb of the sentence, close to its
// start, counts: a later "he shouted at her "..."" inside reported speech
// is not the speaker's verb.
bool Attributor::Reported(const RawQuote& q, QuoteFact* f) const {
  if (!q.closed || q.first_para != q.last_para) return false;
  int words = 0;
  for (uint32_t t = q.open + 1; t < q.close; ++t) words += d_.tokens[t].kind == TokKind::kWord;
  if (words < 5) return false;
  // a piece called "...", an op-ed titled "...": a title, not speech.
  const std::string_view before = q.open > 0 ? d_.Lower(q.open - 1) : std::string_view();
  if (before == "called" || before == "titled" || before == "entitled" || before == "headlined" ||
      before == "dubbed" || before == "named")
    return false;
  // The clause after an introductory phrase or a conjunction: 'In a speech
  // to accept the medal, X, R-Ariz., emphasized that ...', 'But X, head of
  // Y, said ...'.
  const uint32_t start = d_.sentences[d_.sentence_of[q.open]].tok_begin;
  // 'X said his father used to say, "..."': the father's words.
  for (uint32_t v = q.open; v-- > start && !in_quote_[v];) {
    if (!CueVerb(v)) continue;
    if (RelayedSpeech(start, v)) return false;
    break;
  }
  const uint32_t main = MainClauseStart(start, q.open);
  return ReportedFrom(q, start, f) || (main != start && ReportedFrom(q, main, f)) ||
         ReportedNearest(q, start, f);
}

namespace {

// Words after which a new clause, and so a new subject, starts.
bool OpensClause(std::string_view w) {
  return w == "," || w == "and" || w == "but" || w == "though" || w == "although" || w == "while" ||
         w == "as" || w == "because" || w == "when" || w == "after" || w == "before" ||
         w == "since" || w == "yet" || w == "so" || w == "where" || w == ";";
}

}  // namespace

// ', and President X warned North Korea that the U.S. would use "..."',
// '"...," Y told Politico, though he added he "may not do anything else"',
// '"...," he said, warning that "..."', 'X opened the service by saying he
// offered the church as "..."': when the sentence's start gives no speaker,
// the speech verb closest before the quotation (after any earlier quotation
// of the sentence) does, with a name or he/she opening its clause right
// before it; a participle takes the subject of the speech verb before it,
// else of its clause. Not a name that is an object ('a bill backed by X
// states that "..."': "by" opens no clause).
bool Attributor::ReportedNearest(const RawQuote& q, uint32_t sb, QuoteFact* f) const {
  for (uint32_t v = q.open; v-- > sb && v + 30 > q.open;) {
    if (in_quote_[v]) return false;
    // ', accusing Republicans of leading "..."' (quote_participles.cc).
    const bool blame =
        v > sb && d_.Text(v - 1) == "," && CriticismParticiple(d_.Lower(v)) && !CueVerb(v);
    if (!CueVerb(v) && !blame) continue;
    if (v == sb || Passive(v)) return false;
    int s = -1;
    if (d_.Lower(v).ends_with("ing")) {
      const std::string_view link = d_.Lower(v - 1);
      if (link != "," && link != "by" && link != "while" && link != "before" && link != "after" &&
          link != "then")
        return false;
      for (uint32_t u = v - 1; u-- > sb;) {
        if (in_quote_[u] || !Verb(u)) continue;
        s = Passive(u) ? -1 : NearestSubject(sb, u);
        break;
      }
      // "Kasich's camp offered a statement, saying it will ...": the
      // possessor opening the sentence is not the subject.
      const int opener = m_.EntityAt(sb);
      const bool possessor =
          opener >= 0 && m_.mentions[m_.mention_at[sb]].tok_end < v &&
          d_.tokens[m_.mentions[m_.mention_at[sb]].tok_end].kind == TokKind::kPossessive;
      if (s == -1 && !possessor) s = ClauseSubject(sb, v);
    } else {
      // The subject must open its clause: a name (after titles) or a
      // pronoun right after the sentence start, a comma or a conjunction.
      const uint32_t t = SkipAdverbsBack(sb, v);
      if (t == sb) return false;
      uint32_t b = t - 1;
      if (m_.EntityAt(b) >= 0) b = m_.mentions[m_.mention_at[b]].tok_begin;
      while (b > sb && title_at_[b - 1] >= 0 && m_.EntityAt(b - 1) < 0) --b;
      if (in_quote_[b] || (b > sb && !OpensClause(d_.Lower(b - 1)))) return false;
      s = NearestSubject(sb, v);
    }
    if (s < 0) return false;
    Fill(q, s, v, q.open, std::string(d_.Lower(v)), "quote.reported_clause", f);
    return true;
  }
  return false;
}

bool Attributor::ReportedFrom(const RawQuote& q, uint32_t sb, QuoteFact* f) const {
  // 'One Republican lobbyist, who spoke on condition of anonymity because he
  // said ..., said "..."': an unnamed subject.
  if (UnnamedSpeaker(sb, std::min(q.open, sb + 8)) == kUnresolved) return false;
  // The window reaches past an apposition: 'Kim Darroch, Britain's
  // ambassador to the U.S., suggested that Trump might be "..."'.
  for (uint32_t v = sb; v < q.open && v < sb + 16; ++v) {
    // A short quotation inside an apposition ('X, who was elected in the
    // "Year of the Woman," said that ...'): only the apposition rule may
    // reach past it.
    if (in_quote_[v]) {
      if (v > sb + 2 && d_.tokens[v].kind == TokKind::kOpenQuote) break;
      return false;
    }
    // 'X believes ... that "..."': a named subject's belief is quoted too.
    if (!CueVerb(v) && !(d_.IsWord(v, "believes") || d_.IsWord(v, "thinks"))) continue;
    if (v == sb) return false;
    if (Passive(v)) return false;
    int s = NearestSubject(sb, v);
    if (s == -1) s = DescribedSpeaker(sb);
    if (s < 0) return false;
    Fill(q, s, v, q.open, std::string(d_.Lower(v)), "quote.reported", f);
    return true;
  }
  return ReportedPastApposition(q, sb, f);
}

// A paragraph ending in a colon without a speech verb: 'The Cruz-endorsing
// National Review all but discounted the vote:', 'It was a setup, New York
// magazine's Gabe Sherman reports:'. The quotation paragraph after it is
// the words of the name right before the colon's last word, else of the
// name opening the sentence when no other person is named in it and no word
// says the words are someone else's ('a question from X:', 'a sign that
// read:').
bool Attributor::ColonSubject(const RawQuote& q, uint32_t sb, uint32_t colon, QuoteFact* f) const {
  if (colon < sb + 3) return false;
  // '"...," [Heidi] Sawyer said.': the quotation names its own speaker.
  const Paragraph& p = d_.paragraphs[q.last_para];
  for (uint32_t k = q.close + 1; q.closed && k < p.tok_end && k < q.close + 8; ++k) {
    if (SentenceEnd(k) || d_.tokens[k].kind == TokKind::kOpenQuote) break;
    if (Verb(k)) return false;
  }
  int s = -1;
  // "..., X reports:": a name and a present tense before the colon (not a
  // past participle: "the letter X received:").
  const uint32_t last = colon - 1;
  if (d_.tokens[last].kind == TokKind::kWord && !d_.tokens[last].cap && m_.EntityAt(last) < 0 &&
      !d_.Has(last, kFunctionWord) && m_.EntityAt(last - 1) >= 0 && !in_quote_[last - 1] &&
      d_.Lower(last).ends_with("s")) {
    s = m_.EntityAt(last - 1);
    if (m_.entities[s].type != EntityType::kPerson) return false;
  } else {
    // The name opening the sentence, after a determiner and describing
    // words ("The Trump-hating, Cruz-endorsing X"); not after a preposition
    // ("After meeting X, ..."). An introductory phrase that names nobody
    // may come first, up to two of them, each closed by a comma: "In 1966,
    // X confided to his staff:", "Also, on Wednesday, X responded:".
    // No clause in it ("For a party that bashes X, ..."; "At that rally" is
    // fine) and no pronoun that could be the speaker.
    uint32_t t = sb;
    for (int phrases = 0; phrases < 2; ++phrases) {
      uint32_t k = t;
      while (k < colon && k < t + 8 && d_.Text(k) != "," && !in_quote_[k] && m_.EntityAt(k) < 0 &&
             d_.tokens[k].kind != TokKind::kOpenQuote && !d_.IsWord(k, "he") &&
             !d_.IsWord(k, "she") && !d_.IsWord(k, "they") &&
             (!d_.IsWord(k, "that") || (k > t && d_.Has(k - 1, kFunctionWord))) &&
             !d_.IsWord(k, "which") && !d_.IsWord(k, "who") && !d_.IsWord(k, "if") &&
             !d_.IsWord(k, "because") && !d_.IsWord(k, "when"))
        ++k;
      if (k == t || k >= colon || d_.Text(k) != ",") break;
      t = k + 1;
    }
    const uint32_t start = t;
    if (d_.IsWord(t, "the") || d_.IsWord(t, "this") || d_.IsWord(t, "a")) ++t;
    while (t < colon && t < start + 6 && m_.EntityAt(t) < 0 && !in_quote_[t] && !Verb(t) &&
           ((d_.tokens[t].kind == TokKind::kWord && !d_.Has(t, kFunctionWord) &&
             (!d_.tokens[t].cap || d_.Text(t).find('-') != std::string_view::npos)) ||
            d_.Text(t) == ","))
      ++t;
    if (t >= colon || m_.EntityAt(t) < 0 || in_quote_[t]) return false;
    s = m_.EntityAt(t);
    const uint32_t me = m_.mentions[m_.mention_at[t]].tok_end;
    if (me >= colon || d_.tokens[me].kind != TokKind::kWord || d_.tokens[me].cap) return false;
    for (uint32_t k = me; k < colon; ++k) {
      const std::string_view w = d_.Lower(k);
      if (in_quote_[k] || SentenceEnd(k) || w == "from" || w == "by" || w == "read" ||
          w == "reads" || w == "quoted" || w == "quoting" || w == "cited" || w == "citing" ||
          w == "that" || w == "which" || w == "who" || w == "he" || w == "she" || w == "they")
        return false;
      const int e = m_.EntityAt(k);
      if (e >= 0 && e != s && m_.entities[e].type == EntityType::kPerson) return false;
      // "X is echoing the sentiment a senator expressed:": an unnamed
      // person's words.
      if (w == "a" || w == "an" || w == "another" || w == "one")
        for (uint32_t j = k + 1; j < colon && j < k + 4; ++j)
          if (d_.tokens[j].kind == TokKind::kWord && !d_.tokens[j].cap && d_.Has(j, kTitleWord))
            return false;
      // After an introductory phrase the subject's clause runs to the colon:
      // not 'For a party that ..., X and Y ..., the Democratic Party ...:'.
      if (start != sb && d_.Text(k) == ",") return false;
    }
  }
  if (s < 0) return false;
  Fill(q, s, colon, q.open, ":", "quote.colon_subject", f);
  f->statement.evidence.span.start = d_.tokens[sb].start;
  f->statement.evidence.text =
      CleanText(d_.bytes, d_.tokens[sb].start, f->statement.evidence.span.end);
  return true;
}

}  // namespace kg::extract
