#include "extract/word_flag_table.h"

#include <cstring>

namespace kg::extract {

namespace {
// Word hash: the first and last eight bytes and the length, multiplied
// together; words are short, so this is two loads instead of a byte loop.
inline uint32_t Fnv(std::string_view s) {
  uint64_t a = 0, b = 0;
  const size_t n = s.size();
  std::memcpy(&a, s.data(), n < 8 ? n : 8);
  if (n > 8) std::memcpy(&b, s.data() + n - (n < 16 ? n - 8 : 8), n < 16 ? n - 8 : 8);
  uint64_t h = (a ^ (static_cast<uint64_t>(n) << 56)) * 0x9E3779B97F4A7C15ull;
  h ^= b * 0xC2B2AE3D27D4EB4Full;
  return static_cast<uint32_t>(h >> 32) ^ static_cast<uint32_t>(h);
}
}  // namespace

void WordFlagTable::Reserve(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = static_cast<uint32_t>(cap - 1);
}

void WordFlagTable::Add(std::string_view key, uint32_t flags) {
  if (key.empty()) return;
  const uint32_t h = Fnv(key);
  for (uint32_t i = h & mask_;; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.len == 0) {
      s.hash = h;
      s.offset = static_cast<uint32_t>(arena_.size());
      s.len = static_cast<uint32_t>(key.size());
      s.flags = flags;
      arena_.append(key);
      return;
    }
    if (s.hash == h && std::string_view(arena_).substr(s.offset, s.len) == key) {
      s.flags |= flags;
      return;
    }
  }
}

uint32_t WordFlagTable::Find(std::string_view key) const {
  const uint32_t h = Fnv(key);
  for (uint32_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.len == 0) return 0;
    if (s.hash == h && s.len == key.size() &&
        std::memcmp(arena_.data() + s.offset, key.data(), s.len) == 0)
      return s.flags;
  }
}

}  // namespace kg::extract
