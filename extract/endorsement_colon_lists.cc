// Endorsees listed after a colon that closes a plural description of them
// (RelationFinder helper for endorsement_passive.cc): "two lawmakers
// endorsed by the advocacy group: state Rep. A and Sen. B", "three
// candidates backed by the Q Fund: A, B and C". Round-ups of a group's
// slate name the people this way; the passive's own subject search finds
// no one, since the head before the participle is a common noun. The same
// colon after an active verb's plural object ("X endorsed three candidates:
// A, B and C", "X's endorsed candidates: A and B") opens the list that
// ObjectAfter reads.
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

// A plural noun for people a group endorses ("lawmakers", "candidates").
bool EndorseePlural(std::string_view w) {
  return In(w, {"candidates",    "lawmakers",     "legislators", "politicians",     "members",
                "officials",     "women",         "men",         "leaders",         "incumbents",
                "challengers",   "contenders",    "nominees",    "democrats",       "republicans",
                "progressives",  "conservatives", "senators",    "representatives", "governors",
                "mayors",        "hopefuls",      "newcomers",   "veterans",        "congressmen",
                "congresswomen", "politicos",     "figures"});
}

}  // namespace

// Whether the colon at `colon` opens the names of the plural object that
// starts at `v`, right after an endorsing verb: "endorsed three candidates:
// A, B and C", "('s) endorsed candidates: A and B". Only lower-case words and
// numbers stand between (a count, describing words, then the plural noun
// right before the colon), at most five; after the colon capitalised words
// or titles lead to a person within four tokens.
bool RelationSubjects::ColonOpensPlural(uint32_t v, uint32_t colon, uint32_t se) const {
  if (colon <= v || colon > v + 5 || colon + 1 >= se || d_.Text(colon) != ":" ||
      !EndorseePlural(d_.Lower(colon - 1)))
    return false;
  for (uint32_t k = v; k < colon; ++k) {
    if (in_quote_[k] || Ent(k) >= 0 ||
        !(d_.tokens[k].kind == TokKind::kNumber ||
          (d_.tokens[k].kind == TokKind::kWord && !d_.tokens[k].cap)))
      return false;
  }
  uint32_t k = colon + 1;
  while (k < se && k < colon + 5 && Ent(k) < 0 && d_.tokens[k].kind == TokKind::kWord &&
         (d_.tokens[k].cap || m_.title_at[k] >= 0))
    ++k;
  return k < se && IsType(Ent(k), EntityType::kPerson) && MentionBegin(k) == k;
}

// The first person listed after the colon that ends the agent phrase of the
// participle at `t` ("by" at `by`), when a plural noun for people stands
// right before the participle: "two lawmakers endorsed by the group: A and
// B". The agent phrase holds words only (a name, "the political advocacy
// group"), at most eight tokens; the first person is named within six tokens
// of the colon (titles and a place before it: "Ohio state Rep. A"). -1
// otherwise.
int RelationFinder::ColonListedEndorsee(uint32_t t, uint32_t by, uint32_t se) const {
  if (t < 1 || in_quote_[t] || !EndorseePlural(d_.Lower(t - 1))) return -1;
  uint32_t c = by + 1;
  while (c < se && c < by + 9 && !in_quote_[c] &&
         (d_.tokens[c].kind == TokKind::kWord || d_.tokens[c].kind == TokKind::kPossessive))
    ++c;
  if (c == by + 1 || c + 1 >= se || d_.Text(c) != ":") return -1;
  const int pos = ObjectPos(c + 1, se);
  if (pos < 0 || MentionBegin(static_cast<uint32_t>(pos)) > c + 6 ||
      !IsType(Ent(static_cast<uint32_t>(pos)), EntityType::kPerson))
    return -1;
  for (uint32_t k = c + 1; k < static_cast<uint32_t>(pos); ++k) {
    if (d_.tokens[k].kind == TokKind::kPunct) return -1;
  }
  return pos;
}

}  // namespace kg::extract::internal
