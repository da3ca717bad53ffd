// The index from a surname or first name to the people an article has
// named in full: IndexSurname files a person under the last word of the
// name (past a suffix: "William A. Brewer III" is "Brewer"), and
// PersonBySurname and PersonByFirstName find who a bare "Clinton", "Mr.
// Toomey", "Trump Jr." or "Hillary" is, by title gender, suffix, who was
// introduced first and who is named most. Asked by coreference.cc and the
// speaker and honorific rules when a lone name needs its person.
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

bool IsNameSuffix(std::string_view l) {
  return l == "jr." || l == "jr" || l == "sr." || l == "sr" || l == "ii" || l == "iii" || l == "iv";
}

int Finder::PersonBySurname(std::string_view surname, uint32_t before) const {
  if (!surname_filter_.MayHold(surname)) return -1;  // most words: no hash
  auto it = surnames_.find(surname);
  if (it == surnames_.end()) return -1;
  // "Mrs. Clinton" is not Bill Clinton; only people introduced before the
  // surname, when there are any (a bare "Clinton" before "her husband, Bill
  // Clinton" is Hillary Clinton); then the person named most often so far (a
  // bare "Clinton" in a story about Hillary Clinton that mentions Bill
  // Clinton once), then the one introduced first (the story's subject).
  const Gender want = TitleGender(before);
  // "Trump Jr. said": only a person whose name ends in that suffix, not the
  // father ("Donald Trump Jr." beside "Donald Trump"); when nobody's does, as
  // before.
  std::string_view suffix;
  if (before + 1 < d_.tokens.size() && IsNameSuffix(d_.Lower(before + 1))) {
    suffix = d_.Lower(before + 1);
    if (suffix.back() == '.') suffix.remove_suffix(1);
  }
  auto suffixed = [&](int i) {
    std::string_view n = out_.entities[i].name;
    if (n.ends_with(".")) n.remove_suffix(1);
    return n.size() > suffix.size() && n[n.size() - suffix.size() - 1] == ' ' &&
           AsciiLower(n.substr(n.size() - suffix.size())) == suffix;
  };
  if (!suffix.empty() && std::none_of(it->second.begin(), it->second.end(), suffixed)) suffix = {};
  bool introduced = false;
  for (int i : it->second) introduced |= person_first_seen_[i] < before;
  // "President Trump" is not "first lady Melania Trump" nor "Lara Trump,
  // the president's daughter-in-law" (named later, or named most): a
  // relative introduced as one carries no title of her own, and a bare
  // "Trump" before that introduction is not the relative either.
  // Only an office ("President Trump"), not a courtesy title: "Mr.
  // Kushner" is Jared Kushner, the president's son-in-law.
  bool titled = before > 0 && out_.title_at[before - 1] >= 0;
  if (titled) {
    const std::string_view t = d_.Lower(before - 1);
    titled = t != "mr." && t != "mr" && t != "mrs." && t != "mrs" && t != "ms." && t != "ms" &&
             t != "miss" && t != "dr." && t != "dr";
  }
  auto first_lady = [&](int i) {
    const uint32_t f = person_first_seen_[i];
    return f >= 2 && d_.Lower(f - 1) == "lady" && d_.Lower(f - 2) == "first";
  };
  auto relative = [&](int i) { return IntroducedAsRelative(person_first_seen_[i]); };
  // A writer named on the byline is the surname's person only when no one
  // else is: "Collins said" after the byline "Eliza Collins and John Doe"
  // is the senator Susan Collins the story names.
  int best = -1;
  for (int pass = 0; pass < 2 && best < 0; ++pass) {
    for (int i : it->second) {
      if (!suffix.empty() && !suffixed(i)) continue;
      if (pass == 0 && byline_person_[i] && it->second.size() > 1) continue;
      // "Mr. Toomey" after "Pat Toomey": a first name both sexes bear
      // (Pat, Jamie) fits either title.
      Gender g = out_.entities[i].gender;
      if (want != Gender::kUnknown && g != Gender::kUnknown && g != want &&
          !out_.entities[i].unisex)
        continue;
      if (introduced && person_first_seen_[i] >= before) continue;
      if ((titled && relative(i)) || (!introduced && first_lady(i))) continue;
      if (best < 0 || mention_count_[i] > mention_count_[best] ||
          (mention_count_[i] == mention_count_[best] &&
           person_first_seen_[i] < person_first_seen_[best]))
        best = i;
    }
  }
  return best;
}

namespace {

bool KinNoun(std::string_view w) {
  return w == "wife" || w == "husband" || w == "son" || w == "daughter" || w == "son-in-law" ||
         w == "daughter-in-law" || w == "brother" || w == "sister" || w == "mother" ||
         w == "father" || w == "niece" || w == "nephew" || w == "grandson" ||
         w == "granddaughter" || w == "widow" || w == "spouse";
}

}  // namespace

bool Finder::IntroducedAsRelative(uint32_t f) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (f >= n) return false;
  // "first lady Melania Trump", "his wife Jane Doe".
  if (f >= 2 && d_.Lower(f - 1) == "lady" && d_.Lower(f - 2) == "first") return true;
  if (f >= 1 && KinNoun(d_.Lower(f - 1))) return true;
  // "Lara Trump, the president's daughter-in-law": an apposition naming a
  // relation in its first words (not "Joe Biden, and his son Hunter", nor
  // "the father of environmental justice").
  uint32_t k = f;
  while (k < n && k < f + 4 && d_.tokens[k].cap) ++k;
  if (k + 1 >= n || d_.Text(k) != ",") return false;
  const std::string_view det = d_.Lower(k + 1);
  if (det != "the" && det != "his" && det != "her" && det != "their" && det != "a" &&
      !d_.tokens[k + 1].cap)
    return false;
  for (uint32_t j = k + 2; j < n && j < k + 6 && d_.Text(j) != ","; ++j) {
    if (d_.IsWord(j, "and") || d_.IsWord(j, "or")) return false;
    if (d_.tokens[j].kind == TokKind::kWord && KinNoun(d_.Lower(j)))
      return !(j + 1 < n && d_.IsWord(j + 1, "of"));
  }
  return false;
}

// "Hillary" alone is Hillary Clinton when she is the only person of the
// article with that first name.
int Finder::PersonByFirstName(uint32_t t) const {
  if (!d_.Has(t, kFirstName)) return -1;
  const std::string_view first = d_.Text(t);
  int found = -1;
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    const EntityInfo& e = out_.entities[i];
    if (e.type != EntityType::kPerson) continue;
    // The name's first word is `first` (a token holds no space): compared
    // in place, without finding the space first (memchr per person).
    if (e.name.size() <= first.size() || e.name[first.size()] != ' ' ||
        std::string_view(e.name).substr(0, first.size()) != first)
      continue;
    // A place's name alone ("Florida", "China") is a person's first name
    // only when the person's last word is no dictionary word ("Chelsea
    // Clinton") or a Census surname ("Chelsea Manning"), not the rest of a
    // place's or thing's name taken for a person ("China Sea", "Florida
    // Keys", "Paris Agreement").
    if (d_.Has(t, kPlaceWord)) {
      std::string_view last = e.name;
      const size_t space = last.rfind(' ');
      last = last.substr(space + 1);
      // "Martin Luther King Jr.": the surname before the suffix.
      if (IsNameSuffix(AsciiLower(last)) && space != std::string_view::npos) {
        const std::string_view rest = std::string_view(e.name).substr(0, space);
        last = rest.substr(rest.rfind(' ') + 1);
      }
      const std::string lower = AsciiLower(last);
      if ((gz_.IsCommonWord(lower) && !gz_.IsSurname(last)) || gz_.IsMonthOrDay(lower)) continue;
    }
    if (found >= 0) return -1;
    found = static_cast<int>(i);
  }
  return found;
}

Gender Finder::TitleGender(uint32_t name_begin) const {
  if (name_begin == 0 || name_begin >= d_.tokens.size()) return Gender::kUnknown;
  std::string_view t = d_.Lower(name_begin - 1);
  if (t == "mrs." || t == "ms." || t == "miss" || t == "mrs" || t == "ms") return Gender::kFemale;
  if (t == "mr." || t == "mr") return Gender::kMale;
  return Gender::kUnknown;
}

void Finder::IndexSurname(int entity) {
  std::string_view n = out_.entities[entity].name;
  size_t sp = n.rfind(' ');
  // "William A. Brewer III" is found as "Brewer".
  if (sp != std::string_view::npos && IsNameSuffix(AsciiLower(n.substr(sp + 1)))) {
    n = n.substr(0, sp);
    sp = n.rfind(' ');
  }
  std::string last = AsciiLower(sp == std::string_view::npos ? n : n.substr(sp + 1));
  auto& list = SurnameList(last);
  if (std::find(list.begin(), list.end(), entity) == list.end()) list.push_back(entity);
  // "Xi Jinping" is "Xi" alone (family_names.cc).
  if (const std::string family = FamilyNameFirst(out_.entities[entity].name); !family.empty())
    IndexFamilyName(family, entity);
}

}  // namespace kg::extract::mention_internal
