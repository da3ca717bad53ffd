// Code-point helpers shared by the tokenizer (tokenizer.cc) and the text
// cleaner (text.cc): locale-free ASCII classes, UTF-8 decoding of one code
// point, and the space, letter and quotation-mark classes that matter for
// news text. Internal to extract/; inline because they run once per byte.
#ifndef KG_EXTRACT_CODE_POINTS_H_
#define KG_EXTRACT_CODE_POINTS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kg::extract::code_points {

// Locale-free ASCII classes; std::isalpha and friends are slow calls.
inline bool IsAsciiUpper(uint32_t c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLetter(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsAsciiDigit(uint32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(uint32_t c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }

// Length of the UTF-8 sequence starting at bytes[i] (1 when invalid).
inline int SeqLen(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

// Code point at bytes[i] (assumes valid UTF-8, checked before extraction).
inline uint32_t CodePoint(std::string_view s, size_t i, int* len) {
  unsigned char c = s[i];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int n = SeqLen(c);
  if (i + n > s.size()) n = 1;
  *len = n;
  if (n == 1) return c;
  uint32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

inline bool IsSpaceCp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

// Letters beyond ASCII: Latin-1 supplement and Latin extended letters are
// enough for names in US news (José, Ocasio-Cortez, Zoë).
inline bool IsLetterCp(uint32_t cp) {
  if (cp < 0x80) return IsAsciiLetter(cp);
  return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x3FF) ||
         (cp >= 0x400 && cp <= 0x4FF);
}

inline bool IsUpperCp(uint32_t cp) {
  if (cp < 0x80) return IsAsciiUpper(cp);
  return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
}

inline bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }

// The single marks that some outlets (AP and USA Today style) double to
// write a double quotation mark: '' ’’ for closing, ‘‘ `` for opening.
inline bool IsSingleMark(uint32_t cp) { return IsApostrophe(cp) || cp == 0x2018 || cp == '`'; }

// How many copies of the single mark `cp` (`len` bytes) follow one another
// from s[i], counting at most four.
inline int SingleMarkRun(std::string_view s, uint32_t i, uint32_t end, uint32_t cp, int len) {
  int run = 0;
  while (run < 4 && i < end) {
    int l = 1;
    if (CodePoint(s, i, &l) != cp) break;
    ++run;
    i += len;
  }
  return run;
}

}  // namespace kg::extract::code_points

#endif  // KG_EXTRACT_CODE_POINTS_H_
