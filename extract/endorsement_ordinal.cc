// An ordinal description that opens the sentence (RelationFinder helper for
// FirstToEndorse, endorsement_ends.cc): "The first member of Congress to
// endorse Y, X became ...", "As one of the first governors to back Y, X's
// standing rose". News profiles of early endorsers put the description first
// and the person after its comma, where the apposition rules ("X, the first
// senator to endorse Y") do not look.
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

int RelationFinder::FrontedOrdinalSubject(uint32_t to) const {
  const uint32_t se = d_.sentences[d_.sentence_of[to]].tok_end;
  uint32_t limit = to + 16;
  for (uint32_t c = to + 2; c < se && c < limit; ++c) {
    // "to endorse Y (D-Ohio) for president, X's": past a party tag.
    if (const uint32_t tag = MentionEndsAt(c) ? TagEnd(c, se) : c; tag > c) {
      limit += tag - c;
      c = tag - 1;
      continue;
    }
    if (in_quote_[c] || In(d_.Text(c), {";", ":", "(", "-", "--", "\xe2\x80\x94"})) return -1;
    if (d_.Text(c) != ",") continue;
    // "to endorse Y, who is running for governor, for president, X's":
    // past an aside after the object (relative_asides.cc).
    if (const uint32_t close = AsideEnd(c, se);
        close > 0 && close + 1 < se && !d_.tokens[close + 1].cap) {
      limit += close - c;
      c = close;
      continue;
    }
    // The person right after the comma, through titles ("Rep. X").
    uint32_t x = c + 1;
    while (x < se && Ent(x) < 0 && m_.title_at[x] >= 0) ++x;
    if (x >= se || !IsType(Ent(x), EntityType::kPerson) || MentionBegin(x) != x) return -1;
    // A verb or a possessive after the name ("X became", "X's future"); not
    // a list of objects ("to endorse A, B and C").
    const uint32_t after = MentionEnd(x);
    if (after >= se) return -1;
    if (d_.tokens[after].kind == TokKind::kPossessive) return Ent(x);
    if (d_.tokens[after].kind != TokKind::kWord || d_.tokens[after].cap ||
        In(d_.Lower(after), {"and", "or", "nor"}))
      return -1;
    return Ent(x);
  }
  return -1;
}

}  // namespace kg::extract::internal
