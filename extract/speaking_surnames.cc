// Surnames that are dictionary words: "Gov. Nathan Deal", "Tony West",
// "Sen. Angus King", "Vice President Pence".
#include <algorithm>
#include <vector>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

bool Honorific(std::string_view w) { return w == "Mr." || w == "Ms." || w == "Mrs." || w == "Dr."; }

}  // namespace

// A first name the Census lists miss is a word no list holds ("Kanye",
// "Geoff"): not a common word, place, head word, title, month or function word.
bool Finder::UnlistedWord(uint32_t k) const {
  return (d_.lex[k] & (kCommonWord | kPlaceWord | kOrgHead | kTitleWord | kMonthOrDay |
                       kFunctionWord | kSurname)) == 0 &&
         !kNameMarksOrDigits.AnyIn(d_.Text(k));
}

namespace {}  // namespace

// Whether `name` stands alone as the subject of a speech verb somewhere in
// the article ("Deal said", "Mr. Lane told", "said West."): a capitalised word
// after no other capitalised word (an honorific aside) and no determiner.
// Places, things and offices rarely speak by a bare capitalised word
// ("the West said" has its determiner), so this tells a surname that is also
// a dictionary word from the word.
bool Finder::SpeaksAlone(std::string_view name) const {
  if (!speaking_names_done_) {
    speaking_names_done_ = true;
    const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
    auto alone = [&](uint32_t k) {
      if (!CapWord(k) || d_.tokens[k].allcaps || d_.tokens[k].abbrev) return false;
      if (k == 0) return true;
      if (CapWord(k - 1)) return Honorific(d_.Text(k - 1));
      return !(Word(k - 1) &&
               (d_.IsWord(k - 1, "the") || d_.IsWord(k - 1, "a") || d_.IsWord(k - 1, "an")));
    };
    // Only speech verbs are looked at: one flag test per token, through a
    // local pointer (the inserts below made the compiler reload d_.lex).
    const uint32_t* const lex = d_.lex.data();
    for (uint32_t v = 1; v < n; ++v) {
      if ((lex[v] & kSpeechVerb) == 0 || !Word(v) || d_.tokens[v].cap) continue;
      if (alone(v - 1)) speaking_names_.insert(d_.Text(v - 1));
      // "\"...,\" said West." (not an object: "she told Farrow.")
      if (v >= 1 && v + 2 < n &&
          (Punct(v - 1, ",") || d_.tokens[v - 1].kind == TokKind::kCloseQuote) &&
          (Punct(v + 2, ".") || Punct(v + 2, ",")) && alone(v + 1))
        speaking_names_.insert(d_.Text(v + 1));
    }
  }
  return speaking_names_.count(name) > 0;
}

// Whether `k`..`e` is a first name (or a title's name) ending in a word the
// dictionaries know as a common word, a thing's word or a title ("Deal",
// "Forest", "West", "King", "Pence") which IsPersonName would reject, and
// that word speaks alone elsewhere in the article. Two words need a first
// name or a title before them; one word needs a title ("Vice President
// Pence" ... "Pence said"). Not a place, a party or a plural ("Democrats").
bool Finder::SpeakingWordSurname(uint32_t k, uint32_t e, bool cued) const {
  const uint32_t len = e - k;
  if (len < 1 || len > 2) return false;
  const uint32_t s = e - 1;
  const Token& tok = d_.tokens[s];
  if (!Word(s) || !tok.cap || tok.allcaps || tok.abbrev || tok.end - tok.start < 3) return false;
  if (!d_.Has(s, kCommonWord | kNonPersonTail | kTitleWord)) return false;  // other rules decide
  if (d_.Has(s, kFunctionWord | kMonthOrDay | kOrgHead) || PartyNoun(d_.Lower(s))) return false;
  // A place word only after a first name: "Tony West", not "Vice President West".
  if (d_.Has(s, kPlaceWord) && !(len == 2 && (IsFirstName(k) || UnlistedWord(k)))) return false;
  const std::string_view w = d_.Text(s);
  if (kNameMarksOrDigits.AnyIn(w) || w.ends_with("s")) return false;
  if (len == 1 ? !cued
               : !(NameToken(k) && !d_.tokens[k].allcaps && WholeName(k) &&
                   (IsFirstName(k) || cued || UnlistedWord(k)) && !d_.Has(k, kPlaceWord)))
    return false;
  // "Will Trump accept ...?": a common first name opening a question. Not
  // "Tony West, Uber's chief legal officer, said ...", "Chip Lake said".
  if (len == 2 && !cued && SentenceInitial(k) && d_.Has(k, kCommonWord) && EndsQuestion(k))
    return false;
  if (!SpeaksAlone(w)) return false;
  // News introduces a person in full before the surname alone: a bare
  // "Trump" before "Ivanka Trump" is someone else.
  for (uint32_t t = 1; len == 2 && t < k; ++t) {
    if (d_.Text(t) == w && (!CapWord(t - 1) || out_.title_at[t - 1] >= 0)) return false;
  }
  // "President Donald Trump, Ivanka Trump": when the word follows another
  // name elsewhere, the bare word is someone else's surname.
  return len == 1 || !OtherFirstWord(w, d_.Text(k));
}

// Whether `surname` belongs to someone other than `first` `surname` somewhere
// in the article: it follows another capitalised word ("President Donald
// Trump" beside "Ivanka Trump"), or a title the full name never carries
// ("President Trump" beside "Ivanka Trump"; "Gov. Deal" beside "Gov. Nathan
// Deal" is the same man). Honorifics say nothing.
bool Finder::OtherFirstWord(std::string_view surname, std::string_view first) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  auto title_word = [&](uint32_t t) { return d_.Lower(out_.titles[out_.title_at[t]].tok_end - 1); };
  // `surname` is a capitalised word's text (SpeakingWordSurname), and a
  // token's kind and capital follow from its bytes: only capitalised words
  // can equal it, so both passes jump from one to the next (NextCap).
  // The titles the full name carries ("Gov. Nathan Deal"): one pass.
  std::vector<std::string_view> full_titles;
  for (uint32_t g = n >= 2 ? NextCap(2) : n; g < n; g = NextCap(g + 1)) {
    const uint32_t f = g - 1;
    if (d_.Text(f) == first && d_.Text(g) == surname && out_.title_at[f - 1] >= 0)
      full_titles.push_back(title_word(f - 1));
  }
  for (uint32_t t = NextCap(1); t < n; t = NextCap(t + 1)) {
    if (d_.Text(t) != surname || !CapWord(t - 1)) continue;
    const std::string_view before = d_.Text(t - 1);
    if (before == first || Honorific(before)) continue;
    if (out_.title_at[t - 1] < 0 ||
        std::find(full_titles.begin(), full_titles.end(), title_word(t - 1)) == full_titles.end())
      return true;
  }
  return false;
}

}  // namespace kg::extract::mention_internal
