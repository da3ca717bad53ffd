// A news organisation before a journalist's capitalised beat, for the
// HAS_ROLE prefix rule (stop 28, from pool sentences with an organisation, a
// title and a person but no role): "CBS News White House correspondent X",
// "Breitbart News's senior White House correspondent X", "veteran
// Associated Press White House correspondent X", "the Times' Washington
// bureau chief X". The beat (often a body of its own, the White House, the
// Pentagon) stood between the title and the outlet, so the outlet was never
// read, and the modifier walk takes lower-case words only.
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// `tb` starts a lower-case journalist's title (correspondent, reporter,
// editor, producer, writer, columnist, analyst, contributor, anchor, or
// "bureau|desk chief"). Before it: a beat (one mention of no person, or one
// to three capitalised words that name nothing and are no title), up to two
// modifiers of a rank ("chief", "senior", "national"), an optional
// possessive, and the outlet's mention ending there. Returns the outlet,
// else -1.
int RoleRules::MediaBeatOrg(uint32_t sb, uint32_t tb, uint32_t* org_begin) const {
  if (tb < sb + 2 || d_.tokens[tb].cap) return -1;
  const std::string_view title = d_.Lower(tb);
  uint32_t j = tb;  // one past the token to look at
  if (title == "chief") {
    if (!In(d_.Lower(tb - 1), {"bureau", "desk"})) return -1;
    --j;
  } else if (!In(title, {"correspondent", "reporter", "editor", "producer", "writer", "columnist",
                         "analyst", "contributor", "anchor"})) {
    return -1;
  }
  // The beat.
  int beat = -1;
  if (j > sb && Ent(j - 1) >= 0) {
    beat = Ent(j - 1);
    if (IsType(beat, EntityType::kPerson)) return -1;
    j = MentionBegin(j - 1);
  } else {
    const uint32_t end = j;
    while (j > sb && end - j < 3 && d_.tokens[j - 1].kind == TokKind::kWord &&
           d_.tokens[j - 1].cap && Ent(j - 1) < 0 && m_.title_at[j - 1] < 0 &&
           !d_.Has(j - 1, kFunctionWord))
      --j;
    if (j == end) return -1;
  }
  // Lower-case modifiers of the title: "senior White House correspondent".
  // Only these: "CNN affiliate WZTV anchor X" is the affiliate's anchor.
  for (int n = 0; n < 2 && j > sb &&
                  In(d_.Lower(j - 1), {"chief", "senior", "deputy", "national", "veteran",
                                       "longtime", "political", "investigative"});
       ++n)
    --j;
  if (j > sb &&
      (d_.tokens[j - 1].kind == TokKind::kPossessive ||
       (d_.tokens[j - 1].kind == TokKind::kSingleQuote && d_.Lower(j - 2).ends_with("s"))))
    --j;
  if (j <= sb) return -1;
  const int org = Ent(j - 1);
  if (!IsType(org, EntityType::kOrganization) || org == beat || MentionEnd(j - 1) != j) return -1;
  if (org_begin != nullptr) *org_begin = MentionBegin(j - 1);
  return org;
}

}  // namespace kg::extract::internal
