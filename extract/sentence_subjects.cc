// Whom a sentence is about (see sentence_subjects.h): OpeningSubject reads
// the person a sentence opens with, InvertedSubject the one after the
// speech verb of an inverted attribution, EndAttributionSubject the one of
// an attribution ending it. Split from references.cc.
#include "extract/sentence_subjects.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/description_titles.h"
#include "extract/references.h"

namespace kg::extract::internal {
namespace {

// '"...," said delegate expert Jim Ellis, who advised Tom Lee.', 'That
// dissent may prove influential, said Jim Ellis, a professor.': the person
// named right after the speech verb of an inverted attribution (after a
// comma or a quotation), not the last one; -1 when there is none.
int InvertedSubject(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                    uint32_t s, uint32_t limit) {
  const uint32_t end = std::min(d.sentences[s].tok_end, limit);
  for (uint32_t t = d.sentences[s].tok_begin + 1; t < end; ++t) {
    if ((in_quote && (*in_quote)[t]) || !d.Has(t, kSpeechVerb) || d.tokens[t].cap) continue;
    const bool after_comma = d.Text(t - 1) == "," || d.tokens[t - 1].kind == TokKind::kCloseQuote;
    // Not a participle ("X, saying that Y ...") nor a clause after the verb
    // ("X, who backs Y, said removing Z ...", "X, 18, said she is proud Y").
    if (!after_comma || d.Lower(t).ends_with("ing")) continue;
    for (uint32_t k = t + 1; k < end && k < t + 6 && d.tokens[k].kind == TokKind::kWord; ++k) {
      const int e = m.EntityAt(k);
      if (e >= 0) return m.entities[e].type == EntityType::kPerson ? e : -1;
      const std::string_view w = d.Lower(k);
      if (m.title_at[k] < 0 && (d.Has(k, kFunctionWord) || w.ends_with("ing") || w.ends_with("ed")))
        return -1;
    }
    return -1;
  }
  return -1;
}

// "X's running mate, Gov. Z, announced ...", "X's longtime friend, Z, said":
// the person named in the apposition after a person's possessive and a
// noun phrase without a title (titles are read by OpeningSubject), not the
// possessor; -1 when the mention at `t` is not such a possessor.
int PossessorApposition(const Document& d, const MentionTable& m, uint32_t t, uint32_t end) {
  uint32_t k = m.mentions[m.mention_at[t]].tok_end;
  if (k >= end || d.tokens[k].kind != TokKind::kPossessive) return -1;
  const uint32_t noun = ++k;
  // "X's predecessor as speaker, Z,": a preposition may join the nouns.
  while (k < end && k < noun + 4 && d.tokens[k].kind == TokKind::kWord && !d.tokens[k].cap &&
         m.EntityAt(k) < 0 && !d.Has(k, kSpeechVerb) &&
         (!d.Has(k, kFunctionWord) ||
          (k > noun && (d.IsWord(k, "as") || d.IsWord(k, "of") || d.IsWord(k, "for")))))
    ++k;
  if (k == noun || k + 1 >= end || d.Text(k) != ",") return -1;
  // "X's running mate, Indiana Gov. Z,", "X's ally, New York Attorney
  // General Z,": the state or city of the office may come before its title
  // (but only before one: "X's home state, Indiana," names no one).
  bool place = false;
  for (uint32_t n = k + 1; n < end && n < k + 7; ++n) {
    const int a = m.EntityAt(n);
    if (a >= 0) return m.entities[a].type == EntityType::kPerson && !place ? a : -1;
    const bool title = m.title_at[n] >= 0 || d.Has(n, kTitleWord | kNameTitle);
    if (!title && !(d.tokens[n].cap && d.Has(n, kPlaceWord) && (n == k + 1 || place))) return -1;
    place = !title;
  }
  return -1;
}

// Whom sentence `s` is about: the person it opens with, after a conjunction,
// a title, or a quotation and its comma ('"...," Lee said' is about Lee);
// kPronounSubject when it opens with he/she (the same person as before);
// -1 when it opens otherwise. Only a subject starting before `limit` counts.
int OpeningSubject(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                   uint32_t s, uint32_t limit, Gender* pronoun) {
  uint32_t t = d.sentences[s].tok_begin;
  const uint32_t end = std::min(d.sentences[s].tok_end, limit);
  while (t < end) {
    std::string_view w = d.Lower(t);
    const bool quoted = in_quote && (*in_quote)[t];
    const bool skip = quoted || w == "," || w == "but" || w == "and" || w == "so" || w == "yet" ||
                      w == "still" || w == "however" || w == "meanwhile" || w == "later" ||
                      w == "then" || w == "now" || w == "also" ||
                      (m.title_at[t] >= 0 && m.EntityAt(t) < 0) ||
                      // "Former House Speaker X said": a title's modifier.
                      (w == "former" && t + 1 < end && !quoted &&
                       (m.title_at[t + 1] >= 0 || m.EntityAt(t + 1) >= 0));
    if (!skip) break;
    ++t;
  }
  // "In an interview on Sunday, X said ...": the subject after an
  // introductory phrase (not one holding a quotation or a speech verb: "As
  // X said, ...").
  // (Any such phrase, "As ..." too: the speech verb test keeps "As X said,
  // ..." about X.)
  // "Later Saturday evening, X sent ...": the time phrase a skipped "later"
  // or "now" opens goes on to its comma.
  const bool time_phrase =
      t > d.sentences[s].tok_begin && t < end && d.tokens[t].cap && m.EntityAt(t) < 0 &&
      d.Has(t, kMonthOrDay) &&
      (d.IsWord(t - 1, "later") || d.IsWord(t - 1, "then") || d.IsWord(t - 1, "now"));
  if (t < end && (IntroductoryReach(d.Lower(t)) > 0 || d.IsWord(t, "as") || time_phrase)) {
    for (uint32_t k = t + 1; k < end && k < t + 24; ++k) {
      if ((in_quote && (*in_quote)[k]) || d.Has(k, kSpeechVerb)) break;
      if (d.Text(k) == ",") {
        t = k + 1;
        if (t + 1 < end && d.Lower(t) == "former") ++t;
        while (t < end && m.title_at[t] >= 0 && m.EntityAt(t) < 0) ++t;
        break;
      }
    }
  }
  if (t >= end) return -1;
  *pronoun = PronounGender(d.Lower(t));
  if (*pronoun != Gender::kUnknown) return kPronounSubject;
  int e = m.EntityAt(t);
  // "The magazine editor-in-chief Mark Galli wrote", "Acme's Ms. Nance said",
  // "ICE spokesman X said": the person after a short description or an
  // organisation (and its possessive) and titles.
  const bool org = e >= 0 && m.entities[e].type == EntityType::kOrganization;
  // An organisation we did not recognise: "Concerned Women for America's Ms. X".
  uint32_t owner_end = t;
  while (owner_end < end && owner_end < t + 8 && d.tokens[owner_end].kind == TokKind::kWord &&
         (d.tokens[owner_end].cap || d.IsWord(owner_end, "for") || d.IsWord(owner_end, "of"))) {
    const int x = m.EntityAt(owner_end);
    if (x >= 0 && m.entities[x].type == EntityType::kPerson) break;
    ++owner_end;
  }
  const bool owner = owner_end > t && owner_end < end && d.tokens[t].cap &&
                     d.tokens[owner_end].kind == TokKind::kPossessive;
  if (owner) {
    for (uint32_t k = owner_end + 1; k < end && k < owner_end + 5; ++k) {
      const int p = m.EntityAt(k);
      if (p >= 0) {
        if (m.entities[p].type == EntityType::kPerson) return p;
        break;
      }
      if (m.title_at[k] < 0 && !d.Has(k, kTitleWord | kNameTitle)) break;
    }
  }
  // "Clinton campaign manager Robby Mook told ...", "Trump's lawyer X": a
  // person named as the owner of a role is not the subject.
  const bool owner_person = e >= 0 && !org;
  if (owner_person) {
    const int a = PossessorApposition(d, m, t, end);
    if (a >= 0) return a;
  }
  if (org || owner_person || (e < 0 && d.Lower(t) == "the")) {
    uint32_t k = e >= 0 ? m.mentions[m.mention_at[t]].tok_end : t + 2;
    if (e >= 0 && k < end && d.tokens[k].kind == TokKind::kPossessive) ++k;
    if (owner_person && k < end && d.IsWord(k, "campaign")) ++k;
    const bool lead = org ||
                      (owner_person && k < end && m.EntityAt(k) < 0 &&
                       (m.title_at[k] >= 0 || d.Has(k, kTitleWord))) ||
                      (e < 0 && t + 1 < end && d.tokens[t + 1].kind == TokKind::kWord &&
                       !d.tokens[t + 1].cap && m.EntityAt(t + 1) < 0);
    for (; lead && k < end && k < t + 6; ++k) {
      const int p = m.EntityAt(k);
      if (p >= 0) {
        if (m.entities[p].type == EntityType::kPerson) return p;
        break;
      }
      // "Cruz's campaign manager, Jeff Roe, said": the name in an apposition.
      if (d.Text(k) == "," && k + 1 < end) {
        const int a = m.EntityAt(k + 1);
        if (a >= 0 && m.entities[a].type == EntityType::kPerson) return a;
        break;
      }
      // Titles, also hyphenated ones the lists lack ("editor-in-chief").
      const bool hyphenated = !d.tokens[k].cap && d.Text(k).find('-') != std::string_view::npos;
      if (m.title_at[k] < 0 && !d.Has(k, kTitleWord | kNameTitle) && !hyphenated) break;
    }
  }
  if (e >= 0) return m.entities[e].type == EntityType::kPerson ? e : -1;
  uint32_t len = 0;
  std::string title;
  if (d.Lower(t) == "the" && DescriptionTitle(d, t, &title, &len))
    return ResolveReference(d, m, in_quote, t, &len);
  return -1;
}

}  // namespace

Gender PronounGender(std::string_view w) {
  return w == "he" ? Gender::kMale : w == "she" ? Gender::kFemale : Gender::kUnknown;
}

// 'Trump is also issuing warnings to adversaries, Caputo said.': a sentence
// that an attribution ends (a comma, a person after titles, a speech verb,
// perhaps a short phrase: "told CNN in March") is what that person says,
// and the he/she of the next sentences is that person, not the one the
// reported words are about; -1 when the sentence ends otherwise.
int EndAttributionSubject(const Document& d, const MentionTable& m,
                          const std::vector<bool>* in_quote, uint32_t s) {
  const Sentence& se = d.sentences[s];
  if (se.tok_end < se.tok_begin + 5) return -1;
  uint32_t end = se.tok_end - 1;
  if (d.Text(end) != ".") ++end;
  // The verb may be followed by a short phrase with no clause in it: "told
  // CNN in March", "said in a statement", "said Tuesday".
  uint32_t v = end;
  while (v > se.tok_begin + 3 && end - v < 7) {
    --v;
    if ((in_quote && (*in_quote)[v]) || d.tokens[v].kind != TokKind::kWord) return -1;
    const std::string_view w = d.Lower(v);
    if (d.Has(v, kSpeechVerb) && !d.tokens[v].cap) break;
    if (w == "that" || w == "he" || w == "she" || w == "who" || w == "which" || w == "and" ||
        w == "but" || w.ends_with("ing"))
      return -1;
  }
  if (d.tokens[v].cap || !d.Has(v, kSpeechVerb) || d.Lower(v).ends_with("ing")) return -1;
  const int mi = m.mention_at[v - 1];
  if (mi < 0 || m.mentions[mi].tok_end != v) return -1;
  const int e = m.mentions[mi].entity;
  if (e < 0 || m.entities[e].type != EntityType::kPerson) return -1;
  uint32_t b = m.mentions[mi].tok_begin;
  while (b > se.tok_begin && m.title_at[b - 1] >= 0 && m.EntityAt(b - 1) < 0) --b;
  if (b <= se.tok_begin + 1 || d.Text(b - 1) != "," || (in_quote && (*in_quote)[b - 1])) return -1;
  // "a professor at the University of California, Davis tells the Monitor":
  // a place's comma, not the attribution's.
  if (b >= se.tok_begin + 3 && d.tokens[b - 2].cap && d.Has(b - 2, kPlaceWord) &&
      d.IsWord(b - 3, "of") && m.mentions[mi].tok_end == m.mentions[mi].tok_begin + 1)
    return -1;
  return e;
}

// The sentence's subject (OpeningSubject), else the name of an inverted
// attribution in it (InvertedSubject).
int SentenceSubject(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                    uint32_t s, uint32_t limit, Gender* pronoun) {
  const int subject = OpeningSubject(d, m, in_quote, s, limit, pronoun);
  return subject == -1 ? InvertedSubject(d, m, in_quote, s, limit) : subject;
}

}  // namespace kg::extract::internal
