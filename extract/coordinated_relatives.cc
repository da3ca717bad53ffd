// A second relative clause coordinated with the first: "said Sheriff X, who
// led the effort to remove the protesters and who has endorsed Y", "X, who
// ran in 2016 but who has since backed Y". The second "who" follows "and" or
// "but", not the name, so RelativeHead (which looks for the name or a short
// description before "who") finds nothing; its head is the first relative's.
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The head of the relative clause that the "who" at `who` (after "and" or
// "but") is coordinated with: the first ", who" before it in the sentence,
// with no comma, semicolon, colon, dash or quotation mark in between (the
// first clause is one stretch of words: "who led the effort and who ...",
// not "who said, and who ..."), at most 30 tokens back. -1 otherwise.
int RelationSubjects::CoordinatedRelativeHead(uint32_t sb, uint32_t who) const {
  if (who < sb + 4 || !d_.IsWord(who, "who") || !In(d_.Lower(who - 1), {"and", "but"})) return -1;
  for (uint32_t k = who - 1; k > sb + 1 && k + 30 > who;) {
    --k;
    if (in_quote_[k]) return -1;
    if (d_.tokens[k].kind == TokKind::kPunct) return -1;
    if (!d_.IsWord(k, "who")) continue;
    return d_.Text(k - 1) == "," ? RelativeHead(sb, k + 1) : -1;
  }
  return -1;
}

}  // namespace kg::extract::internal
