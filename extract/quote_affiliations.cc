// A person's affiliation before the speech verb: 'Mark Roe of the
// Brookings Institution said: "..."', 'As Jane Roe at the Hoover
// Institution tweeted, "..."', 'Jane Roe from the Urban Institute said the
// plan "..."'. The organisation ends the subject right before the verb, but
// the person before `of`, `at` or `from` speaks (NearestSubject in
// quote_speakers.cc took the organisation). See quote_attribution.h.
#include "extract/quote_attribution.h"

namespace kg::extract {

int Attributor::AffiliatedPerson(uint32_t sb, uint32_t ob) const {
  // Up to two organisations: 'X of the Y Center at Z University said'.
  for (int hops = 0; hops < 2; ++hops) {
    uint32_t k = ob;
    if (k > sb && d_.IsWord(k - 1, "the")) --k;
    if (k < sb + 2) return -1;
    const std::string_view prep = d_.Lower(k - 1);
    if (prep != "of" && prep != "at" && prep != "from") return -1;
    uint32_t before = k - 2;
    if (in_quote_[before]) return -1;
    // 'Laurent Roe, founder of Clarius said:', 'X, director of the
    // Netherlands-based Europol said': an apposition whose closing comma
    // the writer left out; up to four lower-case role words after a comma.
    if (m_.EntityAt(before) < 0) {
      uint32_t r = before + 1;
      while (r > sb + 1 && before + 1 - (r - 1) <= 4 && d_.tokens[r - 1].kind == TokKind::kWord &&
             !d_.tokens[r - 1].cap && !d_.Has(r - 1, kFunctionWord | kSpeechVerb) && !Verb(r - 1))
        --r;
      if (r <= before && r >= sb + 2 && d_.Text(r - 1) == "," && m_.EntityAt(r - 2) >= 0 &&
          m_.entities[m_.EntityAt(r - 2)].type == EntityType::kPerson)
        before = r - 2;
    }
    const int e = m_.EntityAt(before);
    if (e < 0) return -1;
    const uint32_t mb = m_.mentions[m_.mention_at[before]].tok_begin;
    if (m_.entities[e].type == EntityType::kOrganization) {
      ob = mb;
      continue;
    }
    if (m_.entities[e].type != EntityType::kPerson) return -1;
    // The person opens the clause: the sentence's start (after titles, a
    // conjunction or "as"), or a comma before it. Not 'a ruling by Judge X
    // of the Ninth Circuit said', 'Trump's call with X of Y said'.
    uint32_t b = mb;
    while (b > sb && title_at_[b - 1] >= 0 && m_.EntityAt(b - 1) < 0) --b;
    if (b == sb) return e;
    const std::string_view w = d_.Lower(b - 1);
    if (d_.Text(b - 1) == "," || ((w == "as" || w == "but" || w == "and") && b - 1 == sb)) return e;
    return -1;
  }
  return -1;
}

}  // namespace kg::extract
