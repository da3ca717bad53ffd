// Thanks for an endorsement (rule endorse.thanked, stop 30's battery): "Y
// thanked X for his endorsement|backing", "Y thanked the X for its
// endorsement": the one thanked gave it, the thanker received it. Only a
// possessive pronoun before the noun (not "for the endorsement of Z", which
// NominalEndorsement reads), a named X right before "for" after a form of
// "thank", and a named person as the subject of "thank". Not "support"
// ("thanked the governor for his support during the storm").
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

bool RelationFinder::ThankedEndorsement(uint32_t s, uint32_t t) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  // "for his endorsement of the water bill": of something else.
  if (t + 1 < se && In(d_.Lower(t + 1), {"of", "for"})) return false;
  if (t < sb + 5 || in_quote_[t] || !In(d_.Lower(t - 1), {"his", "her", "its", "their"}) ||
      d_.Lower(t - 2) != "for" || !MentionEndsAt(t - 2))
    return false;
  const int x = Ent(t - 3);
  uint32_t v = MentionBegin(t - 3);
  if (v > sb && d_.Lower(v - 1) == "the") --v;
  while (v > sb && Ent(v - 1) < 0 && m_.title_at[v - 1] >= 0) --v;
  if (v <= sb || !In(d_.Lower(v - 1), {"thanked", "thanks", "thanking", "thank"})) return false;
  if (HedgedBefore(sb, v - 1)) return false;
  const int y = SubjectOf(sb, v - 1, false);
  if (y < 0 || y == x || !IsType(y, EntityType::kPerson)) return false;
  Add("ENDORSES", x, y, s, "endorse.thanked");
  return true;
}

}  // namespace kg::extract::internal
