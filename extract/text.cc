#include "extract/text.h"

#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/code_points.h"

namespace kg::extract {
namespace {

using code_points::CodePoint;
using code_points::IsAsciiAlnum;
using code_points::IsAsciiUpper;
using code_points::IsSingleMark;
using code_points::IsSpaceCp;
using code_points::SingleMarkRun;

// Bytes CleanText copies as they are: printable ASCII but for the quotation
// marks it normalises; one table load per byte instead of five tests.
constexpr std::array<bool, 256> kPlainByte = [] {
  std::array<bool, 256> table{};
  for (int c = '!'; c < 0x80; ++c) table[c] = c != '"' && c != '\'' && c != '`';
  return table;
}();

}  // namespace

size_t SkipAscii(std::string_view s, size_t i) {
  uint64_t x;
  while (i + 8 <= s.size()) {
    std::memcpy(&x, s.data() + i, 8);
    if (x & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

int64_t FindInvalidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      // Runs of ASCII, most of an article, eight bytes at a time.
      i = SkipAscii(s, i + 1);
      continue;
    }
    int len = 0;
    uint32_t min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4, min = 0x10000;
    } else {
      return static_cast<int64_t>(i);
    }
    if (i + len > n) return static_cast<int64_t>(i);
    uint32_t cp = c & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
      unsigned char cc = s[i + k];
      if ((cc & 0xC0) != 0x80) return static_cast<int64_t>(i);
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return static_cast<int64_t>(i);
    }
    i += len;
  }
  return -1;
}

std::string AsciiLower(std::string_view s) {
  std::string r(s);
  // Branch-free so the compiler vectorises it: it runs over every article.
  for (char& c : r) {
    c = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0));
  }
  return r;
}

std::string CleanText(std::string_view s, uint32_t start, uint32_t end) {
  std::string r;
  r.reserve(end - start);
  bool space = false;
  uint32_t i = start;
  while (i < end) {
    // Plain ASCII runs are copied in one go, single spaces between plain
    // bytes included (they come out as they are), so that a run is mostly
    // a sentence rather than a word.
    uint32_t run = i;
#if defined(__SSE2__)
    // Past a plain first byte, 16 bytes at a time while each is plain or a
    // space before a plain byte (the test of the loop below, so it ends
    // where that loop would); the byte after the 16 must lie before `end`.
    if (kPlainByte[static_cast<unsigned char>(s[i])]) {
      run = i + 1;
      auto plain = [](__m128i v) {
        const __m128i mark = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                       _mm_cmpeq_epi8(v, _mm_set1_epi8('\''))),
                                          _mm_cmpeq_epi8(v, _mm_set1_epi8('`')));
        // Bytes of 0x80 and above are negative: not above the space.
        return _mm_andnot_si128(mark, _mm_cmpgt_epi8(v, _mm_set1_epi8(' ')));
      };
      while (run + 17 <= end) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + run));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + run + 1));
        const __m128i copied = _mm_or_si128(
            plain(v), _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), plain(next)));
        if (_mm_movemask_epi8(copied) != 0xFFFF) break;
        run += 16;
      }
    }
#endif
    while (run < end) {
      if (kPlainByte[static_cast<unsigned char>(s[run])]) {
        ++run;
      } else if (s[run] == ' ' && run > i && run + 1 < end &&
                 kPlainByte[static_cast<unsigned char>(s[run + 1])]) {
        run += 2;
      } else {
        break;
      }
    }
    if (run > i) {
      if (space && !r.empty()) r.push_back(' ');
      space = false;
      r.append(s.substr(i, run - i));
      i = run;
      continue;
    }
    if (s[i] == ' ') {  // the common separator, without decoding
      space = true;
      ++i;
      continue;
    }
    int len = 1;
    uint32_t cp = CodePoint(s, i, &len);
    const char* rep = nullptr;
    if (IsSpaceCp(cp)) {
      space = true;
      i += len;
      continue;
    }
    // A doubled single mark ('' ’’ ‘‘ ``) is a double quotation mark.
    if (IsSingleMark(cp) && SingleMarkRun(s, i, end, cp, len) == 2 &&
        !(i >= start + len && s.substr(i - len, len) == s.substr(i, len))) {
      if (space && !r.empty()) r.push_back(' ');
      space = false;
      r.push_back('"');
      i += 2 * len;
      continue;
    }
    switch (cp) {
      case 0x201C:
      case 0x201D:
      case 0x201E:
        rep = "\"";
        break;
      case 0x2018:
      case 0x2019:
        rep = "'";
        break;
      case 0x2026:
        rep = "...";
        break;
      case 0x2013:
      case 0x2014:
        rep = "-";
        break;
      default:
        break;
    }
    if (space && !r.empty()) r.push_back(' ');
    space = false;
    if (rep) {
      r += rep;
    } else {
      r.append(s.substr(i, len));
    }
    i += len;
  }
  return r;
}

std::string Slug(std::string_view name) {
  // Written into a buffer of the name's size (a slug is never longer: a dash
  // stands for at least one byte), not pushed byte by byte: every entity's
  // id is built here.
  std::string r(name.size(), '\0');
  char* const out = r.data();
  size_t len = 0;
  bool dash = false;
  for (unsigned char c : name) {
    if (IsAsciiAlnum(c) || c >= 0x80) {
      if (dash && len > 0) out[len++] = '-';
      dash = false;
      out[len++] = static_cast<char>(IsAsciiUpper(c) ? c + 32 : c);
    } else {
      dash = true;
    }
  }
  r.resize(len);
  return r;
}

}  // namespace kg::extract
