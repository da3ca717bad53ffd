// "a spokeswoman for Acme Poison Control", "a spokesman for the Acme
// Charities": a spokesperson speaks for a body or for a person. A free
// capitalised name in that slot (no stage took it for a person) that does
// not look like one is the body. Kept apart from the employee titles of
// role_org_cues.cc because those take the name in other positions too
// ("Acme professor X"), where "Trump spokesman X" names a person.
#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// `p` is the first token of the slot (the "the" or the lower-case words
// before the name [b, e)); `modifier` is true when the name modifies a
// word after it ("for the Acme administration", "for Doe's campaign").
bool Finder::SpokespersonSlot(uint32_t p, uint32_t b, uint32_t e, bool modifier) const {
  if (modifier || p < 2 || !d_.IsWord(p - 1, "for")) return false;
  const int ti = out_.title_at[p - 2];
  if (ti < 0 || out_.titles[ti].tok_end != p - 1) return false;
  const std::string_view last = d_.Lower(p - 2);
  if (last != "spokesman" && last != "spokeswoman" && last != "spokesperson") return false;
  // A person's name: a first name opens it ("for Jane Roe").
  if (IsFirstName(b)) return false;
  // A lone word is a surname ("for Doe") unless an acronym or after "the"
  // (not a family: "for the Does").
  if (e - b == 1 && !d_.tokens[b].allcaps &&
      (b == 0 || !d_.IsWord(b - 1, "the") || d_.Lower(b).ends_with("s")))
    return false;
  // Two words, neither in the dictionary nor an acronym, are a person's
  // name whose first name the lists lack ("for Abbe Roe").
  if (e - b == 2 && !d_.Has(b, kCommonWord) && !d_.Has(b + 1, kCommonWord) &&
      !d_.tokens[b].allcaps && !d_.tokens[b + 1].allcaps)
    return false;
  return RoleOrgName(b, e);
}

}  // namespace kg::extract::mention_internal
