// An open-addressing hash table from a lower-case word to 32 bits of flags
// (the Lex bits of gazetteer.h). Keys live in one arena, so a probe touches
// one slot and, on a hash match, one string: the extractor asks it once per
// token, and a node-based std::unordered_set would cost a cache miss per
// probe. Build with Reserve + Add; Find is then safe from many threads.
#ifndef KG_EXTRACT_WORD_FLAG_TABLE_H_
#define KG_EXTRACT_WORD_FLAG_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

class WordFlagTable {
 public:
  void Reserve(size_t n);  // room for n keys at a load factor of at most 1/2
  void Add(std::string_view key, uint32_t flags);  // ORs into an existing key
  uint32_t Find(std::string_view key) const;       // 0 when absent

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t offset = 0;
    uint32_t len = 0;  // 0 = empty
    uint32_t flags = 0;
  };
  std::vector<Slot> slots_;
  std::string arena_;
  uint32_t mask_ = 0;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_WORD_FLAG_TABLE_H_
