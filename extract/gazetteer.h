// Word lists the extractor consults: US Census first names (with gender)
// and surnames, the English word list (lower-case common words and
// capitalised proper nouns), the words of place names (countries, states,
// main cities), all generated at build time from Debian
// packages by gen_gazetteer.py, plus small hand-written lists of general
// language (titles, organisation head words, speech verbs). Built once per
// process; every lookup is a hash-set probe.
#ifndef KG_EXTRACT_GAZETTEER_H_
#define KG_EXTRACT_GAZETTEER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/word_flag_table.h"

namespace kg::extract {

enum class Gender { kUnknown, kMale, kFemale };

// Bit flags of a lower-case word: every list a word is in, so that one
// hash probe per token answers all questions about it.
enum Lex : uint32_t {
  kFirstName = 1u << 0,
  kMaleName = 1u << 1,
  kFemaleName = 1u << 2,
  kSurname = 1u << 3,
  kCommonWord = 1u << 4,
  kProperNoun = 1u << 5,
  kTitleWord = 1u << 6,
  kTitleStart = 1u << 7,
  kNameTitle = 1u << 8,
  kOrgHead = 1u << 9,
  kOfHead = 1u << 10,
  kOutletHead = 1u << 11,
  kUnionHead = 1u << 12,
  kSpeechVerb = 1u << 13,
  kNonPersonTail = 1u << 14,
  kFunctionWord = 1u << 15,
  kMonthOrDay = 1u << 16,
  // A word of a country, state or province, or main city name (iso-codes,
  // tzdata): "Texas", "New", "York".
  kPlaceWord = 1u << 17,
  // An all-capitals entry of the English word list: an acronym the
  // dictionary knows ("NATO", "ISIS", "FBI"), even when a capitalised word
  // is spelt the same ("Isis").
  kDictAcronym = 1u << 18,
  // A word of relation_trigger_words.h ("urged", "chairs", "lawyers"): no
  // list of words a name is made of, so "a word no list knows" (lex == 0 in
  // the mention rules) leaves it out (kWordListBits). RelationFinder::Triggers
  // looks a word up in its trigger index only when the bit is set.
  kRelationTrigger = 1u << 19,
  // A first name borne by both sexes, the rarer at least a third as often
  // (Pat, Jamie, Casey, Dana): he and she may both refer to its bearer. The
  // word keeps the gender bit of its commoner sex.
  kUnisexName = 1u << 20,
  // A word an endorsement may start from (MayOpenEndorsement in
  // relation_trigger_words.h: "endorsed", "backing", "support", "-backed"):
  // set by the document builder's flag cache, once per distinct word, so
  // that Triggers tests a flag instead of prefixes of every word. No list.
  kEndorseCue = 1u << 21,
  // The word "according" (a table entry of its own, so free at run time):
  // FindSpeakerNames reads "according to X Y" from it in its one loop over
  // the words' flags instead of comparing every word's text. No list.
  kAccording = 1u << 22,
};
// The bits of the word lists proper, without kRelationTrigger, kEndorseCue
// and kAccording.
inline constexpr uint32_t kWordListBits = ~uint32_t{kRelationTrigger | kEndorseCue | kAccording};

class Gazetteer {
 public:
  static const Gazetteer& Get();

  // Lex bits of a lower-case word, 0 when unknown. The large lists (names,
  // dictionary) are only consulted for capitalised tokens: they are the
  // only ones asked about, and keeping lower-case probes in the small table
  // keeps them in cache.
  uint32_t Flags(std::string_view lower, bool capitalised = true) const;
  // The same for a lower-case word of at most WordFlagTable::kInlineBytes
  // given packed (p = WordFlagTable::Pack(lower), hash = WordFlagTable::Hash(p)),
  // after an optional Prefetch of its table slots: callers that look up many
  // words prefetch a few ahead so that the cache misses overlap.
  void Prefetch(uint32_t hash, bool capitalised) const {
    small_.Prefetch(hash);
    if (capitalised) large_.Prefetch(hash);
  }
  uint32_t Flags(WordFlagTable::Packed p, uint32_t hash, bool capitalised) const {
    uint32_t f = small_.Find(p, hash);
    if (capitalised) f |= large_.Find(p, hash);
    return f;
  }

  // `word` as written ("Chris"); case-insensitive where noted.
  bool IsFirstName(std::string_view word) const;
  Gender FirstNameGender(std::string_view word) const;
  bool IsSurname(std::string_view word) const;
  bool IsCommonWord(std::string_view lower) const;  // lower-case dictionary word
  bool IsProperNoun(std::string_view word) const;   // capitalised dictionary entry

  // Lists below take lower-case input.
  bool IsTitleWord(std::string_view lower) const;  // one-word person titles
  // Length in words of the longest title phrase at the start of `words`.
  int MatchTitle(const std::string_view* lower_words, int n) const;
  bool StartsTitle(std::string_view lower) const;   // first word of some title
  bool IsNameTitle(std::string_view lower) const;   // titles used before names
  bool IsOrgHead(std::string_view lower) const;     // Council, Union, Post ...
  bool IsOfHead(std::string_view lower) const;      // heads taking "of": Department of
  bool IsOutletHead(std::string_view lower) const;  // Post, Times, News ...
  bool IsUnionHead(std::string_view lower) const;   // Union, Council, Association
  bool IsSpeechVerb(std::string_view lower) const;
  bool IsNonOrgAcronym(std::string_view word) const;   // US, TV, CEO, COVID
  bool IsNonPersonTail(std::string_view lower) const;  // County, Street, Day ...
  bool IsFunctionWord(std::string_view lower) const;   // The, He, In, But ...
  bool IsMonthOrDay(std::string_view lower) const;

 private:
  Gazetteer();
  WordFlagTable large_;  // names and dictionary: probed for capitalised tokens only
  WordFlagTable small_;  // hand lists: probed for every word
  std::unordered_map<std::string_view, Gender> first_names_;
  std::unordered_set<std::string_view> surnames_, common_, proper_, places_, dict_acronyms_;
  std::unordered_set<std::string_view> title_words_, name_titles_, org_heads_, of_heads_,
      outlet_heads_, union_heads_, speech_verbs_, non_org_acronyms_, non_person_tails_,
      function_words_, months_days_;
  // std::string keys found by std::string_view without a copy.
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_set<std::string, StringHash, std::equal_to<>> title_phrases_, title_starts_;
  // Lex bits of the hand lists that are all lower case: InList asks the flag
  // table for them.
  uint32_t lower_case_lists_ = 0;
  bool InList(std::string_view w, uint32_t bit,
              const std::unordered_set<std::string_view>& list) const;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_GAZETTEER_H_
