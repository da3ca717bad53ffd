// A union's local, named by the union and its number: "Teamsters Local 25",
// "Service Employees International Union Local 500", "IBEW Local 98", or
// the number first, "Local 1613 of the Plumbers Union". The capitalised
// chunk ends at "Local" because a number is no capitalised word, so the
// name was lost ("Teamsters Local" named nothing, its endorsements had no
// endorser). ScanChunks asks UnionLocal at each chunk's end and keeps the
// local as one organisation.
#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

bool LocalNumber(std::string_view w) {
  if (w.empty() || w.size() > 9 || w[0] < '0' || w[0] > '9') return false;
  for (char c : w) {
    if (!((c >= '0' && c <= '9') || c == '-' || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

}  // namespace

// The end of the local's name when the chunk [b, e) ends in "Local" before
// a number, 0 otherwise; *start is where the name begins (after a title
// and its "of [the]": "president of Teamsters Local 25").
uint32_t Finder::UnionLocal(uint32_t b, uint32_t e, uint32_t se, uint32_t* start) const {
  if (e >= se || d_.Text(e - 1) != "Local" || !LocalNumber(d_.Text(e))) return 0;
  uint32_t i = b;
  while (i + 1 < e) {
    const int ti = out_.title_at[i];
    if (ti >= 0 && out_.titles[ti].tok_begin == i && out_.titles[ti].tok_end < e) {
      i = out_.titles[ti].tok_end;
      continue;
    }
    if (d_.Has(i, kFunctionWord) && !d_.Has(i, kOrgHead)) {
      ++i;
      continue;
    }
    break;
  }
  uint32_t end = e + 1;
  // "WDIV Local 4 News", "the Local 18 Training Center": a station or a
  // place named with the number, not a union's local.
  if (end < se && CapWord(end) && d_.Has(end, kOrgHead | kOutletHead | kNonPersonTail)) return 0;
  if (i + 1 == e && !d_.IsWord(end, "of")) {
    // "Local 2544 said", "Local 400 President Jane Roe": a local named by
    // its number alone, in an article about a union (not a broadcaster's
    // "Local 10 reported"); not before another name ("the Local 18
    // Richfield Training Site").
    if (end < se && CapWord(end) && out_.title_at[end] < 0) return 0;
    bool union_named = false;
    for (uint32_t t = 0; t < d_.tokens.size() && !union_named; ++t)
      union_named = d_.IsWord(t, "union") || d_.IsWord(t, "unions");
    if (!union_named) return 0;
  } else if (i + 1 == e) {
    // "Local 1613 of the Plumbers Union": the union after "of [the]",
    // capitalised words ending in a head word or an acronym.
    uint32_t u = end + 1;
    if (d_.IsWord(u, "the")) ++u;
    uint32_t ue = u;
    while (ue < se && CapWord(ue) && out_.title_at[ue] < 0) {
      ++ue;
      // "Local 8 of the American Federation of Musicians".
      if (d_.IsWord(ue, "of") && d_.Has(ue - 1, kOfHead) && CapWord(ue + 1)) ++ue;
    }
    if (ue == u || !(d_.Has(ue - 1, kOrgHead) || d_.tokens[ue - 1].allcaps ||
                     d_.Lower(ue - 1).ends_with("ers")))
      return 0;
    end = ue;
  } else if (d_.Has(e - 2, kPlaceWord | kOutletHead) && !d_.Has(e - 2, kOrgHead)) {
    return 0;  // "Detroit Local 4": a broadcaster's brand
  }
  // "Communications Workers of America Local 4340": the union's name
  // ran across "of", which ended the chunk before this one.
  if (i == b && b >= 2 && d_.IsWord(b - 1, "of") && CapWord(b - 2) && out_.title_at[b - 2] < 0 &&
      (d_.Lower(b - 2).ends_with("ers") || d_.Lower(b - 2).ends_with("ees"))) {
    i = b - 2;
    while (i > 0 && CapWord(i - 1) && out_.title_at[i - 1] < 0 && !d_.Has(i - 1, kFunctionWord))
      --i;
  }
  *start = i;
  return end;
}

}  // namespace kg::extract::mention_internal
