// Organisations named by their place in a list of endorsers: "the backing
// of the Acme Club and FreedomLeague", "endorsements from Acme's List and
// End Acme United", "the Acme Club, Green Acme Action and the B Union
// endorsed Jane Roe". News round-ups list endorsing groups in a row, and a
// later member is often a name with no organisation head word that no
// other cue finds; its neighbour, a known organisation in the same slot,
// says what kind of name it is. Called from EndorserSlot
// (slot_org_cues.cc), after its tests for places, parties and titles.
#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {
namespace {

constexpr int kMaxMembers = 6;

}  // namespace

// The first token of a list member that ends right before `end`: a
// capitalised run with possessives and inner "of|for|&" ("Emily's List",
// "Club for Growth"), "the" included; `end` itself when none. Sets `org`
// when a word of it is a known organisation's mention.
uint32_t Finder::ListMemberStart(uint32_t end, uint32_t lo, bool* org) const {
  uint32_t k = end;
  while (k > lo) {
    const uint32_t t = k - 1;
    const bool inner = k < end && t > lo && CapWord(t - 1) &&
                       (d_.IsWord(t, "of") || d_.IsWord(t, "for") || d_.Text(t) == "&");
    if (!CapWord(t) && d_.tokens[t].kind != TokKind::kPossessive && !inner) break;
    --k;
  }
  if (k == end || !CapWord(k)) return end;
  for (uint32_t t = k; t < end; ++t) {
    const int ent = out_.EntityAt(t);
    if (ent >= 0 && out_.entities[ent].type == EntityType::kOrganization) *org = true;
  }
  if (k > lo && d_.IsWord(k - 1, "the")) --k;
  return k;
}

// The end of a list member that starts at `b` (after "the"); `b` when none.
uint32_t Finder::ListMemberEnd(uint32_t b, uint32_t hi, bool* org) const {
  if (b < hi && d_.IsWord(b, "the")) ++b;
  uint32_t k = b;
  while (k < hi) {
    const bool inner = k > b && k + 1 < hi && CapWord(k + 1) &&
                       (d_.IsWord(k, "of") || d_.IsWord(k, "for") || d_.Text(k) == "&");
    if (!CapWord(k) && d_.tokens[k].kind != TokKind::kPossessive && !inner) break;
    const int ent = out_.EntityAt(k);
    if (ent >= 0 && out_.entities[ent].type == EntityType::kOrganization) *org = true;
    ++k;
  }
  return k;
}

// Whether the capitalised run [b, e) is a later or earlier member of a list
// of endorsers in which another member is a known organisation: after
// "endorsement(s)|backing|support of|from" or "endorsed|backed by" ("the
// backing of the Acme Club and FreedomLeague"), or before "(has|have)
// endorsed|backed" and a person ("the Acme Club, Green Acme Action and the
// B Union endorsed Jane Roe"; "and" before the last member, since "After
// meeting A, B endorsed Y" is no list). Members are joined by ",", "and"
// or ", and"; a known person may be one of them.
bool Finder::EndorserListMember(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  const uint32_t sb = d_.sentences[d_.sentence_of[b]].tok_begin;
  const uint32_t se = d_.sentences[d_.sentence_of[b]].tok_end;
  // The member must end where a joiner, a punctuation mark or the sentence
  // does: not "the Acme Club and Green Acme officials".
  if (e < se && !Punct(e, ",") && !Punct(e, ".") && !Punct(e, ";") && !d_.IsWord(e, "and") &&
      !(Word(e) && !d_.tokens[e].cap && d_.Has(e, kFunctionWord)))
    return false;
  // One word that a dictionary knows ("Toledo", "Smith") may be a place or
  // a person; a list slot vouches only for a coined name ("FreedomLeague")
  // or an acronym.
  if (e - b == 1 && !d_.tokens[b].allcaps) {
    const std::string_view w = d_.Text(b);
    bool inner_cap = false;
    for (size_t i = 1; i < w.size(); ++i) inner_cap = inner_cap || (w[i] >= 'A' && w[i] <= 'Z');
    if (!inner_cap && d_.Has(b, kProperNoun | kCommonWord | kSurname | kFirstName)) return false;
  }
  bool org = false;
  // Back through the members before it to the slot word.
  uint32_t p = b > sb && d_.IsWord(b - 1, "the") ? b - 1 : b;
  int before = 0;
  for (; before < kMaxMembers; ++before) {
    uint32_t j = p;
    if (j > sb && d_.IsWord(j - 1, "and")) --j;
    if (j > sb && Punct(j - 1, ",")) --j;
    if (j == p) break;
    const uint32_t m = ListMemberStart(j, sb, &org);
    if (m == j) return false;  // "and" after no name: two clauses
    p = m;
  }
  if (before > 0 && org && p >= sb + 2 && Word(p - 1) && Word(p - 2)) {
    const std::string_view prep = d_.Lower(p - 1), noun = d_.Lower(p - 2);
    if (((prep == "of" || prep == "from") && (noun == "endorsement" || noun == "endorsements" ||
                                              noun == "backing" || noun == "support")) ||
        (prep == "by" && (noun == "endorsed" || noun == "backed")))
      return true;
  }
  // On through the members after it to the verb.
  uint32_t k = e;
  bool saw_and = false;
  int after = 0;
  for (; after < kMaxMembers; ++after) {
    uint32_t j = k;
    if (j < se && Punct(j, ",")) ++j;
    if (j < se && d_.IsWord(j, "and")) ++j, saw_and = true;
    if (j == k) break;
    const uint32_t m = ListMemberEnd(j, se, &org);
    if (m == j || (m > j && d_.IsWord(j, "the") && m == j + 1)) return false;
    k = m;
  }
  if (after == 0 || !saw_and || !org) return false;
  while (k < se && k < e + 40 && Word(k) &&
         (d_.IsWord(k, "has") || d_.IsWord(k, "have") || d_.IsWord(k, "had") ||
          d_.IsWord(k, "also") || d_.IsWord(k, "all") || d_.IsWord(k, "formally") ||
          d_.IsWord(k, "officially") || d_.IsWord(k, "already")))
    ++k;
  if (k + 1 >= n || !Word(k) ||
      !(d_.IsWord(k, "endorsed") || d_.IsWord(k, "endorse") || d_.IsWord(k, "backed") ||
        d_.IsWord(k, "back")))
    return false;
  uint32_t o = k + 1;
  while (o < n && out_.title_at[o] >= 0) o = out_.titles[out_.title_at[o]].tok_end;
  const int who = o < n ? out_.EntityAt(o) : -1;
  return who >= 0 && out_.entities[who].type == EntityType::kPerson;
}

}  // namespace kg::extract::mention_internal
