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

}  // namespace kg::extract::internal
