// Endorsers named as members of a group that endorsed (RelationFinder rules
// for relation_triggers.cc): "A, B and C are among the Democrats who have
// endorsed Y", "X is among those backing Y", and the inverted "Among those
// endorsing Y are A and B", "Among Y's endorsers are A and B". The group
// phrase is short and names no one; its verb or noun is an endorsement word.
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

bool IsBe(std::string_view w) { return w == "is" || w == "are" || w == "was" || w == "were"; }

// Finite and participle forms of the endorsing verbs a group clause uses.
bool IsGroupEndorseVerb(std::string_view w) {
  return w == "endorsed" || w == "endorse" || w == "endorsing" || w == "backed" || w == "backing" ||
         w == "back";
}

bool IsGroupAuxiliary(std::string_view w) {
  return w == "have" || w == "has" || w == "had" || w == "are" || w == "were" || w == "already" ||
         w == "also" || w == "publicly" || w == "formally" || w == "since" || w == "now";
}

}  // namespace

// The endorsee after the group phrase that starts at `k` ("the Democrats
// who have endorsed Y", "those backing Y"), else -1; `*verb` is the verb.
int RelationFinder::GroupClauseEndorsee(uint32_t k, uint32_t se, uint32_t* verb) const {
  if (k < se && In(d_.Lower(k), {"the", "those", "a", "many"})) ++k;
  // Up to five words of the group ("prominent Republican senators", "12
  // senators"), no name.
  uint32_t g = k;
  while (g < se && g < k + 5 &&
         (d_.tokens[g].kind == TokKind::kWord || d_.tokens[g].kind == TokKind::kNumber) &&
         Ent(g) < 0 && !In(d_.Lower(g), {"who", "that"}) && !IsGroupEndorseVerb(d_.Lower(g)))
    ++g;
  // Voters are no endorsers ("one of many voters backing Y").
  for (uint32_t x = k; x < g; ++x) {
    if (In(d_.Lower(x), {"voters", "residents", "caucusgoers", "caucus-goers", "attendees",
                         "people", "fans", "delegates", "students", "workers"}))
      return -1;
  }
  if (g < se && In(d_.Lower(g), {"who", "that"})) ++g;
  while (g < se && IsGroupAuxiliary(d_.Lower(g))) ++g;
  if (g >= se || !IsGroupEndorseVerb(d_.Lower(g)) || in_quote_[g]) return -1;
  *verb = g;
  const int pos = ObjectPos(g + 1, se);
  return pos >= 0 && IsType(Ent(pos), EntityType::kPerson) ? pos : -1;
}

// "Y counts X (and Z) among her (early) supporters|backers|endorsers" at
// "among" `a`: X endorses Y, the subject of "count". True when it matched.
bool RelationFinder::CountedAmongBackers(uint32_t s, uint32_t a) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  uint32_t n = a + 1;
  if (n >= se || !In(d_.Lower(n), {"his", "her", "their"})) return false;
  ++n;
  if (n < se && d_.tokens[n].kind == TokKind::kWord && !d_.tokens[n].cap &&
      !In(d_.Lower(n), {"supporters", "backers", "endorsers"}))
    ++n;
  if (n >= se || !In(d_.Lower(n), {"supporters", "backers", "endorsers"})) return false;
  if (a < sb + 3 || !MentionEndsAt(a)) return false;
  // Back over the coordinated names to the verb.
  uint32_t k = MentionBegin(a - 1);
  for (;;) {
    while (k > sb && Ent(k - 1) < 0 && (m_.title_at[k - 1] >= 0 || d_.Lower(k - 1) == "the")) --k;
    if (k <= sb + 1 || !(d_.Lower(k - 1) == "and" || d_.Text(k - 1) == ",") ||
        !MentionEndsAt(k - 1))
      break;
    k = MentionBegin(k - 2);
  }
  if (k <= sb || !In(d_.Lower(k - 1), {"counts", "count", "counted", "counting"}) ||
      in_quote_[k - 1] || HedgedBefore(sb, k - 1))
    return false;
  const int y = SubjectOf(sb, k - 1, false);
  if (!IsType(y, EntityType::kPerson)) return false;
  const uint32_t first = NameAfterTitles(k, se);
  if (first >= a || Ent(first) < 0) return false;
  for (int x : Coordinated(first, a)) Add("ENDORSES", x, y, s, "endorse.among");
  return true;
}

void RelationFinder::AmongEndorsers(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t a = sb; a + 3 < se; ++a) {
    // "X is one of several senators backing Y", "X, one of three senators
    // who have endorsed Y,": "one of" counts X in the group as "among" does.
    const bool one_of = d_.Lower(a) == "one" && d_.Lower(a + 1) == "of" && !in_quote_[a];
    if ((d_.Lower(a) != "among" || in_quote_[a]) && !one_of) continue;
    const uint32_t g0 = one_of ? a + 2 : a + 1;  // where the group phrase starts
    uint32_t verb = 0;
    // "Y counts X among her supporters|backers".
    if (!one_of && CountedAmongBackers(s, a)) continue;
    if (one_of && a >= sb + 2 && d_.Text(a - 1) == "," && MentionEndsAt(a - 1) &&
        NameOpensClause(sb, MentionBegin(a - 2))) {
      const int pos = GroupClauseEndorsee(g0, se, &verb);
      if (pos < 0 || HedgedBefore(sb, verb)) continue;
      for (int y : Coordinated(static_cast<uint32_t>(pos), se))
        Add("ENDORSES", Ent(a - 2), y, s, "endorse.among");
      continue;
    }
    // "A and B are (also) among the Ns who endorsed Y".
    uint32_t be = a;
    if (be > sb && In(d_.Lower(be - 1), {"also", "now"})) --be;
    if (be > sb + 1 && IsBe(d_.Lower(be - 1))) {
      const int pos = GroupClauseEndorsee(g0, se, &verb);
      if (pos < 0 || HedgedBefore(sb, verb)) continue;
      const std::vector<int> endorsers = Subjects(sb, be - 1, SubjectOf(sb, be - 1));
      for (int x : endorsers) {
        for (int y : Coordinated(static_cast<uint32_t>(pos), se))
          Add("ENDORSES", x, y, s, "endorse.among");
      }
      continue;
    }
    // "Among those endorsing Y are A and B", "Among Y's endorsers are A and
    // B": the clause opens the sentence.
    if (one_of || a > sb + 1 || (a == sb + 1 && !In(d_.Lower(sb), {"and", "but"}))) continue;
    int endorsee = -1;
    uint32_t k = a + 1;
    const int pos = GroupClauseEndorsee(k, se, &verb);
    if (pos >= 0) {
      endorsee = Ent(pos);
      k = MentionEnd(static_cast<uint32_t>(pos));
    } else {
      if (k < se && d_.Lower(k) == "the") ++k;
      const int owner = Ent(k);
      if (!IsType(owner, EntityType::kPerson) || in_quote_[k]) continue;
      k = MentionEnd(k);
      if (k + 1 >= se || d_.tokens[k].kind != TokKind::kPossessive) continue;
      ++k;
      if (k < se && In(d_.Lower(k), {"early", "earliest", "first", "prominent", "notable"})) ++k;
      if (k >= se || !In(d_.Lower(k), {"endorsers", "backers"})) continue;
      endorsee = owner;
      ++k;
    }
    // The rest of the phrase up to its verb, then the list of names.
    while (k < se && k < a + 14 && !IsBe(d_.Lower(k)) && d_.Text(k) != "," && Ent(k) < 0) ++k;
    if (k >= se || !IsBe(d_.Lower(k))) continue;
    const uint32_t first = NameAfterTitles(k + 1, se);
    if (first >= se || Ent(first) < 0 || MentionBegin(first) != first) continue;
    for (int x : Coordinated(first, se, /*subject_phrase=*/true))
      Add("ENDORSES", x, endorsee, s, "endorse.among");
  }
}

}  // namespace kg::extract::internal
