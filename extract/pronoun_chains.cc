// Sentences past a chain of he/she sentences (see pronoun_chains.h). Stop
// 25: "X won the poll, while Y trails. || He also took his case to Twitter.
// || '...,' he said." was given to Y, the last man named, because the search
// for the subject stopped two paragraphs back from the quotation.
#include "extract/pronoun_chains.h"

#include <initializer_list>
#include <string_view>

namespace kg::extract::internal {
namespace {

constexpr int kDescribed = -3;

bool Fits(const EntityInfo& e, Gender want) {
  return e.type == EntityType::kPerson &&
         (e.gender == want || e.gender == Gender::kUnknown || e.unisex);
}

bool Governs(std::string_view w) {
  for (std::string_view x :
       {"in",     "on",      "at",      "of",       "for",    "with",    "from",  "by",
        "to",     "under",   "about",   "against",  "if",     "when",    "while", "after",
        "before", "since",   "because", "although", "though", "as",      "that",  "who",
        "which",  "whom",    "like",    "than",     "over",   "between", "among", "including",
        "into",   "through", "without", "toward",   "towards"}) {
    if (w == x) return true;
  }
  return false;
}

// The first person who fits that sentence `s` names among its first 24
// words, outside quotations and not after a preposition or subordinator in
// the same stretch between commas ("Libertarian candidate X said", "And
// Acme Agency (AA) Director X touted", "To paraphrase, X told"; not "If the
// party under X ...", "Introduced by supporter X"); kDescribed when a
// description in subject position ("The 39th president, who", "But for now,
// the CEO has") comes first: whom it means is unknown. -1 if none.
int NamedNearStart(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                   uint32_t s, Gender want) {
  const Sentence& sen = d.sentences[s];
  bool governed = false;
  for (uint32_t t = sen.tok_begin; t < sen.tok_end && t < sen.tok_begin + 24; ++t) {
    // A comma ends the stretch also inside a quotation ('type out
    // "pivoting to the general," the real X came').
    if (d.Text(t) == ",") {
      governed = false;
      continue;
    }
    if (in_quote && (*in_quote)[t]) continue;
    const int e = m.EntityAt(t);
    if (e >= 0) {
      if (!governed && Fits(m.entities[e], want)) return e;
      continue;
    }
    // Subject position: opening the sentence or a stretch after a comma or
    // a conjunction (not "... would be the next president").
    const bool opens = t == sen.tok_begin || d.Text(t - 1) == "," || d.IsWord(t - 1, "but") ||
                       d.IsWord(t - 1, "and");
    if (!governed && opens && d.IsWord(t, "the")) {
      for (uint32_t k = t + 1; k < sen.tok_end && k < t + 4; ++k) {
        if (d.tokens[k].kind == TokKind::kPunct || m.EntityAt(k) >= 0) break;
        if (m.title_at[k] >= 0 || d.Has(k, kTitleWord)) return kDescribed;
        if (d.tokens[k].cap) break;
      }
    }
    governed = governed || Governs(d.Lower(t));
  }
  return -1;
}

}  // namespace

int PastChainSentence(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                      uint32_t s, Gender want, int* passed) {
  const int named = NamedNearStart(d, m, in_quote, s, want);
  if (named >= 0) return named;
  if (named == kDescribed) return kChainLost;
  // '"...," a woman who gave her name as X said': the person who speaks.
  bool fits = false;
  const Sentence& sen = d.sentences[s];
  for (uint32_t t = sen.tok_begin; t < sen.tok_end; ++t) {
    const int e = (in_quote && (*in_quote)[t]) ? -1 : m.EntityAt(t);
    if (e < 0 || !Fits(m.entities[e], want)) continue;
    fits = true;
    const uint32_t v = m.mentions[m.mention_at[t]].tok_end;
    if (v < sen.tok_end && !(in_quote && (*in_quote)[v]) && d.Has(v, kSpeechVerb) &&
        !d.tokens[v].cap)
      return e;
  }
  // Past a second sentence naming such a person elsewhere ("But a portion
  // of X's remarks ..."), the chain has lost whom it is about.
  if (fits && ++*passed > 1) return kChainLost;
  return -1;
}

}  // namespace kg::extract::internal
