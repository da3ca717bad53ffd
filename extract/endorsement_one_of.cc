// One of a person's backers (RelationFinder::OneOfBackers, endorse.backer):
// a person or body counted among the backers, endorsers or supporters of a
// named person endorses that person. The apposition ("X, one of Y's
// earliest backers", "X -- one of Y's highest-profile endorsers --"), the
// copula ("X was one of Y's earliest supporters", "X has been among Y's
// most loyal backers", "X continues to be one of Y's biggest supporters")
// and the copula's subject after a description or relative clause ("X, the
// state's governor, was one of ..."). "supporters" is a voter's word as
// often as a backer's ("Fox News viewers are among Y's strongest
// supporters"): it counts only in the "one of" forms with a named subject,
// in an election sentence or article.
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

// The copula before "one of" and the words that may join it to its
// subject ("has long been", "has risen to become", "continues to be").
bool OneOfCopula(std::string_view w) {
  return In(w, {"is", "was", "been", "remains", "remained", "became", "becomes", "become", "be"});
}
bool CopulaFiller(std::string_view w) {
  return In(w, {"has", "have", "had", "also", "still", "long", "once", "now", "always", "already",
                "quickly", "to", "continues", "continued", "risen", "grown", "come"});
}

}  // namespace

// Whether "one of" stands among the eight words before the noun at `t`
// (the sentence gate of Triggers for "supporters").
bool RelationFinder::OneOfBefore(uint32_t sb, uint32_t t) const {
  for (uint32_t k = t; k > sb + 1 && k + 8 > t; --k) {
    if (d_.Lower(k - 1) == "of" && d_.Lower(k - 2) == "one") return true;
  }
  return false;
}

// Whether the name whose first token is `b` opens its clause: only titles
// and capitalised words before it, then the sentence start or a comma ("In
// 2016, Sen. X was ..."); not "The wife of X was ...".
bool RelationFinder::NameOpensClause(uint32_t sb, uint32_t b) const {
  while (b > sb && Ent(b - 1) < 0 && d_.tokens[b - 1].kind == TokKind::kWord &&
         (m_.title_at[b - 1] >= 0 || d_.tokens[b - 1].cap || d_.Lower(b - 1) == "former"))
    --b;
  return b == sb || d_.Text(b - 1) == ",";
}

// The named subject of "X (has been|continues to be) one of" whose "one" is
// at `one`: a name right before the copula that opens its clause, a name
// before a comma-closed description or relative clause ("X, the state's
// governor, was", "X, who ..., was"), or the head of "X, who is one of";
// -1 when there is none, the copula is negated or hedged ("is not one of",
// "may be one of").
int RelationFinder::OneOfSubject(uint32_t sb, uint32_t one) const {
  if (one < sb + 2 || !OneOfCopula(d_.Lower(one - 1)) || in_quote_[one - 1]) return -1;
  uint32_t t = one - 1;
  while (t > sb && CopulaFiller(d_.Lower(t - 1))) --t;
  if (t == sb || HedgedBefore(sb, one - 1)) return -1;
  // "X, who is one of Y's supporters": the relative's head.
  // "X, who is one of Y's supporters": the relative's head, not a name
  // inside another's description ("the wife of X, who is ...").
  if (d_.Lower(t - 1) == "who" && t >= sb + 3 && d_.Text(t - 2) == ",") {
    const int x = PersonBeforeComma(sb, t - 2);
    if (x < 0) return -1;
    uint32_t e = t - 2;
    while (e > sb && Ent(e - 1) != x) --e;
    const uint32_t nb = e > sb ? MentionBegin(e - 1) : sb;
    return nb > sb && (d_.Lower(nb - 1) == "of" || d_.tokens[nb - 1].kind == TokKind::kPossessive)
               ? -1
               : x;
  }
  // "X (R-Ala.) was one of": past a party tag (subject_asides.cc).
  if (d_.Text(t - 1) == ")") t = TrailedNameEnd(sb, t);
  if (MentionEndsAt(t)) {
    const int m = m_.MentionAt(t - 1);
    if (m < 0 || m_.mentions[m].descriptor || !NameOpensClause(sb, MentionBegin(t - 1))) return -1;
    return Ent(t - 1);
  }
  if (d_.Text(t - 1) != ",") return -1;
  // "X, the state's governor, was": back over the description or clause to
  // the first comma after a name; the description names nobody else before
  // that comma.
  for (uint32_t c = t - 1; c > sb + 1 && c + 30 > t;) {
    --c;
    const std::string_view p = d_.Text(c);
    if (p == ";" || p == "." || p == ":" || in_quote_[c]) return -1;
    if (p != ",") continue;
    const int x = PersonBeforeComma(sb, c);
    if (x < 0) continue;
    uint32_t e = c;
    while (e > sb && Ent(e - 1) != x) --e;
    return e > sb && NameOpensClause(sb, MentionBegin(e - 1)) ? x : -1;
  }
  return -1;
}

// The person X of "X, a DESCRIPTION and one of ..." whose "and" is at `a`:
// back over the first description (up to 20 words, place commas such as
// "Youngstown, Ohio," inside it, no other person) to the comma after X that
// opens it with an article or "former"; -1 when there is none.
int RelationFinder::CoordinatedAppositionOwner(uint32_t sb, uint32_t a) const {
  for (uint32_t c = a; c > sb + 1 && c + 20 > a;) {
    --c;
    const std::string_view p = d_.Text(c);
    if (p == ";" || p == "." || p == ":" || in_quote_[c]) return -1;
    if (IsType(Ent(c), EntityType::kPerson)) return -1;
    if (p != "," || !In(d_.Lower(c + 1), {"a", "an", "the", "former"})) continue;
    const int x = PersonBeforeComma(sb, c);
    if (x >= 0) return IsType(x, EntityType::kPerson) ? x : -1;
  }
  return -1;
}

// "X, one of Y's earliest backers", "X -- one of Y's highest-profile
// endorsers --": the person X before an apposition that counts X among
// the backers of the person Y (the noun at `t`, up to three lower-case
// modifiers before it); also a copula's subject, "X has been among Y's
// most loyal backers" (a body too: "The NRA was among Y's earliest
// backers"), "X was one of Y's earliest supporters".
void RelationFinder::OneOfBackers(uint32_t sb, uint32_t s, uint32_t t, bool election) {
  const bool supporters = d_.Lower(t) == "supporters";
  uint32_t k = t;
  // "most loyal", "earliest corporate", "earliest and strongest".
  while (k > sb && k + 5 > t && d_.tokens[k - 1].kind == TokKind::kWord && !d_.tokens[k - 1].cap &&
         (!d_.Has(k - 1, kFunctionWord) || d_.Lower(k - 1) == "most" ||
          (d_.Lower(k - 1) == "and" && k < t && k - 1 > sb && !d_.tokens[k - 2].cap &&
           d_.tokens[k - 2].kind == TokKind::kWord)) &&
         Ent(k - 1) < 0)
    --k;
  if (k < sb + 3 || d_.tokens[k - 1].kind != TokKind::kPossessive ||
      !IsType(Ent(k - 2), EntityType::kPerson))
    return;
  // Outside an election story only support dated to a run's start ("one of
  // Y's earliest supporters") is a candidate's.
  bool early = false;
  for (uint32_t m = k; m < t; ++m) early |= In(d_.Lower(m), {"earliest", "early", "first"});
  if (supporters && !election && !early && !ElectionArticle()) return;
  const int dst = Ent(k - 2);
  uint32_t b = MentionBegin(k - 2);
  while (b > sb && Ent(b - 1) < 0 && m_.title_at[b - 1] >= 0) --b;  // "President Y's"
  // "X has been among (GOP nominee) Y's most loyal backers": the copula's
  // subject.
  uint32_t a = b;
  while (a > sb && a + 4 > b && Ent(a - 1) < 0 && d_.tokens[a - 1].kind == TokKind::kWord &&
         (m_.title_at[a - 1] >= 0 || d_.tokens[a - 1].cap))
    --a;
  if (a >= sb + 3 && d_.Lower(a - 1) == "among" && !in_quote_[a - 1]) {
    if (supporters) return;
    b = a;
    uint32_t v = b - 1;
    if (d_.Lower(v - 1) == "also") --v;
    if (v <= sb + 1 || !In(d_.Lower(v - 1), {"is", "was", "been"}) || HedgedBefore(sb, v - 1))
      return;
    int x = SubjectOf(sb, v - 1);
    // "The NRA, meanwhile, has been among ...": past a one-word aside.
    uint32_t q = v - 1;
    while (q > sb && In(d_.Lower(q - 1), {"has", "have", "had"})) --q;
    if (x < 0 && q >= sb + 4 && d_.Text(q - 1) == "," && d_.Text(q - 3) == "," &&
        d_.tokens[q - 2].kind == TokKind::kWord && !d_.tokens[q - 2].cap && MentionEndsAt(q - 3))
      x = SubjectOf(sb, q - 3);
    if (x >= 0 && x != dst) Add("ENDORSES", x, dst, s, "endorse.backer");
    return;
  }
  if (b < sb + 4 || d_.Lower(b - 1) != "of" || d_.Lower(b - 2) != "one") return;
  // "X was one of Y's earliest supporters", "X, the state's governor,
  // continues to be one of Y's biggest backers".
  if (const int x = OneOfSubject(sb, b - 2); x >= 0) {
    if (x != dst) Add("ENDORSES", x, dst, s, "endorse.backer");
    return;
  }
  uint32_t c = b - 3;
  // "X, the ranking Republican on the committee and one of Y's most
  // outspoken supporters": the apposition's second description.
  if (d_.Lower(c) == "and" && !in_quote_[c]) {
    if (const int x = CoordinatedAppositionOwner(sb, c); x >= 0 && x != dst)
      Add("ENDORSES", x, dst, s, "endorse.backer");
    return;
  }
  if (!In(d_.Text(c), {",", "-", "--", "\xe2\x80\x94", "\xe2\x80\x93"}) || in_quote_[c]) return;
  if (c > sb && d_.Text(c) == "-" && d_.Text(c - 1) == "-") --c;
  const uint32_t e = SkipNameTail(sb, c);
  if (MentionEndsAt(e) && IsType(Ent(e - 1), EntityType::kPerson))
    Add("ENDORSES", Ent(e - 1), dst, s, "endorse.backer");
}

}  // namespace kg::extract::internal
