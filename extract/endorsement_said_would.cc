// A reported pledge of backing (RelationFinder::SaidWouldEndorse,
// endorse.said_would): "X said he would back Y", "X told POLITICO he would
// support Y", "X announced she is suspending her campaign and would endorse
// Y". "would" and "will" hedge a bare verb ("X would back Y if ..."), but
// after a speech verb whose subject the pronoun repeats they report what X
// declared. Only a named speaker next to the speech verb, a pronoun of its
// kind, a person named right after the verb, and no condition in the rest
// of the sentence ("if he wins the nomination", "whoever the nominee is",
// "the eventual nominee"); "back" and "support" only in an election
// sentence or article ("said he would support the bill" names no person
// anyway, "would support Y's plan" is the plan's).
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The speaker whose pledge the modal at `m` ("would", "will") reports: "X
// said (that) he would", "X told POLITICO she will", "X announced she is
// suspending her campaign and would"; -1 otherwise.
int RelationFinder::SaidWouldSubject(uint32_t sb, uint32_t m) const {
  uint32_t p = m;
  // "she is suspending her campaign and would endorse Y": back over a
  // short coordinated predicate to the pronoun.
  if (p > sb + 2 && d_.Lower(p - 1) == "and") {
    uint32_t q = p - 1;
    while (q > sb && q + 10 > p && Ent(q - 1) < 0 && d_.tokens[q - 1].kind == TokKind::kWord &&
           !In(d_.Lower(q - 1), {"he", "she", "it"}))
      --q;
    if (q <= sb || !In(d_.Lower(q - 1), {"he", "she", "it"}) || q + 1 >= p ||
        !In(d_.Lower(q), {"is", "was", "has", "had"}))
      return -1;
    p = q;
  }
  // "he also would back Y": an adverb before the modal.
  if (p > sb + 3 && In(d_.Lower(p - 1), {"also", "now", "still", "soon"})) --p;
  if (p < sb + 3 || !In(d_.Lower(p - 1), {"he", "she", "it"}) || in_quote_[p - 1]) return -1;
  const std::string_view pronoun = d_.Lower(p - 1);
  uint32_t v = p - 1;
  if (d_.Lower(v - 1) == "that") --v;
  // "said Monday (that) he would", "said in a statement he would": a time
  // or medium phrase after the speech verb (SpeechAdjunctStart).
  v = SpeechAdjunctStart(sb, v);
  // "told POLITICO", "told reporters": past the hearer.
  uint32_t told = v;
  if (MentionEndsAt(v) && IsType(Ent(v - 1), EntityType::kOrganization))
    told = MentionBegin(v - 1);
  else if (In(d_.Lower(v - 1), {"reporters", "supporters", "journalists"}))
    told = v - 1;
  if (told < v && told > sb && d_.Lower(told - 1) == "told") {
    v = told - 1;
  } else if (v > sb &&
             In(d_.Lower(v - 1), {"said", "says", "announced", "announces", "confirmed", "declared",
                                  "added", "wrote", "tweeted", "signaled", "signalled", "signals",
                                  "indicated", "indicates", "pledged", "promised", "vowed"})) {
    --v;
  } else {
    return -1;
  }
  if (in_quote_[v] || HedgedBefore(sb, v)) return -1;
  // The speaker is named next to the verb, or before an apposition or
  // relative closed by a comma; not a pronoun or a description.
  uint32_t n = v;
  while (n > sb && SkippableBeforeVerb(n - 1)) --n;
  if (n == sb) return -1;
  int x = -1;
  if (MentionEndsAt(SkipNameTail(sb, n))) {
    x = SubjectOf(sb, v, false);
  } else if (d_.Text(n - 1) == "," || d_.Lower(n - 1) == "who") {
    x = SubjectOf(sb, v, false);
    if (x < 0 && d_.Text(n - 1) == ",") x = SubjectOf(sb, v, true);
  }
  if (x < 0) return -1;
  const bool person = IsType(x, EntityType::kPerson);
  if ((pronoun == "it") == person) return -1;
  // "Tom Jones said she would": the pronoun must fit the speaker's sex.
  if (person) {
    const EntityInfo& info = m_.entities[static_cast<size_t>(x)];
    const Gender want = pronoun == "he" ? Gender::kMale : Gender::kFemale;
    if (info.gender != Gender::kUnknown && info.gender != want && !info.unisex) return -1;
  }
  return x;
}

// Where a time or medium phrase that ends right before `v` starts, after a
// speech verb: "said Monday", "said on Monday", "said Tuesday night", "said
// last week", "said in a statement|an interview|a video|a tweet"; `v` when
// there is none.
uint32_t RelationFinder::SpeechAdjunctStart(uint32_t sb, uint32_t v) const {
  uint32_t a = v;
  if (a > sb + 1 && In(d_.Lower(a - 1), {"night", "morning", "afternoon", "evening"}) &&
      d_.Has(a - 2, kMonthOrDay))
    --a;
  if (a > sb + 1 && d_.Has(a - 1, kMonthOrDay)) {
    --a;
    if (a > sb + 1 && d_.Lower(a - 1) == "on") --a;
    return a;
  }
  if (a > sb + 2 && In(d_.Lower(a - 1), {"week", "month", "year", "weekend"}) &&
      In(d_.Lower(a - 2), {"last", "this"}))
    return a - 2;
  if (a > sb + 3 &&
      In(d_.Lower(a - 1),
         {"statement", "interview", "video", "tweet", "letter", "post", "release", "email"}) &&
      In(d_.Lower(a - 2), {"a", "an"}) && d_.Lower(a - 3) == "in")
    return a - 3;
  return v;
}

// The modal "would|will" before the verb at `v` past manner adverbs, quoted
// or not ("would wholeheartedly support", 'would "strongly" back'); `v`
// itself when there is none. Not past an adverb that hedges ("would likely
// back", "would eventually endorse") or denies ("would hardly support").
uint32_t RelationFinder::ModalBefore(uint32_t sb, uint32_t v) const {
  uint32_t m = v;
  while (m > sb && m + 4 > v) {
    const TokKind kind = d_.tokens[m - 1].kind;
    const std::string_view a = d_.Lower(m - 1);
    if (In(a, {"would", "will"})) return m - 1;
    const bool mark =
        (kind == TokKind::kOpenQuote || kind == TokKind::kCloseQuote) && !in_quote_[m - 1];
    const bool adverb = kind == TokKind::kWord && !d_.tokens[m - 1].cap && a.size() > 4 &&
                        a.ends_with("ly") && !in_quote_[m - 1] &&
                        !In(a, {"likely", "unlikely", "probably", "possibly", "eventually",
                                "ultimately", "hardly", "scarcely", "barely", "potentially",
                                "presumably", "conceivably", "theoretically", "only"});
    if (!mark && !adverb) return v;
    --m;
  }
  return v;
}

bool RelationFinder::SaidWouldEndorse(uint32_t sb, uint32_t se, uint32_t s, uint32_t t,
                                      bool election) {
  const std::string_view w = d_.Lower(t);
  // "X said he would be backing Y": the modal before "be" and a participle.
  const bool be_ing = w.ends_with("ing");
  if (be_ing && (t < sb + 5 || d_.Lower(t - 1) != "be")) return false;
  const uint32_t m = be_ing ? t - 2 : ModalBefore(sb, t);
  if (t < sb + 4 || !In(d_.Lower(m), {"would", "will"}) || in_quote_[t]) return false;
  if (!w.starts_with("endors") && !election && !ElectionArticle()) return false;
  // A condition anywhere after the verb: no pledge yet.
  for (uint32_t k = t + 1; k < se; ++k) {
    if (In(d_.Lower(k), {"if", "unless", "whoever", "eventual", "should", "once", "whether"}))
      return false;
  }
  const int x = SaidWouldSubject(sb, m);
  if (x < 0) return false;
  const uint32_t o = CandidateStart(t + 1, se, !w.starts_with("support"));
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o || Ent(o) == x)
    return false;
  const uint32_t after = MentionEnd(o);
  if (after < se && d_.tokens[after].kind == TokKind::kPossessive && !CandidacyAfter(after, se))
    return false;  // "would support Y's plan"
  Add("ENDORSES", x, Ent(o), s, "endorse.said_would");
  return true;
}

}  // namespace kg::extract::internal
