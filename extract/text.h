// Byte-level text handling for the extractor: UTF-8 validation and a
// tokenizer that reads the ORIGINAL article bytes (curly quotes, NBSP,
// ellipsis, dashes, CRLF) without building a normalised copy, so every token
// carries byte offsets that are valid in the input as given. ICU is not a
// dependency; the few code points that matter for news text are handled here.
#ifndef KG_EXTRACT_TEXT_H_
#define KG_EXTRACT_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// Byte offset of the first invalid UTF-8 sequence, or -1 when valid.
int64_t FindInvalidUtf8(std::string_view bytes);

// The offset of the first byte at or after `i` that is not ASCII (bytes.size()
// when there is none); eight bytes at a time.
size_t SkipAscii(std::string_view bytes, size_t i);

enum class TokKind : uint8_t {
  kWord,         // letters/digits, may hold internal ' - . (U.S., CNSNews.com)
  kNumber,       // 7,600  30-year starts as number
  kPunct,        // , ; : ( ) . ! ? and dashes, ellipsis
  kOpenQuote,    // “ or a straight " in opening position
  kCloseQuote,   // ” or a straight " in closing position
  kSingleQuote,  // ‘ or a standalone ’ / ' (scare quotes in headlines)
  kPossessive,   // 's or ’s split off a word
};

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokKind kind = TokKind::kWord;
  bool cap = false;      // first letter upper case
  bool allcaps = false;  // two or more letters, all upper case
  bool abbrev = false;   // the word includes a trailing period (Sen. U.S. J.)
};

// A set of bytes, each tested by one table load. The rules ask whether a
// word holds any of a few bytes ("-.'" and digits) for nearly every
// capitalised word; std::string_view::find_first_of calls memchr on the set
// once per byte of the word, through the PLT (2 % of the extractor's
// instructions in IsPersonName and NameToken alone).
class ByteSet {
 public:
  constexpr explicit ByteSet(std::string_view bytes) {
    for (char c : bytes) {
      const auto b = static_cast<unsigned char>(c);
      bits_[b >> 6] |= uint64_t{1} << (b & 63);
    }
  }
  constexpr bool Has(char c) const {
    const auto b = static_cast<unsigned char>(c);
    return (bits_[b >> 6] >> (b & 63)) & 1;
  }
  // The offset of the first byte of `s` at or after `pos` in the set, npos
  // when there is none: s.find_first_of(bytes, pos).
  constexpr size_t FindIn(std::string_view s, size_t pos = 0) const {
    for (size_t i = pos; i < s.size(); ++i) {
      if (Has(s[i])) return i;
    }
    return std::string_view::npos;
  }
  constexpr bool AnyIn(std::string_view s) const { return FindIn(s) != std::string_view::npos; }

 private:
  uint64_t bits_[4] = {0, 0, 0, 0};
};

// A filter over a set of words: whether a word may be in the set, by its
// length and its first and last bytes. It never says no to a word that was
// added, so a "no" saves the hash and look-up of a map holding the same words
// (PersonBySurname asks for every capitalised word with no mention, 135 times
// an article, and four in five of those words are no one's surname).
class WordFilter {
 public:
  void Add(std::string_view w) {
    Set(first_, Cell(w, w.empty() ? 0 : w.front()));
    Set(last_, Cell(w, w.empty() ? 0 : w.back()));
  }
  bool MayHold(std::string_view w) const {
    return Get(first_, Cell(w, w.empty() ? 0 : w.front())) &&
           Get(last_, Cell(w, w.empty() ? 0 : w.back()));
  }

 private:
  // 32 length classes (31 and longer share one) x 32 byte classes.
  static constexpr size_t Cell(std::string_view w, char c) {
    const size_t len = w.size() < 31 ? w.size() : 31;
    return len << 5 | (static_cast<unsigned char>(c) & 31);
  }
  static void Set(uint64_t* bits, size_t i) { bits[i >> 6] |= uint64_t{1} << (i & 63); }
  static bool Get(const uint64_t* bits, size_t i) { return (bits[i >> 6] >> (i & 63)) & 1; }
  uint64_t first_[16] = {};
  uint64_t last_[16] = {};
};

// Tokens of bytes[begin, end) appended to `out`; `begin`..`end` is one line.
void TokenizeLine(std::string_view bytes, uint32_t begin, uint32_t end, std::vector<Token>* out);

// Lower-cased ASCII copy; non-ASCII bytes are kept as they are.
std::string AsciiLower(std::string_view s);

// Text of [start, end) with curly quotes, NBSP, ellipsis and dashes mapped to
// ASCII and white space runs collapsed; used for evidence and quotation text.
std::string CleanText(std::string_view bytes, uint32_t start, uint32_t end);

// "Jeff Sessions" -> "jeff-sessions".
std::string Slug(std::string_view name);

}  // namespace kg::extract

#endif  // KG_EXTRACT_TEXT_H_
