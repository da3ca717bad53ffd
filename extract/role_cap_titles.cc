// Capitalised title runs before a name for the HAS_ROLE prefix rule (stop
// 28, from pool sentences with an organisation, a title and a person but no
// role): "NATO Secretary General X", "Department of Justice Inspector
// General X", "Y Deputy Chairman X", "NPR Justice Correspondent X", "Y
// Chief Legal Analyst X". Each capitalised title word is a title span of
// its own, so the first one was followed by another title, not by the
// person, and the last one had a title, not the organisation, before it.
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// `tb`..`te` is a capitalised title right after an organisation. Returns
// the end of the run of capitalised title spans and beat words (no entity,
// no courtesy abbreviation, at most four tokens) after it when the run ends
// in a title and a person's mention starts right there; else `te`.
uint32_t RoleRules::CapTitleRunEnd(uint32_t tb, uint32_t te, uint32_t se) const {
  if (!d_.tokens[tb].cap || d_.tokens[tb].abbrev) return te;
  uint32_t w = te, last_title_end = te;
  while (w < se && w < te + 4 && d_.tokens[w].kind == TokKind::kWord && d_.tokens[w].cap &&
         !d_.tokens[w].abbrev && Ent(w) < 0 && !d_.Has(w, kFunctionWord)) {
    const int ti = TitleAt(w);
    if (ti >= 0) {
      w = m_.titles[ti].tok_end;
      last_title_end = w;
    } else {
      ++w;
    }
  }
  if (last_title_end == te || last_title_end >= se) return te;
  if (!IsType(Ent(last_title_end), EntityType::kPerson) ||
      MentionBegin(last_title_end) != last_title_end)
    return te;
  return last_title_end;
}

}  // namespace kg::extract::internal
