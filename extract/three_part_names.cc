// A given name before a first name and surname: "Jo Beth Roe", "Mark
// Anthony Roe" opening a sentence, "Behnam Ben Roe", "Omid Karim Roe".
// ParseChunk takes the longest tail that IsPersonName accepts, and that
// test cuts such a name to its last two words: a sentence-initial first
// name that is also a dictionary word ("Mark", "Jenny", "Victor") is
// skipped as the common word that sentences open with ("See Mitt Romney"),
// and a given name no list holds ("Behnam", "Omarosa") is not known to be
// one. The word before the tail joins it when it can only be a given name
// and the article never writes the two-word tail without it: a common
// word ("Crooked", "See"), a place, a title or a dictionary proper noun
// ("Obama") never joins, and "Pinterest Jane Roe" beside "Jane Roe" keeps
// the name the article uses.
#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

bool Finder::GivenNameBefore(uint32_t j, uint32_t k, uint32_t e) const {
  if (e != k + 2 || !Word(j) || !d_.tokens[j].cap || d_.tokens[j].allcaps || d_.tokens[j].abbrev ||
      out_.title_at[j] >= 0 || out_.title_at[k] >= 0)
    return false;
  if (d_.Has(j, kPlaceWord | kOrgHead | kOutletHead | kFunctionWord | kMonthOrDay | kTitleWord |
                    kNonPersonTail) ||
      PartyNoun(d_.Lower(j)) || QuestionAuxiliary(j) || !NameToken(j))
    return false;
  // The given name: a Census first name (a dictionary word too: "Mark",
  // "Jenny") or a word no list holds; then a first name or another
  // unlisted word ("Omarosa Manigault Roe").
  if (!IsFirstName(j) && !UnknownWord(j)) return false;
  if (!IsFirstName(k) && !UnknownWord(k)) return false;
  if (d_.Has(k, kPlaceWord | kOrgHead | kTitleWord)) return false;
  const std::string_view w = d_.Lower(j);
  // A first name that is also a dictionary word only where sentences open
  // with it ("Mark Anthony Roe said"): inside one the chunk kept it already
  // when it was the name's, and not a modal or a rank ("Will Bill Roe be
  // ...", "Command Sgt. Major Bert Roe").
  const bool opens = SentenceInitial(j);
  const bool after_quote = j > 0 && d_.tokens[j - 1].kind == TokKind::kCloseQuote;
  if (d_.Has(j, kCommonWord) && ((!opens && !after_quote) || w == "will" || w == "major"))
    return false;
  // A word no list holds that is an agent noun ("Podcaster", "Unabomber",
  // "Clintonite", "Swampman", "Frenchie") describes the person it precedes.
  if (!IsFirstName(j)) {
    static constexpr std::string_view kAgentEnds[] = {"er",  "or",  "ist", "ite",
                                                      "man", "men", "ian", "ie"};
    for (std::string_view end : kAgentEnds) {
      if (w.ends_with(end)) return false;
    }
  }
  // A word before it is no part of the name: "Follow Jo Beth Roe" was cut
  // by ScanChunks; only a title may come before ("Gen. Omid Karim Roe").
  // Nor an article, a preposition or a particle: "the Paso Del Norte port",
  // "an adviser at Booz Allen Hamilton", "Tamim bin Hamad Al Roe", "former
  // Marine Kevin Roe".
  if (!opens && CapWord(j - 1) && out_.title_at[j - 1] < 0) return false;
  if (!opens && Word(j - 1) && !d_.tokens[j - 1].cap) {
    const std::string_view p = d_.Lower(j - 1);
    if (p == "the" || p == "a" || p == "an" || p == "at" || p == "former" || p == "retired" ||
        p == "bin" || p == "ibn" || p == "al" || p == "de" || p == "del" || p == "van" ||
        p == "von" || p == "da" || p == "di" || p == "la" || p == "le")
      return false;
  }
  const std::string_view g = d_.Text(j), f = d_.Text(k), s = d_.Text(k + 1);
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  for (uint32_t t = 0; t + 1 < n; ++t) {
    if (t == k || d_.Text(t) != f || d_.Text(t + 1) != s) continue;
    if (t == 0 || d_.Text(t - 1) != g) return false;
  }
  return true;
}

}  // namespace kg::extract::mention_internal
