// The tokenizer declared in text.h (TokenizeLine), kept apart from the rest
// of the byte-level text handling in text.cc.
#include <array>
#include <bit>
#include <cstring>
#include <unordered_set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/code_points.h"
#include "extract/text.h"

namespace kg::extract {
namespace {

using code_points::CodePoint;
using code_points::IsApostrophe;
using code_points::IsAsciiAlnum;
using code_points::IsAsciiDigit;
using code_points::IsLetterCp;
using code_points::IsSingleMark;
using code_points::IsSpaceCp;
using code_points::IsUpperCp;
using code_points::SingleMarkRun;

// The tokenizer classifies ASCII bytes with one table load: lower-case
// letters, upper-case letters (both bits) and digits; every other byte is 0.
constexpr uint8_t kLetterBit = 1, kUpperBit = 2, kDigitBit = 4;
constexpr std::array<uint8_t, 256> kAsciiClass = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kLetterBit;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kLetterBit | kUpperBit;
  for (int c = '0'; c <= '9'; ++c) table[c] = kDigitBit;
  return table;
}();

// ASCII bytes other than letters and digits that can join no two parts of
// a word: all but the apostrophe and - . , & ("O'Brien", "U.S.", "7,600",
// "AT&T").
constexpr std::array<bool, 256> kEndsWord = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x80; ++c) {
    table[c] = kAsciiClass[c] == 0 && c != '\'' && c != '-' && c != '.' && c != ',' && c != '&';
  }
  return table;
}();

#if defined(__SSE2__)
// Bits set in each byte value: counts the letters of a run from its masks
// (x86-64 has no popcnt instruction by default).
constexpr std::array<uint8_t, 256> kBitCount = [] {
  std::array<uint8_t, 256> table{};
  for (int b = 0; b < 256; ++b) table[b] = static_cast<uint8_t>(std::popcount(unsigned(b)));
  return table;
}();

// Bytes AsciiAlnumRun classifies at once (and that must be readable at p).
constexpr uint32_t kRunBytes = 16;

// Length of the run of ASCII letters and digits that starts at p, at most
// max_len and 16 (16 bytes must be readable at p); adds its letters and
// upper-case letters to the counts. Words end at unpredictable places, so
// the bytes are classified together (one SSE2 compare per class, every
// x86-64 has it) instead of one branch per byte; 16 bytes hold almost every
// word of news text, so a word is mostly one call.
inline uint32_t AsciiAlnumRun(const char* p, uint32_t max_len, int* letters, int* upper) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Bytes in [base, base + n): moved down by base and by 128 (wrapping), they
  // are the signed bytes below n - 128; one add and one compare per range.
  // Bytes of 0x80 and above fall outside every range.
  auto in_range = [](__m128i x, char base, int n) {
    return _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(n - 128)),
                          _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - base))));
  };
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i letter = in_range(_mm_or_si128(v, case_bit), 'a', 26);
  const __m128i up =
      _mm_and_si128(letter, _mm_cmpeq_epi8(_mm_and_si128(v, case_bit), _mm_setzero_si128()));
  const uint32_t alnum_bits =
      static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(letter, in_range(v, '0', 10))));
  uint32_t n = static_cast<uint32_t>(std::countr_one(alnum_bits));  // at most 16
  if (n > max_len) n = max_len;
  const uint32_t taken = (1u << n) - 1;
  const uint32_t letter_bits = static_cast<uint32_t>(_mm_movemask_epi8(letter)) & taken;
  const uint32_t up_bits = static_cast<uint32_t>(_mm_movemask_epi8(up)) & taken;
  *letters += kBitCount[letter_bits & 0xFF] + kBitCount[letter_bits >> 8];
  *upper += kBitCount[up_bits & 0xFF] + kBitCount[up_bits >> 8];
  return n;
}
#else
constexpr uint32_t kRunBytes = 8;

// Length of the run of ASCII letters and digits that starts at p, at most
// max_len and 8 (8 bytes must be readable at p); adds its letters and
// upper-case letters to the counts. Words end at unpredictable places, so
// the bytes are classified together (SWAR) instead of one branch per byte.
inline uint32_t AsciiAlnumRun8(const char* p, uint32_t max_len, int* letters, int* upper) {
  if constexpr (std::endian::native != std::endian::little) {
    uint32_t n = 0;
    while (n < 8 && n < max_len && kAsciiClass[static_cast<unsigned char>(p[n])] != 0) {
      *letters += kAsciiClass[static_cast<unsigned char>(p[n])] & kLetterBit;
      *upper += (kAsciiClass[static_cast<unsigned char>(p[n])] & kUpperBit) >> 1;
      ++n;
    }
    return n;
  }
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t x;
  std::memcpy(&x, p, 8);
  const uint64_t low7 = x & ~kHigh;  // no carries between bytes below
  const uint64_t ascii = ~x & kHigh;
  // High bit of each byte set when the byte is in [lo, hi].
  auto in_range = [&](uint64_t lo, uint64_t hi) {
    return (low7 + kOnes * (0x80 - lo)) & ~(low7 + kOnes * (0x7F - hi)) & ascii;
  };
  const uint64_t up = in_range('A', 'Z');
  const uint64_t letter = up | in_range('a', 'z');
  const uint64_t other = ~(letter | in_range('0', '9')) & kHigh;
  uint32_t n = other == 0 ? 8 : static_cast<uint32_t>(std::countr_zero(other)) >> 3;
  if (n > max_len) n = max_len;
  const uint64_t taken = n == 8 ? kHigh : kHigh & ((uint64_t{1} << (8 * n)) - 1);
  // Count the high bits: shifted to the bytes' low bits, a multiplication
  // sums the eight bytes into the top one (x86-64 has no popcnt by default).
  *letters += static_cast<int>((((letter & taken) >> 7) * kOnes) >> 56);
  *upper += static_cast<int>((((up & taken) >> 7) * kOnes) >> 56);
  return n;
}

inline uint32_t AsciiAlnumRun(const char* p, uint32_t max_len, int* letters, int* upper) {
  return AsciiAlnumRun8(p, max_len, letters, upper);
}
#endif

// Whether a straight quotation mark (" or a doubled '') at s[i] opens a
// quotation, judged by what stands before it: the start of the line, space,
// a bracket, a dash or a colon. `next` is the byte after the mark.
bool StraightQuoteOpens(std::string_view s, uint32_t begin, uint32_t end, uint32_t i, uint32_t next,
                        int straight_quotes_before) {
  if (i == begin) return true;
  int pl = 1;
  uint32_t p = i - 1;
  while (p > begin && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
  uint32_t prev = CodePoint(s, p, &pl);
  // A quotation ending in a quoted quotation, spaced apart in news style:
  // `"... saying 'Good luck!' " says X`. Inside an open straight quotation,
  // a mark after a space that follows a single mark, with nothing after it
  // but a space or the line's end, closes.
  if (prev == ' ' && straight_quotes_before % 2 == 1 && p > begin &&
      (next >= end || s[next] == ' ')) {
    uint32_t q = p - 1;
    while (q > begin && (static_cast<unsigned char>(s[q]) & 0xC0) == 0x80) --q;
    const uint32_t mark = CodePoint(s, q, &pl);
    if (mark == '\'' || mark == 0x2019) return false;
  }
  if (IsSpaceCp(prev) || prev == '(' || prev == '[' || prev == 0x2014 || prev == 0x2013 ||
      prev == '-' || prev == ':')
    return true;
  // Glued on both sides ('November,"After', 'said."The', '.""His' in text
  // scraped without spaces): the marks of a line alternate.
  return next < end && IsAsciiAlnum(static_cast<unsigned char>(s[next])) &&
         straight_quotes_before % 2 == 0;
}

// Words that keep their period: personal and military titles, name
// suffixes, company forms, months and the AP abbreviations of US states
// (as in "(R-La.)"). A period after one of these does not end a sentence.
bool IsAbbreviation(std::string_view w) {
  static const std::unordered_set<std::string_view> kAbbrev = {
      "mr",   "mrs",  "ms",   "dr",  "sen",  "sens", "rep",   "reps", "gov",  "govs",   "lt",
      "gen",  "col",  "capt", "sgt", "adm",  "maj",  "cmdr",  "jr",   "sr",   "st",     "mt",
      "ft",   "prof", "rev",  "hon", "pres", "supt", "atty",  "no",   "inc",  "co",     "corp",
      "ltd",  "bros", "vs",   "etc", "jan",  "feb",  "mar",   "apr",  "aug",  "sept",   "sep",
      "oct",  "nov",  "dec",  "ala", "ariz", "ark",  "calif", "colo", "conn", "del",    "fla",
      "ga",   "ill",  "ind",  "kan", "kans", "ky",   "la",    "md",   "mass", "mich",   "minn",
      "miss", "mo",   "mont", "neb", "nev",  "okla", "ore",   "pa",   "tenn", "tex",    "va",
      "vt",   "wash", "wis",  "wyo", "ph",   "esq",  "dept",  "univ", "assn", "messrs", "mmes",
      "msgr", "fr",   "gens", "sup", "cong", "ret"};
  size_t dash = w.rfind('-');
  if (dash != std::string_view::npos) w = w.substr(dash + 1);
  if (w.size() > 5) return false;
  char buf[8];
  for (size_t k = 0; k < w.size(); ++k) {
    char c = w[k];
    buf[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return kAbbrev.count(std::string_view(buf, w.size())) > 0;
}

// A doubled single mark at s[i] (the mark is `len` bytes) read as one
// double quotation mark whose token spans both marks; returns the offset after
// the tokens appended to `out`, or `i` when the mark is not doubled. '' and ’’
// open or close by position like a straight "; ‘‘ and `` always open. Of
// three marks, the double one is the outer: ",’’’ Arzt" closes a quotation
// inside a quotation and then the quotation. Longer runs stay single marks.
uint32_t DoubledMarkTokens(std::string_view s, uint32_t begin, uint32_t end, uint32_t i, int len,
                           int* straight_quotes, std::vector<Token>* out) {
  const std::string_view mark = s.substr(i, len);
  if (i >= begin + len && s.substr(i - len, len) == mark) return i;
  int l = 1;
  const uint32_t cp = CodePoint(s, i, &l);
  const int run = SingleMarkRun(s, i, end, cp, len);
  if (run != 2 && run != 3) return i;
  const uint32_t after = i + run * len;
  bool opening = cp == 0x2018 || cp == '`';
  if (!opening) {
    // A mark with nothing after it on the line never opens ("fired!’ ’’").
    opening = after < end && !IsSpaceCp(CodePoint(s, after, &l)) &&
              StraightQuoteOpens(s, begin, end, i, after, *straight_quotes);
    ++*straight_quotes;
  }
  Token pair;
  pair.kind = opening ? TokKind::kOpenQuote : TokKind::kCloseQuote;
  pair.start = (run == 3 && !opening) ? i + len : i;
  pair.end = pair.start + 2 * len;
  Token single;
  single.kind = TokKind::kSingleQuote;
  single.start = pair.start == i ? pair.end : i;
  single.end = single.start + len;
  if (run == 3 && single.start < pair.start) out->push_back(single);
  out->push_back(pair);
  if (run == 3 && single.start > pair.start) out->push_back(single);
  return after;
}

// The length of "backed" or "endorsed" ending a word at s[b] (after a
// hyphen), or 0.
uint32_t EndorsedSuffix(std::string_view s, uint32_t b, uint32_t end) {
  // "supported": "her Doe-supported opponent, Y".
  for (std::string_view w :
       {std::string_view("backed"), std::string_view("endorsed"), std::string_view("supported")}) {
    const uint32_t e = b + static_cast<uint32_t>(w.size());
    if (e <= end && s.substr(b, w.size()) == w &&
        (e == end || !(IsAsciiAlnum(static_cast<unsigned char>(s[e])) ||
                       static_cast<unsigned char>(s[e]) >= 0x80)))
      return static_cast<uint32_t>(w.size());
  }
  return 0;
}

// A domain name whose first character is a digit: "350.org", "8ch.net".
bool DigitDomain(std::string_view w) {
  for (std::string_view tld :
       {std::string_view(".org"), std::string_view(".com"), std::string_view(".net")}) {
    if (w.size() > tld.size() + 1 && w.ends_with(tld)) return true;
  }
  return false;
}

// "then" and "ex" written before a hyphen: "then-Sen. X", "ex-FBI agent".
bool TimePrefix(std::string_view w) { return w == "then" || w == "ex"; }

}  // namespace

void TokenizeLine(std::string_view s, uint32_t begin, uint32_t end, std::vector<Token>* out) {
  uint32_t i = begin;
  int straight_quotes = 0;  // straight double quotes seen on this line
  while (i < end) {
    if (s[i] == ' ') {  // the common case, without decoding
      ++i;
      continue;
    }
    // An ASCII byte is classified by one table load; others are decoded.
    int len = 1;
    uint32_t cp = static_cast<unsigned char>(s[i]);
    uint8_t ascii = 0;  // kAsciiClass of the first byte; 0 when not ASCII
    if (cp < 0x80) {
      ascii = kAsciiClass[cp];
      if (ascii == 0 && IsSpaceCp(cp)) {
        ++i;
        continue;
      }
    } else {
      cp = CodePoint(s, i, &len);
      if (IsSpaceCp(cp)) {
        i += len;
        continue;
      }
    }
    Token t;
    t.start = i;
    if (ascii != 0 || (cp >= 0x80 && IsLetterCp(cp))) {
      const bool number = (ascii & kDigitBit) != 0;
      t.kind = number ? TokKind::kNumber : TokKind::kWord;
      t.cap = ascii != 0 ? (ascii & kUpperBit) != 0 : IsUpperCp(cp);
      int upper = 0, letters = 0;
      uint32_t j = i;
      bool has_dot = false;
      bool skip_hyphen = false;
      uint32_t suffix = 0;  // length of a glued "backed|endorsed" after the hyphen
      while (j < end) {
        // ASCII letters and digits, the bulk of the text, without decoding:
        // kRunBytes at a time where that many can be read, else one.
        if (j + kRunBytes <= s.size()) {
          const uint32_t run = AsciiAlnumRun(s.data() + j, end - j, &letters, &upper);
          j += run;
          if (run == kRunBytes || j >= end) continue;
          // An ASCII byte that can join no two parts of a word (a space,
          // most punctuation) ends it without decoding: most words end so.
          if (kEndsWord[static_cast<unsigned char>(s[j])]) break;
        } else {
          const uint8_t ascii = kAsciiClass[static_cast<unsigned char>(s[j])];
          if (ascii != 0) {
            letters += ascii & kLetterBit;
            upper += (ascii & kUpperBit) >> 1;
            ++j;
            continue;
          }
        }
        int l = 1;
        uint32_t c = CodePoint(s, j, &l);
        if (IsLetterCp(c) || IsAsciiDigit(c)) {
          if (IsLetterCp(c)) {
            ++letters;
            if (IsUpperCp(c)) ++upper;
          }
          j += l;
          continue;
        }
        // Internal joiners: only when a letter or digit follows.
        if (j + l < end) {
          int l2 = 1;
          uint32_t next = CodePoint(s, j + l, &l2);
          bool next_alnum = IsLetterCp(next) || IsAsciiDigit(next);
          if (IsApostrophe(c) && next_alnum) {
            // Possessive 's splits off so "ICE’s" is ICE + ’s.
            bool poss = (next == 's' || next == 'S');
            if (poss) {
              uint32_t after = j + l + l2;
              int l3 = 1;
              bool word_after = after < end && IsLetterCp(CodePoint(s, after, &l3));
              if (!word_after) break;
            }
            j += l;
            continue;
          }
          // "said.The": two sentences glued by a lost space, not a domain
          // name (CNSNews.com) or initials (U.S., H.W.).
          if (c == '.' && j > i && s[j - 1] >= 'a' && s[j - 1] <= 'z' && next >= 'A' &&
              next <= 'Z' && j + l + l2 < end && s[j + l + l2] >= 'a' && s[j + l + l2] <= 'z')
            break;
          // "then-FBI Director X", "ex-CIA officer": a time prefix glued to a
          // capitalised word is a word of its own, so the name after the
          // hyphen can be a mention; the hyphen joins neither token.
          if (c == '-' && next >= 'A' && next <= 'Z' && TimePrefix(s.substr(i, j - i))) {
            skip_hyphen = true;
            break;
          }
          // "a Bernie Sanders-backed progressive", "the NRA-endorsed Y": a
          // name glued to an endorsement participle is a word of its own, so
          // that the whole name can be a mention; the participle keeps its
          // hyphen ("-backed").
          if (c == '-' && t.cap && j > i) {
            suffix = EndorsedSuffix(s, j + 1, end);
            if (suffix > 0) break;
          }
          if ((c == '-' || c == '.' || c == ',' || c == '&') && next_alnum) {
            if (c == ',' && !(number && IsAsciiDigit(next))) break;
            if (c == '&' && !(upper == letters && letters > 0)) break;  // AT&T
            if (c == '.') has_dot = true;
            j += l;
            continue;
          }
        }
        break;
      }
      // A trailing period belongs to the word for abbreviations and initials.
      if (j < end && s[j] == '.' && t.kind == TokKind::kWord) {
        uint32_t wlen = j - i;
        bool initial = letters == 1 && wlen == 1 && upper == 1;
        bool dotted = has_dot && upper > 0 && j - i <= 8 && letters <= 5;  // U.S. D.C.
        if (dotted || initial || IsAbbreviation(s.substr(i, wlen))) {
          t.abbrev = true;
          ++j;
        }
      }
      t.end = j;
      t.allcaps = letters >= 2 && upper == letters;
      // "350.org", "8ch.net": a domain name opening with a digit is a name,
      // written as a capitalised word is ("the climate group 350.org").
      if (t.kind == TokKind::kNumber && letters > 0 && DigitDomain(s.substr(i, j - i))) {
        t.kind = TokKind::kWord;
        t.cap = true;
      }
      out->push_back(t);
      i = skip_hyphen ? j + 1 : j;
      if (suffix > 0) {
        Token p;
        p.kind = TokKind::kWord;
        p.start = j;
        p.end = j + 1 + suffix;
        out->push_back(p);
        i = p.end;
      }
      continue;
    }
    t.end = i + len;
    if (IsApostrophe(cp) && i + len < end && (s[i + len] == 's' || s[i + len] == 'S') &&
        !out->empty() && out->back().end == i) {
      uint32_t after = i + len + 1;
      int l3 = 1;
      if (after >= end || !IsLetterCp(CodePoint(s, after, &l3))) {
        t.kind = TokKind::kPossessive;
        t.end = after;
        out->push_back(t);
        i = after;
        continue;
      }
    }
    if (IsSingleMark(cp)) {
      const uint32_t after = DoubledMarkTokens(s, begin, end, i, len, &straight_quotes, out);
      if (after > i) {
        i = after;
        continue;
      }
    }
    if (cp == 0x201C || cp == 0x201E) {
      t.kind = TokKind::kOpenQuote;
    } else if (cp == 0x201D) {
      t.kind = TokKind::kCloseQuote;
    } else if (cp == '"') {
      t.kind = StraightQuoteOpens(s, begin, end, i, i + 1, straight_quotes) ? TokKind::kOpenQuote
                                                                            : TokKind::kCloseQuote;
      ++straight_quotes;
    } else if (cp == 0x2018 || IsApostrophe(cp)) {
      t.kind = TokKind::kSingleQuote;
    } else {
      t.kind = TokKind::kPunct;
    }
    out->push_back(t);
    i += len;
  }
}

}  // namespace kg::extract
