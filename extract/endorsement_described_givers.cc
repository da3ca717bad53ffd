// Endorsement ends named by a description or a pronoun where the noun and
// gerund rules expected a name (RelationFinder helpers for
// endorsement_nouns.cc and relations.cc). "Y gained the president's
// endorsement": the giver is an office's holder, resolved as "the president
// said" is (DescribedPerson: the one person in the article who carried the
// title). "X joined other contenders like A and B in endorsing him": the
// people between "joined" and "in" share the endorsement, so they are never
// whom "him" stands for, whether or not their list parses. "X, a harsh
// critic of Z, endorsed him": the apposition's head is the subject next to
// the verb, so its pronoun object counts.
#include <string_view>
#include <vector>

#include "extract/references.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

int RelationFinder::DescribedPossessor(uint32_t sb, uint32_t k, const std::vector<int>& exclude,
                                       uint32_t* the_at) const {
  if (k < sb + 3 || d_.tokens[k - 1].kind != TokKind::kPossessive || Ent(k - 2) >= 0) return -1;
  // "the president's", "the former vice president's", "the Ohio
  // governor's": "the" up to five words before the possessive.
  for (uint32_t the = k - 2; the > sb && the + 6 > k - 1;) {
    --the;
    if (in_quote_[the] || Ent(the) >= 0) return -1;
    if (!d_.IsWord(the, "the")) continue;
    uint32_t end = 0;
    const int x = DescribedPerson(the, exclude, false, &end, true);
    if (x < 0 || end != k - 1 || !IsType(x, EntityType::kPerson)) return -1;
    *the_at = the;
    return x;
  }
  return -1;
}

int RelationFinder::JoinedGerund(uint32_t sb, uint32_t t, std::vector<int>* names) const {
  names->clear();
  if (t < sb + 3 || d_.Lower(t - 1) != "in" || in_quote_[t]) return -1;
  for (uint32_t v = t - 1; v > sb && v + 20 > t; --v) {
    const std::string_view w = d_.Lower(v - 1);
    if (In(w, {"joined", "joins", "join", "joining"})) return static_cast<int>(v - 1);
    if (in_quote_[v - 1] || w == ";" || w == ":" || IsVerbLike(w)) break;
    const int e = Ent(v - 1);
    if (IsType(e, EntityType::kPerson) || IsType(e, EntityType::kOrganization)) names->push_back(e);
  }
  names->clear();
  return -1;
}

// "X, a harsh critic of Z who denounced him, endorsed him", "In an
// interview, the senator, a longtime rival of Z, endorsed him": the head of
// an apposition opening with "a|an" and ending at the comma before the verb
// at `v`, a name or an office's holder (DescribedPerson) that opens its
// clause. The apposition may name people and hold a relative clause, but no
// comma of its own; -1 otherwise.
int RelationFinder::DescribedAppositionHead(uint32_t sb, uint32_t v) const {
  uint32_t c = v;
  while (c > sb && SkippableBeforeVerb(c - 1)) --c;
  if (c < sb + 4 || d_.Text(c - 1) != "," || in_quote_[c - 1]) return -1;
  --c;  // the closing comma
  uint32_t o = c;
  while (o > sb && o + 20 > c) {
    const TokKind kind = d_.tokens[o - 1].kind;
    if (in_quote_[o - 1]) return -1;
    if (kind == TokKind::kPunct || kind == TokKind::kSingleQuote) break;
    --o;
  }
  if (o <= sb + 1 || d_.Text(o - 1) != "," || !In(d_.Lower(o), {"a", "an"})) return -1;
  const uint32_t open = o - 1;
  const auto opens_clause = [&](uint32_t b) { return b == sb || d_.Text(b - 1) == ","; };
  if (MentionEndsAt(open) && IsType(Ent(open - 1), EntityType::kPerson)) {
    uint32_t b = MentionBegin(open - 1);  // "Sen. X", "Arizona Sen. X"
    while (b > sb && Ent(b - 1) < 0 && (m_.title_at[b - 1] >= 0 || d_.tokens[b - 1].cap)) --b;
    return opens_clause(b) ? Ent(open - 1) : -1;
  }
  for (uint32_t the = open; the > sb && the + 6 > open;) {
    --the;
    if (Ent(the) >= 0 || d_.tokens[the].kind != TokKind::kWord) return -1;
    if (!d_.IsWord(the, "the")) continue;
    uint32_t end = 0;
    int x = DescribedPerson(the, {}, false, &end);
    if (x < 0) {
      // The office no one named carried: the reference rules' reading ("the
      // Arizona senator said" finds its speaker the same way).
      uint32_t len = 0;
      x = ResolveReference(d_, m_, &in_quote_, the, &len);
      end = the + len;
    }
    return IsType(x, EntityType::kPerson) && end == open && opens_clause(the) ? x : -1;
  }
  return -1;
}

int RelationFinder::DescribedObjectPerson(uint32_t the, const std::vector<int>& endorsers) const {
  uint32_t end = 0;
  const int y = DescribedPerson(the, endorsers, true, &end);
  return IsType(y, EntityType::kPerson) ? y : -1;
}

}  // namespace kg::extract::internal
