// A sentence that opens with its speech verb, the speaker after it and a
// comma or colon before the quotation: 'Said Ryan: "Leaders change
// polls."', 'Adds Senate Majority Whip X of Texas, "..."', 'Continued the
// lawyer: "..."' (see quote_attribution.h). Feature style and transcripts
// of hearings use it; the verb being capitalised, the lower-case speech
// verb patterns of quote_attribution.cc never see it.
#include <string_view>

#include "extract/quote_attribution.h"

namespace kg::extract {

bool Attributor::InvertedOpening(const RawQuote& q, uint32_t sb, QuoteFact* f) const {
  // The verb opens the sentence; the speaker phrase runs to the comma or
  // colon right before the opening mark, a few words at most.
  if (q.open < sb + 3 || q.open > sb + 14 || in_quote_[sb]) return false;
  const std::string_view mark = d_.Text(q.open - 1);
  if (mark != "," && mark != ":") return false;
  if (d_.tokens[sb].kind != TokKind::kWord || !d_.tokens[sb].cap || !d_.Has(sb, kSpeechVerb))
    return false;
  // Participles that open a clause of their own, not an inversion: "Asked
  // about X, Trump said "...", "Told of the ruling, she ...".
  const std::string_view v = d_.Lower(sb);
  if (v == "asked" || v == "told" || v.ends_with("ing")) return false;
  const uint32_t e = q.open - 1;
  // A phrase with a verb or a clause of its own is no speaker phrase
  // ('Said to be furious, X told ...', 'Added to the list was ...').
  for (uint32_t t = sb + 1; t < e; ++t) {
    if (in_quote_[t] || Verb(t) || d_.Text(t) == ";") return false;
    const std::string_view w = d_.Lower(t);
    if (w == "to" || w == "that" || w == "was" || w == "is" || w == "were" || w == "are" ||
        w == "by" || w == "who" || w == "which")
      return false;
  }
  const int s = SpeakerIn(sb + 1, e);
  if (s < 0) return false;
  Fill(q, s, sb, q.open, std::string(v), "quote.before_inverted", f);
  return true;
}

}  // namespace kg::extract
