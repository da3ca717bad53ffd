// Endorsers glued to a participle ("the Trump-backed candidate Y", "Y, a
// Bernie Sanders-backed progressive"): the tokenizer splits "-backed" and
// "-endorsed" off a capitalised name, so the name before it is a mention of
// its own (a person's full name included) and the participle is the token at
// `t` (RelationFinder helper for relations.cc).
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The endorser is the entity whose mention ends right before the participle
// ("Bernie Sanders-backed"), else a one-word mention or a person's surname of
// that text ("Doe-endorsed" after "Jane Doe"). The endorsed person is named
// right after the participle's phrase ("the Doe-backed candidate Y") or is
// the head of the apposition the phrase describes ("Y, a Doe-backed
// progressive,", "Y, the Doe-endorsed nominee"). Never the endorser itself.
void RelationFinder::GluedEndorser(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  if (t <= sb || t >= se) return;
  int src = Ent(t - 1);
  if (src >= 0 && MentionEnd(t - 1) != t) src = -1;
  if (src < 0) src = EntityNamed(d_.Text(t - 1));
  if (!IsType(src, EntityType::kPerson) && !IsType(src, EntityType::kOrganization)) return;
  const uint32_t mb = Ent(t - 1) >= 0 ? MentionBegin(t - 1) : t - 1;
  int pos = ObjectPos(t + 1, se);
  if (pos >= 0 && MentionBegin(pos) > t && IsType(Ent(pos), EntityType::kPerson) &&
      Ent(pos) != src) {
    Add("ENDORSES", src, Ent(pos), s, "endorse.verbal");
    return;
  }
  // "Y, a Doe-backed progressive": a comma, an article, the endorser; then a
  // person's noun of lower-case words that closes the apposition.
  if (mb < sb + 3 ||
      !(d_.IsWord(mb - 1, "a") || d_.IsWord(mb - 1, "an") || d_.IsWord(mb - 1, "the")))
    return;
  if (d_.Text(mb - 2) != ",") return;
  const int y = Ent(mb - 3);
  if (!IsType(y, EntityType::kPerson) || y == src || MentionEnd(mb - 3) != mb - 2) return;
  uint32_t k = t + 1;
  // Lower-case words, or a party's member ("a Doe-backed Democrat").
  while (k < se && k < t + 4 && d_.tokens[k].kind == TokKind::kWord && Ent(k) < 0 &&
         (!d_.tokens[k].cap || In(d_.Lower(k), {"democrat", "republican", "independent"})) &&
         !In(d_.Lower(k), {"who", "that", "which", "and"}))
    ++k;
  if (k == t + 1) return;  // no noun
  if (k < se && !(d_.tokens[k].kind == TokKind::kPunct ||
                  In(d_.Lower(k), {"who", "that", "and", "in", "from", "for", "of"})))
    return;
  Add("ENDORSES", src, y, s, "endorse.verbal");
}

}  // namespace kg::extract::internal
