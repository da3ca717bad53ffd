// HAS_ROLE for a chamber's officer named by the bare title: "Democratic
// leaders including Speaker X", "Minority Leader X said". US news writes
// "House Speaker X" once and "Speaker X" after, or only the bare form when
// the article is about the House; the title then says which body the
// person holds office in, as "House Speaker" does. "Speaker" is the
// House's (the U.S. House of Representatives, when the article names it);
// "Majority|Minority Leader|Whip" the one chamber the article names (none
// when it names both). Not after a word that names another body ("Assembly
// Speaker X", "state House Speaker X", "Senate Majority Leader X", which
// role.prefix reads), not inside a quotation.
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

void RoleRules::ChamberTitleRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t t = sb; t + 1 < se; ++t) {
    if (!d_.tokens[t].cap || d_.tokens[t].kind != TokKind::kWord || in_quote_[t]) continue;
    const bool speaker = d_.Text(t) == "Speaker";
    const bool leader = !speaker && t + 2 < se && In(d_.Text(t), {"Majority", "Minority"}) &&
                        In(d_.Text(t + 1), {"Leader", "Whip"});
    if (!speaker && !leader) continue;
    const uint32_t pb = speaker ? t + 1 : t + 2;
    if (!IsType(Ent(pb), EntityType::kPerson) || MentionBegin(pb) != pb) continue;
    // The word before names no other body and no other title: a lower-case
    // word, punctuation or the sentence start ("including Speaker X",
    // "former Speaker X", "Speaker X said").
    if (t > sb && (d_.tokens[t - 1].cap || Ent(t - 1) >= 0 ||
                   (d_.tokens[t - 1].kind == TokKind::kWord && d_.Lower(t - 1) == "state")))
      continue;
    // "Speaker Pro Tem X" is another office; a capitalised word right after
    // the name is a name cut short ("Speaker Paul Ryan Paul Davis Ryan ...",
    // a related-story card).
    if (d_.Text(pb) == "Pro") continue;
    const uint32_t pe = MentionEnd(pb);
    if (pe < se && d_.tokens[pe].cap && d_.tokens[pe].kind == TokKind::kWord) continue;
    // The chamber: the House for a speaker; else the only chamber named.
    // None when the article names another legislature (a state's House of
    // Delegates or Assembly, a Parliament), whose officers these may be.
    int house = -1, senate = -1;
    bool other = false;
    for (size_t e = 0; e < m_.entities.size(); ++e) {
      if (!IsType(static_cast<int>(e), EntityType::kOrganization)) continue;
      const std::string_view name = m_.entities[e].name;
      if (name == "U.S. House of Representatives") {
        house = static_cast<int>(e);
      } else if (name == "U.S. Senate") {
        senate = static_cast<int>(e);
      } else if ((IsLegislature(static_cast<int>(e)) && !name.starts_with("U.S.") &&
                  !name.ends_with("Congress")) ||
                 name.ends_with("Delegates") || name.ends_with("Commons")) {
        other = true;
      }
    }
    if (other) continue;
    const int chamber = speaker                         ? house
                        : (house >= 0) != (senate >= 0) ? std::max(house, senate)
                                                        : -1;
    if (chamber < 0) continue;
    const std::string title(
        d_.bytes.substr(d_.tokens[t].start, d_.tokens[pb - 1].end - d_.tokens[t].start));
    Add("HAS_ROLE", Ent(pb), chamber, s, "role.chamber_title", title);
  }
}

}  // namespace kg::extract::internal
