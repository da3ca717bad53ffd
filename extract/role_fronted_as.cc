// HAS_ROLE for a role phrase that opens the sentence with "As": "As chairman
// of Y, X led ...", "As the head of Y, X refused ...", "As Y chairman, X
// pursued ...". The person right after the comma is the subject the phrase
// describes; the apposition chain (role_appositions.cc) only reads phrases
// after a person, so these were missed (a count of pool sentences with a
// person, an organisation and a role word but no edge found about a dozen).
#include "extract/relation_finder.h"

namespace kg::extract::internal {

void RoleRules::FrontedAsRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  if (sb + 5 >= se || d_.Lower(sb) != "as" || in_quote_[sb]) return;
  uint32_t k = sb + 1;
  if (In(d_.Lower(k), {"the", "a", "an"})) ++k;
  int org = -1;
  uint32_t org_end = 0;
  std::string title;
  if (IsType(Ent(k), EntityType::kOrganization) && MentionBegin(k) == k) {
    // "As Y chairman, X": the organisation before its title.
    const uint32_t te = MentionEnd(k);
    if (te >= se || TitleAt(te) < 0) return;
    org = Ent(k);
    const TitleSpan& ts = m_.titles[TitleAt(te)];
    if (In(d_.Lower(ts.tok_end - 1), {"candidate", "nominee", "activist", "hopeful"})) return;
    org_end = ts.tok_end;
    title =
        std::string(d_.bytes.substr(d_.tokens[ts.tok_begin].start,
                                    d_.tokens[ts.tok_end - 1].end - d_.tokens[ts.tok_begin].start));
  } else {
    // "As [the] [former|acting] chairman of Y, X".
    while (k < se && TitleAt(k) < 0 && In(d_.Lower(k), {"former", "acting", "interim", "new"})) ++k;
    if (TitleAt(k) < 0) return;
    const TitleSpan& ts = m_.titles[TitleAt(k)];
    if (In(d_.Lower(ts.tok_end - 1), {"candidate", "nominee", "activist", "hopeful"})) return;
    const uint32_t te = CompoundTitleEnd(ts.tok_end, se);
    title = std::string(d_.bytes.substr(d_.tokens[ts.tok_begin].start,
                                        d_.tokens[te - 1].end - d_.tokens[ts.tok_begin].start));
    org = OrgAfterTitle(te, se, &org_end);
  }
  // The organisation ends the phrase: a comma, then the person (past a
  // courtesy title) who is no possessor ("As head of Y, X's tenure ...").
  if (org < 0 || org_end + 2 >= se || d_.Text(org_end) != ",") return;
  uint32_t p = org_end + 1;
  while (p < se && TitleAt(p) >= 0 && d_.tokens[p].cap) ++p;
  if (p >= se || !IsType(Ent(p), EntityType::kPerson) || MentionBegin(p) != p) return;
  const uint32_t pe = MentionEnd(p);
  if (pe >= se || d_.tokens[pe].kind == TokKind::kPossessive || d_.Text(pe) == ",") return;
  Add("HAS_ROLE", Ent(p), org, s, "role.fronted_as", title);
}

}  // namespace kg::extract::internal
