// Evidence that a full name of weak words is a person's, whatever the
// lists say of its words: Confirmed (asked by coreference.cc of every weak
// candidate) and the name shapes it and person_mentions.cc use: a pair of
// proper nouns only the dictionary knows ("Vladimir Putin") unless it names
// a people ("Volga Germans"), a surname after a lower-case particle ("Bill
// de Blasio"), an age apposition ("Snuffy Main, 64, said"), a surname that
// also stands alone, a title before or a speech verb after. The tests of a
// surname standing alone are in surname_mentions.cc.
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// "Bill de Blasio", "Osama bin Laden", "Hans von Spakovsky": a first word,
// a lower-case particle and a capitalised surname that is no place's word.
// A Census first name opens such a name; a word no list knows does when
// the particle and the surname also stand without it elsewhere in the
// article ("bin Laden said"), so "Cinco de Mayo", "Gare de Lyon" and
// "Corriere della Sera" stay apart.
bool Finder::ParticleName(uint32_t f) const { return ParticleLen(f) == 1; }

// The particle words after `f` in such a name: 1 ("Bill de Blasio"), 2 for a
// pair ("Elena de la Roe", "Piet van der Roe", "Ana de los Roe"), else 0.
uint32_t Finder::ParticleLen(uint32_t f) const {
  static constexpr std::string_view kParticles[] = {"de",  "del", "della", "da",  "di",  "du",
                                                    "dos", "van", "von",   "der", "den", "bin",
                                                    "ibn", "al",  "la",    "le",  "ter"};
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  const uint32_t p = f + 1;
  if (p + 1 >= n || !Word(p) || d_.tokens[p].cap ||
      std::find(std::begin(kParticles), std::end(kParticles), d_.Lower(p)) == std::end(kParticles))
    return 0;
  return ParticleNameLen(f, p);
}

// The tests of ParticleLen after the particle, a function of their own:
// that one is asked of every short lower-case word in a run of names,
// nearly always no particle, and with these inside it saved and restored
// six registers for each early return.
[[gnu::noinline]] uint32_t Finder::ParticleNameLen(uint32_t f, uint32_t p) const {
  static constexpr std::string_view kParticles[] = {"de",  "del", "della", "da",  "di",  "du",
                                                    "dos", "van", "von",   "der", "den", "bin",
                                                    "ibn", "al",  "la",    "le",  "ter"};
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // A second particle: "de la", "de las", "de los", "van der", "van den",
  // "van de".
  const std::string_view first = d_.Lower(p), second = d_.Lower(p + 1);
  const uint32_t pl =
      Word(p + 1) && !d_.tokens[p + 1].cap &&
              ((first == "de" && (second == "la" || second == "los" || second == "las")) ||
               (first == "van" && (second == "der" || second == "den" || second == "de")))
          ? 2
          : 1;
  const uint32_t s = p + pl;
  // Not a place's name after its own particle: "Palacio de Cristal de la
  // Arganzuela".
  if (pl == 2 && f > 0 && Word(f - 1) && !d_.tokens[f - 1].cap &&
      std::find(std::begin(kParticles), std::end(kParticles), d_.Lower(f - 1)) !=
          std::end(kParticles))
    return 0;
  if (s >= n || !CapWord(s) || d_.tokens[s].allcaps) return 0;
  if (!NameToken(f) || !NameToken(s) || d_.tokens[f].abbrev || d_.Has(s, kPlaceWord)) return 0;
  if (IsFirstName(f)) return pl;
  // A given name outside the lists in a speech verb's slot or after a
  // title: "said Osama bin Roe.", "leader Geert van Roe said".
  const bool given = UnknownWord(f) ||
                     (d_.Has(f, kProperNoun) && !d_.Has(f, kCommonWord | kPlaceWord | kOrgHead) &&
                      !LooksNational(d_.Lower(f)));
  const uint32_t e = s + 1;
  const bool verb_after = e < n && Word(e) && !d_.tokens[e].cap && d_.Has(e, kSpeechVerb);
  const bool verb_before = f > 0 && Word(f - 1) && !d_.tokens[f - 1].cap &&
                           d_.Has(f - 1, kSpeechVerb) &&
                           (e >= n || d_.tokens[e].kind == TokKind::kPunct);
  const bool titled = f > 0 && out_.title_at[f - 1] >= 0;
  if (given && (verb_after || verb_before || titled)) return pl;
  if (!UnknownWord(f)) return 0;
  for (uint32_t t = 1; t + pl < n; ++t) {
    if (t != p && d_.Text(t + pl) == d_.Text(s) && d_.Lower(t) == d_.Lower(p) && !CapWord(t - 1))
      return pl;
  }
  return 0;
}

// "Snuffy Main, 64, who traveled", "Manny Iron Hawk, 62, said": an age set
// off by commas right after a name is said only of people. A lower-case
// word must follow, so a list of numbers or scores ("Ohio, 21, Texas 14")
// is no age; a name of place words alone ("New Mexico, 12, ...") is none.
bool Finder::AgeApposition(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (e + 3 >= n || !Punct(e, ",") || d_.tokens[e + 1].kind != TokKind::kNumber ||
      !Punct(e + 2, ",") || !Word(e + 3) || d_.tokens[e + 3].cap)
    return false;
  const std::string_view age = d_.Text(e + 1);
  if (age.size() != 2 || age[0] == '0' ||
      !std::all_of(age.begin(), age.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  for (uint32_t t = b; t < e; ++t) {
    if (!d_.Has(t, kPlaceWord)) return true;
  }
  return false;
}

// A weak full name is a person when its surname also stands alone in the
// text (not at a sentence start) or the full name is repeated.
// Two words that only the dictionary's proper nouns know, neither a place,
// first name, common word, head word nor nationality: "Vladimir Putin".
bool Finder::ProperPair(uint32_t k) const {
  auto proper_only = [&](uint32_t t) {
    const std::string_view w = d_.Text(t);
    return Word(t) && d_.Has(t, kProperNoun) &&
           !d_.Has(t, kCommonWord | kPlaceWord | kFirstName | kOrgHead) && !d_.tokens[t].allcaps &&
           !LooksNational(d_.Lower(t)) && w.size() >= 3 &&
           std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  // "Las Vegas", "San Jose": a short first word is a place's particle. A
  // photo credit glued to a caption is no first name ("| Getty Obama").
  return d_.Text(k).size() >= 4 && !(k > 0 && (Punct(k - 1, "|") || Punct(k - 1, "/"))) &&
         proper_only(k) && proper_only(k + 1);
}

// Whether a pair of proper nouns names a people or a faith rather than a
// person: "Shiite Muslims" ("Shiites" is listed), "Choctaw Indians",
// "Volga Germans" ("German" is listed). People's names take no plural in
// the dictionary ("Obamas", "Putins" are not listed).
bool Finder::GroupPair(uint32_t k) const {
  std::string plural(d_.Text(k));
  plural += 's';
  if (gz_.IsProperNoun(plural)) return true;
  const std::string_view last = d_.Text(k + 1);
  return last.size() > 3 && last.back() == 's' && gz_.IsProperNoun(last.substr(0, last.size() - 1));
}

bool Finder::Confirmed(const Candidate& c) const {
  const std::string_view surname = d_.Text(c.e - 1);
  // A pair of proper nouns repeated whole is no more a person's name
  // ("Goldman Sachs" twice): only the lone surname confirms it.
  const bool proper_pair = c.e - c.b == 2 && ProperPair(c.b);
  // "Barack Obama", "Vladimir Putin", "Saddam Hussein": a pair that only the
  // dictionary's proper nouns know is a person's name even when the article
  // uses it once and never alone, as news does with the famous ("voted for
  // Barack Obama in 2008"). Not a group: the dictionary lists a plural of
  // the first word ("Shiite Muslims": "Shiites") or the last word is a
  // proper noun's plural ("Pima Indians", "Volga Germans").
  if (proper_pair && !GroupPair(c.b)) return true;
  if (PlainFullName(c)) return true;
  int repeats = 0;
  for (uint32_t t = 0; t < d_.tokens.size(); ++t) {
    if (d_.Text(t) != surname || t == c.e - 1) continue;
    if (t > 0 && d_.tokens[t - 1].cap && d_.tokens[t - 1].kind == TokKind::kWord &&
        d_.Text(t - 1) == d_.Text(c.b)) {
      ++repeats;
      continue;
    }
    if (!SentenceInitial(t) && !(t > 0 && d_.tokens[t - 1].cap)) return true;
    if (t > 0 && out_.title_at[t - 1] >= 0) return true;  // "Ms. Nance"
  }
  // A lower-case title before it or a speech verb after it: "university
  // spokesperson Jonathan Swain told".
  if (c.b > 0 && out_.title_at[c.b - 1] >= 0 && !d_.tokens[c.b - 1].cap) return true;
  if (c.NameEnd() < d_.tokens.size() && Word(c.NameEnd()) && d_.Has(c.NameEnd(), kSpeechVerb))
    return true;
  // An apposition: "Karen Mallard, a schoolteacher", "X, president of Y".
  // Not "Liberty Progressives, a group that ...".
  const uint32_t after = c.NameEnd();
  if (AgeApposition(c.b, after)) return true;
  if (Punct(after, ",") && after + 1 < d_.tokens.size() &&
      (d_.IsWord(after + 1, "a") || d_.IsWord(after + 1, "an") || d_.IsWord(after + 1, "who") ||
       d_.IsWord(after + 1, "the") || d_.IsWord(after + 1, "whose") ||
       (out_.title_at[after + 1] >= 0 && !d_.tokens[after + 1].cap))) {
    bool org = false;
    for (uint32_t t = after + 1; t < d_.tokens.size() && t < after + 7 && Word(t); ++t)
      org |= OrgNoun(d_.Lower(t));
    if (!org) return true;
  }
  return repeats > 0 && !proper_pair;
}

}  // namespace kg::extract::mention_internal
