// Names written in capitals inside ordinary text. A chunk of capitalised
// words that are all in capitals is shouting ("NO COLLUSION", "MUST
// WATCH") and names nothing, unless an acronym defines it; but some
// outlets style their name in capitals ("told USA TODAY", "a ZORVEX
// QUORIN analysis"), and there the words around it are lower-case and use
// it like an organisation.
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// Whether the two shouted words [b, e) are an organisation's name: the
// first an acronym no dictionary lists as a word, name or place
// ("AMERICAN CITIZENS"), the second a dictionary word ("USA TODAY", not
// "US GOP", "DC US"), neither a word the tokenizer saw as an abbreviation
// ("U.S.", "F. A." initials), no shouted word beside them, and a word around them that uses them as
// a body: a preposition, "the", "told" before; a possessive, speech verb, title or a noun such as
// "poll", "analysis", "has" after. Not "MORE" (a link label glued to a
// name: "... key states: NYT MORE").
bool Finder::ShoutedName(uint32_t b, uint32_t e) const {
  if (e - b != 2) return false;
  for (uint32_t t = b; t < e; ++t) {
    const Token& tok = d_.tokens[t];
    if (tok.kind != TokKind::kWord || !tok.allcaps || tok.abbrev || kDotOrDigit.AnyIn(d_.Text(t)))
      return false;
  }
  const std::string_view first = d_.Text(b), second = d_.Text(b + 1);
  static constexpr ByteSet kJoiners("-&");
  if (first.size() < 3 || kJoiners.AnyIn(first) || kJoiners.AnyIn(second) || second == "MORE")
    return false;
  if (d_.Has(b, kCommonWord | kProperNoun | kPlaceWord) || IsFirstName(b)) return false;
  // An acronym the dictionary knows names its body alone: "CNN FALSELY"
  // is a shouted sentence (not "USA": a country's acronym names no body).
  if (d_.Has(b, kDictAcronym) && !gz_.IsNonOrgAcronym(first)) return false;
  // The second a dictionary word: "USA TODAY", not indices and tickers
  // ("S&P SPX", "VIX VIX") or two bodies ("HHS CMS", "DOJ IG").
  if (!d_.Has(b + 1, kCommonWord)) return false;
  auto shouted = [&](uint32_t t) {
    return t < d_.tokens.size() && d_.tokens[t].kind == TokKind::kWord && d_.tokens[t].allcaps;
  };
  if ((b > 0 && shouted(b - 1)) || shouted(e)) return false;
  static constexpr std::string_view kBefore[] = {"told", "by",   "for", "of",  "to",
                                                 "from", "with", "at",  "the", "a",
                                                 "an",   "and",  "on",  "in",  "including"};
  static constexpr std::string_view kAfter[] = {
      "has",      "had",       "is",     "was",        "reported",  "poll",
      "analysis", "review",    "found",  "obtained",   "editorial", "investigation",
      "asked",    "contacted", "survey", "contributed"};
  if (b > 0 && Word(b - 1)) {
    const std::string_view w = d_.Lower(b - 1);
    if (std::find(std::begin(kBefore), std::end(kBefore), w) != std::end(kBefore)) return true;
  }
  if (e >= d_.tokens.size()) return false;
  if (d_.tokens[e].kind == TokKind::kPossessive) return true;
  if (!Word(e) || d_.tokens[e].cap) return false;
  if (d_.Has(e, kSpeechVerb | kTitleWord)) return true;
  const std::string_view w = d_.Lower(e);
  return std::find(std::begin(kAfter), std::end(kAfter), w) != std::end(kAfter);
}

// Whether the token `t` is an acronym written with periods that names a
// body ("the F.B.I.", "C.I.A. officers", "the N.A.A.C.P.'s lawyers"; the
// style of some papers): three to six letters, each followed by a period,
// the letters no acronym of a place, title or thing ("U.S.A.", "C.E.O.",
// "G.D.P.", "U.S.S.R."), no dictionary word ("R.I.P."), an acronym the
// dictionary knows ("FBI") or used like a body (after "the", before a
// possessive); not a person's initials before a name ("W.E.B. Du Bois"),
// nor a code after a number ("18 U.S.C. 793").
bool Finder::DottedAcronymOrg(uint32_t t) const {
  const std::string_view w = d_.Text(t);
  if (w.size() < 6 || w.size() > 12 || w.size() % 2 != 0) return false;
  std::string letters;
  for (size_t i = 0; i < w.size(); i += 2) {
    if (w[i] < 'A' || w[i] > 'Z' || w[i + 1] != '.') return false;
    letters.push_back(w[i]);
  }
  if (gz_.IsNonOrgAcronym(letters)) return false;
  std::string lower = letters;
  for (char& c : lower) c = static_cast<char>(c - 'A' + 'a');
  if (gz_.IsCommonWord(lower) || gz_.IsFirstName(letters)) return false;
  if (t + 1 < d_.tokens.size() && (CapWord(t + 1) || d_.tokens[t + 1].kind == TokKind::kNumber))
    return false;
  if (t > 0 && d_.tokens[t - 1].kind == TokKind::kNumber) return false;
  if (gz_.Flags(lower) & kDictAcronym) return true;
  return (t > 0 && d_.IsWord(t - 1, "the")) ||
         (t + 1 < d_.tokens.size() && d_.tokens[t + 1].kind == TokKind::kPossessive);
}

}  // namespace kg::extract::mention_internal
