#include "extract/hover_cards.h"

#include "extract/code_points.h"

namespace kg::extract {
namespace {

// Whether the letter that ends at w[i - 1] is lower case, an accented one
// too: a name ending in one ("VukovićEx-GOP") is glued like any other.
bool LowerBefore(std::string_view w, size_t i) {
  const unsigned char c = w[i - 1];
  if (c < 0x80) return c >= 'a' && c <= 'z';
  size_t start = i - 1;
  while (start > 0 && (static_cast<unsigned char>(w[start]) & 0xC0) == 0x80) --start;
  int len = 0;
  const uint32_t cp = code_points::CodePoint(w, start, &len);
  return start + len == i && code_points::IsLetterCp(cp) && !code_points::IsUpperCp(cp);
}

// The word that ends a card's name and runs into the next headline
// (TrumpSessions) or a year (Sanders2020).
bool GluedWord(std::string_view w) {
  for (size_t i = 3; i + 1 < w.size(); ++i) {
    // "TrumpSessions", "MitchellEd", and a name glued to a headline with a
    // year: "Sanders2020".
    const bool upper = w[i] >= 'A' && w[i] <= 'Z';
    const bool year = w[0] >= 'A' && w[0] <= 'Z' && w[i] >= '1' && w[i] <= '2' &&
                      i + 4 <= w.size() && w[i + 1] >= '0' && w[i + 1] <= '9';
    if ((upper || year) && LowerBefore(w, i)) {
      // The capital right after Mc/Mac is the name's own ("MacDonald"); one
      // after more letters is glued ("McCainSteve", "MacronNATO").
      std::string_view head = w.substr(0, i);
      if (head == "Mac" || head == "Mc") continue;
      return true;
    }
  }
  return false;
}

}  // namespace

void DropHoverCards(std::string_view bytes, uint32_t begin, std::vector<Token>* tokens) {
  auto text = [&](uint32_t t) {
    return bytes.substr((*tokens)[t].start, (*tokens)[t].end - (*tokens)[t].start);
  };
  uint32_t t = begin;
  while (t < tokens->size()) {
    if ((*tokens)[t].kind != TokKind::kWord || !GluedWord(text(t))) {
      ++t;
      continue;
    }
    // "John Kelly John Francis KellyMORE": a card with no headline, the
    // link label glued to the name.
    uint32_t more = t;
    if (!text(t).ends_with("MORE")) {
      ++more;
      while (more < tokens->size() && more < t + 80 && text(more) != "MORE") ++more;
    }
    if (more >= tokens->size() || more >= t + 80) {
      ++t;
      continue;
    }
    // The card's name: capitalised words before the glued one, from the
    // second occurrence of the run's first word when the name is repeated.
    // A nickname in parentheses belongs to the card: "Ron Kind Ronald (Ron)
    // James KindAlcohol".
    uint32_t run = t;
    auto word = [&](uint32_t k) { return (*tokens)[k].cap && (*tokens)[k].kind == TokKind::kWord; };
    while (run > begin && t - run < 10) {
      if (word(run - 1)) {
        --run;
      } else if (run >= begin + 3 && text(run - 1) == ")" && word(run - 2) &&
                 text(run - 3) == "(") {
        run -= 3;
      } else {
        break;
      }
    }
    // A card's glued word ends its full name ("Bernie SandersNew"): a word
    // with no capitalised word before it is a name written in camel case
    // ("MoveOn called on Sen. Bernie Sanders Bernie SandersNew ... MORE",
    // "under ObamaCare ..."), no card, when a glued word after it holds the
    // card; with none, the span up to MORE goes as before (an unglued card,
    // "Joe Biden Joe Biden Parnas: ... MORE", stays out).
    const bool particle =
        t > begin + 1 && word(t - 2) &&
        (text(t - 1) == "de" || text(t - 1) == "van" || text(t - 1) == "von" ||
         text(t - 1) == "del" || text(t - 1) == "da" || text(t - 1) == "di" || text(t - 1) == "la");
    if (run == t && !particle && !text(t).ends_with("MORE")) {
      bool later = false;
      for (uint32_t k = t + 1; k < more && !later; ++k)
        later = (*tokens)[k].kind == TokKind::kWord && GluedWord(text(k));
      if (later) {
        ++t;
        continue;
      }
    }
    // The card starts after the first occurrence of the glued word's head,
    // the surname ("Ron Kind Ronald (Ron) James KindAlcohol": after the
    // first Kind); else at the first word repeating an earlier word of the
    // run ("Sens. Bernie Sanders Bernie Sanders2020": the second Bernie).
    const std::string_view glued = text(t);
    size_t head_len = 3;
    while (head_len < glued.size() && ((glued[head_len] >= 'a' && glued[head_len] <= 'z') ||
                                       static_cast<unsigned char>(glued[head_len]) >= 0x80))
      ++head_len;
    const std::string_view head = glued.substr(0, head_len);
    uint32_t card = run;
    for (uint32_t k = run; k + 1 < t && card == run; ++k) {
      if (text(k) == head) card = k + 1;
    }
    for (uint32_t k = run + 1; k < t && card == run; ++k) {
      for (uint32_t j = run; j < k; ++j) {
        if (text(j) == text(k)) {
          card = k;
          break;
        }
      }
    }
    tokens->erase(tokens->begin() + card, tokens->begin() + more + 1);
    t = card;
  }
}

}  // namespace kg::extract
