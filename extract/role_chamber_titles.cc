// HAS_ROLE for a chamber's officer named by the bare title: "Democratic
// leaders including Speaker X", "Minority Leader X said". US news writes
// "House Speaker X" once and "Speaker X" after, or only the bare form when
// the article is about the House; the title then says which body the
// person holds office in, as "House Speaker" does. "Speaker" is the
// House's (the U.S. House of Representatives, when the article names it);
// "Majority|Minority Leader|Whip" the one chamber the article names (none
// when it names both). Not after a word that names another body ("Assembly
// Speaker X", "state House Speaker X", "Senate Majority Leader X", which
// role.prefix reads), not inside a quotation. The one chamber named is
// not taken for a leader the article otherwise puts in the other chamber
// ("Sen. X" elsewhere, "U.S. Sens. A and Minority Leader X"), nor when
// another person holds that chamber's same title ("Senate Minority Leader
// Y ... Minority Leader X" is the House's); a state's chamber named with an
// officer ("West Virginia House Speaker Y") or a House of Delegates or
// General Assembly bars the bare titles of anyone the article does not tag
// as a member of Congress ("Speaker X (D-Calif.)").
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

constexpr int kHouse = 1, kSenate = 2;

int ChamberWord(std::string_view w) {
  if (In(w, {"Sen.", "Senator", "Sens.", "Senators", "Senate"})) return kSenate;
  if (In(w, {"Rep.", "Representative", "Reps.", "Representatives", "Congressman", "Congresswoman",
             "House"}))
    return kHouse;
  return 0;
}

}  // namespace

// The chambers the article puts person `p` in by a title right before one
// of its mentions ("Sen. X", "Senate Majority Leader X"), and whether a
// mention of it carries a party-state tag ("X (D-Calif.)", "X, R-Ky.").
int RoleRules::PersonChambers(int p, bool* tagged) const {
  int cue = 0;
  for (const Mention& m : m_.mentions) {
    if (m.entity != p) continue;
    const uint32_t b = m.tok_begin, e = m.tok_end;
    if (b > 0) cue |= ChamberWord(d_.Text(b - 1)) & ~(d_.Text(b - 1) == "House" ? kHouse : 0);
    if (b > 2 && In(d_.Text(b - 1), {"Leader", "Whip", "Speaker"}))
      for (uint32_t k = b - 1; k-- > 0 && k + 3 >= b;) cue |= ChamberWord(d_.Text(k));
    if (e + 1 < d_.tokens.size() && In(d_.Text(e), {"(", ","})) {
      const std::string_view tag = d_.Text(e + 1);
      if (tag.size() > 2 && In(tag.substr(0, 2), {"R-", "D-", "I-"})) *tagged = true;
      if (e + 2 < d_.tokens.size() && In(tag, {"R", "D", "I"}) && d_.Text(e + 2) == "-")
        *tagged = true;
    }
  }
  return cue;
}

// The article names a state's chamber: "West Virginia House Speaker Y",
// "the Virginia House of Delegates", "the General Assembly".
bool RoleRules::StateChamberNamed() const {
  for (uint32_t t = 1; t + 2 < d_.tokens.size(); ++t) {
    const std::string_view w = d_.Text(t);
    if (w == "Delegates" && d_.Text(t - 1) == "of") return true;
    if (w == "General" && d_.Text(t + 1) == "Assembly") return true;
    if (!In(w, {"House", "Senate", "Assembly"}) || !d_.tokens[t - 1].cap ||
        !d_.Has(t - 1, kPlaceWord) || In(d_.Text(t - 1), {"U.S.", "US", "United", "States"}))
      continue;
    if (In(d_.Text(t + 1), {"Speaker", "Majority", "Minority"})) return true;
  }
  return false;
}

// Another person than `p` holds `chamber`'s title `a b`, named with the
// chamber ("Senate Minority Leader Y"): a bare "Minority Leader X" is then
// the other chamber's.
bool RoleRules::ChamberTitleHeld(int p, int chamber, std::string_view a, std::string_view b) const {
  const std::string_view word = chamber == kSenate ? "Senate" : "House";
  for (uint32_t t = 0; t + 3 < d_.tokens.size(); ++t) {
    if (d_.Text(t) != word || d_.Text(t + 1) != a || d_.Text(t + 2) != b) continue;
    const int q = Ent(t + 3);
    if (q >= 0 && q != p && IsType(q, EntityType::kPerson)) return true;
  }
  return false;
}

// A bare "Majority|Minority Leader|Whip Y" of another person than `p` that
// ChamberTitleHeld puts outside `chamber`: "Minority Leader Y ... Senate
// Minority Leader Z" makes Y the House's even when the article names only
// the Senate.
bool RoleRules::OtherChamberBareTitle(int p, int chamber) const {
  for (uint32_t t = 1; t + 2 < d_.tokens.size(); ++t) {
    if (!In(d_.Text(t), {"Majority", "Minority"}) || !In(d_.Text(t + 1), {"Leader", "Whip"}) ||
        ChamberWord(d_.Text(t - 1)) != 0 || Ent(t - 1) >= 0)
      continue;
    const int q = Ent(t + 2);
    if (q < 0 || q == p || !IsType(q, EntityType::kPerson) || MentionBegin(t + 2) != t + 2)
      continue;
    if (In(d_.Lower(t - 1), {"then", "then-", "former"})) continue;
    if (ChamberTitleHeld(q, chamber, d_.Text(t), d_.Text(t + 1))) return true;
  }
  return false;
}

void RoleRules::ChamberTitleRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  // The title ends right before a person's mention: the sentence's mention
  // starts are visited, not its every token. A start `b` is read by
  // "Speaker" at b - 1 or by "Majority Leader" at b - 2, never both ways
  // for one `t`, so each `t` comes once and in order.
  const uint32_t* const last = mention_begins_.data() + mention_begins_.size();
  for (const uint32_t* it = EdgeFrom(mention_begins_, sb + 1); it != last && *it < se; ++it) {
    const uint32_t b = *it;
    for (uint32_t t = b >= sb + 2 ? b - 2 : b - 1; t < b; ++t) {
      if ((d_.Text(t) == "Speaker") != (t + 1 == b)) continue;
      ChamberTitleAt(s, sb, se, t);
    }
  }
}

// The rule for the title word at `t` of sentence `s` (tokens sb..se).
void RoleRules::ChamberTitleAt(uint32_t s, uint32_t sb, uint32_t se, uint32_t t) {
  if (!d_.tokens[t].cap || d_.tokens[t].kind != TokKind::kWord || in_quote_[t]) return;
  const bool speaker = d_.Text(t) == "Speaker";
  const bool leader = !speaker && t + 2 < se && In(d_.Text(t), {"Majority", "Minority"}) &&
                      In(d_.Text(t + 1), {"Leader", "Whip"});
  if (!speaker && !leader) return;
  const uint32_t pb = speaker ? t + 1 : t + 2;
  if (!IsType(Ent(pb), EntityType::kPerson) || MentionBegin(pb) != pb) return;
  // The word before names no other body and no other title: a lower-case
  // word, punctuation or the sentence start ("including Speaker X",
  // "former Speaker X", "Speaker X said").
  if (t > sb && (d_.tokens[t - 1].cap || Ent(t - 1) >= 0 ||
                 (d_.tokens[t - 1].kind == TokKind::kWord && d_.Lower(t - 1) == "state")))
    return;
  // "Speaker Pro Tem X" is another office; a capitalised word right after
  // the name is a name cut short ("Speaker Paul Ryan Paul Davis Ryan ...",
  // a related-story card).
  if (d_.Text(pb) == "Pro") return;
  const uint32_t pe = MentionEnd(pb);
  if (pe < se && d_.tokens[pe].cap && d_.tokens[pe].kind == TokKind::kWord) return;
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
  if (other) return;
  const int chamber = speaker                         ? house
                      : (house >= 0) != (senate >= 0) ? std::max(house, senate)
                                                      : -1;
  if (chamber < 0) return;
  bool tagged = false;
  const int cue = PersonChambers(Ent(pb), &tagged);
  if (!tagged && StateChamberNamed()) return;
  if (!speaker) {
    const int mine = chamber == house ? kHouse : kSenate;
    if (cue & ~mine) return;
    // A former holder ("then-Majority Leader X") shares the title.
    bool former = false;
    for (uint32_t k = t; k-- > sb && k + 2 >= t;)
      former |= In(d_.Lower(k), {"then", "then-", "former"});
    if (!former && ChamberTitleHeld(Ent(pb), mine, d_.Text(t), d_.Text(t + 1))) return;
    // "U.S. Sens. A, B and Minority Leader X": a plural title of the other
    // chamber heads the sentence's list.
    bool other_list = false;
    for (uint32_t k = sb; k < t; ++k)
      if (In(d_.Text(k), {"Sens.", "Senators", "Reps.", "Representatives"}) &&
          ChamberWord(d_.Text(k)) != mine)
        other_list = true;
    if (other_list) return;
    // "Speaker Y and Majority Leader X" with no chamber word in the
    // sentence: the two chambers' majority leaders are paired as often as
    // one chamber's, so the House the article names is no sign (the Senate
    // it alone names still is: the Speaker is then not of the chamber
    // named).
    bool speaker_named = false, chamber_word = false;
    for (uint32_t k = sb; k < se; ++k) {
      speaker_named |= d_.Text(k) == "Speaker";
      chamber_word |= In(d_.Text(k), {"House", "Senate", "Representatives"});
    }
    if (speaker_named && !chamber_word && cue == 0 && chamber == house && d_.Text(t) == "Majority")
      return;
    // Another bare "Minority Leader Y" is the other chamber's (that chamber's
    // "Senate Minority Leader Z" is named): the article's bare titles do not
    // all name the one chamber it names.
    if (cue == 0 && OtherChamberBareTitle(Ent(pb), mine)) return;
  }
  const std::string title(
      d_.bytes.substr(d_.tokens[t].start, d_.tokens[pb - 1].end - d_.tokens[t].start));
  Add("HAS_ROLE", Ent(pb), chamber, s, "role.chamber_title", title);
}

}  // namespace kg::extract::internal
