#include "extract/word_flag_table.h"

#include <cstring>

namespace kg::extract {
void WordFlagTable::Reserve(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = static_cast<uint32_t>(cap - 1);
}

void WordFlagTable::Add(std::string_view key, uint32_t flags) {
  if (key.empty()) return;
  if (key.size() > kInlineBytes) {
    auto it = long_words_.find(key);
    if (it == long_words_.end()) it = long_words_.emplace(std::string(key), 0).first;
    it->second |= flags;
    return;
  }
  const Packed p = Pack(key);
  Slot& s = slots_[Probe(p.head, p.tail, Hash(p))];
  s.head = p.head;
  s.tail = p.tail;
  s.flags |= flags;
}

uint32_t WordFlagTable::Find(std::string_view key) const {
  if (key.empty()) return 0;
  if (key.size() > kInlineBytes) {
    auto it = long_words_.find(key);
    return it == long_words_.end() ? 0 : it->second;
  }
  const Packed p = Pack(key);
  return Find(p, Hash(p));
}

}  // namespace kg::extract
