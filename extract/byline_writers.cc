// A byline line naming several writers ("Jane Roe and John Doe", "Jane
// Roe, John Doe and Ann Poe", "By Jane Roe and John Doe"): news sites
// with more than one writer list them on one line near the top. Such a
// line looks like a subheading (title case, short lower-case words), and
// subheadings create no entities, so the writers were lost; the outlet
// line after them ("USA TODAY") too.
#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// Splits [b, e) at ", ", " and ", ", and " into names of two to four name
// tokens; true, with a byline candidate per writer and the outlet of the
// next line, when every part is such a name, the first opens with a
// first name and every other opens with a first name or a word that is no
// dictionary word ("Aamer Madhani"). One writer is FindBylines' own case.
bool Finder::AddWritersLine(uint32_t b, uint32_t e, size_t para) {
  if (e - b < 5 || !IsFirstName(b)) return false;
  uint32_t parts[8][2];
  int n = 0;
  uint32_t s = b;
  bool joined = false;  // an "and" seen: a list, not "Name, Name" alone
  for (uint32_t t = b; t <= e; ++t) {
    const bool comma = t < e && Punct(t, ",");
    const bool conj = t < e && (d_.IsWord(t, "and") || Punct(t, "&")) && !d_.tokens[t].cap;
    if (t < e && !comma && !conj) continue;
    if (t - s < 2 || t - s > 4 || n == 8) return false;
    for (uint32_t k = s; k < t; ++k) {
      if (!NameToken(k)) return false;
    }
    if (s > b && !IsFirstName(s) && d_.Has(s, kCommonWord)) return false;
    if (d_.Has(t - 1, kNonPersonTail)) return false;
    parts[n][0] = s, parts[n][1] = t, ++n;
    if (conj) joined = true;
    // ", and": the serial comma before the last writer.
    if (comma && t + 1 < e && d_.IsWord(t + 1, "and")) {
      ++t;
      joined = true;
    }
    s = t + 1;
  }
  if (n < 2 || !joined) return false;
  for (int i = 0; i < n; ++i) {
    Candidate c;
    c.b = parts[i][0], c.e = parts[i][1], c.kind = CandKind::kPerson, c.cued = true,
    c.byline = true;
    cands_.push_back(c);
  }
  if (out_.byline.empty()) out_.byline = Surface(parts[0][0], parts[0][1]);
  AddBylineOutlet(para + 1, /*after_headline=*/false);  // "Jane Roe and John Doe" / "USA TODAY"
  return true;
}

}  // namespace kg::extract::mention_internal
