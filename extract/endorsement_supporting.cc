// Who "is supporting" a candidate when something stands between the name and
// the verb (stop 25): a party tag ("X, D-Ill., is supporting Y") or a
// comma-closed description of an official ("University President X, a close
// ally of the governor, is supporting Y"), or a coordinated predicate ("X
// endorsed Z but now supports Y"). SupportsCandidate
// (endorsement_cues.cc) wants the supporter named right before the verb,
// since "she says she supports Y" is as often a voter's answer; a voter is
// often described too ("X, 63, a retired teacher, is supporting Y"), so the
// description counts only for a person with a title or a party tag. Also the
// subject of a coordinated predicate that holds support ("X is firmly
// liberal, and has the support of Z"), and support given as a double object
// ("X gave Y his backing").
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// Whether a title stands before or inside the person mention ending at `e`
// ("Sen. X", "Liberty University President X").
bool RelationFinder::TitledPersonEndsAt(uint32_t sb, uint32_t e) const {
  if (!MentionEndsAt(e) || !IsType(Ent(e - 1), EntityType::kPerson)) return false;
  const uint32_t b = MentionBegin(e - 1);
  for (uint32_t k = b > sb + 2 ? b - 2 : sb; k < e; ++k) {
    if (TitleAt(k) >= 0) return true;
  }
  return false;
}

// The comma before the verb group at `p` closes a party tag ("X, D-Ill.,")
// or a description of a titled person ("President X, a close ally of Z and
// a leading evangelical,"): the person, else -1. The description opens with
// a lower-case word, holds at most 14 words and no name, number, verb,
// quotation or clause word.
int RelationFinder::DescribedSupporterBefore(uint32_t sb, uint32_t p) const {
  if (p < sb + 4 || d_.Text(p - 1) != ",") return -1;
  const uint32_t tag = PartyTagTail(sb, p);
  if (tag < p && MentionEndsAt(tag) && IsType(Ent(tag - 1), EntityType::kPerson))
    return Ent(tag - 1);
  for (uint32_t k = p - 1; k > sb + 1 && k + 16 > p; --k) {
    const uint32_t w = k - 1;
    if (d_.Text(w) == ",") {
      const bool opens = d_.tokens[k].kind == TokKind::kWord && !d_.tokens[k].cap;
      return opens && k + 1 < p - 1 && TitledPersonEndsAt(sb, w) ? Ent(w - 1) : -1;
    }
    if (in_quote_[w] || d_.tokens[w].kind == TokKind::kNumber ||
        (d_.tokens[w].kind == TokKind::kPunct && d_.Text(w) != "-") ||
        (Ent(w) >= 0 && IsType(Ent(w), EntityType::kPerson)) || IsVerbLike(d_.Lower(w)) ||
        In(d_.Lower(w), {"who", "which", "that", "said", "says", "voter", "voters", "resident",
                         "residents", "retired", "student"}))
      return -1;
  }
  return -1;
}

// "X, the party favorite, is firmly liberal, and has the support of Z", "X won
// the primary and has the backing of Z": the person opening the sentence is
// the subject of a verb coordinated by "and" with the one at `v`, else -1.
// The sentence opens with the person (after "But|And|Still"), who is followed
// by a finite verb, past a comma-closed apposition without names; nothing
// between that verb and "and" names anyone or opens a relative clause, and
// "and" comes within 24 tokens (a clause "Y leads and X has ..." has its own
// subject, which SubjectOf finds first).
int RelationFinder::CoordinatedPredicateSubject(uint32_t sb, uint32_t v) const {
  if (v < sb + 4 || d_.Lower(v - 1) != "and" || in_quote_[v]) return -1;
  uint32_t b = sb;
  if (In(d_.Lower(b), {"but", "and", "still"})) ++b;
  // "On Tuesday, X ...": past a fronted adverbial (endorsement_clauses.cc).
  for (uint32_t c = b + 1; c < v && c <= b + 5; ++c) {
    if (FrontedAdverbial(b, c)) {
      b = c + 1;
      break;
    }
  }
  if (!IsType(Ent(b), EntityType::kPerson) || MentionBegin(b) != b) return -1;
  const int x = Ent(b);
  uint32_t k = MentionEnd(b);
  if (k < v && d_.Text(k) == ",") {  // an apposition: "X, the party favorite,"
    uint32_t c = k + 1;
    while (c < v && c < k + 12 && d_.Text(c) != "," && Ent(c) < 0 && !in_quote_[c]) ++c;
    if (c >= v || d_.Text(c) != ",") return -1;
    k = c + 1;
  }
  while (k < v && SkippableBeforeVerb(k)) ++k;
  const std::string_view verb = d_.Lower(k);
  if (k >= v || d_.tokens[k].kind != TokKind::kWord || d_.tokens[k].cap ||
      !(IsVerbLike(verb) || IsReceiveVerb(verb) || verb.ends_with("ed") ||
        In(verb, {"won", "is", "was", "leads", "led", "holds", "remains", "faces", "runs"})))
    return -1;
  if (v > k + 24) return -1;
  for (uint32_t a = k + 1; a + 1 < v; ++a) {
    if (Ent(a) >= 0 && (IsType(Ent(a), EntityType::kPerson) || a + 2 >= v)) return -1;
    if (in_quote_[a] || In(d_.Lower(a), {"and", "who", "which", "that", "but", "while", ";"}))
      return -1;
  }
  return x;
}

// "Y won|got|secured (Gov.) X's support|backing", "Y had X's support": a
// receive verb or "has" before the possessor ending right before `k` (the
// noun phrase's first word after the possessive), unhedged ("may have won
// X's support" gives nothing). The support noun's rule otherwise needs "the
// support of X" after such a verb.
bool RelationFinder::PossessiveSupportHeld(uint32_t sb, uint32_t k) const {
  if (k < sb + 3 || d_.tokens[k - 1].kind != TokKind::kPossessive || Ent(k - 2) < 0) return false;
  uint32_t q = MentionBegin(k - 2);
  while (q > sb && Ent(q - 1) < 0 && m_.title_at[q - 1] >= 0) --q;  // "Gov. X's"
  if (q > sb && d_.Lower(q - 1) == "the") --q;
  if (q <= sb || in_quote_[q - 1] || HedgedBefore(sb, q - 1) ||
      !(IsTakeVerb(d_.Lower(q - 1), q >= sb + 2 ? d_.Lower(q - 2) : "") ||
        In(d_.Lower(q - 1), {"has", "had", "have", "having", "secured", "secures"})))
    return false;
  // The holder is named next to the verb (or a relative's head): a
  // description ("the Nevada lawmaker has secured X's support") is resolved
  // too loosely to give a candidate.
  uint32_t p = q - 1;
  while (p > sb && SkippableBeforeVerb(p - 1)) --p;
  if (p > sb && In(d_.Lower(p - 1), {"who", "which"})) return true;
  return MentionEndsAt(p) && !m_.mentions[m_.mention_at[p - 1]].descriptor;
}

// "X gave|handed|lent|offered Y his (full) support|backing": the support
// noun's possessive run starts at `k` (adjectives passed); Y is a person
// named right before the possessive pronoun. The giving verb's position,
// else -1. Not hedged ("may give Y his support"), not quoted.
int RelationFinder::GivenSupportVerb(uint32_t sb, uint32_t k) const {
  if (k < sb + 3 || !In(d_.Lower(k - 1), {"his", "her", "its", "their"}) ||
      !IsType(Ent(k - 2), EntityType::kPerson) || MentionEnd(k - 2) != k - 1)
    return -1;
  const uint32_t v = MentionBegin(k - 2);
  if (v <= sb || in_quote_[v - 1] || HedgedBefore(sb, v - 1) ||
      !In(d_.Lower(v - 1), {"handed", "hands", "handing", "gave", "gives", "giving", "given",
                            "lent", "lends", "offered", "offers", "offering"}))
    return -1;
  return static_cast<int>(v - 1);
}

// The giver of GivenSupportVerb is the verb's subject, as in "gave Y his
// endorsement" (endorsement_nouns.cc). The caller wants an election sentence
// or article: "gave him her support" is as often comfort.
bool RelationFinder::GivenSupport(uint32_t s, uint32_t k) {
  const uint32_t sb = d_.sentences[s].tok_begin;
  const int v = GivenSupportVerb(sb, k);
  if (v < 0) return false;
  const int y = Ent(k - 2);
  const int src = SubjectOf(sb, v, false);
  if (src < 0 || src == y) return false;
  for (int x : Subjects(sb, v, src)) {
    if (x != y) Add("ENDORSES", x, y, s, "endorse.nominal");
  }
  return true;
}

// Whether "supports" at `p` (adverbs skipped) is a predicate coordinated
// after its subject's first one: "X endorsed Z in 2018 but now supports Y",
// "X, a lawyer who worked for Z and supports Y"; the subject is found as
// for "backs" (ActiveEndorsement). Not a voter's clause ("X voted for Z
// and now supports Y").
bool RelationFinder::CoordinatedSupports(uint32_t sb, uint32_t p) const {
  if (p <= sb + 2 || !In(d_.Lower(p - 1), {"and", "but"})) return false;
  for (uint32_t k = sb; k < p; ++k) {
    if (In(d_.Lower(k), {"voted", "votes", "vote", "voting", "voter", "voters"})) return false;
  }
  return true;
}

// The name before a comma-closed "whose" clause that ends right before the
// verb at `v`: "X, whose endorsement Z sought, backed Y", "X, whose son
// works for Z, is backing Y". No punctuation inside the clause; the name a
// person or an organisation ending right before ", whose".
int RelationFinder::WhoseClauseSubject(uint32_t sb, uint32_t v) const {
  if (v < sb + 5 || d_.Text(v - 1) != ",") return -1;
  for (uint32_t k = v - 2; k > sb + 1 && k + 16 > v; --k) {
    if (d_.tokens[k].kind == TokKind::kPunct || in_quote_[k]) return -1;
    if (d_.Lower(k) != "whose") continue;
    if (k + 3 > v || d_.Text(k - 1) != ",") return -1;
    const uint32_t end = SkipNameTail(sb, k - 1);
    if (!MentionEndsAt(end)) return -1;
    const int e = Ent(end - 1);
    // "The mother of X, whose son ..., backed Y": the mother, unnamed.
    uint32_t b = MentionBegin(end - 1);
    if (TitleAt(b) < 0 && b > sb && TitleAt(b - 1) >= 0) b = m_.titles[TitleAt(b - 1)].tok_begin;
    if (b > sb && In(d_.Lower(b - 1), {"of", "for", "to", "with", "by"})) return -1;
    return IsType(e, EntityType::kPerson) || IsType(e, EntityType::kOrganization) ? e : -1;
  }
  return -1;
}

}  // namespace kg::extract::internal
