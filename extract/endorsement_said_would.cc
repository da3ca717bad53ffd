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
  if (p < sb + 3 || !In(d_.Lower(p - 1), {"he", "she", "it"}) || in_quote_[p - 1]) return -1;
  const std::string_view pronoun = d_.Lower(p - 1);
  uint32_t v = p - 1;
  if (d_.Lower(v - 1) == "that") --v;
  // "told POLITICO", "told reporters": past the hearer.
  uint32_t told = v;
  if (MentionEndsAt(v) && IsType(Ent(v - 1), EntityType::kOrganization))
    told = MentionBegin(v - 1);
  else if (In(d_.Lower(v - 1), {"reporters", "supporters", "journalists"}))
    told = v - 1;
  if (told < v && told > sb && d_.Lower(told - 1) == "told") {
    v = told - 1;
  } else if (v > sb && In(d_.Lower(v - 1), {"said", "says", "announced", "announces", "confirmed",
                                            "declared", "added", "wrote", "tweeted"})) {
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

bool RelationFinder::SaidWouldEndorse(uint32_t sb, uint32_t se, uint32_t s, uint32_t t,
                                      bool election) {
  const std::string_view w = d_.Lower(t);
  if (t < sb + 4 || !In(d_.Lower(t - 1), {"would", "will"}) || in_quote_[t]) return false;
  if (w != "endorse" && !election && !ElectionArticle()) return false;
  // A condition anywhere after the verb: no pledge yet.
  for (uint32_t k = t + 1; k < se; ++k) {
    if (In(d_.Lower(k), {"if", "unless", "whoever", "eventual", "should", "once", "whether"}))
      return false;
  }
  const int x = SaidWouldSubject(sb, t - 1);
  if (x < 0) return false;
  const uint32_t o = CandidateStart(t + 1, se, w != "support");
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o || Ent(o) == x)
    return false;
  const uint32_t after = MentionEnd(o);
  if (after < se && d_.tokens[after].kind == TokKind::kPossessive && !CandidacyAfter(after, se))
    return false;  // "would support Y's plan"
  Add("ENDORSES", x, Ent(o), s, "endorse.said_would");
  return true;
}

}  // namespace kg::extract::internal
