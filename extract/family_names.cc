// Names written family name first: "Xi Jinping", "Moon Jae-in", "Ri Yong-ho".
// News refers to such people by the first word ("Xi said", "Mr. Moon"), not
// the last, so the surname index gets the family name too.
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

// Common Chinese (pinyin) and Korean family names. "Lee" is left out: it opens
// as many Western first names ("Lee Zeldin") as Korean names.
const std::unordered_set<std::string_view>& FamilyNames() {
  static const std::unordered_set<std::string_view> kNames = {
      "xi",    "li",    "wang", "zhang", "liu",  "chen", "yang", "huang", "zhao",  "wu",    "zhou",
      "xu",    "sun",   "zhu",  "hu",    "guo",  "lin",  "gao",  "luo",   "zheng", "liang", "xie",
      "tang",  "feng",  "deng", "cao",   "peng", "zeng", "xiao", "tian",  "dong",  "pan",   "yuan",
      "cai",   "jiang", "du",   "ye",    "wei",  "su",   "lu",   "ding",  "ren",   "shen",  "yao",
      "zhong", "cui",   "tan",  "geng",  "hua",  "qin",  "meng", "fang",  "wen",   "kim",   "park",
      "choi",  "jung",  "kang", "cho",   "yoon", "jang", "lim",  "han",   "shin",  "kwon",  "hwang",
      "ahn",   "song",  "ri",   "moon",  "ban",  "choe", "yun",  "chung", "ryu",   "hong",  "jeon",
      "ko",    "nam",   "roh",  "yoo",   "chun", "rhee", "pak",  "jo"};
  return kNames;
}

// Romanised syllables: pinyin initials and finals, and Korean (revised and
// McCune-Reischauer) initials, vowels and codas. Over-generating is harmless:
// the test only has to reject Western names ("Reynolds", "Zeldin", "Davis").
bool Syllables(std::string_view w) {
  static const std::unordered_set<std::string> kSyllables = [] {
    std::unordered_set<std::string> s;
    const std::array<const char*, 24> pinyin_initials = {"",  "b", "p", "m", "f", "d",  "t",  "n",
                                                         "l", "g", "k", "h", "j", "q",  "x",  "r",
                                                         "z", "c", "s", "y", "w", "zh", "ch", "sh"};
    const std::array<const char*, 35> pinyin_finals = {
        "a",   "o",   "e",   "i",  "u",   "ai",  "ei",   "ao",  "ou", "an",   "en",  "ang",
        "eng", "ong", "er",  "ia", "ie",  "iao", "iu",   "ian", "in", "iang", "ing", "iong",
        "ua",  "uo",  "uai", "ui", "uan", "un",  "uang", "ue",  "ve", "v",    "uei"};
    for (const char* i : pinyin_initials) {
      for (const char* f : pinyin_finals) s.insert(std::string(i) + f);
    }
    const std::array<const char*, 22> korean_initials = {
        "",  "g", "k",  "kk", "n",  "d", "t",  "tt", "r", "l", "m",
        "b", "p", "pp", "s",  "ss", "j", "ch", "jj", "h", "y", "w"};
    const std::array<const char*, 21> korean_vowels = {"a",  "ae", "ya", "yae", "eo", "e",  "yeo",
                                                       "ye", "o",  "wa", "wae", "oe", "yo", "u",
                                                       "wo", "we", "wi", "yu",  "eu", "ui", "i"};
    const std::array<const char*, 8> korean_codas = {"", "k", "n", "t", "l", "m", "p", "ng"};
    for (const char* i : korean_initials) {
      for (const char* v : korean_vowels) {
        for (const char* c : korean_codas) s.insert(std::string(i) + v + c);
      }
    }
    // McCune-Reischauer spellings common in North Korean names: "Jong",
    // "Chol", "Sung", "Hye", "Hui".
    for (const char* x : {"jong", "chol", "sung", "hye", "hui", "myong", "ryong", "yong", "song",
                          "chong", "chul", "hyon", "hyun", "duk", "hak"})
      s.insert(x);
    return s;
  }();
  // Segment greedily from the right with backtracking over lengths 1..6.
  const size_t n = w.size();
  std::vector<bool> ok(n + 1, false);
  ok[0] = true;
  for (size_t end = 1; end <= n; ++end) {
    for (size_t len = 1; len <= 6 && len <= end && !ok[end]; ++len) {
      if (ok[end - len] && kSyllables.count(std::string(w.substr(end - len, len)))) ok[end] = true;
    }
  }
  return n > 0 && ok[n];
}

}  // namespace

// The family name of a person named family name first, lower case, or an
// empty view: "Xi Jinping" -> "xi", "Moon Jae-in" -> "moon", "Kim Jong Un" ->
// "kim"; not "Kim Reynolds" (no romanised syllables), "Song Smith".
std::string FamilyNameFirst(std::string_view name) {
  const size_t sp = name.find(' ');
  if (sp == std::string_view::npos) return {};
  std::string family = AsciiLower(name.substr(0, sp));
  if (FamilyNames().count(family) == 0) return {};
  std::string rest = AsciiLower(name.substr(sp + 1));
  size_t parts = 0;
  size_t b = 0;
  while (b <= rest.size()) {
    static constexpr ByteSet kBreaks(" -");
    size_t e = kBreaks.FindIn(rest, b);
    if (e == std::string::npos) e = rest.size();
    const std::string_view part = std::string_view(rest).substr(b, e - b);
    if (part.empty() || !Syllables(part)) return {};
    ++parts;
    b = e + 1;
  }
  return parts >= 1 && parts <= 3 ? family : std::string();
}

// "Xi" alone names Xi Jinping when he is the article's only Xi: with two
// people of one family name ("Kim Jong Un", "Kim Myong Gil") the bare name is
// either, so neither gets it.
void Finder::IndexFamilyName(const std::string& family, int entity) {
  auto& owners = family_owners_[family];
  if (std::find(owners.begin(), owners.end(), entity) != owners.end()) return;
  owners.push_back(entity);
  auto& list = SurnameList(family);
  if (owners.size() == 1) {
    if (std::find(list.begin(), list.end(), entity) == list.end()) list.push_back(entity);
    return;
  }
  for (int other : owners) {
    auto it = std::find(list.begin(), list.end(), other);
    // Keep an entry the person's own surname put there ("Song" of "Kelly Song").
    if (it != list.end() &&
        AsciiLower(out_.entities[other].name).substr(0, family.size()) == family)
      list.erase(it);
  }
}

}  // namespace kg::extract::mention_internal
