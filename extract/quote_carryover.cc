// The attribution loop (Attributor::Run): which quotations are no speech
// (scare quotes, titles, nicknames), the patterns in order, and when a
// quotation without a speaker of its own carries the previous speaker
// ('"...," Lee said. "More words."' and the next paragraph's quotation):
// not when it has an attribution of its own that names someone the rules
// could not resolve ('"...," said Pat Doe, a pollster', '"...," one source
// said'). See quote_attribution.h.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "extract/quote_attribution.h"

namespace kg::extract {
namespace {

// "the statement said", "the board wrote", "the source said": a document, a
// body or an unnamed person, not the previous speaker described anew.
bool NamesSomeoneElse(std::string_view w) {
  return w == "statement" || w == "board" || w == "campaign" || w == "letter" || w == "memo" ||
         w == "report" || w == "release" || w == "editorial" || w == "email" || w == "e-mail" ||
         w == "group" || w == "committee" || w == "company" || w == "source" || w == "sources" ||
         w == "ally" || w == "aide" || w == "official" || w == "adviser" || w == "advisor" ||
         w == "spokesman" || w == "spokeswoman" || w == "spokesperson" || w == "student" ||
         w == "voter" || w == "supporter" || w == "follower" || w == "insider";
}

// "the judges wrote", "the lawmakers said", "said the researchers": a plural
// noun speaks, several people and not the one previous speaker (a joint
// quotation is optional in the gold at best).
bool PluralSpeaker(const Document& d, uint32_t k) {
  if (d.tokens[k].kind != TokKind::kWord || d.tokens[k].cap || d.Has(k, kFunctionWord))
    return false;
  const std::string_view w = d.Lower(k);
  return w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("us") &&
         !w.ends_with("is") && w != "news";
}

bool IsDashToken(std::string_view w) {
  return w == "\xe2\x80\x94" || w == "\xe2\x80\x93" || w == "-";
}

// "replied", "responded": an answer to the words before it, so someone other
// than their speaker ('"...?" Y asked X. "...," the mogul replied.').
bool ReplyVerb(std::string_view w) {
  return w == "replied" || w == "replies" || w == "responded" || w == "responds" ||
         w == "answered" || w == "answers" || w == "retorted" || w == "countered";
}

// a "cease and desist" notice, the "sanctuary op": a quotation after a
// determiner that does not end in punctuation names or mocks something.
bool ScareQuote(const Document& d, const RawQuote& q) {
  if (q.open == 0 || !q.closed || q.first_para != q.last_para) return false;
  std::string_view prev = d.Lower(q.open - 1);
  const bool det = prev == "a" || prev == "an" || prev == "the" || prev == "his" || prev == "her" ||
                   prev == "their" || prev == "its" || prev == "our" || prev == "so-called" ||
                   prev == "this" || prev == "that" || prev == "as";
  if (!det) return false;
  // 'would mark a "betrayal of his oath of office"': six words or more
  // after an article are a partial quotation, not a name or a mockery (a
  // "cease and desist" notice, the "one China" policy are short).
  // Not an article opening the sentence: 'A "former senior official close
  // to the White House" said ...' describes the speaker.
  const bool opens = q.open < 2 || d.sentence_of[q.open - 2] != d.sentence_of[q.open - 1];
  if (!opens && (prev == "a" || prev == "an" || prev == "the" || prev == "this")) {
    int words = 0;
    for (uint32_t t = q.open + 1; t < q.close && words < 6; ++t)
      words += d.tokens[t].kind == TokKind::kWord;
    // A lower-case word right after the quotation that is no function
    // word makes it a modifier ('a "keep the kids from moving" petition').
    const uint32_t after = q.close + 1;
    const bool modifies = after < d.tokens.size() && d.tokens[after].kind == TokKind::kWord &&
                          !d.tokens[after].cap && !d.Has(after, kFunctionWord);
    if (words >= 6 && !modifies) return false;
  }
  // "admit that "..."": after a verb, "that" and "as" introduce a clause,
  // and "her", "his" may be objects ("shouted at her "...""); only short
  // quotations after them are scare quotes.
  if (prev == "that" || prev == "as" || prev == "her" || prev == "his" || prev == "their" ||
      prev == "its" || prev == "our") {
    int words = 0;
    for (uint32_t t = q.open + 1; t < q.close && words <= 4; ++t)
      words += d.tokens[t].kind == TokKind::kWord;
    if (words > 4) return false;
  }
  std::string_view last = d.Text(q.close - 1);
  return !(last == "." || last == "," || last == "?" || last == "!");
}

// "Sunday Morning Futures.", "Face the Nation": a short quotation in title
// case names a show, book or slogan.
bool TitleLike(const Document& d, const RawQuote& q) {
  // An empty quotation (a stray mark closing at once, as in '“ “...” ”.'
  // opening a text) names nothing, and has no last word to look at.
  if (q.close <= q.open + 1) return false;
  int words = 0, caps = 0;
  for (uint32_t t = q.open + 1; t < q.close; ++t) {
    if (d.tokens[t].kind != TokKind::kWord) continue;
    ++words;
    if (d.tokens[t].cap || d.Has(t, kFunctionWord)) ++caps;
  }
  std::string_view last = d.Text(q.close - 1);
  if (last == "," || last == "?" || last == "!") return false;  // "Yes," he said.
  // '"Stop with this", Lee told reporters': the comma after the closing
  // mark (another typography, stop 32) of a quotation opening its sentence.
  if (q.close + 1 < d.tokens.size() && d.Text(q.close + 1) == "," &&
      d.sentences[d.sentence_of[q.open]].tok_begin == q.open)
    return false;
  return words >= 2 && words <= 6 && caps == words && d.tokens[q.open + 1].cap;
}

// 'used the word "conservative"', 'an article with the headline "X Wins
// Big."', 'a slogan: "Here we go again?"': a quotation right after a noun
// for words as such (after "the", "a" or "this", then an optional comma or
// colon) names those words; whose they are the sentence does not say
// ("the term" after "this" is a court's session: 'Ginsburg added that this
// term "I can safely predict ..."'; "his words" are his).
bool NamedWords(const Document& d, const RawQuote& q) {
  uint32_t k = q.open;
  const bool colon = k > 0 && d.Text(k - 1) == ":";
  if (k > 0 && (colon || d.Text(k - 1) == ",")) --k;
  if (k < 2) return false;
  const std::string_view noun = d.Lower(k - 1), det = d.Lower(k - 2);
  if (det != "the" && det != "a" && !(det == "this" && noun != "term")) return false;
  // '"There is no magic to the phrase "X," Obama responded': inside a
  // quotation of its own (its closing mark lost), the speaker's words.
  const uint32_t sb = d.sentences[d.sentence_of[q.open]].tok_begin;
  if (sb < q.open && d.tokens[sb].kind == TokKind::kOpenQuote) return false;
  // 'commented on the president's use of the term: "It is ..."': a colon
  // after a word for words introduces what someone says about them.
  if (noun == "headline" || noun == "slogan" || noun == "hashtag" || noun == "tagline" ||
      noun == "motto")
    return true;
  return !colon && (noun == "phrase" || noun == "term" || noun == "word");
}

// 'Y called X "a bigot"', 'described X as "a true friend"': the person
// named between a naming verb and the quotation is what it names, never its
// speaker.
bool NamedByQuote(const Document& d, const MentionTable& m, const RawQuote& q, int speaker) {
  uint32_t t = q.open;
  while (t > 0 && (d.IsWord(t - 1, "as") || d.IsWord(t - 1, "a") || d.IsWord(t - 1, "an") ||
                   d.IsWord(t - 1, "the")))
    --t;
  if (t == 0 || m.EntityAt(t - 1) != speaker) return false;
  while (t > 0 &&
         (m.EntityAt(t - 1) == speaker || (m.title_at[t - 1] >= 0 && m.EntityAt(t - 1) < 0)))
    --t;
  if (t == 0) return false;
  const std::string_view v = d.Lower(t - 1);
  for (std::string_view n : {"called", "calling", "calls", "call", "dubbed", "dubbing", "labeled",
                             "labeling", "branded", "branding", "described", "describing"})
    if (v == n) return true;
  return false;
}

// Edward "Ted" Newton: a nickname inside a name.
bool Nickname(const Document& d, const RawQuote& q) {
  if (q.open == 0 || !q.closed || q.close + 1 >= d.tokens.size() || q.close > q.open + 4)
    return false;
  for (uint32_t t = q.open + 1; t < q.close; ++t) {
    if (d.tokens[t].kind != TokKind::kWord || !d.tokens[t].cap) return false;
  }
  const Token& before = d.tokens[q.open - 1];
  const Token& after = d.tokens[q.close + 1];
  return q.close > q.open + 1 && before.kind == TokKind::kWord && before.cap &&
         after.kind == TokKind::kWord && after.cap;
}

}  // namespace

// Whether a capitalised word in [b, e) starts like the previous speaker's
// name ('"...," Camooso-Miller continued' after Lisa Camooso Miller): the
// same person, written in a form the name rules missed.
bool Attributor::NamesPrevious(uint32_t b, uint32_t e, int previous) const {
  if (previous < 0) return false;
  // Any word of the name: the surname may come first ('"...," Liu added'
  // after Liu Jieyi).
  const std::string_view name = m_.entities[previous].name;
  for (uint32_t k = b; k < e; ++k) {
    if (!d_.tokens[k].cap) continue;
    const std::string_view w = d_.Lower(k);
    for (size_t start = 0; start < name.size();) {
      size_t end = name.find(' ', start);
      if (end == std::string_view::npos) end = name.size();
      const std::string_view part = name.substr(start, end - start);
      start = end + 1;
      const size_t n = std::min<size_t>(4, std::min(w.size(), part.size()));
      if (part.size() < 3 || w.size() < 3) continue;
      size_t same = 0;
      while (same < n &&
             w[same] == static_cast<char>(std::tolower(static_cast<unsigned char>(part[same]))))
        ++same;
      if (same == n) return true;
    }
  }
  return false;
}

bool Attributor::OwnAttribution(const RawQuote& q, int previous) const {
  if (!q.closed) return false;
  const Paragraph& p = d_.paragraphs[q.last_para];
  uint32_t c = q.close + 1;
  if (c < p.tok_end && d_.Text(c) == ",") ++c;
  if (c >= p.tok_end || d_.tokens[c].kind == TokKind::kOpenQuote || SentenceEnd(c)) return false;
  // '"...." Lee said.': after the quotation's own period only a verb that
  // ends the sentence attributes it ('"...." Lee said the plan ...' is news).
  const bool own_period = q.close > q.open + 1 && d_.Text(q.close - 1) == ".";
  // '"..." — MSNBC host Pat Doe': a paragraph signed by someone the rules
  // could not resolve is not the previous speaker's (roundups quote a new
  // writer in each paragraph).
  if (IsDashToken(d_.Text(c)) && q.open == d_.paragraphs[q.first_para].tok_begin) {
    uint32_t k = c + 1;
    while (k < p.tok_end && k < c + 3 && d_.Text(k) == "-") ++k;
    if (k < p.tok_end && d_.tokens[k].cap && d_.tokens[k].kind == TokKind::kWord &&
        !d_.Has(k, kFunctionWord))
      return !NamesPrevious(k, std::min(k + 8, p.tok_end), previous);
    return false;
  }
  // '"...," said Pat Doe': the inverted form names its speaker after the verb.
  if (Verb(c)) {
    // '"...," saying X was ...': a participle, X is what it is about.
    if (own_period || d_.Lower(c).ends_with("ing")) return false;
    const std::string_view w = c + 1 < p.tok_end ? d_.Lower(c + 1) : std::string_view();
    if (w == "he" || w == "she") return false;
    if (c + 1 < p.tok_end && d_.tokens[c + 1].cap)
      return !NamesPrevious(c + 1, std::min(c + 5, p.tok_end), previous);
    if (w == "one" || w == "a" || w == "an" || w == "another") return true;
    if (w != "the") return false;
    if (ReplyVerb(d_.Lower(c))) return true;
    for (uint32_t k = c + 2; k < p.tok_end && k < c + 6 && d_.tokens[k].kind == TokKind::kWord;
         ++k) {
      if (NamesSomeoneElse(d_.Lower(k))) return true;
      // '"...," said the judges.': the noun ends the attribution.
      if (PluralSpeaker(d_, k) && (k + 1 >= p.tok_end || SentenceEnd(k + 1) ||
                                   d_.Text(k + 1) == "," || d_.IsWord(k + 1, "in")))
        return true;
    }
    return false;
  }
  // '"...," Pat Doe, a pollster, said' / '"...," one source said'.
  for (uint32_t v = c + 1; v < p.tok_end && v < c + 8; ++v) {
    if (SentenceEnd(v) || d_.tokens[v].kind == TokKind::kOpenQuote ||
        d_.tokens[v].kind == TokKind::kCloseQuote)
      return false;
    if (!Verb(v)) continue;
    if (own_period && !SentenceEnd(v + 1) && d_.Text(v + 1) != ",") return false;
    // "And then, he said,", "One analyst, she noted, said": a pronoun
    // speaks; "All told, X has ...": a function word opens no name.
    for (uint32_t k = c; k < v; ++k) {
      const std::string_view x = d_.Lower(k);
      if (x == "he" || x == "she" || x == "they" || x == "it" || x == "i" || x == "we")
        return false;
    }
    const std::string_view w = d_.Lower(c);
    if (w == "one" || w == "a" || w == "an" || w == "another") return true;
    if (w == "the")
      return NamesSomeoneElse(d_.Lower(v - 1)) || ReplyVerb(d_.Lower(v)) ||
             PluralSpeaker(d_, v - 1);
    // A name (or a title before one): a capitalised word opening the phrase.
    return d_.tokens[c].cap && d_.tokens[c].kind == TokKind::kWord && !d_.Has(c, kFunctionWord) &&
           !NamesPrevious(c, v, previous);
  }
  return false;
}

// '"A," said X, "b"', '"A," X went on, "b"', '"A," said X, his colleague,
// "b"': [b, e) is only the attribution, ending in its verb, the speaker's
// name or a short apposition, not a phrase that names a work ('"...,"
// writes X in a new book, "Title."').
bool Attributor::InterruptedBy(uint32_t b, uint32_t e, int speaker) const {
  if (e <= b) return false;
  const uint32_t last = e - 1;
  if (Verb(last) || d_.IsWord(last, "on")) return true;
  if (m_.EntityAt(last) == speaker) return true;
  // '"...," said X in a 2013 interview, "an ethno-state ..."': "in" sets a
  // scene, not a work, when the quotation goes on in lower case (a title
  // opens with a capital).
  const bool goes_on = e + 2 < d_.tokens.size() && d_.tokens[e + 1].kind == TokKind::kOpenQuote &&
                       d_.tokens[e + 2].kind == TokKind::kWord && !d_.tokens[e + 2].cap;
  for (uint32_t k = b; k < e; ++k) {
    const std::string_view w = d_.Lower(k);
    if ((w == "in" && !goes_on) || w == "book" || w == "books" || w == "titled" ||
        w == "entitled" || w == "article" || w == "column" || w == "essay" || w == "film" ||
        w == "novel" || w == "memoir" || w == "report")
      return false;
  }
  // '"Speak," he reasoned, "would be ..."': he or she and a short verb
  // phrase the speech verbs lack.
  return m_.EntityAt(b) == speaker || Verb(b) ||
         ((d_.IsWord(b, "he") || d_.IsWord(b, "she")) && e <= b + 4);
}

// '"A," said Jane Roe, a researcher at the Institute for Coastal Studies in
// Maine, "b"': [b, e) names the speaker within its first words, then an
// apposition after a comma that holds no speech verb or quotation, so the
// attribution may run past the usual 16 tokens.
bool Attributor::ApposedAttribution(uint32_t b, uint32_t e, int speaker) const {
  uint32_t me = 0;
  for (uint32_t k = b; k < e && k < b + 8; ++k) {
    if (m_.EntityAt(k) == speaker) {
      me = m_.mentions[m_.mention_at[k]].tok_end;
      break;
    }
  }
  if (me == 0 || me >= e || d_.Text(me) != ",") return false;
  // The attribution opens with its verb or its speaker.
  if (!Verb(b) && m_.EntityAt(b) != speaker) return false;
  for (uint32_t k = me + 1; k < e; ++k) {
    if (in_quote_[k] || Verb(k) || d_.tokens[k].kind == TokKind::kOpenQuote) return false;
    // '"...," writes X, a historian, in her new book, "Title"': a work.
    const std::string_view w = d_.Lower(k);
    if (w == "book" || w == "books" || w == "titled" || w == "entitled" || w == "article" ||
        w == "column" || w == "essay" || w == "film" || w == "novel" || w == "memoir" ||
        w == "report" || w == "song" || w == "album")
      return false;
  }
  return true;
}

// '"...," said Jane Roe, D-Calif. "..."', '"...," said Roe, of Aurora, Colo.
// "..."': an attribution ending in an abbreviation whose period the
// sentence split keeps, so the next quotation opens a sentence of its own
// (a capital after the mark). The stretch after the last statement is only
// its attribution: a speech verb and a mention of the same speaker.
bool Attributor::AfterAbbreviatedAttribution(const RawQuote& q, uint32_t last_close,
                                             int speaker) const {
  if (q.open < 2 || q.open > last_close + 24 || q.open <= last_close + 2) return false;
  if (d_.sentence_of[last_close] != d_.sentence_of[q.open]) return false;
  const uint32_t a = q.open - 1;
  if (!d_.tokens[a].abbrev || title_at_[a] >= 0 || d_.Has(a, kTitleWord) || d_.Text(a).size() < 3)
    return false;
  if (q.open + 1 >= d_.tokens.size() || !d_.tokens[q.open + 1].cap) return false;
  bool verb = false, named = false;
  for (uint32_t k = last_close + 1; k < a; ++k) {
    if (in_quote_[k] || d_.tokens[k].kind == TokKind::kOpenQuote) return false;
    verb = verb || Verb(k);
    named = named || m_.EntityAt(k) == speaker;
  }
  return verb && named;
}

// A paragraph that is only a quotation without a final punctuation mark
// ('"Donald Trump will define this election"' between two sections) is a
// subheading, not more of the previous speaker's words.
bool Attributor::Subheading(const RawQuote& q) const {
  if (!q.closed || q.close <= q.open + 1 || q.first_para != q.last_para) return false;
  if (q.close + 1 != d_.paragraphs[q.last_para].tok_end) return false;
  const std::string_view last = d_.Text(q.close - 1);
  return d_.tokens[q.close - 1].kind == TokKind::kWord && last != "." && last != "?" && last != "!";
}

std::vector<QuoteFact> Attributor::Run(const std::vector<RawQuote>& raw) {
  std::vector<QuoteFact> out;
  int last_speaker = -1;
  uint32_t last_para = 0, last_close = 0;
  bool last_after = false;  // the last statement's attribution follows it
  for (const RawQuote& q : raw) {
    if (ScareQuote(d_, q) || TitleLike(d_, q) || Nickname(d_, q) || NamedWords(d_, q) ||
        WorkTitle(d_, q))
      continue;
    QuoteFact f;
    unnamed_ = false;
    epithet_ = -1;
    has_fallback_ = false;
    last_speaker_ = last_speaker;
    last_para_ = last_para;
    bool ok =
        After(q, &f) || Colon(q, &f) || Before(q, &f) || Reported(q, &f) || Characterized(q, &f);
    if (!ok && has_fallback_) {
      f = std::move(fallback_);
      ok = true;
    }
    // '"...," said one former operative': an unnamed speaker, whose next
    // paragraphs are not the previous speaker's either.
    if (!ok && unnamed_) last_speaker = -1;
    previous_ = last_speaker;
    if (!ok && !unnamed_ && FollowsSpeech(q, &f)) ok = true;
    // '"...," said Pat Doe, a pollster': a speaker the rules could not
    // resolve, whose next paragraphs are not the previous speaker's either.
    if (!ok && last_speaker >= 0 && OwnAttribution(q, last_speaker)) last_speaker = -1;
    if (!ok && last_speaker >= 0) {
      const bool starts_para = q.open == d_.paragraphs[q.first_para].tok_begin;
      const bool starts_sentence = d_.sentences[d_.sentence_of[q.open]].tok_begin == q.open;
      // '"There's a new generation," said X, "whose tastes are ..."': the
      // rest of a quotation its attribution interrupted, in one sentence.
      const bool interrupted =
          last_after && last_para == q.first_para && q.open > 0 && d_.Text(q.open - 1) == "," &&
          d_.sentence_of[last_close] == d_.sentence_of[q.open] &&
          ((q.open <= last_close + 16 && InterruptedBy(last_close + 1, q.open - 1, last_speaker)) ||
           (q.open <= last_close + 45 &&
            ApposedAttribution(last_close + 1, q.open - 1, last_speaker)));
      if (last_para == q.first_para &&
          (starts_sentence || AfterAbbreviatedAttribution(q, last_close, last_speaker))) {
        Fill(q, last_speaker, q.open, q.open, "", "quote.same_paragraph", &f);
        ok = true;
      } else if (interrupted) {
        Fill(q, last_speaker, last_close + 1, q.open, "", "quote.interrupted", &f);
        ok = true;
      } else if (starts_para && q.first_para > 0 && ParaBefore(d_, q.first_para) == last_para &&
                 last_para < q.first_para && !Subheading(q) &&
                 // Past an advertising break only a quotation of five words
                 // or more: '"America First!" is the slogan ...' opens a
                 // sentence about it.
                 (last_para + 1 == q.first_para || QuoteWords(d_, q) >= 5)) {
        Fill(q, last_speaker, q.open, q.open, "", "quote.continuation", &f);
        ok = true;
      }
    }
    if (!ok || f.statement.text.empty()) continue;
    if (NamedByQuote(d_, m_, q, f.speaker)) continue;
    {
      // A speaker named in the attribution by a shared surname.
      const std::string_view r = f.statement.evidence.rule;
      if (r == "quote.after" || r == "quote.after_any_verb" || r == "quote.before" ||
          r == "quote.before_inverted" || r == "quote.reported" || r == "quote.reported_clause")
        f.speaker = NamesakeSubject(q, f.speaker);
      if ((r == "quote.before" || r == "quote.reported" || r == "quote.characterized" ||
           r == "quote.colon_intro") &&
          ObjectSpeaker(q, f.speaker)) {
        last_speaker = -1;  // someone we cannot name spoke
        continue;
      }
      if (r == "quote.before" || r == "quote.reported" || r == "quote.reported_clause" ||
          r == "quote.characterized" || r == "quote.colon_intro") {
        const int a = PossessorAppositive(q, f.speaker);
        if (a == kUnresolved) {
          last_speaker = -1;  // 'X's widow, Marina, said': someone we cannot name
          continue;
        }
        if (a >= 0) f.speaker = a;
      }
    }
    if (epithet_ >= 0 && f.speaker == epithet_) f.statement.evidence.rule = "quote.epithet";
    last_speaker = f.speaker;
    last_para = q.last_para;
    last_close = q.close;
    const std::string_view rule = f.statement.evidence.rule;
    last_after = rule == "quote.after" || rule == "quote.after_any_verb" ||
                 rule == "quote.epithet" || rule == "quote.interrupted";
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace kg::extract
