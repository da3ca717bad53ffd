// Word lists the extractor consults: US Census first names (with gender)
// and surnames, the English word list (lower-case common words and
// capitalised proper nouns), all generated at build time from Debian
// packages by gen_gazetteer.py, plus small hand-written lists of general
// language (titles, organisation head words, speech verbs). Built once per
// process; every lookup is a hash-set probe.
#ifndef KG_EXTRACT_GAZETTEER_H_
#define KG_EXTRACT_GAZETTEER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace kg::extract {

enum class Gender { kUnknown, kMale, kFemale };

class Gazetteer {
 public:
  static const Gazetteer& Get();

  // `word` as written ("Chris"); case-insensitive where noted.
  bool IsFirstName(std::string_view word) const;
  Gender FirstNameGender(std::string_view word) const;
  bool IsSurname(std::string_view word) const;
  bool IsCommonWord(std::string_view lower) const;  // lower-case dictionary word
  bool IsProperNoun(std::string_view word) const;   // capitalised dictionary entry

  // Lists below take lower-case input.
  bool IsTitleWord(std::string_view lower) const;               // one-word person titles
  int MatchTitle(const std::string* lower_words, int n) const;  // longest title phrase
  bool IsNameTitle(std::string_view lower) const;               // titles used before names
  bool IsOrgHead(std::string_view lower) const;                 // Council, Union, Post ...
  bool IsOfHead(std::string_view lower) const;                  // heads taking "of": Department of
  bool IsOutletHead(std::string_view lower) const;              // Post, Times, News ...
  bool IsUnionHead(std::string_view lower) const;               // Union, Council, Association
  bool IsSpeechVerb(std::string_view lower) const;
  bool IsNonOrgAcronym(std::string_view word) const;   // US, TV, CEO, COVID
  bool IsNonPersonTail(std::string_view lower) const;  // County, Street, Day ...
  bool IsFunctionWord(std::string_view lower) const;   // The, He, In, But ...
  bool IsMonthOrDay(std::string_view lower) const;

 private:
  Gazetteer();
  std::unordered_map<std::string_view, Gender> first_names_;
  std::unordered_set<std::string_view> surnames_, common_, proper_;
  std::unordered_set<std::string_view> title_words_, name_titles_, org_heads_, of_heads_,
      outlet_heads_, union_heads_, speech_verbs_, non_org_acronyms_, non_person_tails_,
      function_words_, months_days_;
  std::unordered_set<std::string> title_phrases_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_GAZETTEER_H_
