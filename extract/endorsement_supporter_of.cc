// "X was an early supporter of Y's presidential bid", "Despite X being an
// early backer of Y's candidacy", "X, a longtime supporter of Y's
// campaign": a supporter of a named candidacy endorses it. "Supporter" of a
// person alone is as often a voter's or a policy ally's word ("a staunch
// supporter of President Y", "a vocal supporter of school choice"), so the
// candidacy noun after the possessive (CandidacyAfter, endorsement_bids.cc)
// is required; the subject is a name right before the copula, a relative
// "who" after a name, or the name an apposition describes.
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

void RelationFinder::SupporterOfCandidacy(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  if (t + 3 >= se || d_.Lower(t + 1) != "of" || in_quote_[t]) return;
  uint32_t o = t + 2;
  if (TitleAt(o) >= 0) o = m_.titles[TitleAt(o)].tok_end;
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o || in_quote_[o])
    return;
  if (!CandidacyAfter(MentionEnd(o), se)) return;
  const int dst = Ent(o);
  // "an early|longtime|vocal supporter".
  const uint32_t k = AfterIndefiniteArticle(sb, t);
  if (k == 0) return;
  uint32_t v = k - 2;  // the copula, or the comma of an apposition
  int src = -1;
  if (d_.Text(v) == ",") {
    src = PersonBeforeComma(sb, v);
  } else if (In(d_.Lower(v), {"was", "is", "been", "being"})) {
    if (d_.Lower(v) == "been" && v > sb && In(d_.Lower(v - 1), {"has", "had", "have"})) --v;
    // "has never been", "was not": a denial.
    if (HedgedBefore(sb, v + 1) || v == sb) return;
    if (MentionEndsAt(v)) {
      src = Ent(v - 1);
    } else if (d_.IsWord(v - 1, "who")) {
      src = RelativeHead(sb, v);
    }
  }
  if (src < 0 || src == dst ||
      !(IsType(src, EntityType::kPerson) || IsType(src, EntityType::kOrganization)))
    return;
  Add("ENDORSES", src, dst, s, "endorse.backer");
}

}  // namespace kg::extract::internal
