// Who "is supporting" a candidate when something stands between the name and
// the verb (stop 25): a party tag ("X, D-Ill., is supporting Y") or a
// comma-closed description of an official ("University President X, a close
// ally of the governor, is supporting Y"). SupportsCandidate
// (endorsement_cues.cc) wants the supporter named right before the verb,
// since "she says she supports Y" is as often a voter's answer; a voter is
// often described too ("X, 63, a retired teacher, is supporting Y"), so the
// description counts only for a person with a title or a party tag.
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// Whether a title stands before or inside the person mention ending at `e`
// ("Sen. X", "Liberty University President X").
bool RelationFinder::TitledPersonEndsAt(uint32_t sb, uint32_t e) const {
  if (!MentionEndsAt(e) || !IsType(Ent(e - 1), EntityType::kPerson)) return false;
  const uint32_t b = MentionBegin(e - 1);
  for (uint32_t k = b > sb + 2 ? b - 2 : sb; k < e; ++k) {
    if (TitleAt(k) >= 0) return true;
  }
  return false;
}

// The comma before the verb group at `p` closes a party tag ("X, D-Ill.,")
// or a description of a titled person ("President X, a close ally of Z and
// a leading evangelical,"): the person, else -1. The description opens with
// a lower-case word, holds at most 14 words and no name, number, verb,
// quotation or clause word.
int RelationFinder::DescribedSupporterBefore(uint32_t sb, uint32_t p) const {
  if (p < sb + 4 || d_.Text(p - 1) != ",") return -1;
  const uint32_t tag = PartyTagTail(sb, p);
  if (tag < p && MentionEndsAt(tag) && IsType(Ent(tag - 1), EntityType::kPerson))
    return Ent(tag - 1);
  for (uint32_t k = p - 1; k > sb + 1 && k + 16 > p; --k) {
    const uint32_t w = k - 1;
    if (d_.Text(w) == ",") {
      const bool opens = d_.tokens[k].kind == TokKind::kWord && !d_.tokens[k].cap;
      return opens && k + 1 < p - 1 && TitledPersonEndsAt(sb, w) ? Ent(w - 1) : -1;
    }
    if (in_quote_[w] || d_.tokens[w].kind == TokKind::kNumber ||
        (d_.tokens[w].kind == TokKind::kPunct && d_.Text(w) != "-") ||
        (Ent(w) >= 0 && IsType(Ent(w), EntityType::kPerson)) || IsVerbLike(d_.Lower(w)) ||
        In(d_.Lower(w), {"who", "which", "that", "said", "says", "voter", "voters", "resident",
                         "residents", "retired", "student"}))
      return -1;
  }
  return -1;
}

}  // namespace kg::extract::internal
