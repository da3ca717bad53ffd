// A bare surname that several people of an article share ('"...," Doe
// said' in a story naming Jane Doe and Carl Doe). The mentions resolve it
// to the person named most so far, the story's subject, which is right for
// most stories about a family (`Trump said` beside `Melania Trump`). But
// news that brings in a second namesake opens a sentence with his or her
// full name and quotes that person next: 'Her father, Carl Doe, recounted
// ... "...," Doe said', 'Joe Biden, speaking to reporters, said his son
// ... "...," Biden added'. The namesake whose full name is the subject of
// one of the two sentences before the quotation, with nothing in between
// naming the resolved speaker, is the speaker.
#include <string_view>

#include "extract/quote_attribution.h"

namespace kg::extract {

namespace {

bool Possessive(std::string_view w) { return w == "'s" || w == "\xE2\x80\x99s" || w == "'"; }

// "-", "--", an en or em dash: "Gov. X - who responded".
bool Dash(std::string_view w) {
  return w == "-" || w == "--" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94";
}

}  // namespace

int Attributor::NamesakeSubject(const RawQuote& q, int speaker) const {
  if (speaker < 0 || m_.entities[speaker].type != EntityType::kPerson) return speaker;
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // The speaker's own mention in the attribution: one token (the surname)
  // in the quotation's sentence, before its opening mark or after its
  // closing one, not inside quotation marks.
  const uint32_t s_open = d_.sentence_of[q.open];
  const uint32_t s_close = d_.sentence_of[std::min(q.close, n - 1)];
  const uint32_t from = std::max(d_.sentences[s_open].tok_begin, q.open > 20 ? q.open - 20 : 0);
  const uint32_t to = std::min(d_.sentences[s_close].tok_end, q.close + 20);
  int surname_tok = -1;
  for (uint32_t t = from; t < to; ++t) {
    if (t >= q.open && t <= q.close) continue;
    if (in_quote_[t]) continue;
    const int mi = m_.MentionAt(t);
    if (mi < 0 || m_.mentions[mi].entity != speaker) continue;
    const Mention& m = m_.mentions[mi];
    if (m.descriptor || m.tok_end != m.tok_begin + 1) return speaker;  // a full name
    surname_tok = static_cast<int>(t);
    break;
  }
  if (surname_tok < 0) return speaker;
  const std::string_view surname = d_.Text(surname_tok);
  auto namesake = [&](int e) {
    const EntityInfo& info = m_.entities[e];
    const std::string_view name = info.name;
    return info.type == EntityType::kPerson && name.size() > surname.size() + 1 &&
           name.ends_with(surname) && name[name.size() - surname.size() - 1] == ' ';
  };
  if (!namesake(speaker)) return speaker;
  // "Mr. Doe", "Mrs. Doe": the namesake must fit the title.
  Gender want = Gender::kUnknown;
  if (surname_tok > 0) {
    const std::string_view t = d_.Lower(surname_tok - 1);
    if (t == "mr." || t == "mr") want = Gender::kMale;
    if (t == "mrs." || t == "mrs" || t == "ms." || t == "ms") want = Gender::kFemale;
  }
  // The two sentences before the quotation's, in its paragraph or the one
  // before: the latest mention of a namesake decides.
  const uint32_t q_para = d_.sentences[s_open].para;
  for (uint32_t back = 1; back <= 2 && back <= s_open; ++back) {
    const Sentence& s = d_.sentences[s_open - back];
    if (s.para + 1 < q_para) break;
    for (uint32_t t = s.tok_end; t-- > s.tok_begin;) {
      if (in_quote_[t]) continue;
      const int mi = m_.MentionAt(t);
      if (mi < 0) continue;
      const Mention& m = m_.mentions[mi];
      t = m.tok_begin;  // one look per mention
      if (m.entity == speaker) return speaker;
      if (m.entity < 0 || !namesake(m.entity)) continue;
      // A bare surname resolved to another namesake, or a name that is not
      // the sentence's subject (an object, a possessor, an apposition:
      // 'his wife, Jill Doe'; a tweet's signature): unsure.
      if (m.tok_end < m.tok_begin + 2) return speaker;
      if (SkipTitles(s.tok_begin, m.tok_begin) != m.tok_begin) return speaker;
      if (m.tok_end < n && Possessive(d_.Lower(m.tok_end))) return speaker;
      for (uint32_t k = d_.paragraphs[s.para].tok_begin; k < d_.paragraphs[s.para].tok_end; ++k)
        if (d_.Text(k).starts_with("@") || d_.Text(k).starts_with("(@")) return speaker;
      const EntityInfo& info = m_.entities[m.entity];
      if (want != Gender::kUnknown && info.gender != Gender::kUnknown && info.gender != want &&
          !info.unisex)
        return speaker;
      return m.entity;
    }
  }
  return speaker;
}

}  // namespace kg::extract

namespace kg::extract {

int Attributor::OpeningPerson(uint32_t sb, uint32_t se) const {
  if (sb >= se) return -1;
  const uint32_t c = MainClauseStart(sb, se, true);
  const uint32_t n = SkipTitles(c, se);
  if (n >= se || in_quote_[n]) return -1;
  const int mi = m_.MentionAt(n);
  if (mi < 0 || m_.mentions[mi].tok_begin != n || m_.mentions[mi].descriptor) return -1;
  const int e = m_.mentions[mi].entity;
  if (e < 0 || m_.entities[e].type != EntityType::kPerson) return -1;
  const uint32_t end = m_.mentions[mi].tok_end;
  if (end < se && d_.tokens[end].kind == TokKind::kPossessive) return -1;
  // An interviewer's sentence ("Noah returned to X's age, asking what he
  // does ..."): the words after it are the answer, the other person's.
  for (uint32_t t = end; t < se; ++t) {
    const std::string_view w = d_.Lower(t);
    if (!in_quote_[t] && (w == "asked" || w == "asking" || w == "asks" || w == "pressed"))
      return -1;
  }
  return e;
}

}  // namespace kg::extract

namespace kg::extract {

bool Attributor::ObjectSpeaker(const RawQuote& q, int speaker) const {
  if (speaker < 0) return false;
  const uint32_t sb = d_.sentences[d_.sentence_of[q.open]].tok_begin;
  // The speaker's last mention before the quotation in its sentence.
  int mi = -1;
  for (uint32_t t = q.open; t-- > sb;) {
    if (in_quote_[t]) continue;
    const int m = m_.MentionAt(t);
    if (m >= 0 && m_.mentions[m].entity == speaker) {
      mi = m;
      break;
    }
  }
  if (mi < 0) return false;
  const Mention& m = m_.mentions[mi];
  // Any earlier mention of the speaker in the sentence may be its subject.
  for (uint32_t t = sb; t < m.tok_begin; ++t)
    if (!in_quote_[t] && m_.EntityAt(t) == speaker) return false;
  // "X, who said", "X, which argued", "X's website says": not an object's
  // clause.
  const uint32_t end = m.tok_end;
  if (end < q.open && d_.tokens[end].kind == TokKind::kPossessive) return false;
  if (end + 1 < q.open && (d_.Text(end) == "," || Dash(d_.Text(end))) &&
      (d_.IsWord(end + 1, "who") || d_.IsWord(end + 1, "which") || d_.IsWord(end + 1, "whose")))
    return false;
  // The speaker came from a word after the name: he or she ('explained
  // the plan to Mr. Doe, he said, "..."'), a description ('at Doe after the
  // president called it "..."'), or the name is the subject of a speech
  // participle ('responded to Doe tweeting: "..."').
  if (end < q.open && Verb(end)) return false;
  for (uint32_t t = end; t < q.open; ++t) {
    if (in_quote_[t]) continue;
    if (d_.IsWord(t, "he") || d_.IsWord(t, "she") || d_.IsWord(t, "they")) return false;
    if (d_.IsWord(t, "the") && t + 1 < q.open && title_at_[t + 1] >= 0) return false;
  }
  uint32_t b = m.tok_begin;
  while (b > sb && title_at_[b - 1] >= 0 && m_.EntityAt(b - 1) < 0) --b;
  if (b > sb && d_.IsWord(b - 1, "the")) --b;
  if (b <= sb || in_quote_[b - 1] || d_.tokens[b - 1].cap) return false;
  const std::string_view p = d_.Lower(b - 1);
  // "according to X", "a statement attributed to X" (its author), "Counsel
  // to the President X", "adviser to X" (a title: PersonOfUnnamed decides).
  if (b >= sb + 2 && (d_.IsWord(b - 2, "according") || d_.IsWord(b - 2, "attributed") ||
                      title_at_[b - 2] >= 0 || d_.Has(b - 2, kTitleWord) || d_.tokens[b - 2].cap))
    return false;
  return p == "to" || p == "about" || p == "against" || p == "into" || p == "at" || p == "on" ||
         p == "toward" || p == "towards" || p == "between" || p == "among" || p == "over";
}

}  // namespace kg::extract

namespace kg::extract {

int Attributor::PossessorAppositive(const RawQuote& q, int speaker) const {
  if (speaker < 0 || m_.entities[speaker].type != EntityType::kPerson) return -1;
  const uint32_t sb = d_.sentences[d_.sentence_of[q.open]].tok_begin;
  // The speaker's first mention in the sentence, before the quotation.
  int mi = -1;
  for (uint32_t t = sb; t < q.open && mi < 0; ++t) {
    if (in_quote_[t]) continue;
    const int m = m_.MentionAt(t);
    if (m >= 0 && m_.mentions[m].entity == speaker) mi = m;
  }
  if (mi < 0) return -1;
  uint32_t k = m_.mentions[mi].tok_end;
  if (k >= q.open || d_.tokens[k].kind != TokKind::kPossessive) return -1;
  // One to four lower-case words naming a role or relation ("eldest son",
  // "chief of staff", "current personal attorney"), then a comma.
  const uint32_t noun = ++k;
  while (k < q.open && k < noun + 4 && d_.tokens[k].kind == TokKind::kWord && !d_.tokens[k].cap &&
         !in_quote_[k] && !Verb(k) && (!d_.Has(k, kFunctionWord) || d_.IsWord(k, "of")))
    ++k;
  if (k == noun || k + 2 >= q.open || d_.Text(k) != "," || !d_.tokens[k + 1].cap) return -1;
  // The apposition: a capitalised run closed by a comma.
  uint32_t e = k + 1;
  while (e < q.open && e < k + 6 && d_.tokens[e].cap) ++e;
  if (e >= q.open || d_.Text(e) != ",") return -1;
  for (uint32_t t = k + 1; t < e; ++t) {
    const int a = m_.EntityAt(t);
    if (a >= 0) return a == speaker ? -1 : a;
  }
  return kUnresolved;
}

}  // namespace kg::extract
