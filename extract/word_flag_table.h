// An open-addressing hash table from a lower-case word to 32 bits of flags
// (the Lex bits of gazetteer.h). The extractor asks it once per token, and
// with 200,000 dictionary and name entries every probe is a cache miss, so
// a probe must touch one cache line: words of up to 12 bytes (almost all)
// are stored inline in their 16-byte slot and compared as two integers;
// longer words live in a side map. Build with Reserve + Add; Find is then
// safe from many threads.
#ifndef KG_EXTRACT_WORD_FLAG_TABLE_H_
#define KG_EXTRACT_WORD_FLAG_TABLE_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kg::extract {

class WordFlagTable {
 public:
  // A word of up to 12 bytes as two zero-padded integers, and its hash;
  // callers that memoise look-ups (DocumentBuilder) key on it too.
  struct Packed {
    uint64_t head = 0;
    uint32_t tail = 0;
  };
  static constexpr size_t kInlineBytes = 12;
  static Packed Pack(std::string_view word) {  // word.size() <= kInlineBytes
    Packed p;
    const size_t n = word.size();
    std::memcpy(&p.head, word.data(), n < 8 ? n : 8);
    if (n > 8) std::memcpy(&p.tail, word.data() + 8, n - 8);
    return p;
  }
  // Pack for a word followed by at least kInlineBytes - word.size() more
  // readable bytes (a word inside a longer text): two fixed-size loads and
  // masks instead of byte copies, whose narrow stores would stall the wide
  // loads of Hash (store forwarding).
  static Packed PackInText(std::string_view word) {
    if constexpr (std::endian::native != std::endian::little) return Pack(word);
    Packed p;
    const size_t n = word.size();
    std::memcpy(&p.head, word.data(), 8);
    std::memcpy(&p.tail, word.data() + 8, 4);
    if (n < 8) p.head &= (uint64_t{1} << (8 * n)) - 1;
    if (n <= 8) {
      p.tail = 0;
    } else if (n < 12) {
      p.tail &= (uint32_t{1} << (8 * (n - 8))) - 1;
    }
    return p;
  }
  static uint32_t Hash(Packed p) {
    uint64_t h = p.head * 0x9E3779B97F4A7C15ull;
    h ^= (static_cast<uint64_t>(p.tail) + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<uint32_t>(h >> 32) ^ static_cast<uint32_t>(h);
  }

  WordFlagTable() = default;
  ~WordFlagTable();
  WordFlagTable(const WordFlagTable&) = delete;
  WordFlagTable& operator=(const WordFlagTable&) = delete;

  void Reserve(size_t n);  // room for n keys at a load factor of at most 1/2
  void Add(std::string_view key, uint32_t flags);  // ORs into an existing key
  uint32_t Find(std::string_view key) const;       // 0 when absent

  // Find in two steps for callers that look up many words at once, so that
  // the cache misses of several probes overlap: Prefetch the slot of a
  // word's hash, do other work, then Find it by its packed form.
  void Prefetch(uint32_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }
  uint32_t Find(Packed p, uint32_t hash) const {  // p = Pack(word), hash = Hash(p)
    return slots_[Probe(p.head, p.tail, hash)].flags;
  }

 private:
  // `head` holds bytes 0-7 and `tail` bytes 8-11, zero-padded; a word never
  // contains NUL, so head == 0 marks an empty slot.
  struct Slot {
    uint64_t head = 0;
    uint32_t tail = 0;
    uint32_t flags = 0;
  };
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // Slot of the key or the empty slot where it would go.
  size_t Probe(uint64_t head, uint32_t tail, uint32_t hash) const {
    for (uint32_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.head == 0 || (s.head == head && s.tail == tail)) return i;
    }
  }
  // The slots live in memory of their own, backed by huge pages where the
  // kernel allows (madvise): the name and dictionary table is 8 MiB, and with
  // 4 KiB pages nearly every probe also missed the TLB.
  void* mapped_ = nullptr;  // the mapping slots_ points into, when reserved
  size_t mapped_bytes_ = 0;
  Slot empty_slot_;             // the one slot before Reserve
  Slot* slots_ = &empty_slot_;  // never empty
  uint32_t mask_ = 0;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> long_words_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_WORD_FLAG_TABLE_H_
