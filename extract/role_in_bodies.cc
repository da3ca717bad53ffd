// Two apposition-chain slots of the HAS_ROLE rules that the common "TITLE
// of|at|for Y" reading missed (stop 28, from pool sentences with a title, a
// person and an organisation but no role): the body after `in` ("X, a
// lawyer in the Justice Department's Civil Rights Division", "X, the
// minority leader in the Senate") and a run of capitalised words before the
// title ("X is the Shapiro Professor of Public Interest Law at Y", "X,
// Chief Investment Officer for Y"), which stopped the chain before it
// reached the title.
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
int RoleRules::OrgInAfterTitle(uint32_t te, uint32_t se, uint32_t* org_end, int* owned) const {
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

// `k` starts an apposition's title slot (past `a|an|the`). A run of
// capitalised words ending in a capitalised title with of|at|for|with after
// it: a named chair ("Shapiro Professor of", "Joseph P. Chamberlain
// Professor of", "Chancellor's Professor of", "David and Joan Traitel
// Senior Fellow at"), a capitalised field ("Litigation Director at",
// "Special Projects Manager at") or a title with its beat ("Chief
// Investment Officer for", "General President of"). The run holds
// capitalised words that are no place and no entity other than a person,
// initials, a possessive, `and` between two such words, and titles that
// more of the run follows; no courtesy abbreviation, at most six tokens.
// Returns the last title's first token, else `k` (also when the run is the
// title alone).
uint32_t RoleRules::CapitalTitleRun(uint32_t k, uint32_t se) const {
  uint32_t w = k;
  while (w < se && w < k + 6) {
    const Token& tok = d_.tokens[w];
    if (tok.kind == TokKind::kPossessive && w > k) {
      ++w;
      continue;
    }
    if (const int ti = TitleAt(w); ti >= 0) {
      if (!tok.cap || tok.abbrev) break;
      const uint32_t te = m_.titles[ti].tok_end;
      if (te < se && In(d_.Lower(te), {"of", "at", "for", "with"})) return w > k ? w : k;
      w = te;
      continue;
    }
    if (d_.Lower(w) == "and" && w > k && w + 1 < se && d_.tokens[w + 1].cap && TitleAt(w + 1) < 0) {
      ++w;
      continue;
    }
    if (tok.kind != TokKind::kWord || !tok.cap) break;
    if (d_.Has(w, kFunctionWord)) break;
    if (Ent(w) >= 0) {
      if (!IsType(Ent(w), EntityType::kPerson) || MentionBegin(w) != w) break;
      w = MentionEnd(w);
      continue;
    }
    if (d_.Has(w, kPlaceWord)) break;
    ++w;
    if (w < se && d_.Text(w) == "." && d_.tokens[w - 1].end - d_.tokens[w - 1].start == 1)
      ++w;  // an initial: "Joseph P."
  }
  return k;
}

}  // namespace kg::extract::internal
