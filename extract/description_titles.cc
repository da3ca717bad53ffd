#include "extract/description_titles.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/gazetteer.h"

namespace kg::extract::internal {
namespace {

// Whether `word` is a whole word of title `t` ("president" in "former
// president", not in "vice president" or "presidential"), not after a
// word that makes it a lesser office ("vice", "deputy", "assistant").
bool TitleHasWord(std::string_view t, std::string_view word) {
  for (size_t pos = t.find(word); pos != std::string_view::npos; pos = t.find(word, pos + 1)) {
    const size_t end = pos + word.size();
    const bool starts = pos == 0 || t[pos - 1] == ' ' || t[pos - 1] == '-';
    const bool ends = end == t.size() || t[end] == ' ' || t[end] == '-';
    if (!starts || !ends) continue;
    const std::string_view before = t.substr(0, pos);
    if (before.find("vice") != std::string_view::npos ||
        before.find("deputy") != std::string_view::npos ||
        before.find("assistant") != std::string_view::npos ||
        before.find("lieutenant") != std::string_view::npos)
      continue;
    return true;
  }
  return false;
}

constexpr const char* kDescriptions[] = {
    "senator",       "ag",        "president",    "governor",  "congressman",
    "congresswoman", "spokesman", "spokeswoman",  "professor", "secretary",
    "director",      "mayor",     "lawmaker",     "attorney",  "chairman",
    "chairwoman",    "speaker",   "commissioner", "ambassador"};

}  // namespace

// A lower-case word that may describe the holder of a title ("the colorful
// former governor", "the embattled senator"): no function, speech or title
// word, nor one that picks out another person than the one last named ("the
// first senator to endorse", "the new governor", "the vice president").
bool DescriptiveModifier(const Document& d, uint32_t k) {
  if (d.Has(k, kFunctionWord | kSpeechVerb | kTitleWord) ||
      d.Text(k).find('.') != std::string_view::npos)
    return false;
  static constexpr std::string_view kOtherPerson[] = {
      "first",   "second", "third",     "last",       "only",      "other",  "next",
      "new",     "same",   "sole",      "lone",       "incoming",  "future", "eventual",
      "vice",    "deputy", "assistant", "lieutenant", "associate", "state",  "acting",
      "interim", "top",    "current",   "sitting",    "late"};
  const std::string_view w = d.Lower(k);
  for (std::string_view x : kOtherPerson) {
    if (w == x) return false;
  }
  return true;
}

// What a person is, as news writing names someone already introduced:
// "the real estate mogul", "the Vermont lawmaker", "the 57-year-old nurse"
// (quote.epithet, endorse.described).
bool IsEpithetNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {"mogul",           "magnate",
                                                "tycoon",          "billionaire",
                                                "millionaire",     "businessman",
                                                "businesswoman",   "entrepreneur",
                                                "developer",       "candidate",
                                                "nominee",         "front-runner",
                                                "frontrunner",     "hopeful",
                                                "contender",       "challenger",
                                                "incumbent",       "politician",
                                                "lawmaker",        "legislator",
                                                "congressman",     "congresswoman",
                                                "senator",         "governor",
                                                "mayor",           "veteran",
                                                "nurse",           "surgeon",
                                                "neurosurgeon",    "physician",
                                                "doctor",          "lawyer",
                                                "attorney",        "prosecutor",
                                                "judge",           "teacher",
                                                "retiree",         "pastor",
                                                "preacher",        "minister",
                                                "bishop",          "comedian",
                                                "actor",           "actress",
                                                "singer",          "author",
                                                "columnist",       "commentator",
                                                "economist",       "professor",
                                                "scholar",         "historian",
                                                "activist",        "strategist",
                                                "pollster",        "farmer",
                                                "rancher",         "congressman-elect",
                                                "president-elect", "vice-president",
                                                "businessmen"};
  for (std::string_view n : kNouns) {
    if (w == n) return true;
  }
  return false;
}

bool TitleMatches(const std::vector<std::string>& titles, std::string_view word) {
  for (const std::string& t : titles) {
    if (word == "senator" && (t == "sen." || t == "senator" || t == "sens.")) return true;
    if (word == "ag" && t.find("attorney general") != std::string::npos) return true;
    if (word == "governor" && (t == "gov." || t == "governor")) return true;
    if ((word == "congressman" || word == "congresswoman" || word == "lawmaker") &&
        (t == "rep." || t == "representative" || t == word))
      return true;
    if (TitleHasWord(t, word)) return true;
  }
  return false;
}

// "the senator", "the Massachusetts senator", "the former secretary": the
// title word a description at `tok` ends in, with up to two modifiers
// (capitalised words or lower-case adjectives, DescriptiveModifier) before it.
bool DescriptionTitle(const Document& d, uint32_t tok, std::string* title, uint32_t* len) {
  uint32_t first = tok + 1;
  // "the state's governor", "the city's longtime mayor": a place's officer.
  if (first + 2 < d.tokens.size() && d.tokens[first + 1].kind == TokKind::kPossessive) {
    const std::string_view place = d.Lower(first);
    if (place == "state" || place == "city" || place == "county" || place == "country" ||
        place == "nation")
      first += 2;
  }
  uint32_t reach = first + 2;
  for (uint32_t k = first; k < d.tokens.size() && k <= reach; ++k) {
    // "the South Bend, Ind., mayor", "the Burlington, Vt., mayor": a city
    // and its state set off by commas, as news style writes a place before
    // an office; the state adds no modifier to the count.
    if (d.Text(k) == "," && k > first && d.tokens[k - 1].cap && k + 3 < d.tokens.size() &&
        d.tokens[k + 1].kind == TokKind::kWord && d.tokens[k + 1].cap && d.Text(k + 2) == "," &&
        d.tokens[k + 3].kind == TokKind::kWord && !d.tokens[k + 3].cap) {
      k += 2;
      reach += 3;
      continue;
    }
    if (d.tokens[k].kind != TokKind::kWord) return false;
    std::string_view n = d.Lower(k);
    // "the former vice president": the office as a whole ("vice" before a
    // title is no modifier: "the president" is not the vice president).
    if (n == "vice" && k + 1 < d.tokens.size() && d.Lower(k + 1) == "president") {
      *title = "vice president";
      *len = k + 1 - tok + 1;
      return true;
    }
    for (const char* t : kDescriptions) {
      if (n == t) {
        *title = t;
        *len = k - tok + 1;
        return true;
      }
    }
    const bool modifier = d.tokens[k].cap || n == "former" || n == "then" || n == "longtime" ||
                          n == "veteran" || n == "freshman" || n == "junior" || n == "senior" ||
                          n == "liberal" || n == "conservative" || n == "outgoing" ||
                          DescriptiveModifier(d, k);
    if (!modifier) return false;
  }
  return false;
}
}  // namespace kg::extract::internal
