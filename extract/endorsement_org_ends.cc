// Organisation ends an endorsement names without their name
// (RelationFinder helpers for endorsement_nouns.cc and endorsement_ends.cc):
// news writing names a union or group once and then says what it holds
// with a verb and a particle ("Y has locked in the endorsement of X").
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// "Y has locked in|up the endorsement of X", "Y all but sewed up the
// backing of X": a verb and particle at `p` that mean Y secured it. Returns
// the token to stand for the receiving verb (through "all but", which says
// Y has it in hand: the subject search then starts before it), or 0.
uint32_t RelationFinder::PhrasalReceive(uint32_t sb, uint32_t p) const {
  if (p < sb + 2 || in_quote_[p] || !In(d_.Lower(p), {"in", "up"})) return 0;
  if (!In(d_.Lower(p - 1),
          {"locked", "locks", "locking", "sewed", "sewn", "sews", "wrapped", "wraps"}))
    return 0;
  uint32_t v = p - 1;
  if (v >= sb + 2 && d_.Lower(v - 1) == "but" && d_.Lower(v - 2) == "all") v -= 2;
  if (HedgedBefore(sb, v)) return 0;
  return v;
}

}  // namespace kg::extract::internal
