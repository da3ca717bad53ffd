#include "extract/quote_attribution.h"

#include <algorithm>

#include "extract/party_marks.h"
#include "extract/references.h"

namespace kg::extract {
namespace {

bool IsDash(std::string_view w) {
  return w == "\xe2\x80\x94" || w == "\xe2\x80\x93" || w == "--" || w == "-";
}

}  // namespace

void Attributor::Fill(const RawQuote& q, int speaker, uint32_t ev_b, uint32_t ev_e, std::string cue,
                      const char* rule, QuoteFact* f) const {
  f->speaker = speaker;
  Statement& s = f->statement;
  for (auto [b, e] : q.parts) {
    std::string part = CleanText(d_.bytes, b, e);
    if (part.empty()) continue;
    if (!s.text.empty()) s.text.push_back(' ');
    s.text += part;
  }
  s.span = {d_.tokens[q.open].start, d_.tokens[q.close].end};
  s.cue = std::move(cue);
  uint32_t sb = d_.SentenceStart(d_.sentence_of[std::min(ev_b, q.open)]);
  uint32_t se = d_.SentenceEnd(d_.sentence_of[std::max(ev_e, ev_b)]);
  // A "sentence" of web text can run for megabytes with many quotations in
  // it: copying all of it per quotation made extraction quadratic. Keep a
  // window around the attribution instead.
  constexpr uint32_t kMaxEvidenceBytes = 1000;
  if (se - sb > kMaxEvidenceBytes) {
    uint32_t cue_begin = d_.tokens[std::min(ev_b, ev_e)].start;
    uint32_t cue_end = d_.tokens[std::max(ev_b, ev_e)].end;
    sb = std::max(sb, cue_begin > kMaxEvidenceBytes / 2 ? cue_begin - kMaxEvidenceBytes / 2 : 0);
    se = std::min(se, cue_end + kMaxEvidenceBytes / 2);
    auto continuation = [&](uint32_t at) {
      return at < d_.bytes.size() && (static_cast<unsigned char>(d_.bytes[at]) & 0xC0) == 0x80;
    };
    while (continuation(sb) && sb < se) ++sb;
    while (continuation(se)) ++se;
  }
  s.evidence.span = {sb, se};
  s.evidence.text = CleanText(d_.bytes, sb, se);
  s.evidence.rule = rule;
}

// "...," X said / "...," said X / "..." X, a professor, told / according to X.
bool Attributor::After(const RawQuote& q, QuoteFact* f) const {
  if (!q.closed) return false;
  const Paragraph& p = d_.paragraphs[q.last_para];
  uint32_t c = q.close + 1;
  if (c < p.tok_end && d_.Text(c) == ",") ++c;
  if (c >= p.tok_end || d_.tokens[c].kind == TokKind::kOpenQuote) return false;
  if (IsDash(d_.Text(c))) return DashSigned(q, c, f);
  // '"...," de Blasio said': the name starts after its particle.
  if (c + 1 < p.tok_end) c += ParticleOfName(c);
  // 'When asked by a reporter, "What do you say ...?," Lavrov replied': the
  // question is the asker's.
  for (uint32_t k = q.open; k-- > 0 && k + 6 > q.open && !SentenceEnd(k);) {
    if (d_.IsWord(k, "asked") && d_.sentence_of[k] == d_.sentence_of[q.open]) return false;
  }
  if (OutletReported(q, c, f) || DescribedNameAfter(q, c, f) || AsPutIt(q, c, f)) return true;
  if (!OpensAttribution(c, p.tok_end) && !Verb(c)) return TrailingAttribution(q, c, f);
  // '"...," according to X' ('"...." According to X, ...' opens a new clause).
  if (d_.IsWord(c, "according") && d_.IsWord(c + 1, "to") && !d_.tokens[c].cap) {
    if (SpokenBefore(q)) return false;  // the source only reports it
    int s = SpeakerIn(c + 2, std::min(c + 8, p.tok_end));
    if (s < 0) return false;
    Fill(q, s, q.open, c, "according to", "quote.after", f);
    return true;
  }
  if (Verb(c)) return VerbAfter(q, c, f);
  // Speaker first, then the verb within a short window (skipping "(R-La.)"
  // and an apposition).
  // After a quotation closed by its own period a new sentence may start:
  // in '"...." The group thanked X for ...' the group did not say it. Only
  // a verb that ends the attribution ('"...." Lee said.') counts then.
  const bool own_period = q.close > q.open + 1 && d_.Text(q.close - 1) == ".";
  // A closing '!' or '?' before a capitalised word may end the sentence
  // too: in '"We must be smart!" He then chided X for refusing to say ...'
  // another verb comes before the speech verb, so X did not say it ('"...?"
  // Mr. Obama said to X' and '"...!" X once asked Y' are attributions).
  const std::string_view last = q.close > q.open + 1 ? d_.Text(q.close - 1) : std::string_view();
  const bool own_mark = (last == "!" || last == "?") && d_.tokens[c].cap;
  // '"...," it read': the document's author.
  // '"...," it also said' (stop 32): an adverb between.
  const uint32_t it_verb = c + 2 < p.tok_end && AdverbAt(c + 1) ? c + 2 : c + 1;
  if (d_.IsWord(c, "it") && it_verb < p.tok_end && ItVerb(it_verb)) {
    int s = DocumentAuthor(q.open);
    if (s < 0 && !d_.IsWord(it_verb, "read") && !d_.IsWord(it_verb, "reads"))
      s = OpeningOrganisation(q);
    // '"...," Acme said in a statement. "...," it added.': the organisation
    // that spoke last, in this paragraph or the one before.
    if (s < 0 && !d_.IsWord(it_verb, "read") && !d_.IsWord(it_verb, "reads") &&
        last_speaker_ >= 0 && m_.entities[last_speaker_].type == EntityType::kOrganization &&
        last_para_ + 1 >= q.first_para)
      s = last_speaker_;
    if (s < 0) return false;
    Fill(q, s, q.open, it_verb, std::string(d_.Lower(it_verb)), "quote.after", f);
    return true;
  }
  const uint32_t reach = SpeakerReach(c, p.tok_end);
  for (uint32_t v = c; v < p.tok_end && v < c + reach; ++v) {
    if (SentenceEnd(v) || d_.tokens[v].kind == TokKind::kOpenQuote) break;
    if (!Verb(v) && !DocumentReads(c, v)) continue;
    if (v == c) return false;
    if (v >= c + 18 && d_.Text(v - 1) != ",") continue;
    for (uint32_t k = c; own_mark && k < v && d_.Text(k) != ","; ++k) {
      if (d_.tokens[k].kind == TokKind::kWord && !d_.tokens[k].cap && m_.EntityAt(k) < 0 &&
          d_.Lower(k).ends_with("ed"))
        return false;
    }
    if (own_period && !NewSentenceVerb(q, c, v)) return false;
    int s = SpeakerIn(c, v);
    if (s < 0) return false;
    // '"...?" she asked Hernandez', '"...," he told Baier': whom he or she
    // stands for is not the one asked or told; someone else spoke.
    if (v == c + 1 && (d_.IsWord(c, "he") || d_.IsWord(c, "she"))) {
      uint32_t o = v + 1;
      if (o < p.tok_end && d_.IsWord(o, "to")) ++o;
      o = SkipTitles(o, p.tok_end);
      if (o < p.tok_end && !in_quote_[o] && m_.EntityAt(o) == s) {
        Unresolved();
        return false;
      }
    }
    Fill(q, s, q.open, v, std::string(d_.Lower(v)), "quote.after", f);
    return true;
  }
  // The comma may stand inside the marks ('it,"') or after them ('it",').
  const bool comma = (q.close + 1 < p.tok_end && d_.Text(q.close + 1) == ",") ||
                     (q.close > q.open + 1 && d_.Text(q.close - 1) == ",");
  return NameAnyVerb(q, c, comma, f) || PronounAnyVerb(q, c, comma, f);
}

// The verbs of '"...," it said', '"...," it read', '"...," it added'.
bool Attributor::ItVerb(uint32_t v) const {
  // Any speech verb of an organisation (stop 32: '"...," it wrote', 'it
  // told reporters', 'it warned' kept the speaker 'it said' gets).
  for (std::string_view w :
       {"read",  "reads",     "said",      "says",     "stated", "states", "added",
        "adds",  "continued", "continues", "noted",    "notes",  "wrote",  "writes",
        "told",  "tells",     "tweeted",   "tweets",   "argued", "argues", "warned",
        "warns", "explained", "explains",  "insisted", "insists"})
    if (d_.IsWord(v, w)) return true;
  return false;
}

// Whether the attribution after a quotation starts right away at `c`: a
// name, a pronoun, a description or the verb. A lower-case noun means the
// quotation modifies it: a "Give 'em Hell, Bernie" lapel pin.
bool Attributor::OpensAttribution(uint32_t c, uint32_t end) const {
  const Token& tok = d_.tokens[c];
  std::string_view w = d_.Lower(c);
  // "she'll say": the pronoun and a future.
  const bool will =
      w == "he'll" || w == "she'll" || w == "he\xe2\x80\x99ll" || w == "she\xe2\x80\x99ll";
  // '"...," university spokesperson X told ...': a modifier before a title.
  const bool modified_title = c + 2 < end && tok.kind == TokKind::kWord &&
                              !d_.Has(c, kFunctionWord) && title_at_[c + 1] >= 0 &&
                              m_.EntityAt(c + 1) < 0;
  const bool starts_np = m_.EntityAt(c) >= 0 || tok.cap || title_at_[c] >= 0 || modified_title ||
                         w == "he" || w == "she" || will || w == "the" || w == "a" || w == "an" ||
                         w == "his" || w == "her" || w == "their" || w == "its" ||
                         w == "according" || w == "they" || w == "we" || w == "it" || w == "union";
  return starts_np;
}

// '"...," said X', '"...," said her campaign chairman, John Podesta': the
// speech verb right after the quotation at `c`, the speaker after it.
bool Attributor::VerbAfter(const RawQuote& q, uint32_t c, QuoteFact* f) const {
  const Paragraph& p = d_.paragraphs[q.last_para];
  // '"...," saying X was ...': the participle's subject said it, the
  // name after it is what it is about ('adding that he ...' is usually
  // the speaker again).
  if (d_.Lower(c).ends_with("ing")) {
    const uint32_t n = d_.IsWord(c + 1, "that") ? c + 2 : c + 1;
    if (m_.EntityAt(n) >= 0) return false;
  }
  uint32_t e = c + 1;
  while (e < p.tok_end && e < c + 8 && !SentenceEnd(e) && d_.Text(e) != ",") ++e;
  // '"...," said Coastal Guard Marine Force Brigadier General Amir Ali X':
  // a capitalised run the window cut goes on to its end, when the window
  // is one noun phrase (no clause: 'told lawmakers they were not ordered
  // by Mr. X').
  bool phrase = e == c + 8;
  for (uint32_t k = c + 1; phrase && k < e; ++k) {
    const std::string_view w = d_.Lower(k);
    // "Montgomery County (Md.) Police Chief", "the battalion's former".
    if (d_.tokens[k].kind == TokKind::kPossessive || d_.Text(k) == "(" || d_.Text(k) == ")")
      continue;
    phrase = d_.tokens[k].kind == TokKind::kWord && !Verb(k) &&
             (d_.tokens[k].cap || !(d_.Has(k, kFunctionWord) || w.ends_with("ed")) || w == "of" ||
              w == "and" || w == "the" || w == "for");
  }
  const uint32_t cut = e;
  while (phrase && e < p.tok_end && e < c + 14 && d_.tokens[e].cap && d_.tokens[e - 1].cap &&
         d_.tokens[e].kind == TokKind::kWord && !in_quote_[e])
    ++e;
  // The name must follow its title: in 'General Amir Ali X' the person
  // found from "Ali" lacks a word of the name.
  if (e > cut) {
    const int who = m_.EntityAt(e - 1);
    const uint32_t nb = who >= 0 ? m_.mentions[m_.mention_at[e - 1]].tok_begin : e;
    if (who < 0 || m_.entities[who].type != EntityType::kPerson || title_at_[nb - 1] < 0) e = cut;
  }
  // '"...," said her campaign chairman, John Podesta': the name after a
  // role phrase (up to 11 tokens: 'the Deputy Chief of the Coastal Ferry
  // Authority, X').
  uint32_t re = e;
  while (re < p.tok_end && re < c + 12 && !SentenceEnd(re) && d_.Text(re) != ",") ++re;
  if (re > c + 1 && re + 1 < p.tok_end && d_.Text(re) == "," && !in_quote_[re + 1]) {
    const uint32_t e = re;
    // '"...," said the Senate's new leader, Democrat Andrea Roe': a party
    // label or a title before the name.
    uint32_t ne = e + 1;
    while (ne < p.tok_end && ne < e + 3 && m_.EntityAt(ne) < 0 && d_.tokens[ne].cap &&
           (title_at_[ne] >= 0 || internal::PartyOfWord(d_.Lower(ne)) != internal::Party::kNone))
      ++ne;
    const int a = ne < p.tok_end && !in_quote_[ne] ? m_.EntityAt(ne) : -1;
    bool role = a >= 0 && m_.entities[a].type == EntityType::kPerson;
    // '"...," said Mr. Quist's spokesman, Ben Arlow': a possessor opening
    // the role phrase is whose role it is, not the speaker.
    uint32_t r = c + 1;
    while (r < e && title_at_[r] >= 0 && m_.EntityAt(r) < 0) ++r;
    // '"...," said the House speaker, Paul Ryan', 'said GLAAD President and
    // CEO, Sarah Kate Ellis': an organisation before the role's words.
    if (r == c + 1 && r + 2 < e && d_.IsWord(r, "the") && m_.EntityAt(r + 1) >= 0) ++r;
    if (r < e && m_.EntityAt(r) >= 0 && !in_quote_[r]) {
      const uint32_t me = m_.mentions[m_.mention_at[r]].tok_end;
      if (me + 1 < e && d_.tokens[me].kind == TokKind::kPossessive) {
        r = me + 1;
      } else if (me < e && m_.entities[m_.EntityAt(r)].type == EntityType::kOrganization &&
                 d_.tokens[me].kind == TokKind::kWord &&
                 (title_at_[me] >= 0 || !d_.tokens[me].cap)) {
        r = me;
      }
    } else if (r == c + 1 && r + 3 < e && d_.IsWord(r, "the") &&
               d_.tokens[r + 1].kind == TokKind::kWord && !d_.tokens[r + 1].cap &&
               d_.tokens[r + 2].kind == TokKind::kPossessive) {
      r += 3;  // '"...," said the company's spokesman, Jane Roe'
    }
    for (uint32_t k = r; role && k < e; ++k) {
      // '"...," said the Deputy Chief of Dallas Police, Malik Aziz': an
      // organisation after "of", "at" or "for" inside the role phrase.
      const int o = m_.EntityAt(k);
      if (o >= 0 && k > r && m_.entities[o].type == EntityType::kOrganization &&
          m_.mentions[m_.mention_at[k]].tok_begin == k &&
          (d_.IsWord(k - 1, "of") || d_.IsWord(k - 1, "at") || d_.IsWord(k - 1, "for") ||
           (d_.IsWord(k - 1, "the") && k > r + 1 &&
            (d_.IsWord(k - 2, "of") || d_.IsWord(k - 2, "at") || d_.IsWord(k - 2, "for"))))) {
        k = m_.mentions[m_.mention_at[k]].tok_end - 1;
        continue;
      }
      role =
          d_.tokens[k].kind == TokKind::kWord && o < 0 && (!d_.tokens[k].cap || title_at_[k] >= 0);
    }
    // Not the role's owner: '"...," said the head of Acme, Jane Roe's firm'.
    if (role) {
      const uint32_t ae = m_.mentions[m_.mention_at[ne]].tok_end;
      role = !(ae < p.tok_end && d_.tokens[ae].kind == TokKind::kPossessive);
    }
    if (role) {
      Fill(q, a, q.open, c, std::string(d_.Lower(c)), "quote.after", f);
      return true;
    }
  }
  int s = SpeakerIn(c + 1, e);
  if (s < 0) return false;
  Fill(q, s, q.open, c, std::string(d_.Lower(c)), "quote.after", f);
  return true;
}

// X said: "..." / X said "..." / He said the policy "is ..." (to the end of
// the sentence) / ..., adding "...".
bool Attributor::Before(const RawQuote& q, QuoteFact* f) const {
  const uint32_t sent = d_.sentence_of[q.open];
  const uint32_t sb = d_.sentences[sent].tok_begin;
  if (q.open == sb) return false;
  if (InvertedOpening(q, sb, f)) return true;
  if (OutletReportsBefore(q, sb, f)) return true;
  uint32_t after = q.close + 1;
  // Scare quotes are short: the looser cues below take five words or more.
  int words = 0;
  for (uint32_t t = q.open + 1; t < q.close && words < 5; ++t)
    words += d_.tokens[t].kind == TokKind::kWord;
  const bool long_quote = q.closed && words >= 5;
  // A dash ends the clause too: 'said he "hopes ..." - then left'.
  const bool ends = !q.closed || after >= d_.tokens.size() ||
                    d_.sentence_of[after] != d_.sentence_of[q.close] || SentenceEnd(after) ||
                    (long_quote && IsDash(d_.Text(after))) ||
                    (after + 1 < d_.tokens.size() && d_.Text(after) == "," &&
                     d_.tokens[after + 1].kind == TokKind::kWord && Verb(after + 1));
  // 'saying he was "A" and "B."': B shares A's introduction.
  uint32_t open = q.open;
  while (long_quote && open >= sb + 3 &&
         (d_.IsWord(open - 1, "and") || d_.IsWord(open - 1, "or")) &&
         d_.tokens[open - 2].kind == TokKind::kCloseQuote) {
    uint32_t k = open - 2;
    while (k > sb && d_.tokens[k].kind != TokKind::kOpenQuote) --k;
    if (d_.tokens[k].kind != TokKind::kOpenQuote || k == sb) break;
    open = k;
  }
  const bool introduced = d_.Text(open - 1) == ":" || d_.Text(open - 1) == "," || Verb(open - 1);
  if (!ends && !introduced) return false;
  for (uint32_t v = open; v-- > sb;) {
    if (in_quote_[v]) break;
    if (!CueVerb(v)) continue;
    if (q.open - v > 30) break;
    // "X, a lawyer who has said for years that ..., wants Y because "..."":
    // a speech verb in a relative clause that closes (a comma, then the
    // main clause's verb) before the quotation is not the sentence's.
    if (v > sb + 1 &&
        (d_.IsWord(v - 1, "who") ||
         (d_.IsWord(v - 2, "who") &&
          (d_.IsWord(v - 1, "has") || d_.IsWord(v - 1, "had") || d_.IsWord(v - 1, "have"))))) {
      bool closed = false;
      // The main clause's verb: a lower-case word that is no function word,
      // participle or adverb ("..., wants", "..., is"). A verb that names
      // what the speaker said ("..., called the report "..."") is left to
      // the rules as before.
      uint32_t u = v + 1;
      for (; u + 1 < open && !closed; ++u) {
        const std::string_view w = d_.Lower(u + 1);
        closed = d_.Text(u) == "," && d_.tokens[u + 1].kind == TokKind::kWord &&
                 !d_.tokens[u + 1].cap && !CueVerb(u + 1) &&
                 (!d_.Has(u + 1, kFunctionWord) || w == "is" || w == "was") &&
                 !w.ends_with("ing") && !w.ends_with("ly") &&
                 (w.ends_with("s") || w.ends_with("ed") || w == "is" || w == "was");
      }
      for (; closed && u < open; ++u)
        for (std::string_view n :
             {"called", "calls", "call", "described", "describes", "dubbed", "termed", "labeled"})
          closed = closed && d_.Lower(u) != n;
      if (closed) continue;
    }
    // told "Fox News Sunday": the quotation is the listener, not speech.
    if (v + 1 == q.open && (d_.Lower(v) == "told" || d_.Lower(v) == "asked")) return false;
    // "X was asked by Y: "..."": the agent speaks; without one, nobody.
    if (Passive(v)) {
      if (!d_.IsWord(v + 1, "by") || m_.EntityAt(v + 2) < 0 || in_quote_[v + 2]) return false;
      Fill(q, m_.EntityAt(v + 2), v, q.open, std::string(d_.Lower(v)), "quote.before", f);
      return true;
    }
    int s = NearestSubject(sb, v);
    // "In his endorsement of X, the president said, "..."": an unnamed or
    // unresolved subject is not the first name of the sentence.
    if (s == -1) s = DescribedSubject(sb, v);
    if (s == kUnresolved) return false;
    // 'He defended the police, while calling the shootings of X "..." and
    // saying "..."': a participle speaks for its clause's subject, not for
    // a name in between.
    if (s < 0 && d_.Lower(v).ends_with("ing")) {
      // "he continued, adding, "..."": the participle shares the subject of
      // the speech verb before it.
      // Also after the quotation that verb introduced: 'X said "...,"
      // adding "..."'.
      // ('"...," he said with a smile, before adding: "..."').
      const std::string_view link = d_.Lower(v - 1);
      const bool follows = link == "," || d_.tokens[v - 1].kind == TokKind::kCloseQuote ||
                           link == "before" || link == "after" || link == "while" || link == "then";
      for (uint32_t u = v; follows && u-- > sb;) {
        if (in_quote_[u] || !Verb(u)) continue;
        s = NearestSubject(sb, u);
        break;
      }
      // "X is heard saying", "X was quoted as saying".
      uint32_t u = v;
      if (u > sb + 1 && d_.IsWord(u - 1, "as")) --u;
      while (u > sb + 1 && (Passive(u) || d_.IsWord(u - 1, "heard") || d_.IsWord(u - 1, "caught") ||
                            d_.IsWord(u - 1, "quoted") || d_.IsWord(u - 1, "seen") ||
                            d_.IsWord(u - 1, "overheard") || d_.IsWord(u - 1, "recorded")))
        --u;
      if (s < 0 && u < v) s = NearestSubject(sb, u);
      if (s < 0) s = ClauseSubject(sb, v);
    }
    // The first name of the main clause, not of an introductory one:
    // 'After Clinton won, he - the leader of the Senate - said: "..."' is
    // not Clinton's (nobody's when the main clause names nobody).
    // 'X said his father used to say, "..."': the father's words.
    if (s < 0 && RelayedSpeech(sb, v)) {
      Unresolved();
      return false;
    }
    if (s < 0) {
      s = SpeakerIn(sb, v);
      const uint32_t main = MainClauseStart(sb, v, /*strict=*/true);
      if (s >= 0 && main != sb) s = SpeakerIn(main, v);
      // "X has praised his ties with Y, saying ...", X no mention: nobody we
      // can name, not Y.
      if (s >= 0 && ObjectBesideUnknownSubject(sb, v, s)) {
        Unresolved();
        return false;
      }
    }
    if (s >= 0 && PossessorInObject(sb, v, s)) {
      Unresolved();
      return false;
    }
    if (s < 0) {
      uint32_t len = 0;
      if (v > sb) s = ResolveReference(d_, m_, &in_quote_, v - 1, &len);
    }
    if (s < 0) return false;
    Fill(q, s, v, q.open, std::string(d_.Lower(v)), "quote.before", f);
    return true;
  }
  return ColonIntroduced(q, sb, ends, f) || ColonIntroducedAfterPhrase(q, sb, ends, f) ||
         (ends && long_quote && AccordingToClause(q, sb, f));
}

// "X released the following statement:" ending the previous paragraph.
bool Attributor::Colon(const RawQuote& q, QuoteFact* f) const {
  const Paragraph& p = d_.paragraphs[q.first_para];
  if (q.open != p.tok_begin || q.first_para == 0) return false;
  uint32_t pp = ParaBefore(d_, q.first_para);
  if (pp == q.first_para || !IsBody(d_, pp)) return false;
  const Paragraph& prev = d_.paragraphs[pp];
  if (d_.Text(prev.tok_end - 1) != ":") return false;
  const uint32_t sb = d_.sentences[d_.sentence_of[prev.tok_end - 1]].tok_begin;
  // The cue closest to the colon: "In an emailed statement ..., Trump
  // spokesman Jason Miller said:".
  uint32_t cue_b = 0;
  for (uint32_t t = sb; t < prev.tok_end; ++t) {
    if (Verb(t) || d_.IsWord(t, "statement")) cue_b = t;
  }
  if (!cue_b) return ColonSubject(q, sb, prev.tok_end - 1, f);
  if (d_.IsWord(cue_b, "statement")) {
    // "released the following statement", "issued a statement".
    uint32_t k = cue_b;
    while (k > sb && k + 3 > cue_b && d_.tokens[k - 1].kind == TokKind::kWord &&
           !d_.tokens[k - 1].cap && m_.EntityAt(k - 1) < 0)
      --k;
    if (k < cue_b && d_.Lower(k).ends_with("ed")) cue_b = k;
  }
  int s = NearestSubject(sb, cue_b);
  if (s == -1) s = SpeakerIn(sb, cue_b);
  if (s < 0) return false;
  std::string cue = CleanText(d_.bytes, d_.tokens[cue_b].start, d_.tokens[prev.tok_end - 2].end);
  if (std::count(cue.begin(), cue.end(), ' ') > 4) cue = std::string(d_.Lower(cue_b));
  Fill(q, s, prev.tok_end - 1, q.open, cue, "quote.colon", f);
  f->statement.evidence.span.start = d_.tokens[sb].start;
  f->statement.evidence.text =
      CleanText(d_.bytes, d_.tokens[sb].start, f->statement.evidence.span.end);
  return true;
}

}  // namespace kg::extract
