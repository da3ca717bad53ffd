// Words a speaker relays from someone the article does not name: 'Harold
// Roe recalled that his father used to say, "..."', 'Jane Roe said her
// mother always told her, "..."'. The speech verb right before the
// quotation has its own subject, a lower-case noun after a possessive or
// an indefinite determiner, inside the clause of an earlier speech verb:
// the quotation is that unnamed person's, not the sentence's subject's
// (Before in quote_attribution.cc fell back to the first name of the
// sentence). See quote_attribution.h.
#include <string_view>

#include "extract/quote_attribution.h"

namespace kg::extract {
namespace {

// Someone close to the speaker, or anyone met: the people whose words a
// speaker passes on ('his father used to say', 'a few friends asked him').
// Not documents or bodies ('his apology tweets', 'his office concluded').
bool RelayingNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "father",    "mother",   "dad",      "mom",       "parents",  "grandfather", "grandmother",
      "grandma",   "grandpa",  "son",      "daughter",  "wife",     "husband",     "brother",
      "sister",    "uncle",    "aunt",     "friend",    "friends",  "colleague",   "colleagues",
      "boss",      "coach",    "teacher",  "doctor",    "neighbor", "officer",     "officers",
      "man",       "woman",    "person",   "source",    "sources",  "aide",        "aides",
      "lawyer",    "lawyers",  "attorney", "attorneys", "adviser",  "advisers",    "donor",
      "assaulter", "attacker", "stranger", "agent",     "guard",    "nurse",       "pastor"};
  for (std::string_view n : kNouns)
    if (w == n) return true;
  return false;
}

}  // namespace

bool Attributor::RelayedSpeech(uint32_t sb, uint32_t v) const {
  // A participle belongs to the clause before it ('issued a denial saying').
  if (d_.Lower(v).ends_with("ing")) return false;
  // Back over auxiliaries and adverbs: 'used to say', 'would always tell',
  // 'had once told'. 'to' only after 'used': in 'emailed a friend to say'
  // the friend is the one told.
  uint32_t k = v;
  for (int i = 0; i < 4 && k > sb; ++i) {
    const std::string_view w = d_.Lower(k - 1);
    if ((w == "to" && k >= sb + 2 && d_.IsWord(k - 2, "used")) || w == "used" || w == "would" ||
        w == "always" || w == "once" || w == "had" || w == "often" || w == "never" || w == "then" ||
        w == "later" || w == "also" || w == "repeatedly" || w == "simply")
      --k;
    else
      break;
  }
  if (k < sb + 3) return false;
  const uint32_t noun = k - 1;
  if (d_.tokens[noun].kind != TokKind::kWord || d_.tokens[noun].cap || m_.EntityAt(noun) >= 0 ||
      !RelayingNoun(d_.Lower(noun)) || in_quote_[noun])
    return false;
  // The noun's determiner, past up to two modifiers: 'his late father',
  // 'a close friend'.
  uint32_t det = noun;
  while (det > sb && noun - det < 3 && d_.tokens[det - 1].kind == TokKind::kWord &&
         !d_.tokens[det - 1].cap && !d_.Has(det - 1, kFunctionWord))
    --det;
  if (det == sb) return false;
  const std::string_view d = d_.Lower(det - 1);
  if (d != "his" && d != "her" && d != "their" && d != "my" && d != "our" && d != "a" &&
      d != "an" && d != "one")
    return false;
  // Inside the clause of an earlier speech verb of the sentence ('X said
  // (that) his father ...').
  for (uint32_t u = det - 1; u-- > sb;) {
    if (in_quote_[u]) return false;
    if (CueVerb(u)) return true;
  }
  return false;
}

}  // namespace kg::extract
