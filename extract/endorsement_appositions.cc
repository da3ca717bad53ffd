// Endorsements stated in an apposition whose description is not one of the
// candidate nouns the passive and backer rules know: "Y, a law professor
// backed by X" (a reduced relative on any description of a person) and "X,
// an early backer of Y" (the backer noun with its candidate after "of").
// Kept apart from relations.cc and endorsement_cues.cc, which are near their
// size limit.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// "Y, the former Detroit health commissioner endorsed by X": the person Y
// whose apposition ends right before the participle at `t`; -1 otherwise.
// The description opens with a|an|the after the comma that closes Y and
// holds up to six words, none of them a name, a function word or a verb
// ("Y, a man who ..." and "Y, a friend of Z endorsed by X" give nothing).
// Only in a story about a race: outside one "a doctor endorsed by the
// association" is a professional endorsement, no candidacy. The endorser is
// the agent alone: in "soared past Y, the commissioner endorsed by X, and Z,
// a chemist" the comma after X continues the outer list, so coordinated
// agents are not taken (relations.cc).
int RelationFinder::DescribedPassiveHead(uint32_t sb, uint32_t t, uint32_t by, uint32_t se,
                                         bool election) const {
  if (t < sb + 4 || !(election || ElectionArticle())) return -1;
  // "an archconservative backed by Z's former adviser, X": the agent is a
  // possessive, and the person it modifies is no entity the passive found.
  uint32_t a = by + 1;
  while (a < se && a < by + 6 && Ent(a) < 0) ++a;
  if (a >= se || Ent(a) < 0) return -1;
  if (MentionEnd(a) < se && d_.tokens[MentionEnd(a)].kind == TokKind::kPossessive) return -1;
  a = t;
  while (a > sb && a + 6 > t && d_.tokens[a - 1].kind == TokKind::kWord && Ent(a - 1) < 0 &&
         !d_.Has(a - 1, kFunctionWord) && !IsVerbLike(d_.Lower(a - 1)))
    --a;
  // The head noun is lower-case ("commissioner", "archconservative").
  if (a == t || d_.tokens[t - 1].cap) return -1;
  if (a < sb + 3 || !In(d_.Lower(a - 1), {"a", "an", "the"}) || d_.Text(a - 2) != "," ||
      !MentionEndsAt(a - 2))
    return -1;
  const int dst = Ent(a - 3);
  return IsType(dst, EntityType::kPerson) ? dst : -1;
}

// The token after the "a|an" that opens "an early|longtime|vocal backer" (up
// to three lower-case words before the agent noun at t), or 0 when no article
// opens it: the description must be indefinite to describe its subject.
uint32_t RelationFinder::AfterIndefiniteArticle(uint32_t sb, uint32_t t) const {
  uint32_t k = t;
  while (k > sb && k + 4 > t && d_.tokens[k - 1].kind == TokKind::kWord && !d_.tokens[k - 1].cap &&
         Ent(k - 1) < 0 && !d_.Has(k - 1, kFunctionWord))
    --k;
  if (k <= sb + 1 || !In(d_.Lower(k - 1), {"a", "an"})) return 0;
  return k;
}

// "X, an early backer of Y", "X -- a longtime backer of Y --": the person or
// organisation X endorses the person Y named right after "of" (through a
// title). The apposition opens with a|an after the comma or dash that closes
// X and holds only lower-case words before the noun, so "X, a veteran of Z's
// administration and a strong backer of Y" (a second description) is not
// read, and "a major backer of Breitbart" (a company) gives nothing.
void RelationFinder::BackerOf(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  if (t + 2 >= se || d_.Lower(t + 1) != "of") return;
  uint32_t o = t + 2;
  if (o < se && TitleAt(o) >= 0) o = m_.titles[TitleAt(o)].tok_end;
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o || in_quote_[o])
    return;
  const int dst = Ent(o);
  const uint32_t k = AfterIndefiniteArticle(sb, t);
  if (k == 0) return;
  // The comma or dash before the article closes X, maybe past its party
  // tag and home state ("X (I) of Vermont, a backer of Y", "X (R-Pa.) -- an
  // early backer of Y --").
  uint32_t x = k - 2;
  if (In(d_.Text(x), {"-", "--", "\xe2\x80\x94", "\xe2\x80\x93"})) {
    if (x > sb && d_.Text(x - 1) == "-" && d_.Text(x) == "-") --x;
  } else if (d_.Text(x) != ",") {
    return;
  }
  int src = PersonBeforeComma(sb, x);
  if (src < 0) {
    x = SkipNameTail(sb, SkipNameTail(sb, x));
    if (x > sb && MentionEndsAt(x)) src = Ent(x - 1);
  }
  if (src == dst || !(IsType(src, EntityType::kPerson) || IsType(src, EntityType::kOrganization)))
    return;
  Add("ENDORSES", src, dst, s, "endorse.backer");
}

}  // namespace kg::extract::internal
