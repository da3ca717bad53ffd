// The subject of "went on to endorse Y" when it is a description opening a
// clause whose first predicate comes before (relations.cc): "In 2016, the
// senator accepted defeat after the primary, and went on to endorse Y" is
// the senator's, resolved as statement speakers' descriptions are
// (DescribedPerson: the one person the article gave that office). Only a
// coordinated predicate: no name, pronoun or other clause between the
// description and "and went".
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

int RelationFinder::DescribedCoordinatedSubject(uint32_t sb, uint32_t v) const {
  // "and went", "and then went", "and later went".
  uint32_t a = v;
  while (a > sb && In(d_.Lower(a - 1), {"then", "later", "eventually", "ultimately"})) --a;
  if (a <= sb + 1 || d_.Lower(a - 1) != "and") return -1;
  // The clause opens the sentence or follows an introductory phrase ("In
  // 2016,"): "the" there, a description ending before a lower-case verb.
  uint32_t c = sb;
  if (!d_.IsWord(c, "the")) {
    while (c < a && c < sb + 6 && d_.Text(c) != ",") ++c;
    if (c >= a || d_.Text(c) != ",") return -1;
    ++c;
  }
  if (!d_.IsWord(c, "the") || in_quote_[c]) return -1;
  uint32_t end = 0;
  const int x = DescribedPerson(c, {}, false, &end);
  if (x < 0 || end >= a || d_.tokens[end].kind != TokKind::kWord || d_.tokens[end].cap ||
      In(d_.Lower(end), {"who", "which", "that", "and", "of"}))
    return -1;
  for (uint32_t k = end; k + 1 < a; ++k) {
    if (in_quote_[k] || Ent(k) >= 0 || d_.Text(k) == ";" ||
        In(d_.Lower(k), {"he", "she", "they", "who", "which", "that", "it"}))
      return -1;
  }
  return x;
}

}  // namespace kg::extract::internal
