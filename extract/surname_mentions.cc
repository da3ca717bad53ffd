// Famous people written by surname alone ("Trump said", "Spicer said",
// "Putin's"): the tests that a capitalised word standing alone is a
// person's surname, from the Census list or from how the article uses it.
#include <algorithm>
#include <string_view>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

// Person-only nouns after a possessive: "Doe's son", "Doe's lawyer".
bool KinNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "son",      "daughter", "wife",         "husband",       "father",    "mother", "brother",
      "sister",   "widow",    "grandson",     "granddaughter", "nephew",    "niece",  "lawyer",
      "attorney", "stepson",  "stepdaughter", "ex-wife",       "ex-husband"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// Nouns after a name that only companies take: "Facebook CEO", "Acme's
// users".
bool CompanyNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "ceo",   "founder",      "co-founder", "cofounder", "users",      "employees",
      "stock", "shareholders", "executives", "platform",  "app",        "headquarters",
      "inc.",  "inc",          "corp.",      "shares",    "subscribers"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

bool InquiryNoun(std::string_view w) {
  return w == "report" || w == "investigation" || w == "probe" || w == "inquiry" || w == "dossier";
}

}  // namespace

// A Census surname alone, not after an article, as the subject of a speech
// verb or with a kin noun: "Spicer said", "Mueller told", "Graham's son".
bool Finder::SurnameAlone(uint32_t k) const {
  if (d_.tokens[k].allcaps || d_.tokens[k].abbrev ||
      d_.Has(k, kOrgHead | kOutletHead | kTitleWord | kNonPersonTail | kFunctionWord))
    return false;
  if (!d_.Has(k, kSurname) && !RepeatedSpeaker(k)) return false;
  // "the Mueller report", "the Starr investigation": an inquiry named after
  // the person who led it.
  if (k > 0 && d_.IsWord(k - 1, "the") && k + 1 < d_.tokens.size() && Word(k + 1) &&
      InquiryNoun(d_.Lower(k + 1)) && !d_.IsWord(k, "house") && !d_.IsWord(k, "white"))
    return true;
  // Not the last word of a longer name ("the White House said").
  if (k > 0 && (d_.IsWord(k - 1, "the") || d_.IsWord(k - 1, "a") || d_.IsWord(k - 1, "an") ||
                (CapWord(k - 1) && !SentenceInitial(k - 1))))
    return false;
  if (SentenceInitial(k) && d_.Has(k, kCommonWord)) return false;
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (k + 1 < n && Word(k + 1) && !d_.tokens[k + 1].cap && d_.Has(k + 1, kSpeechVerb)) return true;
  return k + 2 < n && d_.tokens[k + 1].kind == TokKind::kPossessive && KinNoun(d_.Lower(k + 2));
}

// The Census list holds only the commonest surnames; a word outside it is
// a surname when it is the subject of a speech verb at least twice in the
// article ("Trump said" ... "Trump told"), in the positions SurnameAlone
// accepts. Not: a place, a first name, a month, a party ("Democrat said"),
// a lower-case dictionary word only, a dictionary word also written in
// lower case in the article, a word after "in" ("in Nice"), a glued or contracted word
// ("NewsBusters", "I'm"; "McCain" is a name), a plural ("Montanans"), a
// word an organisation-only noun follows somewhere ("Facebook CEO",
// "Facebook's users") or that says "it" ("Cigna said it would").
bool Finder::RepeatedSpeaker(uint32_t k) const {
  if (d_.Has(k, kPlaceWord | kFirstName | kMonthOrDay) || !NameToken(k) ||
      (d_.Has(k, kCommonWord) && !d_.Has(k, kProperNoun)) || PartyNoun(d_.Lower(k)))
    return false;
  const std::string_view w = d_.Text(k);
  const size_t rest = w.starts_with("Mc") ? 2 : w.starts_with("Mac") ? 3 : 1;
  if (w.size() < 3 || w.ends_with("ites") || w.ends_with("ans") ||
      !std::all_of(w.begin() + rest, w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  if (!speakers_done_) {
    speakers_done_ = true;
    const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
    for (uint32_t t = 1; t + 1 < n; ++t) {
      if (!Word(t) || !d_.tokens[t].cap || d_.tokens[t].allcaps || !Word(t + 1) ||
          d_.tokens[t + 1].cap || !d_.Has(t + 1, kSpeechVerb) || d_.IsWord(t + 1, "state") ||
          d_.IsWord(t + 1, "states"))
        continue;  // "Gulf state leaders", "Gulf states"
      if (d_.IsWord(t - 1, "the") || d_.IsWord(t - 1, "a") || d_.IsWord(t - 1, "an") ||
          (CapWord(t - 1) && !SentenceInitial(t - 1)))
        continue;
      // "Cigna said it would", "Facebook says its": an organisation.
      if (t + 2 < n && (d_.IsWord(t + 2, "it") || d_.IsWord(t + 2, "its")))
        speaker_counts_[d_.Text(t)] -= 100;
      ++speaker_counts_[d_.Text(t)];
    }
  }
  auto it = speaker_counts_.find(w);
  if (it == speaker_counts_.end() || it->second < 2) return false;
  auto [cached, fresh] = repeated_speaker_.try_emplace(w, false);
  if (!fresh) return cached->second;
  cached->second = UsedAsSurname(k);
  return cached->second;
}

// The article-wide half of RepeatedSpeaker: no use of the word `k` says it
// is a common word, a place or a company.
bool Finder::UsedAsSurname(uint32_t k) const {
  const bool common = d_.Has(k, kCommonWord);
  const std::string_view lower = d_.Lower(k);
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  for (uint32_t t = 0; t < n; ++t) {
    if (!Word(t) || d_.Lower(t) != lower) continue;
    if (common && !d_.tokens[t].cap) return false;
    // "in Nice": a place ("in Trump's campaign" is an owner).
    if (t > 0 && d_.IsWord(t - 1, "in") &&
        !(t + 1 < n && d_.tokens[t + 1].kind == TokKind::kPossessive))
      return false;
    uint32_t next = t + 1;
    if (next < n && d_.tokens[next].kind == TokKind::kPossessive) ++next;
    if (Word(next) && CompanyNoun(d_.Lower(next))) return false;
  }
  return true;
}

// Whether `name` stands alone before a speech verb or a possessive
// somewhere in the article ("Putin said", "Putin's"), as people's surnames do.
bool Finder::ActsAlone(std::string_view name) const {
  if (!acting_names_done_) {
    acting_names_done_ = true;
    const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
    for (uint32_t k = 1; k + 1 < n; ++k) {
      if (!CapWord(k) || d_.tokens[k].allcaps || CapWord(k - 1)) continue;
      if (d_.tokens[k + 1].kind == TokKind::kPossessive ||
          (Word(k + 1) && d_.Has(k + 1, kSpeechVerb)))
        acting_names_.insert(d_.Text(k));
    }
  }
  return acting_names_.count(name) > 0;
}

// Whether `name` is used as "the NAME administration|presidency|campaign|
// era" or "NAME-era" somewhere in the article: the name of a person.
bool Finder::LeadsOffice(std::string_view name) const {
  if (!office_names_done_) {
    office_names_done_ = true;
    const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
    for (uint32_t k = 1; k + 1 < n; ++k) {
      if (!d_.tokens[k].cap || d_.tokens[k].allcaps || !Word(k)) continue;
      const std::string_view w = d_.Text(k);
      if (w.size() > 4 && w.ends_with("-era")) {
        office_names_.insert(w.substr(0, w.size() - 4));
        continue;
      }
      if (!d_.IsWord(k - 1, "the") || !Word(k + 1) || d_.tokens[k + 1].cap) continue;
      const std::string_view next = d_.Lower(k + 1);
      if (next == "administration" || next == "presidency" || next == "campaign" || next == "era")
        office_names_.insert(w);
    }
  }
  return office_names_.count(name) > 0;
}

}  // namespace kg::extract::mention_internal
