#include "cli/json_text.h"

#include <array>
#include <nlohmann/json.hpp>

namespace kg::cli {
namespace {

// What a byte asks of the writer: 0 copy it, 1 escape it (ASCII), 2 it
// starts or continues a multi-byte UTF-8 sequence.
constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> classes{};
  for (int c = 0; c < 0x20; ++c) classes[c] = 1;
  classes['"'] = 1;
  classes['\\'] = 1;
  for (int c = 0x80; c < 0x100; ++c) classes[c] = 2;
  return classes;
}
constexpr std::array<uint8_t, 256> kByteClass = MakeByteClasses();

bool Continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7:
// no overlong forms, no surrogates, nothing above U+10FFFF), or 0.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t left = s.size() - i;
  const unsigned char c = p[0];
  if (c >= 0xC2 && c <= 0xDF) return left >= 2 && Continuation(p[1]) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (left < 3 || !Continuation(p[1]) || !Continuation(p[2])) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;  // overlong
    if (c == 0xED && p[1] > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (left < 4 || !Continuation(p[1]) || !Continuation(p[2]) || !Continuation(p[3])) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;  // overlong
    if (c == 0xF4 && p[1] > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

void AppendEscaped(std::string* out, unsigned char c) {
  static constexpr char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"':
      out->append("\\\"", 2);
      return;
    case '\\':
      out->append("\\\\", 2);
      return;
    case '\b':
      out->append("\\b", 2);
      return;
    case '\t':
      out->append("\\t", 2);
      return;
    case '\n':
      out->append("\\n", 2);
      return;
    case '\f':
      out->append("\\f", 2);
      return;
    case '\r':
      out->append("\\r", 2);
      return;
    default: {
      const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out->append(u, 6);
    }
  }
}

// The rare string with a bad sequence: nlohmann's own replacement rules.
void AppendWithReplacement(std::string* out, std::string_view s) {
  out->append(nlohmann::json(std::string(s))
                  .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace

void AppendJsonString(std::string* out, std::string_view s) {
  const size_t mark = out->size();
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet appended
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    const uint8_t byte_class = kByteClass[c];
    if (byte_class == 0) {
      ++i;
    } else if (byte_class == 2) {
      const size_t length = Utf8SequenceLength(s, i);
      if (length == 0) {
        out->resize(mark);
        AppendWithReplacement(out, s);
        return;
      }
      i += length;
    } else {
      out->append(s.data() + run, i - run);
      AppendEscaped(out, c);
      run = ++i;
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void AppendJsonUint(std::string* out, uint64_t value) {
  char digits[20];
  char* end = digits + sizeof(digits);
  char* p = end;
  do {
    *--p = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  out->append(p, static_cast<size_t>(end - p));
}

}  // namespace kg::cli
