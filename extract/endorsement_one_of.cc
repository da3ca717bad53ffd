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
// in an election sentence or article. Also the first or only ones to
// endorse ("X, the first senator to endorse Y", FirstToEndorse) and the
// purpose infinitive of a who-clause ("X, who overcame ... to endorse her",
// RelativePurposeSubject), moved from endorsement_ends.cc.
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

// "X, the first senator to endorse Y", "X was one of the only governors to
// endorse Y", "X, 69, the first US senator to back Y", "X (R-Ala.), the
// first member of the House to support Y": an ordinal description of X
// before the infinitive at `to` (up to six words, capitalised ones, an
// organisation and "of|the|in" among them; no person).
int RelationFinder::FirstToEndorse(uint32_t sb, uint32_t to) const {
  const auto ordinal = [&](uint32_t x) {
    return In(d_.Lower(x), {"first", "only", "last", "latest", "second", "third", "fourth", "fifth",
                            "sixth", "seventh", "eighth", "ninth", "tenth", "newest",
                            "highest-ranking", "highest-profile"});
  };
  uint32_t k = to;
  while (k > sb && k + 7 > to && d_.tokens[k - 1].kind == TokKind::kWord &&
         !IsType(Ent(k - 1), EntityType::kPerson) && !ordinal(k - 1) && !in_quote_[k - 1] &&
         (!d_.Has(k - 1, kFunctionWord) || In(d_.Lower(k - 1), {"of", "the", "in"})))
    --k;  // "sitting senator", "members of Congress"
  if (k < sb + 2 || !ordinal(k - 1) || d_.Lower(k - 2) != "the") return -1;
  uint32_t a = k - 2;
  if (a >= sb + 2 && d_.Lower(a - 1) == "of" && d_.Lower(a - 2) == "one") a -= 2;
  // "X was among the first (senators) to back Y": one of them.
  else if (a >= sb + 2 && d_.Lower(a - 1) == "among")
    --a;
  if (a >= sb + 2 && d_.Text(a - 1) == ",") {
    uint32_t c = a - 1;
    // "X, 69, the first": an age; "X, R-Ala., the first": a party tag.
    for (uint32_t p = c; p > sb + 1 && p + 5 > c; --p) {
      if (d_.Text(p - 1) != ",") continue;
      const std::string_view first = d_.Text(p);
      const bool age = p + 1 == c && d_.tokens[p].kind == TokKind::kNumber;
      const bool tag = first.size() >= 3 && first[1] == '-' &&
                       (first[0] == 'D' || first[0] == 'R' || first[0] == 'I');
      if (age || tag) c = p - 1;
      break;
    }
    const uint32_t e = SkipNameTail(sb, c);
    return MentionEndsAt(e) ? Ent(e - 1) : -1;
  }
  if (a > sb && In(d_.Lower(a - 1), {"is", "was", "became", "becomes", "become"}) &&
      !HedgedBefore(sb, a - 1)) {
    int subject = SubjectOf(sb, a - 1, false);
    // "X is co-chair of the Z caucus and was the first member of Congress
    // to endorse Y": the subject of a coordinated predicate opens the
    // sentence (a person, before its first verb).
    if (subject < 0 && a >= sb + 3 && d_.Lower(a - 2) == "and") {
      const int first = Ent(sb);
      if (IsType(first, EntityType::kPerson) && SubjectBefore(sb, a - 1) == first &&
          MentionEnd(sb) < a - 2 && !d_.tokens[MentionEnd(sb)].cap &&
          d_.tokens[MentionEnd(sb)].kind == TokKind::kWord)
        subject = first;
    }
    // "Sen. X of Ohio became the first": past the home state.
    const uint32_t x = SkipNameTail(sb, a - 1);
    return subject >= 0 || x >= a - 1 || !MentionEndsAt(x) ? subject : Ent(x - 1);
  }
  // "The first member of Congress to endorse Y, X became ...", "As the only
  // senator to endorse Y, X ...": the description opens the sentence.
  if (a == sb || (a == sb + 1 && d_.Lower(sb) == "as")) return FrontedOrdinalSubject(to);
  return -1;
}

// "X, who overcame a long rivalry with the Y family to endorse her": the
// person X before a who-clause whose past-tense verb ends in a purpose
// infinitive (`to` at `to`). Not an intention or a failure ("who promised|
// refused to endorse"), and not when a person is the clause's object ("who
// persuaded Z to endorse").
int RelationFinder::RelativePurposeSubject(uint32_t sb, uint32_t to) const {
  for (uint32_t who = to; who > sb + 2 && who + 14 > to; --who) {
    const uint32_t k = who - 1;
    if (in_quote_[k] || d_.Text(k) == "." || d_.Text(k) == ";" || d_.Text(k) == ":") return -1;
    if (IsType(Ent(k), EntityType::kPerson)) {
      // Only a modifier ("the Y family"): a lower-case word after the name.
      const uint32_t after = MentionEnd(k);
      if (after >= to || d_.tokens[after].cap || d_.tokens[after].kind != TokKind::kWord) return -1;
    }
    if (d_.Lower(k) != "who") continue;
    if (d_.Text(k - 1) != "," || !MentionEndsAt(k - 1) ||
        !IsType(Ent(k - 2), EntityType::kPerson) || k + 3 > to)
      return -1;
    std::string_view verb = d_.Lower(k + 1);
    const bool past = verb.ends_with("ed") || In(verb, {"overcame", "came", "broke", "left", "took",
                                                        "rose", "went", "set", "put", "made"});
    if (!past ||
        In(verb, {"refused",    "declined",  "planned",    "wanted",     "hoped",     "intended",
                  "promised",   "pledged",   "vowed",      "threatened", "expected",  "sought",
                  "tried",      "attempted", "offered",    "failed",     "neglected", "hesitated",
                  "considered", "asked",     "urged",      "pressured",  "used",      "needed",
                  "seemed",     "appeared",  "reportedly", "declared"}))
      return -1;
    return Ent(k - 2);
  }
  return -1;
}

}  // namespace kg::extract::internal
