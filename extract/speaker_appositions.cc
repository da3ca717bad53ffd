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
  // A word no list knows counts even when it looks like a nationality
  // ("Shamsi", "Kocijancic": real ones, "Pakistani", are dictionary words).
  auto name_word = [&](uint32_t t) {
    return SpeakerNameToken(t) || (CapWord(t) && !d_.tokens[t].allcaps && UnknownWord(t) &&
                                   out_.mention_at[t] < 0 && out_.title_at[t] < 0);
  };
  // The apposition may hold two parts: 'Steven Roe, the head of Acme Fund,
  // a super PAC, told'.
  uint32_t close = e - 1;
  for (int part = 0; part < 2; ++part) {
    // The comma opening this part, up to 25 tokens back, no quotation or
    // clause end in between.
    uint32_t p = close - 1;
    while (p > s.tok_begin + 1 && close - p < 25 && !Punct(p, ",")) {
      const TokKind k = d_.tokens[p].kind;
      if (k == TokKind::kOpenQuote || k == TokKind::kCloseQuote || Punct(p, ";") || Punct(p, ":"))
        return false;
      --p;
    }
    if (!Punct(p, ",") || p + 2 >= close) return false;
    // The part opens with a lower-case word, an age or a title: 'director
    // of ...', 'a professor at ...', '67', 'Chief Executive ...'.
    const uint32_t a = p + 1;
    bool opens = (Word(a) && !d_.tokens[a].cap) || d_.tokens[a].kind == TokKind::kNumber ||
                 out_.title_at[a] >= 0;
    // 'EU spokeswoman for foreign affairs', 'White House adviser': up to
    // three capitalised words, then a lower-case title word; 'Acme's
    // chief executive': then a possessive.
    for (uint32_t x = a; !opens && x < a + 3 && x + 1 < close && CapWord(x); ++x)
      opens = (Word(x + 1) && !d_.tokens[x + 1].cap && d_.Has(x + 1, kTitleWord)) ||
              d_.tokens[x + 1].kind == TokKind::kPossessive;
    if (!opens) return false;
    // Two or three name words before it.
    uint32_t n = p;
    while (n > s.tok_begin && p - n < 3 && name_word(n - 1)) --n;
    if (p - n < 2) {
      close = p;  // perhaps the first part of the apposition ends here
      continue;
    }
    // The name opens its clause: the sentence's start, a comma (after an
    // introductory phrase or a quotation) or a closing quotation mark, past
    // a capitalised title ('Analyst Soner Cagaptay, director of ...').
    uint32_t o = n;
    while (o > s.tok_begin && out_.title_at[o - 1] >= 0 && d_.tokens[o - 1].cap) --o;
    const bool clause = o == s.tok_begin || Punct(o - 1, ",") ||
                        d_.tokens[o - 1].kind == TokKind::kCloseQuote ||
                        (o - 1 == s.tok_begin && d_.Has(o - 1, kFunctionWord));
    if (!clause) return false;
    *b = n;
    *end = p;
    return true;
  }
  return false;
}

}  // namespace kg::extract::mention_internal
