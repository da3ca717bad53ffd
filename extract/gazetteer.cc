#include "extract/gazetteer.h"

#include <utility>

#include "extract/relation_trigger_words.h"
#include "extract/word_lists.h"

namespace kg::extract {
namespace {

#include "extract/gazetteer_data.inc"

template <typename Set>
void AddLines(const char* blob, Set* set) {
  std::string_view all(blob);
  size_t pos = 0;
  while (pos < all.size()) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    if (nl > pos) set->insert(all.substr(pos, nl - pos));
    pos = nl + 1;
  }
}

}  // namespace

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* g = new Gazetteer();
  return *g;
}

Gazetteer::Gazetteer() {
  std::unordered_set<std::string_view> male, female;
  AddLines(kMaleFirstNames, &male);
  AddLines(kFemaleFirstNames, &female);
  for (auto w : male) first_names_[w] = female.count(w) ? Gender::kUnknown : Gender::kMale;
  for (auto w : female) {
    if (!male.count(w)) first_names_[w] = Gender::kFemale;
  }
  AddLines(kSurnames, &surnames_);
  AddLines(kLowercaseWords, &common_);
  AddLines(kProperNouns, &proper_);
  AddLines(kDictAcronyms, &dict_acronyms_);
  AddLines(kPlaceWords, &places_);

  for (const char* w : TitleWords()) title_words_.insert(w);
  for (const char* w : ScholarTitles()) title_words_.insert(w);
  for (const char* w : TopicTitles()) title_words_.insert(w);
  for (const char* p : TitlePhrases()) {
    title_phrases_.insert(p);
    std::string_view v(p);
    // A hyphenated one-word title ("editor-in-chief") is a title word:
    // MatchTitle looks phrases up from their second word only.
    if (v.find(' ') == std::string_view::npos) title_words_.insert(p);
    title_starts_.insert(std::string(v.substr(0, v.find(' '))));
  }
  for (const char* w : NameTitles()) name_titles_.insert(w);
  for (const char* w : OrgHeads()) org_heads_.insert(w);
  for (const char* w : CompanySuffixes()) org_heads_.insert(w);
  for (const char* w : PaperHeads()) org_heads_.insert(w);
  for (const char* w : OfHeads()) of_heads_.insert(w);
  for (const char* w : OutletHeads()) outlet_heads_.insert(w);
  for (const char* w : UnionHeads()) union_heads_.insert(w);
  for (const char* w : SpeechVerbs()) speech_verbs_.insert(w);
  for (const char* w : NonOrgAcronyms()) non_org_acronyms_.insert(w);
  for (const char* w : NonPersonTails()) non_person_tails_.insert(w);
  for (const char* w : FunctionWords()) function_words_.insert(w);
  for (const char* w : MonthsDays()) months_days_.insert(w);

  // One map from lower-case word to all its lists.
  auto mark = [this](std::string_view w, uint32_t bit) {
    std::string l(w);
    for (char& c : l) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    const uint32_t large = kFirstName | kMaleName | kFemaleName | kUnisexName | kSurname |
                           kCommonWord | kProperNoun | kPlaceWord | kDictAcronym;
    (bit & large ? large_ : small_).Add(l, bit);
  };
  large_.Reserve(first_names_.size() + surnames_.size() + common_.size() + proper_.size() +
                 places_.size() + dict_acronyms_.size());
  small_.Reserve(4096);
  std::unordered_set<std::string_view> unisex;
  AddLines(kUnisexFirstNames, &unisex);
  for (auto& [w, g] : first_names_) {
    uint32_t bits = kFirstName;
    if (unisex.count(w)) bits |= kUnisexName;
    if (g == Gender::kMale) bits |= kMaleName;
    if (g == Gender::kFemale) bits |= kFemaleName;
    mark(w, bits);
  }
  for (auto w : surnames_) mark(w, kSurname);
  for (auto w : common_) mark(w, kCommonWord);
  for (auto w : proper_) mark(w, kProperNoun);
  for (auto w : places_) mark(w, kPlaceWord);
  for (auto w : dict_acronyms_) mark(w, kDictAcronym);
  for (auto w : title_words_) mark(w, kTitleWord | kTitleStart);
  for (auto& w : title_starts_) mark(w, kTitleStart);
  for (auto w : name_titles_) mark(w, kNameTitle);
  for (auto w : org_heads_) mark(w, kOrgHead);
  for (auto w : of_heads_) mark(w, kOfHead);
  for (auto w : outlet_heads_) mark(w, kOutletHead);
  for (auto w : union_heads_) mark(w, kUnionHead);
  for (auto w : speech_verbs_) mark(w, kSpeechVerb);
  for (auto w : non_person_tails_) mark(w, kNonPersonTail);
  for (auto w : function_words_) mark(w, kFunctionWord);
  for (auto w : months_days_) mark(w, kMonthOrDay);
  for (const auto& tw : internal::kTriggerWords) mark(tw.word, kRelationTrigger);
  for (const auto& [word, title] : internal::kSharedTitleWords) mark(word, kRelationTrigger);
  for (const auto& [word, title] : internal::kPluralTitleWords) mark(word, kRelationTrigger);
  mark("according", kAccording);

  // A hand list whose entries are all lower case answers from the flag
  // table (its bit is the list's alone), without std::hash and a bucket chain.
  auto lower_case = [](const std::unordered_set<std::string_view>& list) {
    for (std::string_view w : list) {
      if (w.empty()) return false;
      for (char c : w) {
        if (c >= 'A' && c <= 'Z') return false;
      }
    }
    return true;
  };
  const std::pair<const std::unordered_set<std::string_view>*, uint32_t> lists[] = {
      {&title_words_, kTitleWord},       {&name_titles_, kNameTitle},
      {&org_heads_, kOrgHead},           {&of_heads_, kOfHead},
      {&outlet_heads_, kOutletHead},     {&union_heads_, kUnionHead},
      {&speech_verbs_, kSpeechVerb},     {&non_person_tails_, kNonPersonTail},
      {&function_words_, kFunctionWord}, {&months_days_, kMonthOrDay}};
  for (const auto& [list, bit] : lists) {
    if (lower_case(*list)) lower_case_lists_ |= bit;
  }
}

bool Gazetteer::InList(std::string_view w, uint32_t bit,
                       const std::unordered_set<std::string_view>& list) const {
  if (lower_case_lists_ & bit) return (small_.Find(w) & bit) != 0;
  return list.count(w) > 0;
}

uint32_t Gazetteer::Flags(std::string_view lower, bool capitalised) const {
  uint32_t f = small_.Find(lower);
  if (capitalised) f |= large_.Find(lower);
  return f;
}

bool Gazetteer::IsFirstName(std::string_view w) const { return first_names_.count(w) > 0; }
Gender Gazetteer::FirstNameGender(std::string_view w) const {
  auto it = first_names_.find(w);
  return it == first_names_.end() ? Gender::kUnknown : it->second;
}
bool Gazetteer::IsSurname(std::string_view w) const { return surnames_.count(w) > 0; }
bool Gazetteer::IsCommonWord(std::string_view w) const { return common_.count(w) > 0; }
bool Gazetteer::IsProperNoun(std::string_view w) const { return proper_.count(w) > 0; }
bool Gazetteer::IsTitleWord(std::string_view w) const {
  return InList(w, kTitleWord, title_words_);
}
bool Gazetteer::IsNameTitle(std::string_view w) const {
  return InList(w, kNameTitle, name_titles_);
}
bool Gazetteer::IsOrgHead(std::string_view w) const { return InList(w, kOrgHead, org_heads_); }
bool Gazetteer::IsOfHead(std::string_view w) const { return InList(w, kOfHead, of_heads_); }
bool Gazetteer::IsOutletHead(std::string_view w) const {
  return InList(w, kOutletHead, outlet_heads_);
}
bool Gazetteer::IsUnionHead(std::string_view w) const {
  return InList(w, kUnionHead, union_heads_);
}
bool Gazetteer::IsSpeechVerb(std::string_view w) const {
  return InList(w, kSpeechVerb, speech_verbs_);
}
bool Gazetteer::IsNonOrgAcronym(std::string_view w) const { return non_org_acronyms_.count(w) > 0; }
bool Gazetteer::IsNonPersonTail(std::string_view w) const {
  return InList(w, kNonPersonTail, non_person_tails_);
}
bool Gazetteer::IsFunctionWord(std::string_view w) const {
  return InList(w, kFunctionWord, function_words_);
}
bool Gazetteer::IsMonthOrDay(std::string_view w) const {
  return InList(w, kMonthOrDay, months_days_);
}

bool Gazetteer::StartsTitle(std::string_view w) const {
  return IsTitleWord(w) || title_starts_.count(w) > 0;
}

namespace {

// The first two or more words of the longer title phrases ("chief of" for
// "chief of staff"): MatchTitle stops extending a phrase that is none, instead
// of looking up every phrase of up to five words.
const std::unordered_set<std::string>& TitlePrefixes() {
  static const auto* const prefixes = [] {
    auto* set = new std::unordered_set<std::string>;
    for (const char* p : TitlePhrases()) {
      const std::string_view v(p);
      for (size_t space = v.find(' ', v.find(' ') + 1); space != std::string_view::npos;
           space = v.find(' ', space + 1))
        set->insert(std::string(v.substr(0, space)));
    }
    return set;
  }();
  return *prefixes;
}

}  // namespace

int Gazetteer::MatchTitle(const std::string_view* words, int n) const {
  if (n == 0) return 0;
  int best = IsTitleWord(words[0]) ? 1 : 0;
  if (n == 1 || !title_starts_.count(words[0])) return best;
  // Longest phrase first; phrases are at most five words.
  std::string phrase(words[0]);
  for (int k = 1; k < n && k < 5; ++k) {
    phrase.push_back(' ');
    phrase += words[k];
    if (title_phrases_.count(phrase)) best = k + 1;
    if (!TitlePrefixes().count(phrase)) break;  // no longer phrase starts so
  }
  return best;
}

}  // namespace kg::extract
