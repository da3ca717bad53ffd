// A clause whose subject is a name the mention table does not hold
// (Attributor::ObjectBesideUnknownSubject, for Before in
// quote_attribution.cc). When no rule resolves the speaker of 'X has often
// praised his ties with Y, and points to his record by saying, "..."', the
// fallback took the first person the clause names, Y, the object of a
// preposition; with X, a capitalised word that is no mention, opening the
// clause before a verb, the speaker is X, whom we cannot name, so the
// quotation is nobody's rather than Y's. A person after a speech verb or
// "that" ("Officials said Y, ..., said") or opening a clause ("after Y
// said") still speaks.
#include <cstdint>
#include <string_view>

#include "extract/quote_attribution.h"

namespace kg::extract {
namespace {

// Auxiliaries and copulas that follow a subject.
bool Auxiliary(std::string_view w) {
  for (std::string_view a : {"has", "had", "have", "is", "was", "are", "were", "will", "would",
                             "can", "could", "did", "does", "do", "may", "might", "should", "must"})
    if (w == a) return true;
  return false;
}

// A preposition before a name makes it an object ("with", "of Y's memo");
// not "after", "as", "while", which open clauses ("after Y said").
bool Preposition(std::string_view w) {
  for (std::string_view a : {"to", "with", "on", "in", "at", "for", "from", "of", "by", "about",
                             "against", "into", "toward", "towards"})
    if (w == a) return true;
  return false;
}

bool Pronoun(std::string_view w) {
  for (std::string_view a : {"he", "she", "they", "it", "we", "i", "you", "this", "that", "there"})
    if (w == a) return true;
  return false;
}

}  // namespace

bool Attributor::ObjectBesideUnknownSubject(uint32_t sb, uint32_t v, int s) const {
  auto unknown_at = [&](uint32_t n) {
    if (n < v && (d_.IsWord(n, "and") || d_.IsWord(n, "but"))) ++n;
    while (n < v && title_at_[n] >= 0 && m_.EntityAt(n) < 0) ++n;
    if (n + 1 >= v || in_quote_[n] || m_.EntityAt(n) >= 0) return false;
    if (d_.tokens[n].kind != TokKind::kWord || !d_.tokens[n].cap) return false;
    const std::string_view w = d_.Lower(n);
    if (d_.Has(n, kFunctionWord) || Pronoun(w)) return false;
    uint32_t k = n + 1;
    while (k < v && k < n + 3 && AdverbAt(k)) ++k;  // "X has often", "X also said"
    if (k >= v || d_.tokens[k].kind != TokKind::kWord || d_.tokens[k].cap) return false;
    const std::string_view x = d_.Lower(k);
    // "X has", "X said", "X praised": an auxiliary, a speech verb or a past
    // tense (not "X supporters", "X's").
    return Auxiliary(x) || Verb(k) || (x.ends_with("ed") && !d_.Has(k, kFunctionWord));
  };
  // The first mention of `s` in the sentence, with its titles, "the" and
  // "former" before it, must follow a preposition.
  uint32_t at = sb;
  while (at < v && (in_quote_[at] || m_.EntityAt(at) != s)) ++at;
  if (at >= v) return false;
  while (at > sb && ((title_at_[at - 1] >= 0 && m_.EntityAt(at - 1) < 0) ||
                     d_.IsWord(at - 1, "the") || d_.IsWord(at - 1, "former")))
    --at;
  if (at == sb || in_quote_[at - 1] || !Preposition(d_.Lower(at - 1))) return false;
  if (unknown_at(sb)) return true;
  // "Toward that end, X has ...": the clause after the first comma.
  for (uint32_t k = sb; k < v && k < sb + 30; ++k) {
    if (in_quote_[k] || d_.Text(k) != ",") continue;
    return unknown_at(k + 1);
  }
  return false;
}

bool Attributor::PossessorInObject(uint32_t sb, uint32_t v, int s) const {
  // A participle after a comma ('..., saying'), not a noun ('X's warning').
  if (!d_.Lower(v).ends_with("ing") || v < sb + 2 || d_.Text(v - 1) != ",") return false;
  uint32_t at = sb;
  while (at < v && (in_quote_[at] || m_.EntityAt(at) != s)) ++at;
  if (at >= v) return false;
  uint32_t end = at;
  while (end + 1 < v && m_.EntityAt(end + 1) == s) ++end;
  if (end + 1 >= v || d_.tokens[end + 1].kind != TokKind::kPossessive) return false;
  // Named again or a pronoun later ('breaks X's promises ... X was reduced
  // to saying', 'X's reaction, where he spoke ..., declaring'): the subject
  // may be X after all.
  for (uint32_t t = end + 2; t < v; ++t) {
    if (in_quote_[t]) continue;
    if (m_.EntityAt(t) == s) return false;
    const std::string_view w = d_.Lower(t);
    if (w == "he" || w == "she" || w == "him" || w == "her" || w == "his" || w == "they")
      return false;
  }
  while (at > sb && ((title_at_[at - 1] >= 0 && m_.EntityAt(at - 1) < 0) ||
                     d_.IsWord(at - 1, "the") || d_.IsWord(at - 1, "former")))
    --at;
  // 'addressed X's tweets', 'took issue with X's testimony'; not "X's
  // lawyer, ..." opening the sentence or a clause after a comma.
  return at > sb && !in_quote_[at - 1] && d_.tokens[at - 1].kind == TokKind::kWord &&
         !d_.tokens[at - 1].cap;
}

}  // namespace kg::extract
