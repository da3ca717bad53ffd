// A non-restrictive aside between a subject's name and its predicate: a
// relative clause (", who is seeking re-election,", ", which is based in
// Washington,"), an apposition (", a Democrat,", ", the former governor of
// Ohio,", ", a longtime ally of the president,"), an age (", 72,") or a
// party tag (" (D-Ohio)", ", R-Ky.,"). Such an aside does not change who
// acts, but each rule that wants its subject right before the verb or the
// copula ("X was the first senator to endorse Y", "X is a retired general
// who endorsed Y", "X dropped out to back Y") used to lose the name behind
// it. TrailedNameEnd steps back over up to two asides (a party tag, then an
// apposition) to the end of the name they trail, so SubjectOf and those
// rules read "X, a Democrat, was" like "X was".
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// Words a clause's subject follows: "whom X, a Democrat, endorsed", "when
// X, who is seeking re-election, dropped out to back Y". A name after a
// verb or a preposition is an object ("refused to support X, who had a
// reputation for corruption, backing Y"; "the wife of X, a Democrat,
// endorsed Y"), and one after "and" a list's last item, which Subjects
// reads from the list's start.
bool OpensClause(std::string_view w) {
  return In(
      w, {",",     "-",       "--",    "\xe2\x80\x94", "\xe2\x80\x93", "whom",  "that",   "when",
          "while", "because", "since", "although",     "though",       "after", "before", "as",
          "if",    "but",     "so",    "until",        "once",         "said",  "says",   "then"});
}

}  // namespace

// The opening of one aside that ends right before `t` (its "(" or first
// comma), or `t` when none ends there.
uint32_t RelationSubjects::AsideOpening(uint32_t sb, uint32_t t) const {
  if (t < sb + 3 || in_quote_[t - 1]) return t;
  if (d_.Text(t - 1) == ")") {
    // "(D-Ohio)", "(D)": a party tag in parentheses.
    const uint32_t open = t - 3;
    if (open <= sb || d_.Text(open) != "(") return t;
    const std::string_view p = d_.Text(open + 1);
    return In(p, {"R", "D", "I"}) || IsPartyTag(p) ? open : t;
  }
  if (d_.Text(t - 1) != ",") return t;
  uint32_t c = t - 1;
  while (c > sb + 1 && c + 26 > t) {
    --c;
    const std::string_view p = d_.Text(c);
    if (in_quote_[c] || In(p, {".", ";", ":", "(", ")", "\xe2\x80\x94", "\xe2\x80\x93", "--"}) ||
        d_.tokens[c].kind == TokKind::kOpenQuote || d_.tokens[c].kind == TokKind::kCloseQuote)
      return t;
    if (p == ",") break;
  }
  if (d_.Text(c) != "," || c + 2 >= t) return t;
  const uint32_t f = c + 1;  // the aside's first token
  const std::string_view w = d_.Lower(f);
  const uint32_t len = t - 1 - f;
  // ", 72,": an age; ", D-Ohio,": a party tag.
  if (len == 1) return d_.tokens[f].kind == TokKind::kNumber || IsPartyTag(d_.Text(f)) ? c : t;
  // ", who is seeking re-election,", ", which is based in Washington,".
  if (In(w, {"who", "which", "whose"})) return c;
  // ", a Democrat,", ", the former governor of Ohio,", ", himself a
  // veteran,", ", now a lobbyist,".
  if (In(w, {"a", "an", "the", "another", "one", "himself", "herself", "itself", "now", "then",
             "once", "formerly", "also"}) &&
      d_.tokens[f + 1].kind == TokKind::kWord)
    return c;
  return t;
}

// The token after the name that the asides ending right before `t` trail
// (a person or an organisation, named, not only described, opening its
// clause), or `t` when no aside ends there or no such
// name comes before it.
uint32_t RelationSubjects::TrailedNameEnd(uint32_t sb, uint32_t t) const {
  uint32_t x = t;
  bool who = false, which = false;  // "who" heads a person, "which" an organisation
  for (int n = 0; n < 2; ++n) {
    const uint32_t o = AsideOpening(sb, x);
    if (o == x) break;
    x = o;
    who |= d_.Lower(o + 1) == "who";
    which |= d_.Lower(o + 1) == "which";
  }
  if (x == t) return t;
  x = SkipNameTail(sb, x);  // "Sen. X of Ohio, who"
  if (!MentionEndsAt(x) || m_.mentions[m_.MentionAt(x - 1)].descriptor) return t;
  if ((who && !IsType(Ent(x - 1), EntityType::kPerson)) ||
      (which && !IsType(Ent(x - 1), EntityType::kOrganization)))
    return t;
  // "former Trump adviser X", "Senate President X", "WASHINGTON - Sen.
  // X": titles and capitalised words (names too) before the name.
  uint32_t b = MentionBegin(x - 1);
  while (b > sb && d_.tokens[b - 1].kind == TokKind::kWord &&
         (m_.title_at[b - 1] >= 0 || d_.tokens[b - 1].cap ||
          In(d_.Lower(b - 1), {"former", "current", "late", "acting", "incoming", "outgoing",
                               "retiring", "longtime", "fellow", "sitting"})))
    --b;
  return b == sb || OpensClause(d_.Lower(b - 1)) ? x : t;
}

// Whether the aside that ends right before `t` marks a politician or says
// nothing of what the person is: a relative clause, a party tag, or a
// party for its noun (", a Democrat,", ", a longtime Republican,"); not
// ", a close friend of the family," or ", 63,", as often a voter's.
bool RelationSubjects::PoliticalAside(uint32_t sb, uint32_t t) const {
  const uint32_t o = AsideOpening(sb, t);
  if (o == t) return false;
  const std::string_view w = d_.Lower(o + 1);
  if (d_.Text(o) == "(" || IsPartyTag(d_.Text(o + 1)) || In(w, {"who", "which", "whose"}))
    return true;
  return In(w, {"a", "an"}) && t >= o + 4 && In(d_.Lower(t - 2), {"democrat", "republican"});
}

// The name before asides that end right before `t`, or -1.
int RelationSubjects::TrailedName(uint32_t sb, uint32_t t) const {
  const uint32_t x = TrailedNameEnd(sb, t);
  return x < t ? Ent(x - 1) : -1;
}

}  // namespace kg::extract::internal
