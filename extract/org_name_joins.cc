// Inner words that keep an organisation's name together where a chunk
// would otherwise end: a purpose after "to" ("Committee to Protect
// Journalists", "Brady Campaign to Prevent Gun Violence", "Texas Right to
// Life") and an "of" inside the complement of "for" ("Foundation for
// Defense of Democracies", "Reporters Committee for Freedom of the Press").
// Used by ScanChunks (mention_chunks.cc) and the cued-name runs (cued_orgs.cc).
#include <algorithm>
#include <string_view>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// Whether "to" at `t` joins the capitalised words around it into one name.
// Before it: the head of a body named for a purpose ("Committee",
// "Campaign", "Center", "Coalition", ...: not "State Department to Fox
// News", "Supreme Court to Decide") or "Right" after another capitalised
// word ("National Right to Work") or before a head word ("Right to Work
// Legal Defense Foundation"). After it: a capitalised dictionary word
// (the purpose's verb, or "Life"), and after a head a capitalised object
// too ("to Protect Journalists"). No day, month, place, party, first name,
// title or name of a body joins ("Committee to Vote Wednesday", "Committee
// to Republican Senator X", "Committee to Betray President X", "Community
// Center to Gold Canyon Methodist Church").
bool Finder::ToJoinsName(uint32_t t, uint32_t b, uint32_t se) const {
  if (t <= b || t + 1 >= se || !d_.IsWord(t, "to") || !d_.tokens[t - 1].cap ||
      d_.tokens[t - 1].allcaps)
    return false;
  auto plain = [&](uint32_t k) {
    return k < se && CapWord(k) && !d_.tokens[k].allcaps &&
           !d_.Has(k, kMonthOrDay | kPlaceWord | kFunctionWord | kOrgHead | kOutletHead |
                          kNonPersonTail) &&
           !IsFirstName(k) && !PartyWord(d_.Lower(k)) && out_.title_at[k] < 0;
  };
  if (!plain(t + 1) || !d_.Has(t + 1, kCommonWord)) return false;
  // "the Right to Work Legal Defense Foundation": with no word before
  // "Right", a head word later in the run ("Foundation") names the body.
  if (d_.IsWord(t - 1, "right")) {
    if (t - 1 > b && CapWord(t - 2)) return true;
    for (uint32_t k = t + 2; k < se && k < t + 6 && CapWord(k); ++k) {
      if (d_.Has(k, kOrgHead)) return true;
    }
    return false;
  }
  static constexpr std::string_view kPurposeHeads[] = {
      "committee", "campaign",   "center",   "centre",      "coalition",  "alliance",
      "network",   "initiative", "council",  "fund",        "foundation", "project",
      "institute", "league",     "movement", "partnership", "society"};
  const std::string_view head = d_.Lower(t - 1);
  if (std::find(std::begin(kPurposeHeads), std::end(kPurposeHeads), head) ==
      std::end(kPurposeHeads))
    return false;
  return t + 2 < se && plain(t + 2);
}

// "Committee to Save the Republic", "Campaign to Defend the Constitution":
// "to", the purpose's verb (a capitalised common word, as ToJoinsName wants
// it), "the" and one capitalised common word ending the run (no
// capitalised word or possessive after it), after a purpose head
// ("Committee", "Campaign", ...). Not a title as the object ("Committee to
// Defend the President" is still missed: the chunk parser splits a title
// off the end of a name).
bool Finder::ToTheJoinsName(uint32_t t, uint32_t b, uint32_t se) const {
  if (t + 4 > se || !d_.IsWord(t + 2, "the") || !CapWord(t + 3) || d_.tokens[t + 3].allcaps ||
      !d_.Has(t + 3, kCommonWord) || d_.Has(t + 3, kMonthOrDay | kFunctionWord) ||
      IsFirstName(t + 3) || out_.mention_at[t + 3] >= 0 ||
      (out_.title_at[t + 3] >= 0 && out_.titles[out_.title_at[t + 3]].tok_end != t + 4))
    return false;
  if (t + 4 < se && (CapWord(t + 4) || d_.tokens[t + 4].kind == TokKind::kPossessive)) return false;
  static constexpr std::string_view kPurposeHeads[] = {"committee", "campaign", "coalition",
                                                       "alliance",  "fund",     "project"};
  const std::string_view head = d_.Lower(t - 1);
  if (t <= b || !d_.tokens[t - 1].cap ||
      std::find(std::begin(kPurposeHeads), std::end(kPurposeHeads), head) ==
          std::end(kPurposeHeads))
    return false;
  return CapWord(t + 1) && !d_.tokens[t + 1].allcaps && d_.Has(t + 1, kCommonWord) &&
         !d_.Has(t + 1, kMonthOrDay | kPlaceWord | kFunctionWord | kOrgHead | kOutletHead |
                            kNonPersonTail | kTitleWord) &&
         !IsFirstName(t + 1) && out_.title_at[t + 1] < 0;
}

// Whether "of" at `t` continues the complement of a "for" that follows an
// organisation head within the last four words ("Foundation for Defense of
// Democracies"; not "Center for American Progress" followed by a place).
bool Finder::OfContinuesFor(uint32_t t, uint32_t b, uint32_t se) const {
  if (t + 1 >= se || !d_.IsWord(t, "of")) return false;
  const uint32_t after = d_.IsWord(t + 1, "the") ? t + 2 : t + 1;
  if (after >= se || !CapWord(after) || d_.Has(after, kMonthOrDay | kPlaceWord)) return false;
  for (uint32_t k = t - 1; k > b && k + 5 > t; --k) {
    if (d_.IsWord(k, "for")) return d_.Has(k - 1, kOrgHead) && d_.tokens[k - 1].cap;
    // "Commission on the Status of Women".
    // Only "on the" ("Committee on Intelligence of the Senate" is the
    // Senate's committee).
    if (d_.IsWord(k, "on"))
      return d_.IsWord(k + 1, "the") && d_.Has(k - 1, kOfHead) && d_.tokens[k - 1].cap;
    if (!CapWord(k) && !d_.IsWord(k, "the")) return false;
  }
  return false;
}

// Whether "for|on a|an|the X" at `t` continues the name before it: a
// capitalised head before "for" ("Center for a New American Security") or
// a head taking "of" before "on" ("Committee on the Judiciary"), then
// capitalised words that are no month, party or nationality and hold no
// head word or acronym.
bool Finder::ArticleJoinsName(uint32_t t, uint32_t se) const {
  if (t == 0 || t + 2 >= se || !d_.tokens[t - 1].cap) return false;
  if (!(d_.IsWord(t, "for") ? d_.Has(t - 1, kOrgHead) : d_.Has(t - 1, kOfHead))) return false;
  // A capitalised "The" opens a name of its own ("UCL Centre for The Study
  // of ...", split by ParseChunk).
  if (d_.tokens[t + 1].cap ||
      (!d_.IsWord(t + 1, "a") && !d_.IsWord(t + 1, "an") && !d_.IsWord(t + 1, "the")))
    return false;
  const uint32_t w = t + 2;
  if (!CapWord(w) || d_.Has(w, kFunctionWord | kMonthOrDay) || PartyWord(d_.Lower(w)) ||
      LooksNational(d_.Lower(w)))
    return false;
  // Not a place after "on" ("the Obama Center on the South Side", "the
  // administration on the Paris accord").
  if (d_.IsWord(t, "on") && d_.Has(w, kPlaceWord)) return false;
  uint32_t k = w;
  for (; k < se && CapWord(k); ++k) {
    if (d_.Has(k, kOrgHead | kOutletHead) || d_.tokens[k].allcaps) return false;
  }
  // Not a modifier of a noun after it ("the court for a Trump adviser"):
  // a lower-case word other than a function word, a speech verb or a past
  // tense ("... Budget said", "... Judiciary voted").
  if (k < se && Word(k) && !d_.tokens[k].cap && !d_.Has(k, kFunctionWord | kSpeechVerb) &&
      !d_.Lower(k).ends_with("ed"))
    return false;
  // Not a jurisdiction ("U.S. District Court for the Northern District of
  // Illinois"), which the name would be cut inside: "of" and a place.
  const uint32_t after = k + 1 < se && d_.IsWord(k + 1, "the") ? k + 2 : k + 1;
  return !(k < se && d_.IsWord(k, "of") && after < se && d_.Has(after, kPlaceWord));
}

}  // namespace kg::extract::mention_internal
