// An organisation an endorsement names by "it" or by a description it owns
// the endorsement through, after the sentence that names the organisation
// (RelationFinder helpers for relation_subjects.cc and endorsement_nouns.cc).
// News writing names a group once and continues with a pronoun: "The Q Club
// endorsed A on Tuesday. It also endorsed B." and "B, too, won the group's
// endorsement." Pronouns mean people, bills and countries as often, so "it"
// is taken only when it opens its sentence and the sentence before opens
// with the organisation as its subject and names no other one.
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/references.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// Words of a government body's name ("U.S. Department of Justice", "Trump
// administration"): "It backed Y" after one is a vote or a ruling, not a
// campaign's endorsement.
bool GovernmentWord(std::string_view w) {
  return In(w, {"department", "administration", "agency", "court", "courts", "ministry",
                "government", "commission", "pentagon", "fbi", "cia"});
}

}  // namespace

// Whether organisation `e` governs rather than campaigns: a legislature or
// a body whose name has a government word.
bool RelationSubjects::GovernmentBody(int e) const {
  if (IsLegislature(e)) return true;
  for (const std::string& k : m_.entities[e].key_tokens) {
    if (GovernmentWord(k)) return true;
  }
  return false;
}

// Whether the "it" or "its" at `it` opens its sentence: first, after "And|
// But|So|Then", or after a short introductory phrase naming no one ("On
// Tuesday, it endorsed Y").
bool RelationSubjects::ItOpensSentence(uint32_t it) const {
  const uint32_t sb = d_.sentences[d_.sentence_of[it]].tok_begin;
  if (it == sb) return true;
  if (it == sb + 1) return In(d_.Lower(sb), {"and", "but", "so", "then"});
  const uint32_t reach = IntroductoryReach(d_.Lower(sb));
  if (reach == 0 || it > sb + reach + 1 || d_.Text(it - 1) != ",") return false;
  for (uint32_t k = sb; k + 1 < it; ++k) {
    if (Ent(k) >= 0 || d_.tokens[k].kind == TokKind::kPunct || in_quote_[k]) return false;
  }
  return true;
}

// The organisation an "it|its" opening its sentence at `it` stands for:
// the closest sentence before (a body sentence, outside quotations) opens
// with an organisation followed by its verb ("The Q Club endorsed A", "The
// Q Club, which ..., has" is not taken) and names no other organisation; or
// itself opens with such an "it" (one step). -1 otherwise.
int RelationSubjects::ItOrgAntecedent(uint32_t it, int depth) const {
  if (in_quote_[it] || !In(d_.Lower(it), {"it", "its"}) || !ItOpensSentence(it)) return -1;
  const uint32_t cs = d_.sentence_of[it];
  if (cs == 0) return -1;
  const uint32_t p = cs - 1;
  if (d_.paragraphs[d_.sentences[p].para].kind != LineKind::kBody) return -1;
  const uint32_t pb = d_.sentences[p].tok_begin, pe = d_.sentences[p].tok_end;
  // Its subject: the first token of the sentence, or after "The" and
  // describing words ("The powerful Q Union"), or after an introductory
  // phrase's comma; a description of the organisation counts ("The union
  // endorsed A. It also endorsed B", OrgDescriptionReferent).
  uint32_t k = pb;
  int org = -1;
  uint32_t name_end = 0;
  while (k < pe && Ent(k) < 0 && k < pb + 26) {
    if (In(d_.Lower(k), {"it", "its"}) && k + 1 < pe && !d_.tokens[k + 1].cap &&
        d_.tokens[k + 1].kind == TokKind::kWord)
      return depth > 0 && d_.Lower(k) == "it" ? ItOrgAntecedent(k, depth - 1) : -1;
    if (k > pb && d_.tokens[k].kind == TokKind::kWord && !d_.tokens[k].cap && !in_quote_[k] &&
        (org = OrgDescriptionReferent(pb, k)) >= 0) {
      name_end = k + 1;
      break;
    }
    ++k;
  }
  if (org < 0) {
    if (k >= pe || in_quote_[k] || !IsType(Ent(k), EntityType::kOrganization)) return -1;
    org = Ent(k);
    name_end = MentionEnd(k);
  }
  uint32_t before = k;
  while (before > pb && before + 3 > k && d_.tokens[before - 1].kind == TokKind::kWord &&
         !d_.tokens[before - 1].cap && !d_.Has(before - 1, kFunctionWord) && Ent(before - 1) < 0)
    --before;  // "The powerful Q Union", "the gun rights group"
  if (before > pb && d_.Lower(before - 1) == "the") --before;
  if (before != pb && !(d_.Text(before - 1) == "," && IntroductoryReach(d_.Lower(pb)) > 0))
    return -1;
  if (GovernmentBody(org)) return -1;
  // Its verb right after the name (through auxiliaries and adverbs): a
  // lower-case word no function word, not a possessive or a list.
  uint32_t v = name_end;
  while (v < pe && SkippableBeforeVerb(v) && d_.tokens[v].kind == TokKind::kWord) ++v;
  if (v >= pe || d_.tokens[v].kind != TokKind::kWord || d_.tokens[v].cap ||
      (d_.Has(v, kFunctionWord) && v == name_end))
    return -1;
  // No other organisation in that sentence.
  for (uint32_t x = name_end; x < pe; ++x) {
    const int e = Ent(x);
    if (IsType(e, EntityType::kOrganization) && e != org && !in_quote_[x]) return -1;
  }
  return org;
}

// "Y won the group's endorsement", "Y has the union's backing": the
// organisation a description right before the possessive of the
// endorsement noun at `k` names (OrgDescriptionReferent), and in *q the
// description's first token ("the"); -1 when none.
int RelationFinder::DescribedOrgPossessor(uint32_t sb, uint32_t k, uint32_t* q) const {
  if (k < sb + 3 || d_.tokens[k - 1].kind != TokKind::kPossessive || Ent(k - 2) >= 0 ||
      in_quote_[k - 2])
    return -1;
  const int org = OrgDescriptionReferent(sb, k - 2);
  if (org < 0) return -1;
  uint32_t a = k - 2;
  while (a > sb && a + 4 > k - 2 && !d_.IsWord(a - 1, "the")) {
    if (d_.tokens[a - 1].kind != TokKind::kWord || d_.tokens[a - 1].cap) return -1;
    --a;
  }
  if (a == sb || !d_.IsWord(a - 1, "the")) return -1;
  *q = a - 1;
  return org;
}

// "the Q Council, the state party's black caucus, which endorsed Y": the
// organisation named right before an apposition that the comma at `c`
// (before "which") ends. The apposition opens with "a|an|the" and holds
// words only, a name only before a possessive ("the state Democratic
// Party's caucus"), at most 13 tokens; -1 otherwise.
int RelationFinder::OrgAppositionHead(uint32_t sb, uint32_t c) const {
  for (uint32_t k = c; k > sb + 2 && k + 14 > c; --k) {
    const uint32_t x = k - 1;
    if (in_quote_[x]) return -1;
    if (Ent(x) >= 0) {
      const uint32_t end = MentionEnd(x);
      if (end >= c || d_.tokens[end].kind != TokKind::kPossessive) return -1;
      k = MentionBegin(x) + 1;  // past the name
      continue;
    }
    if (d_.Text(x) != ",") {
      if (d_.tokens[x].kind != TokKind::kWord && d_.tokens[x].kind != TokKind::kPossessive)
        return -1;
      continue;
    }
    if (k == c || !In(d_.Lower(k), {"a", "an", "the"})) return -1;
    return OrgBeforeComma(sb, x);
  }
  return -1;
}

}  // namespace kg::extract::internal
