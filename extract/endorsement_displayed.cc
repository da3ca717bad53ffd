// Endorsements a candidate shows off or leans on: "Y highlighted|cited|
// trumpeted the endorsement of X", "Y leaned on|relied on X's backing",
// "Y made X's endorsement a centerpiece of her campaign", "Y is running for
// governor with X's endorsement". Holding and displaying presuppose that X
// endorsed Y, like "won|touted" (IsReceiveVerb); wishing, losing or judging
// it ("sought", "lost", "mocked", "questioned") does not, so those verbs
// are left out. Kept apart from endorsement_nouns.cc, which other rules
// grow.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

bool IsStrictElectionWord(std::string_view w);  // endorsement_cues.cc

// The first token of a verb ending at `v` by which its subject shows or
// leans on an endorsement it holds ("highlighted", "leaned on"), else -1.
// "rode the endorsement of X" is left to the frame (endorsement_frame.cc).
int RelationFinder::DisplayVerbStart(uint32_t sb, uint32_t v) const {
  if (v < sb || in_quote_[v]) return -1;
  const std::string_view w = d_.Lower(v);
  if (In(w, {"highlighted", "highlights", "highlighting", "cited",     "cites",    "citing",
             "featured",    "features",   "featuring",    "trumpeted", "trumpets", "trumpeting",
             "brandished",  "brandishes", "brandishing",  "flaunted",  "flaunts",  "flaunting",
             "carries",     "carried",    "carrying"}))
    return HedgedBefore(sb, v) ? -1 : static_cast<int>(v);
  // "leaned on", "relies on": the phrasal verb's first word.
  if (w == "on" && v > sb &&
      In(d_.Lower(v - 1),
         {"leaned", "leans", "leaning", "relied", "relies", "relying", "banked", "banking"}))
    return HedgedBefore(sb, v - 1) ? -1 : static_cast<int>(v - 1);
  return -1;
}

// The person a relative clause right before the verb at `v` describes:
// "Y, who was elected Tuesday, touted ..." (SubjectOf stops at the comma
// that closes the clause); else -1.
int RelationFinder::RelativeClauseSubject(uint32_t sb, uint32_t v) const {
  if (v < sb + 4 || d_.Text(v - 1) != "," || in_quote_[v - 1]) return -1;
  for (uint32_t c = v - 1; c > sb + 1 && c + 14 > v; --c) {
    const std::string_view p = d_.Text(c - 1);
    if (p == ";" || p == "." || in_quote_[c - 1]) return -1;
    if (p != ",") continue;
    if (d_.Lower(c) != "who" || !MentionEndsAt(c - 1)) return -1;
    return IsType(Ent(c - 2), EntityType::kPerson) ? Ent(c - 2) : -1;
  }
  return -1;
}

// The subject of the verb at `v`; past a relative clause its head, not a
// name inside it ("Y, who ran for Senate, touted").
int RelationFinder::Subject(uint32_t sb, uint32_t v) const {
  const int r = RelativeClauseSubject(sb, v);
  return r >= 0 ? r : SubjectOf(sb, v);
}

// Who holds the possessive endorsement "X's endorsement|backing" whose
// noun phrase starts at `q` (the possessor or its title), the noun at `t`:
// the subject of a display verb before it, of "made ... a centerpiece",
// or the person a "with" phrase belongs to ("Y, with X's backing, leads",
// "Y is running for governor with X's endorsement"); else -1.
int RelationFinder::DisplayedHolder(uint32_t sb, uint32_t q, uint32_t t, uint32_t se) const {
  if (q <= sb || in_quote_[q - 1]) return -1;
  const int v = DisplayVerbStart(sb, q - 1);
  if (v >= 0) return Subject(sb, static_cast<uint32_t>(v));
  const std::string_view before = d_.Lower(q - 1);
  // "made X's endorsement a|the centerpiece of her campaign".
  if (In(before, {"made", "makes", "making"}) && t + 2 < se && In(d_.Lower(t + 1), {"a", "the"}) &&
      In(d_.Lower(t + 2), {"centerpiece", "centrepiece", "cornerstone", "focus", "linchpin"}) &&
      !HedgedBefore(sb, q - 1))
    return Subject(sb, q - 1);
  if (before != "with" || q < sb + 2 || HedgedBefore(sb, q - 1)) return -1;
  const uint32_t w = q - 1;
  // "Y, with X's backing, ...": the clause's subject, or the name itself.
  if (d_.Text(w - 1) == ",") {
    if (w >= sb + 3 && MentionEndsAt(w - 1) && IsType(Ent(w - 2), EntityType::kPerson))
      return Ent(w - 2);
    const int subject = SubjectBefore(sb, w - 1);
    return IsType(subject, EntityType::kPerson) ? subject : -1;
  }
  // "Y won the primary with X's endorsement", "running for governor with":
  // only after an election word ("Y disagreed with", "Y is happy with" are
  // no holding).
  const std::string_view prev = d_.Lower(w - 1);
  if (!IsStrictElectionWord(prev) &&
      !In(prev, {"governor", "senate", "seat", "race", "mayor", "president", "presidency",
                 "congress", "house", "office", "contest", "bid", "district"}))
    return -1;
  const int subject = SubjectBefore(sb, w - 1);
  return IsType(subject, EntityType::kPerson) ? subject : -1;
}

// The holder of "X's endorsement|backing" when the possessive ends at `k`
// and the noun is at `t`: DisplayedHolder, and for "backing" also the
// subject of "has" ("Y, who has X's backing"; "endorsement" after "has" is
// a rule of endorsement_nouns.cc). Not "X's endorsement of|for Z", whose
// endorsee follows. Else -1.
int RelationFinder::DisplayedPossessive(uint32_t sb, uint32_t k, uint32_t t, uint32_t se) const {
  if (k < sb + 2 || d_.tokens[k - 1].kind != TokKind::kPossessive) return -1;
  const int x = Ent(k - 2);
  if (!IsType(x, EntityType::kPerson) && !IsType(x, EntityType::kOrganization)) return -1;
  if (t + 1 < se && In(d_.Lower(t + 1), {"of", "for", "by", "to"})) return -1;
  // The possessor's title and place before the name ("President X's").
  uint32_t q = MentionBegin(k - 2);
  while (q > sb && Ent(q - 1) < 0 && m_.title_at[q - 1] >= 0) --q;
  if (q > sb && d_.Lower(q - 1) == "the") --q;
  int y = DisplayedHolder(sb, q, t, se);
  if (y < 0 && d_.Lower(t) == "backing" && q > sb &&
      In(d_.Lower(q - 1), {"has", "had", "have", "having"}) && !HedgedBefore(sb, q - 1))
    y = Subject(sb, q - 1);
  return IsType(y, EntityType::kPerson) && y != x ? y : -1;
}

}  // namespace kg::extract::internal
