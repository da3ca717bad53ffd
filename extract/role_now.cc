// The person a `now` phrase describes, for the HAS_ROLE apposition chain:
// "X, a former aide to Y who is now a lobbyist at Z", "X, a former official
// in the Y administration and now a fellow at Z", "X, who served as Y's
// spokesman and is now vice president of Z". The description before `now`
// is usually a past role whose organisation no rule reads (`aide to Y`,
// `official during the Y administration`), so the chain stopped there and
// never reached the present role after `now`.
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// `t` is a token `now`; returns the person whose apposition it continues and
// sets `*start` to the first token of the role after it, or returns -1.
int RoleRules::NowHolder(uint32_t sb, uint32_t t, uint32_t se, uint32_t* start) const {
  if (t < sb + 3 || t + 2 >= se || !In(d_.Lower(t), {"now", "currently"}) || in_quote_[t])
    return -1;
  // What opens the phrase: ", now", "and now", "who now", "who|and is now",
  // "who's now". A bare "is now" may be a clause of another subject ("said Y
  // is now ..."), so it needs `who` or `and` before it.
  uint32_t b = t - 1;  // the first token of the opener
  const std::string_view prev = d_.Lower(b);
  if (prev == "is" || d_.tokens[b].kind == TokKind::kPossessive) {
    if (!In(d_.Lower(b - 1), {"who", "and"})) return -1;
    if (d_.tokens[b].kind == TokKind::kPossessive && d_.Lower(b - 1) != "who") return -1;
    --b;
  } else if (prev != "," && prev != "and" && prev != "who") {
    return -1;
  }
  uint32_t k = t + 1;
  if (prev == "who" || prev == "and") {
    // "who now is|serves as director of Z", "and now serves as ...".
    if (In(d_.Lower(k), {"is", "serves", "works"})) ++k;
  }
  if (k < se && d_.Lower(k) == "as") ++k;
  if (k >= se) return -1;
  // The holder: the nearest person before the opener whose name a comma
  // follows, i.e. whose apposition this is ("Y, who is married to X, now the
  // deputy director of Z" is X's). A name without a comma (`aide to Y and
  // now`, `Y's former spokesman`) is part of the description.
  const uint32_t lo = b > sb + 40 ? b - 40 : sb;
  // The opener's own comma is looked at too: ", now" right after a name is
  // the plain apposition AppositionRoles reads anyway.
  for (uint32_t j = b + 1; j-- > lo + 1;) {
    const Token& tok = d_.tokens[j];
    // Not past a quotation, a clause break or a speech verb ("X, the chair,
    // said Monday that ... and now").
    if (in_quote_[j] || tok.kind == TokKind::kOpenQuote || tok.kind == TokKind::kCloseQuote)
      return -1;
    if (In(d_.Text(j), {";", ":", "(", ")"}) &&
        !(d_.Text(j) == ")" && j + 1 < b && d_.Text(j + 1) == ","))
      return -1;
    if (d_.Has(j, kSpeechVerb)) return -1;
    if (d_.Text(j) != ",") continue;
    const int p = PersonBeforeComma(sb, j);
    if (!IsType(p, EntityType::kPerson)) continue;
    // The apposition holds a description: "beat X, and now the chairman
    // of Y is ..." starts a clause (and ", now" after the name is the plain
    // apposition).
    if (j + 1 >= b) return -1;
    *start = k;
    return p;
  }
  return -1;
}

}  // namespace kg::extract::internal
