// The apposition cue of organisation names: "X, a Danish pharmaceutical
// company that ...", "X, the law firm at the heart of": the head noun of an
// apposition says the name before it is a body, never a person. Split from
// org_cues.cc, whose other cues read the words around the name.
#include <string_view>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

// Nouns that only a body is, never a person: "a Danish pharmaceutical
// company", "the law firm". Not "pollster", "publisher" or "manufacturer",
// which are also people ("Jane Roe, a detergent manufacturer").
bool BodyNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "group",     "organization", "organisation", "nonprofit",    "non-profit", "outlet",
      "website",   "company",      "corporation",  "firm",         "network",    "magazine",
      "newspaper", "publication",  "pac",          "charity",      "platform",   "startup",
      "start-up",  "broadcaster",  "tabloid",      "conglomerate", "retailer",   "automaker",
      "airline",   "insurer",      "marketplace",  "bank",         "coalition",  "tank"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

}  // namespace

// "X, a Danish pharmaceutical company that advertises ...", "X, the law
// firm at the heart of": an apposition after token `comma` whose head noun
// says the name before it is a body. The noun must end its phrase ("a coal
// company CEO" is a person, "a group of electors" are people): punctuation
// or a word that opens a modifier follows it.
bool Finder::BodyApposition(uint32_t comma) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (!Punct(comma, ",") || comma + 2 >= n) return false;
  const std::string_view det = d_.Lower(comma + 1);
  if (det != "a" && det != "an" && det != "the") return false;
  for (uint32_t t = comma + 2; t < n && t < comma + 8; ++t) {
    if (!Word(t)) {
      if (Punct(t, "-")) continue;
      return false;
    }
    const std::string_view w = d_.Lower(t);
    if (!d_.tokens[t].cap && BodyNoun(w)) {
      if (!Word(t + 1)) return t + 1 >= n || d_.tokens[t + 1].kind != TokKind::kPossessive;
      static constexpr std::string_view kAfterHead[] = {
          "that",  "which",  "whose",        "with",    "in",      "based",     "founded",
          "owned", "run",    "led",          "headed",  "backed",  "funded",    "affiliated",
          "tied",  "linked", "known",        "where",   "for",     "from",      "on",
          "at",    "used",   "specializing", "focused", "devoted", "dedicated", "created"};
      return std::find(std::begin(kAfterHead), std::end(kAfterHead), d_.Lower(t + 1)) !=
             std::end(kAfterHead);
    }
    if (w == "of" || w == "who" || w == "that" || w == "which" || w == "for" || w == "with" ||
        w == "and" || out_.title_at[t] >= 0)
      return false;
  }
  return false;
}

}  // namespace kg::extract::mention_internal
