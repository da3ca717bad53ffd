// A speaker named before an apposition: 'Yukiya Amano, director general of
// the International Atomic Energy Agency, said "..."', '"...," Sherrilyn
// Ifill, president of the NAACP Legal Defense Fund, wrote', 'Walt Roe, 67,
// of Bayport, said'. A name no list knows is only found by its speech slot
// (speaker_mentions.cc); without this the organisation inside the
// apposition was the first entity before the verb and took the quotation.
// The run is checked like the other speaker slots' (a first name or a word
// no list knows opening it, no place word, IsPersonName).
#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

bool Finder::AppositionSpeaker(const Sentence& s, uint32_t e, uint32_t* b, uint32_t* end) const {
  // The comma closing the apposition right before the verb.
  if (e < s.tok_begin + 5 || !Punct(e - 1, ",")) return false;
  // The comma opening it, up to 25 tokens back, no quotation or clause
  // end in between.
  uint32_t p = e - 2;
  while (p > s.tok_begin + 1 && e - p < 26 && !Punct(p, ",")) {
    const TokKind k = d_.tokens[p].kind;
    if (k == TokKind::kOpenQuote || k == TokKind::kCloseQuote || Punct(p, ";") || Punct(p, ":"))
      return false;
    --p;
  }
  if (!Punct(p, ",") || p + 2 >= e) return false;
  // The apposition opens with a lower-case word, an age or a title:
  // 'director of ...', 'a professor at ...', '67', 'Chief Executive ...'.
  const uint32_t a = p + 1;
  bool opens = (Word(a) && !d_.tokens[a].cap) || d_.tokens[a].kind == TokKind::kNumber ||
               out_.title_at[a] >= 0;
  // 'EU spokeswoman for foreign affairs', 'White House adviser': up to
  // three capitalised words, then a lower-case title word.
  for (uint32_t x = a; !opens && x < a + 3 && x + 1 < e && CapWord(x); ++x)
    opens = Word(x + 1) && !d_.tokens[x + 1].cap && d_.Has(x + 1, kTitleWord);
  if (!opens) return false;
  // Two or three name words before it.
  // A word no list knows counts even when it looks like a nationality
  // ("Shamsi", "Kocijancic": real ones, "Pakistani", are dictionary words).
  auto name_word = [&](uint32_t t) {
    return SpeakerNameToken(t) || (CapWord(t) && !d_.tokens[t].allcaps && UnknownWord(t) &&
                                   out_.mention_at[t] < 0 && out_.title_at[t] < 0);
  };
  uint32_t n = p;
  while (n > s.tok_begin && p - n < 3 && name_word(n - 1)) --n;
  if (p - n < 2) return false;
  // The name opens its clause: the sentence's start, a comma (after an
  // introductory phrase or a quotation) or a closing quotation mark.
  const bool clause = n == s.tok_begin || Punct(n - 1, ",") ||
                      d_.tokens[n - 1].kind == TokKind::kCloseQuote ||
                      (n - 1 == s.tok_begin && d_.Has(n - 1, kFunctionWord));
  if (!clause) return false;
  *b = n;
  *end = p;
  return true;
}

}  // namespace kg::extract::mention_internal
