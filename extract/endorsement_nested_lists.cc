// A list of endorsers with a titled pair inside it: "Gov. A and Sens. B and
// C endorsed Y", "Sens. A and B, and Gov. C endorsed Y", "Rep. A, Sens. B
// and C and Gov. D". A plural title ("Sens.", "Govs.", "Senators") heads
// the inner pair, so its "and" does not end the outer list (a helper of
// Subjects in endorsement_clauses.cc, which otherwise takes one "and").
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// Whether the words right before `t` (the first token of a name) are a
// title phrase whose last word is a plural title of office: "Sens.",
// "Reps.", "Govs.", "Senators", "Mayors" ("California Sens." too).
bool RelationFinder::PluralTitleBefore(uint32_t sb, uint32_t t) const {
  if (t <= sb) return false;
  uint32_t k = t - 1;
  if (d_.Text(k) == "." && k > sb) --k;
  if (m_.title_at[k] < 0) return false;
  std::string_view w = d_.Lower(k);
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return In(w, {"sens", "reps", "govs", "senators", "representatives", "governors", "mayors",
                "congressmen", "congresswomen", "ambassadors", "lawmakers"});
}

// Whether the name that ends right before the "and" at `a` opens a titled
// pair: "Sens. A and B, and Gov. C" (at the first "and": A is after
// "Sens."), the name's home state passed over ("Govs. A of Ohio and B").
bool RelationFinder::PluralTitledBefore(uint32_t sb, uint32_t a) const {
  const uint32_t e = SkipNameTail(sb, PartyTagTail(sb, a));
  if (e <= sb || !MentionEndsAt(e) || !IsType(Ent(e - 1), EntityType::kPerson)) return false;
  return PluralTitleBefore(sb, MentionBegin(e - 1));
}

// Whether a list whose first name's phrase begins at `b` opens its clause:
// at the sentence start, after punctuation or a clause word ("Meanwhile,
// Gov. A and ...", "while Sens. A and B ..."), a place before its title
// passed over ("California Gov. A and ..."); not after a verb ("Voters met
// Sens. A and B and Gov. C endorsed Y" is two clauses).
bool RelationFinder::ListOpensClause(uint32_t sb, uint32_t b) const {
  uint32_t k = b;
  while (k > sb && k + 3 > b && d_.tokens[k - 1].cap && d_.Has(k - 1, kPlaceWord) && Ent(k - 1) < 0)
    --k;
  if (k == sb) return true;
  const Token& p = d_.tokens[k - 1];
  if (p.kind == TokKind::kPunct) return !In(d_.Text(k - 1), {"'", "\xe2\x80\x99"});
  return In(d_.Lower(k - 1), {"and", "but", "while", "as", "when", "after", "because", "since",
                              "though", "although", "so", "then", "also", "meanwhile", "now"});
}

}  // namespace kg::extract::internal
