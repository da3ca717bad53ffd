// Lead-ins of an endorsing verb that keep or own the endorsement (helpers of
// ActiveEndorser, endorsement_active.cc): "X will continue|keep endorsing
// Y" (the gerund after "continue", whose subject is the endorser, like "X
// continues to endorse Y"), and "X explained|defended her decision to
// endorse Y", where the possessive pronoun of "decision" is the subject's
// own. Only verbs by which one reports one's own decision count: "Z
// praised her decision to endorse Y" is someone else's, so the subject
// names no endorser there, and the pronoun's sex must not contradict it.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

bool RelationFinder::ContinuedGerund(uint32_t sb, uint32_t t) const {
  const std::string_view w = d_.Lower(t);
  return t > sb + 1 && w.ends_with("ing") && !in_quote_[t] &&
         In(d_.Lower(t - 1), {"continue", "continues", "continued", "continuing", "keep", "keeps",
                              "kept", "keeping"});
}

int RelationFinder::OwnDecisionSubject(uint32_t sb, uint32_t p) const {
  if (p <= sb + 1 || in_quote_[p]) return -1;
  const std::string_view pronoun = d_.Lower(p);
  if (!In(pronoun, {"his", "her", "its", "their"})) return -1;
  // The verb before the pronoun reports the subject's own decision.
  const uint32_t v = p - 1;
  if (!In(d_.Lower(v),
          {"explained", "explains",   "explaining", "defended",  "defends",   "defending",
           "announced", "announces",  "announcing", "justified", "justifies", "revealed",
           "reveals",   "described",  "describes",  "detailed",  "details",   "discussed",
           "discusses", "reaffirmed", "reaffirms"}) ||
      HedgedBefore(sb, v))
    return -1;
  const int x = SubjectOf(sb, v, false);
  if (x < 0) return -1;
  const Gender g = m_.entities[x].gender;
  if (IsType(x, EntityType::kPerson) &&
      ((pronoun == "her" && g == Gender::kMale) || (pronoun == "his" && g == Gender::kFemale) ||
       pronoun == "its"))
    return -1;
  if (IsType(x, EntityType::kOrganization) && In(pronoun, {"his", "her"})) return -1;
  return x;
}

// "X's speech endorsing Y", "said X in his speech endorsing Y": the owner
// of a medium that endorses (only "endorsing": "his statement backing Saudi
// Arabia" is a policy's). The possessor is a name, or "his|her" standing for
// the clause's first name (of that sex) or else the one person of that sex
// nearby; -1 when none.
int RelationFinder::MediumOwner(uint32_t sb, uint32_t t) const {
  if (d_.Lower(t) != "endorsing" || in_quote_[t]) return -1;
  uint32_t n = t;
  if (n > sb && In(d_.Lower(n - 1), {"formally", "publicly", "officially"})) --n;
  if (n <= sb + 1 ||
      !In(d_.Lower(n - 1), {"speech", "statement", "op-ed", "video", "letter", "tweet", "editorial",
                            "message", "announcement", "column", "remarks"}))
    return -1;
  uint32_t k = n - 1;
  // Up to two modifiers: "his well-received speech".
  while (k > sb && k + 3 > n && d_.tokens[k - 1].kind == TokKind::kWord && !d_.tokens[k - 1].cap &&
         Ent(k - 1) < 0 && !d_.Has(k - 1, kFunctionWord))
    --k;
  if (k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive && MentionEndsAt(k - 1))
    return Ent(k - 2);
  // "his|her" only where the owner delivers the medium ("said X in his
  // speech", "X gave her speech endorsing Y"): "Z praised his statement
  // endorsing Y" is someone else's.
  if (k <= sb + 1 || !In(d_.Lower(k - 1), {"his", "her"}) ||
      !In(d_.Lower(k - 2), {"in", "during", "at", "through", "gave", "delivered", "made", "posted",
                            "released", "issued", "published", "wrote", "tweeted"}))
    return -1;
  const Gender want = d_.Lower(k - 1) == "her" ? Gender::kFemale : Gender::kMale;
  const int y = ObjectAfter(t + 1, d_.sentences[d_.sentence_of[t]].tok_end);
  const int x = SubjectBefore(sb, k - 1);
  if (IsType(x, EntityType::kPerson) && x != y &&
      m_.entities[x].gender != (want == Gender::kMale ? Gender::kFemale : Gender::kMale))
    return x;
  return PronounReferent(k - 1, want, {y});
}

}  // namespace kg::extract::internal
