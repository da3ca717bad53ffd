// Names opened by initials: "H.R. McMaster", "S.E. Cupp", "Gov. J.B. Pritzker".
#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// Whether the word closing the initials `k`..`e` is a surname the Census
// lists miss. Initials alone are weak evidence ("U.C. Berkeley", "P.M. The",
// "N. Korea", "L.G.B.T. Americans"), so the word must be in no dictionary
// list and the name must be confirmed: a title right before it ("National
// Security Adviser H.R. McMaster"), the surname speaking or owning alone
// elsewhere in the article ("McMaster said", "Cupp's"), or an apposition
// with an age or a title after it ("J.B. Pritzker, a Democratic candidate").
bool Finder::InitialledSurname(uint32_t k, uint32_t e, bool cued) const {
  const uint32_t s = e - 1;
  for (uint32_t t = k; t < s; ++t) {
    if (!d_.tokens[t].abbrev) return false;  // "H.R. Res McMaster": initials only
  }
  const Token& tok = d_.tokens[s];
  if (!Word(s) || !tok.cap || tok.allcaps || tok.abbrev || tok.end - tok.start < 3) return false;
  if (d_.Has(s, kCommonWord | kPlaceWord | kOrgHead | kFirstName | kNonPersonTail | kMonthOrDay |
                    kFunctionWord | kTitleWord))
    return false;
  const std::string_view w = d_.Text(s);
  if (w.ends_with("ans") || w.ends_with("ese")) return false;  // nationalities
  if (cued || ActsAlone(w) || AgeApposition(k, e)) return true;
  return e + 1 < d_.tokens.size() && Punct(e, ",") && out_.title_at[e + 1] >= 0;
}

}  // namespace kg::extract::mention_internal
