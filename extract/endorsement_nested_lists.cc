// Lists of endorsers that Subjects (endorsement_subject_lists.cc) would cut at
// their first inner boundary. A list with a titled pair inside it: "Gov. A
// and Sens. B and C endorsed Y", "Sens. A and B, and Gov. C endorsed Y",
// "Rep. A, Sens. B and C and Gov. D": a plural title ("Sens.", "Govs.",
// "Senators") heads the inner pair, so its "and" does not end the outer
// list. And a list with an accompaniment phrase between commas: "A, as well
// as B, endorsed Y", "A and B, along with C and D, endorsed Y".
#include <string_view>
#include <vector>

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

// The first token after the titles, "the" and "former" that open a listed
// name at `k` ("Sen. A", "the B", "former Gov. C"), stopping at `limit`.
uint32_t RelationFinder::NameAfterTitles(uint32_t k, uint32_t limit) const {
  while (k < limit && (m_.title_at[k] >= 0 || In(d_.Lower(k), {"the", "former"}))) ++k;
  return k;
}

// "A, as well as B and C, endorsed Y": when the comma before `t` closes an
// accompaniment phrase ("as well as", "along with", "together with") that
// follows a comma and holds only names (with titles), appends its names to
// `names` and returns the comma that opens it, where the list it
// accompanies ends; else returns `t`.
uint32_t RelationFinder::AccompanimentBefore(uint32_t sb, uint32_t t,
                                             std::vector<int>* names) const {
  if (t < sb + 5 || d_.Text(t - 1) != "," || Ent(t - 2) < 0) return t;
  for (uint32_t k = t - 1; k > sb + 2 && k + 24 > t; --k) {
    uint32_t open = 0;
    if (d_.Lower(k - 1) == "as" && k >= sb + 4 && d_.Lower(k - 2) == "well" &&
        d_.Lower(k - 3) == "as")
      open = k - 3;
    else if (d_.Lower(k - 1) == "with" && In(d_.Lower(k - 2), {"along", "together"}))
      open = k - 2;
    if (open == 0) {
      if (in_quote_[k - 1] || In(d_.Text(k - 1), {";", ":", "(", ")"}) ||
          (d_.tokens[k - 1].kind == TokKind::kWord && !d_.tokens[k - 1].cap && Ent(k - 1) < 0 &&
           m_.title_at[k - 1] < 0 && !In(d_.Lower(k - 1), {"and", "the", "former"})))
        return t;
      continue;
    }
    if (open <= sb + 1 || d_.Text(open - 1) != "," || Ent(open - 2) < 0) return t;
    const uint32_t first = NameAfterTitles(k, t - 2);
    if (Ent(first) < 0 || MentionBegin(first) != first) return t;
    const std::vector<int> list = Coordinated(first, t - 1, /*subject_phrase=*/true);
    if (list.empty() || list.back() != Ent(t - 2)) return t;
    names->insert(names->end(), list.begin(), list.end());
    return open - 1;
  }
  return t;
}

}  // namespace kg::extract::internal
