// Two apposition-chain slots of the HAS_ROLE rules that the common "TITLE
// of|at|for Y" reading missed (stop 28, from pool sentences with a title, a
// person and an organisation but no role): the body after `in` ("X, a
// lawyer in the Justice Department's Civil Rights Division", "X, the
// minority leader in the Senate") and a named professorship before the
// title ("X is the Shapiro Professor of Public Interest Law at Y", "X,
// the Joseph Curtis Professor of Law at Y"), whose capitalised name stopped
// the chain before it reached the title.
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// `te` is the token after a title. "in [the] Y" where Y is an organisation
// that starts right there and ends its phrase: the body the title is held
// in. After `in` a name is often a place or a modifier, so: no description
// or field before Y (those shapes read `in` as a place: "a professor of
// history in Boston", "chairman of a faction in the House"), Y is no
// one-word place ("an analyst in Moscow" when the city was typed as a
// body), and Y is followed by punctuation, a possessive, a function word or
// the end ("a lawyer in Democratic Party circles" and a cut "Department of
// Criminal Justice" give nothing). A possessive reads as after "of": the
// owner, and the owned unit in *owned when it is named; a chamber owning a
// committee gives only the committee.
int RelationFinder::OrgInAfterTitle(uint32_t te, uint32_t se, uint32_t* org_end, int* owned) const {
  *owned = -1;
  if (te + 1 >= se || d_.Lower(te) != "in") return -1;
  uint32_t o = te + 1;
  if (d_.Lower(o) == "the") ++o;
  if (o >= se) return -1;
  const int e = Ent(o);
  if (!IsType(e, EntityType::kOrganization) || MentionBegin(o) != o) return -1;
  const uint32_t end = MentionEnd(o);
  if (end == o + 1 && d_.Has(o, kPlaceWord)) return -1;
  if (end < se && d_.tokens[end].kind == TokKind::kPossessive) {
    const int sub =
        end + 1 < se && IsType(Ent(end + 1), EntityType::kOrganization) ? Ent(end + 1) : -1;
    *org_end = sub >= 0 ? MentionEnd(end + 1) : end + 1;
    if (IsLegislature(e)) return sub;
    *owned = sub;
    return e;
  }
  if (end < se && d_.tokens[end].kind != TokKind::kPunct && !d_.Has(end, kFunctionWord)) return -1;
  *org_end = end;
  return e;
}

// `k` starts an apposition's title slot (past `a|an|the`). "Shapiro
// Professor of", "Joseph P. Chamberlain Professor of", "Chancellor's
// Professor of", "Gary T. Schwartz Distinguished Professor of": up to five
// tokens of a name (capitalised words, initials, a person's mention, a
// possessive, a title owning it; no organisation), then a title ending in
// "Professor" with "of" after it. Returns the title's first token, else
// `k`.
uint32_t RelationFinder::NamedChairEnd(uint32_t k, uint32_t se) const {
  uint32_t w = k;
  while (w < se && w < k + 5) {
    const Token& tok = d_.tokens[w];
    if (tok.kind == TokKind::kPossessive && w > k) {
      ++w;
    } else if (TitleAt(w) >= 0) {
      // A title word owning the chair is part of its name ("Chancellor's").
      if (w + 1 >= se || d_.tokens[w + 1].kind != TokKind::kPossessive || !tok.cap) break;
      ++w;
    } else if (tok.kind == TokKind::kWord && tok.cap && !d_.Has(w, kFunctionWord) &&
               (Ent(w) < 0 || IsType(Ent(w), EntityType::kPerson))) {
      ++w;
      if (w < se && d_.Text(w) == "." && d_.tokens[w - 1].end - d_.tokens[w - 1].start == 1)
        ++w;  // an initial: "Joseph P."
    } else {
      break;
    }
  }
  if (w == k || w >= se) return k;
  const int ti = TitleAt(w);
  if (ti < 0 || !d_.tokens[w].cap) return k;
  const uint32_t te = m_.titles[ti].tok_end;
  if (d_.Lower(te - 1) != "professor" || te >= se || d_.Lower(te) != "of") return k;
  return w;
}

}  // namespace kg::extract::internal
