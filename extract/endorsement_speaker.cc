// A speaker's own endorsement inside a quotation (RelationFinder helper for
// relations.cc): `"I'm proud to endorse Y for president," X said` is X's
// endorsement of Y. Campaign statements announce endorsements this way, and
// the verb rules skip a quotation's "I" (only a named subject counts there).
// The endorser is the quotation's speaker, as for `"I was just endorsed by
// Z"` (endorse.passive).
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

// "proud", "glad": how a speaker announces an endorsement ("I am proud to
// endorse Y").
bool AnnouncingAdjective(std::string_view w) {
  return In(w, {"proud", "glad", "happy", "pleased", "delighted", "honored", "honoured", "thrilled",
                "excited", "privileged", "humbled"});
}

// Adverbs between "I" and the verb that keep the statement a fact ("I
// fully endorse", "I'm so proud to").
bool FactAdverb(std::string_view w) {
  return In(w, {"so",
                "very",
                "really",
                "truly",
                "fully",
                "proudly",
                "enthusiastically",
                "wholeheartedly",
                "formally",
                "officially",
                "strongly",
                "hereby",
                "now",
                "today",
                "also",
                "incredibly",
                "extremely",
                "deeply",
                "originally",
                "already",
                "publicly"});
}

}  // namespace

bool RelationFinder::SpeakerEndorses(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  std::string_view w = d_.Lower(t);
  if (!in_quote_[t] || t < sb + 1 || t + 1 >= se || !In(w, {"endorse", "endorsing", "endorsed"}))
    return false;
  // Back from the verb to "I": "I endorse", "I'm endorsing", "I am (so)
  // proud to endorse", with fact adverbs anywhere in between.
  uint32_t k = t;
  auto skip_adverbs = [&] {
    while (k > sb && FactAdverb(d_.Lower(k - 1))) --k;
  };
  skip_adverbs();
  bool progressive_or_to = false;
  if (w == "endorse" && k > sb + 1 && d_.Lower(k - 1) == "to" &&
      AnnouncingAdjective(d_.Lower(k - 2))) {
    k -= 2;
    skip_adverbs();
    progressive_or_to = true;
  } else if (w == "endorsing") {
    progressive_or_to = true;
  }
  bool am = false;
  if (w == "endorsed") {
    // "I endorsed Y", "I have (already) endorsed Y": a past endorsement
    // stated as fact.
    if (k > sb && In(d_.Lower(k - 1), {"have", "'ve", "\xe2\x80\x99ve", "had"})) --k;
    skip_adverbs();
    progressive_or_to = false;
  } else if (k > sb && In(d_.Lower(k - 1), {"am", "'m", "\xe2\x80\x99m"})) {
    --k, am = true;
  }
  skip_adverbs();
  // "I strongly support Y, strongly endorse his reelection", "I support and
  // endorse Y" (endorsement_first_person.cc).
  if (w == "endorse" && !am && !progressive_or_to && k > sb) {
    const uint32_t first = CoordinatedSpeakerVerb(sb, k - 1);
    if (first > 0 && NamedSpeakerOf(t) >= 0) k = first;
  }
  if (k == sb || !in_quote_[k - 1]) return false;
  std::string_view i = d_.Lower(k - 1);
  const bool contracted = i == "i'm" || i == "i\xe2\x80\x99m";
  const bool perfect = i == "i've" || i == "i\xe2\x80\x99ve";
  if (!(i == "i" || contracted || (perfect && w == "endorsed"))) return false;
  // "I endorse" (present), "I'm endorsing", "I am proud to endorse"; not "I
  // endorsing", nor "I am endorse".
  if ((am || contracted) != progressive_or_to) return false;
  // "If I endorse Y", "whether I'm endorsing Y": no fact.
  if (k - 1 > sb && In(d_.Lower(k - 2), {"if", "whether", "unless", "when", "should", "not"}))
    return false;
  const int src = SpeakerOf(t);
  if (!IsType(src, EntityType::kPerson) && !IsType(src, EntityType::kOrganization)) return false;
  // The candidate named right after the verb ("endorse Sen. Y", "endorse
  // Y for president"), with coordinated persons.
  uint32_t v = t + 1;
  // "I am delighted to endorse and support Y".
  if (v + 1 < se && d_.Lower(v) == "and" && In(d_.Lower(v + 1), {"support", "back"})) v += 2;
  // "I endorse his reelection," X said of Y (endorsement_first_person.cc).
  if (In(d_.Lower(v), {"him", "her", "his"})) {
    const int y = NamedSpeakerOf(t) >= 0 ? SpeakerPronounEndorsee(sb, t, v, se, src) : -1;
    Add("ENDORSES", src, y, s, "endorse.speaker");
    return y >= 0;
  }
  const int pos = ObjectPos(v, se);
  if (pos < 0 || !IsType(Ent(pos), EntityType::kPerson)) return false;
  for (uint32_t x = v; x < static_cast<uint32_t>(pos); ++x) {
    // Only a title or a capitalised modifier between the verb and the name.
    if (d_.tokens[x].kind != TokKind::kWord || (!d_.tokens[x].cap && m_.title_at[x] < 0))
      return false;
  }
  for (int y : Coordinated(static_cast<uint32_t>(pos), se)) {
    if (IsType(y, EntityType::kPerson)) Add("ENDORSES", src, y, s, "endorse.speaker");
  }
  return true;
}

}  // namespace kg::extract::internal
