// First-person ends of an endorsement inside a quotation (RelationFinder
// helpers for relations.cc and endorsement_speaker.cc). Inside a quotation
// "I", "me" and "my campaign" are the quotation's speaker, as resolved by the
// statement (quotes.cc), not by a re-parse of the attribution:
//   "Sen. Ann Lee endorsed me," Bo Park said          -> Lee endorses Park
//   "I've been endorsed by A, by B and by C," Park said -> A, B, C endorse Park
// A third-person pronoun inside a quotation is never the speaker ("You'd have
// to ask him why he endorsed Y" names no endorser).
#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

bool IsI(std::string_view w) {
  return In(w, {"i", "i've", "i\xe2\x80\x99ve", "i'm", "i\xe2\x80\x99m", "i'd",
                "i\xe2\x80\x99"
                "d"});
}

bool IsWe(std::string_view w) {
  return In(w, {"we", "we've", "we\xe2\x80\x99ve", "we're", "we\xe2\x80\x99re"});
}

// Nouns for the speaker's own race after "my": "endorsed my campaign",
// "backed my candidacy" (not "my opponent", "my mom", "my bill").
bool CandidacyNoun(std::string_view w) {
  return In(w, {"campaign", "candidacy", "bid", "reelection", "re-election", "run"});
}

}  // namespace

// The speaker of the quotation holding `k` when it is a person whose name
// stands outside the quotation in one of its paragraphs (`"...," X said`,
// `X said: "..."`, a later quotation of a paragraph that named X); -1 for a
// speaker resolved from "he said" alone, whose resolution is wrong too often
// to carry an endorsement (a previous speaker's pronoun in a paragraph about
// another person).
int RelationFinder::NamedSpeakerOf(uint32_t k) const {
  const uint32_t b = d_.tokens[k].start;
  for (const QuoteFact& q : quotes_) {
    const Span& span = q.statement.span;
    if (!(span.start <= b && b < span.end)) continue;
    if (!IsType(q.speaker, EntityType::kPerson)) return -1;
    uint32_t first = d_.sentences[d_.sentence_of[k]].para, last = first;
    while (first > 0 && d_.paragraphs[first].start > span.start) --first;
    while (last + 1 < d_.paragraphs.size() && d_.paragraphs[last + 1].start < span.end) ++last;
    for (uint32_t p = first; p <= last; ++p) {
      for (uint32_t x = d_.paragraphs[p].tok_begin; x < d_.paragraphs[p].tok_end; ++x) {
        if (!in_quote_[x] && Ent(x) == q.speaker) return q.speaker;
      }
    }
    // "X released a statement Monday." or "X wrote:" in the paragraph right
    // before the quotation's first: the statement's text follows.
    if (first == 0) return -1;
    bool named = false, announced = false;
    for (uint32_t x = d_.paragraphs[first - 1].tok_begin; x < d_.paragraphs[first - 1].tok_end;
         ++x) {
      if (in_quote_[x]) return -1;
      named = named || Ent(x) == q.speaker;
      announced = announced || In(d_.Lower(x), {"statement", "wrote", "tweeted", "posted"}) ||
                  (x + 1 == d_.paragraphs[first - 1].tok_end && d_.Text(x) == ":");
    }
    if (named && announced) return q.speaker;
    return -1;
  }
  return -1;
}

// The speaker when `k` is "I" (or "we", with `plural`) inside an attributed
// quotation whose speaker is a person; -1 when `k` is first person without
// such a speaker; -2 when `k` is no first-person pronoun in a quotation.
int RelationFinder::FirstPersonSubject(uint32_t k, bool plural) const {
  if (k >= in_quote_.size() || !in_quote_[k]) return -2;
  std::string_view w = d_.Lower(k);
  // "We've been endorsed by X," said by a person: the speaker's campaign;
  // said by a group, "we" is the group, which is no candidate.
  if (!IsI(w) && !(plural && IsWe(w))) return -2;
  // A bare "I" keeps endorse.passive's older reading: any speaker.
  if (w == "i") return SpeakerOf(k);
  return NamedSpeakerOf(k);
}

// The speaker when the object at `o` is "me" or "my campaign|candidacy|..."
// inside a quotation, the sentence asks nothing ("X endorsed me?") and the
// speaker is a person who is none of `endorsers`; else -1.
int RelationFinder::QuotedSpeakerObject(uint32_t o, uint32_t se,
                                        const std::vector<int>& endorsers) const {
  if (o >= se || !in_quote_[o]) return -1;
  std::string_view w = d_.Lower(o);
  if (!(w == "me" || (w == "my" && o + 1 < se && CandidacyNoun(d_.Lower(o + 1))))) return -1;
  for (uint32_t x = o; x < se; ++x) {
    if (d_.Text(x) == "?") return -1;
  }
  const int sp = NamedSpeakerOf(o);
  if (sp < 0) return -1;
  for (int e : endorsers) {
    if (e == sp) return -1;
  }
  return sp;
}

// The person of "said of Y" after the quotation holding `v`, before the end
// of its sentence (*found: the phrase is there); -1 when it names no person
// or `not_this` one.
int RelationFinder::SaidOfPerson(uint32_t v, int not_this, bool* found) const {
  *found = false;
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  uint32_t c = v;
  while (c < n && in_quote_[c]) ++c;
  for (uint32_t x = c; x + 1 < n && x < c + 16; ++x) {
    if (d_.tokens[x].kind == TokKind::kOpenQuote || d_.Text(x) == "." || in_quote_[x]) break;
    if (d_.Lower(x) == "of" && x > c &&
        In(d_.Lower(x - 1), {"said", "says", "added", "wrote", "tweeted"})) {
      *found = true;
      const uint32_t name = NameAfterTitles(x + 1, n);
      const int y = name < n ? Ent(name) : -1;
      return IsType(y, EntityType::kPerson) && y != not_this ? y : -1;
    }
  }
  return -1;
}

// "She endorsed Y," X said of Z; `"I watched Z speak," X said. "Where does
// she stand now? She endorsed Y."`: he or she opening the sentence (or the
// quotation) right before the endorsing verb at `t` inside X's quotation
// stands for the person of "said of Z", else for the only person other than
// X and Y that X's quoted words name earlier in the paragraph (words of
// another speaker there resolve nothing). Not "ask him why he endorsed Y"
// (no clause opening), nor a hedge.
void RelationFinder::QuotedPronounEndorser(uint32_t sb, uint32_t p, uint32_t t, uint32_t se,
                                           uint32_t s) {
  if (p < sb || !in_quote_[p] || !In(d_.Lower(p), {"he", "she"})) return;
  if (p > sb && d_.tokens[p - 1].kind != TokKind::kOpenQuote) return;
  if (HedgedBefore(sb, p + 1)) return;
  const int sp = NamedSpeakerOf(t);
  const int pos = ObjectPos(t + 1, se);
  if (sp < 0 || pos < 0 || !IsType(Ent(pos), EntityType::kPerson)) return;
  const std::vector<int> dst = Coordinated(static_cast<uint32_t>(pos), se);
  bool said_of = false;
  int src = SaidOfPerson(t, sp, &said_of);
  if (!said_of) {
    const uint32_t para = d_.sentences[d_.sentence_of[p]].para;
    for (uint32_t x = d_.paragraphs[para].tok_begin; x < p; ++x) {
      const int e = Ent(x);
      if (!in_quote_[x] || !IsType(e, EntityType::kPerson) || e == sp || e == src) continue;
      if (std::find(dst.begin(), dst.end(), e) != dst.end()) continue;
      if (SpeakerOf(x) != sp || src >= 0) return;
      src = e;
    }
  }
  for (int y : dst) {
    if (y != sp) Add("ENDORSES", src, y, s, "endorse.quoted_pronoun");
  }
}

// The person "him" or "his|her reelection|candidacy|..." at `v` stands for in
// the speaker `src`'s own endorsement ("I endorse his reelection"): the
// person of "said of Y" after the quotation, else the only other person the
// sentence names before the verb inside the quotation ("I like Y, and I
// endorse him"), else the only other person the speaker's quoted words in
// the previous sentence name ("Y has fought for us. I endorse him.", also
// `"Y has the experience," X said. "I endorse her."`); -1 when the
// quotation does not say who (the antecedent outside it is left alone).
int RelationFinder::SpeakerPronounEndorsee(uint32_t sb, uint32_t t, uint32_t v, uint32_t se,
                                           int src) const {
  if (v >= se || !in_quote_[v]) return -1;
  std::string_view w = d_.Lower(v);
  // Also a subject "he|she" ("She has my full support," endorsement_held_support.cc).
  const bool object = w == "him" || w == "he" || w == "she" ||
                      (w == "her" && (v + 1 >= se || !CandidacyNoun(d_.Lower(v + 1))));
  const bool possessive = In(w, {"his", "her"}) && v + 1 < se &&
                          (CandidacyNoun(d_.Lower(v + 1)) || d_.Lower(v + 1) == "nomination");
  if (!object && !possessive) return -1;
  // The only person other than `src` in tokens [b, e) inside the quotation;
  // -1 for none or several.
  auto only_person = [&](uint32_t b, uint32_t e) {
    int found = -1;
    for (uint32_t x = b; x < e; ++x) {
      const int p = Ent(x);
      if (!in_quote_[x] || !IsType(p, EntityType::kPerson) || p == src || p == found) continue;
      if (found >= 0) return -2;
      found = p;
    }
    return found;
  };
  bool said_of = false;
  const int of = SaidOfPerson(v, src, &said_of);
  if (said_of) return of;
  int y = only_person(sb, t);
  if (y >= 0) return y;
  if (y == -2) return -1;
  // The previous sentence, when its quoted words are the same speaker's
  // (the quotation ran through it, or an earlier quotation of the speaker:
  // `"Y has the experience," X said. "That is why I endorse her."`).
  const uint32_t s = d_.sentence_of[t];
  if (s == 0) return -1;
  const uint32_t pb = d_.sentences[s - 1].tok_begin;
  bool quoted = false;
  for (uint32_t x = pb; x < sb; ++x) {
    if (!in_quote_[x] || d_.tokens[x].kind != TokKind::kWord) continue;
    if (SpeakerOf(x) != src) return -1;
    quoted = true;
  }
  if (!quoted) return -1;
  y = only_person(pb, sb);
  return y >= 0 ? y : -1;
}

// "I strongly support Y, strongly endorse his reelection", "I support and
// endorse Y": when `conj` ("and" or a comma) right before an endorsing verb
// closes a short first verb phrase of "I" (a verb of backing or liking and at
// most a name), the token after that "I"; else 0.
uint32_t RelationFinder::CoordinatedSpeakerVerb(uint32_t sb, uint32_t conj) const {
  if (conj <= sb || !in_quote_[conj] || !In(d_.Text(conj), {"and", ","})) return 0;
  for (uint32_t x = conj; x > sb && x + 10 > conj; --x) {
    const uint32_t verb = x - 1;
    if (!In(d_.Lower(verb), {"support", "back", "like", "love", "respect", "admire", "trust"}))
      continue;
    uint32_t k = verb;
    while (k > sb && In(d_.Lower(k - 1), {"strongly", "fully", "really", "very", "much",
                                          "wholeheartedly", "enthusiastically", "also"}))
      --k;
    if (k == sb || d_.Lower(k - 1) != "i" || !in_quote_[k - 1]) return 0;
    if (k - 1 > sb && In(d_.Lower(k - 2), {"if", "whether", "unless", "when", "not"})) return 0;
    // Between the first verb and the conjunction only a name with its
    // titles (or nothing: "I support and endorse Y").
    for (uint32_t y = verb + 1; y < conj; ++y) {
      if (Ent(y) < 0 && m_.title_at[y] < 0 && !(y + 1 == conj && d_.Text(y) == ",")) return 0;
    }
    return k;
  }
  return 0;
}

// Agents repeated with their preposition after the one at `pos`: "endorsed
// by A, by B, and by C" (Coordinated reads only "A, B and C").
std::vector<int> RelationFinder::RepeatedAgents(uint32_t pos, uint32_t se) const {
  std::vector<int> out;
  uint32_t k = MentionEnd(pos);
  while (k + 1 < se) {
    uint32_t b = k;
    if (d_.Text(b) == ",") ++b;
    if (b < se && d_.Lower(b) == "and") ++b;
    if (b == k || b >= se || d_.Lower(b) != "by") break;
    uint32_t a = b + 1;
    if (a < se && d_.Lower(a) == "the") ++a;
    if (a >= se) break;
    // Titles before the name ("by Gov. A").
    const uint32_t name = NameAfterTitles(a, se);
    if (name >= se) break;
    const int e = Ent(name);
    if (!IsType(e, EntityType::kPerson) && !IsType(e, EntityType::kOrganization)) break;
    out.push_back(e);
    k = MentionEnd(name);
  }
  return out;
}

}  // namespace kg::extract::internal
