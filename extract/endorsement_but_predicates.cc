// The subject of an endorsing verb in a second predicate after "but|and"
// whose first predicate has its own named object (stop 30's battery): "X
// praised Z but endorsed Y", "X criticized Z's plan but backed Y". The
// clause search (SubjectBefore) stops at "but", and "and" clauses with a
// person inside are left to it, so the person opening the sentence (titles
// allowed, after "But|And|Still") is taken when a finite verb follows the
// name and nothing between that verb and "but|and" opens a clause (no
// relative pronoun, conjunction, quotation or punctuation but one comma
// before "but"). -1 otherwise.
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

int RelationFinder::ButPredicateSubject(uint32_t sb, uint32_t v) const {
  uint32_t c = v;
  while (c > sb && SkippableBeforeVerb(c - 1)) --c;
  if (c < sb + 5 || !In(d_.Lower(c - 1), {"but", "and"}) || in_quote_[c - 1]) return -1;
  uint32_t end = c - 1;  // the coordinator
  if (d_.Text(end - 1) == ",") --end;
  uint32_t b = sb;
  if (In(d_.Lower(b), {"but", "and", "still"})) ++b;
  while (b < end && Ent(b) < 0 && (m_.title_at[b] >= 0 || d_.Lower(b) == "the")) ++b;
  if (b >= end || Ent(b) < 0 || MentionBegin(b) != b) return -1;
  const int x = Ent(b);
  if (!IsType(x, EntityType::kPerson) && !IsType(x, EntityType::kOrganization)) return -1;
  uint32_t k = MentionEnd(b);
  while (k < end && SkippableBeforeVerb(k)) ++k;
  const std::string_view verb = d_.Lower(k);
  if (k >= end || d_.tokens[k].kind != TokKind::kWord || d_.tokens[k].cap ||
      !(verb.ends_with("ed") || IsVerbLike(verb) || In(verb, {"won", "met", "spoke", "took"})))
    return -1;
  if (end > k + 16) return -1;
  for (uint32_t a = k + 1; a < end; ++a) {
    if (in_quote_[a] || In(d_.Lower(a), {"who", "whom", "which", "that", "and", "but", "or",
                                         "while", "when", "because", "if"}))
      return -1;
    if (d_.tokens[a].kind == TokKind::kPunct && d_.tokens[a].kind != TokKind::kPossessive)
      return -1;
  }
  return x;
}

}  // namespace kg::extract::internal
