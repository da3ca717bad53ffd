// The holder of a title named after it in an apposition: "the chairman of
// the Y, Rep. X, D-Calif., said", "A spokesman for the Y, X, declined",
// "the head of the Y, Marine Gen. X, was sworn in" (roles.cc reads the title
// and its organisation; this finds the name).
#include <string_view>

#include "extract/mention_finder.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The person named in the apposition that opens at the comma `c`, else -1:
// up to four courtesy or rank titles ("Rep.", "Sen.", "Vice Adm."), party,
// place or nationality words ("Tennessee Republican Sen. X", "Democratic
// Representative X", "Marine Gen. X") before the name, and after it a
// punctuation mark, a home place ("X of Iowa,") or the sentence's end.
int RoleRules::AppositionHolder(uint32_t c, uint32_t se) const {
  if (c + 1 >= se || d_.Text(c) != ",") return -1;
  uint32_t w = c + 1;
  while (w < se && w < c + 5 && Ent(w) < 0 && d_.tokens[w].kind == TokKind::kWord &&
         d_.tokens[w].cap &&
         ((TitleAt(w) >= 0 && !d_.Has(w, kOrgHead)) || d_.Has(w, kPlaceWord) ||
          mention_internal::PartyWord(d_.Lower(w)) ||
          mention_internal::LooksNational(d_.Lower(w)) || In(d_.Lower(w), {"vice", "marine"}))) {
    const int ti = TitleAt(w);
    w = ti >= 0 ? m_.titles[ti].tok_end : w + 1;
  }
  if (w >= se || !IsType(Ent(w), EntityType::kPerson) || MentionBegin(w) != w) return -1;
  uint32_t pe = MentionEnd(w);
  // "a professor at the University of California, Santa Barbara": a place
  // taken for a name.
  bool place = true;
  for (uint32_t k = w; k < pe && place; ++k) place = d_.Has(k, kPlaceWord);
  if (place) return -1;
  // "..., X of Iowa, have": a home place after the name.
  if (pe + 2 < se && d_.Lower(pe) == "of" && d_.tokens[pe + 1].cap && Ent(pe + 1) < 0) {
    uint32_t q = pe + 1;
    while (q < se && q < pe + 4 && d_.tokens[q].cap && Ent(q) < 0) ++q;
    if (q < se && d_.Text(q) == ",") pe = q;
  }
  return pe >= se || d_.tokens[pe].kind == TokKind::kPunct ? Ent(w) : -1;
}

// Whether the title starting at `tb` is in a list of appositions or a
// clause rather than opening a noun phrase of its own: "Rep. A, D-Texas, the
// chair of Y, Rep. B, ..." (the title is A's), "A, who serves as a co-chair
// of Y, B and C", "as an analyst for Y, X" (a role the sentence may date).
bool RoleRules::ListedOrClause(uint32_t sb, uint32_t tb) const {
  uint32_t k = tb;
  while (k > sb && k + 4 > tb && !In(d_.Lower(k - 1), {"the", "a", "an", "one"}) &&
         d_.tokens[k - 1].kind == TokKind::kWord)
    --k;
  if (k > sb && In(d_.Lower(k - 1), {"the", "a", "an", "one"})) --k;
  if (k == sb) return false;
  // "as well as a vice president of Y, X" lists another person.
  if (d_.IsWord(k - 1, "as")) return !(k > sb + 1 && d_.IsWord(k - 2, "well"));
  return d_.Text(k - 1) == "," && PersonBeforeComma(sb, k - 1) >= 0;
}

}  // namespace kg::extract::internal
