// A pronoun that points ahead (a RelationFinder helper for SubjectOf,
// relation_subjects.cc): in a subordinate clause that opens the sentence,
// "Though she eventually threw her support behind Y, X also attacked him",
// "After he endorsed Y, X said ...", "he|she" is the person the main
// clause names right after the comma, not someone of an earlier sentence.
// Only when that person opens the main clause as its subject (a lower-case
// word, the verb or an adverb, follows the name) and is not of the other
// sex; a pronoun after the comma ("Because he was supporting his family,
// he had ...") leaves the pronoun to the usual resolver.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

int RelationSubjects::FrontedClausePronoun(uint32_t sb, uint32_t p) const {
  const std::string_view pronoun = d_.Lower(p);
  if (!In(pronoun, {"he", "she"}) || in_quote_[p] || p <= sb) return -1;
  uint32_t b = sb;
  if (b + 1 < p && d_.Lower(b) == "even" && d_.Lower(b + 1) == "though") ++b;
  if (b + 1 != p || !In(d_.Lower(b), {"though", "although", "after", "while", "when", "before",
                                      "since", "once", "though", "even"}))
    return -1;
  const uint32_t se = d_.sentences[d_.sentence_of[p]].tok_end;
  for (uint32_t c = p + 1; c + 2 < se && c < p + 30; ++c) {
    if (in_quote_[c] || In(d_.Text(c), {";", ":", ".", "(", "--", "\xe2\x80\x94"})) return -1;
    if (d_.Text(c) != ",") continue;
    uint32_t x = c + 1;
    while (x < se && x < c + 4 && Ent(x) < 0 && m_.title_at[x] >= 0) ++x;
    if (x >= se || !IsType(Ent(x), EntityType::kPerson) || MentionBegin(x) > c + 4) return -1;
    const uint32_t after = MentionEnd(x);
    if (after >= se || d_.tokens[after].kind != TokKind::kWord || d_.tokens[after].cap) return -1;
    const Gender g = m_.entities[Ent(x)].gender;
    if ((pronoun == "he" && g == Gender::kFemale) || (pronoun == "she" && g == Gender::kMale))
      return -1;
    return Ent(x);
  }
  return -1;
}

}  // namespace kg::extract::internal
