// "an economist at Grant Thornton", "a partner at Sidley Austin": a firm
// named like a person (two capitalised words that pass the person tests) is
// a body when every mention of it sits after a title a body gives and
// "at": people work at firms, never at a person. Runs after the person
// stages, so it retypes their result, as RetypeAppositiveBodies does.
#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// Whether mention `m` fills the slot "TITLE at [the] NAME" and ends its
// phrase there (not "at Jane Doe's firm", "at Jane Doe Associates").
bool Finder::RoleAtSlot(const Mention& m) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (m.descriptor) return false;
  // A lone word may be a surname ("a professor at Duke" is judged
  // elsewhere).
  if (m.tok_end - m.tok_begin < 2 && (d_.tokens[m.tok_begin].allcaps || IsFirstName(m.tok_begin)))
    return false;
  uint32_t p = m.tok_begin;
  if (p > 0 && d_.IsWord(p - 1, "the")) --p;
  if (p < 2) return false;
  // "an analyst with Acme", "chief economist of Acme"; not "to partner
  // with X", "a business partner of X", "the head of X's office".
  const bool at = d_.IsWord(p - 1, "at");
  if (!at && !((d_.IsWord(p - 1, "with") || d_.IsWord(p - 1, "of")) &&
               !d_.IsWord(p - 2, "partner") && !d_.IsWord(p - 2, "head")))
    return false;
  const int ti = out_.title_at[p - 2];
  if (ti < 0 || out_.titles[ti].tok_end != p - 1) return false;
  // Employees only: a lawyer's or a strategist's slot may name a client or
  // a person ("a lawyer at Marcus Graves" stays a person, roles_lists_test).
  if (!EmployeeTitle(ti)) return false;
  const uint32_t e = m.tok_end;
  if (e >= n) return true;
  if (d_.tokens[e].kind == TokKind::kPunct) return d_.Text(e) != "&";
  return d_.IsWord(e, "in") || d_.IsWord(e, "and") || d_.IsWord(e, "who") ||
         d_.IsWord(e, "where") || d_.IsWord(e, "since");
}

void Finder::RetypeRoleSlotBodies() {
  // -1: no mention yet; 0: some mention outside the slot; 1: all in it.
  std::vector<int> state(out_.entities.size(), -1);
  std::vector<int> first(out_.entities.size(), -1);
  bool any = false;
  for (size_t i = 0; i < out_.mentions.size(); ++i) {
    const Mention& m = out_.mentions[i];
    if (m.entity < 0 || out_.entities[m.entity].type != EntityType::kPerson) continue;
    int& st = state[m.entity];
    if (st == 0) continue;
    st = RoleAtSlot(m) ? 1 : 0;
    if (st == 1 && first[m.entity] < 0) first[m.entity] = static_cast<int>(i);
    any = any || st == 1;
  }
  if (!any) return;
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    EntityInfo& ent = out_.entities[i];
    // A title before the name anywhere makes it a person ("Sen. X").
    if (state[i] != 1 || first[i] < 0 || !ent.titles.empty()) continue;
    const Mention& m = out_.mentions[first[i]];
    ent.type = EntityType::kOrganization;
    ent.gender = Gender::kUnknown;
    ent.key_tokens = OrgKey(m.tok_begin, m.tok_end);
  }
}

}  // namespace kg::extract::mention_internal
