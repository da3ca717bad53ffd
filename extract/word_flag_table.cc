#include "extract/word_flag_table.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstring>
#include <new>

namespace kg::extract {
namespace {
constexpr size_t kHugePage = size_t{2} << 20;
}  // namespace

WordFlagTable::~WordFlagTable() {
  if (mapped_ != nullptr) munmap(mapped_, mapped_bytes_);
}

void WordFlagTable::Reserve(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  // A mapping rounded up to whole huge pages, advised to use them (only a
  // hint: without transparent huge pages it is ordinary memory). mmap's
  // memory is zero, which is an empty slot.
  const size_t bytes = (cap * sizeof(Slot) + kHugePage - 1) / kHugePage * kHugePage;
  void* mem =
      mmap(nullptr, bytes + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) throw std::bad_alloc();
  // Aligned to a huge page: unmap the unaligned head and the tail.
  char* base = static_cast<char*>(mem);
  char* aligned = reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(base) + kHugePage - 1) /
                                          kHugePage * kHugePage);
  if (aligned > base) munmap(base, aligned - base);
  if (aligned + bytes < base + bytes + kHugePage)
    munmap(aligned + bytes, base + bytes + kHugePage - (aligned + bytes));
#ifdef MADV_HUGEPAGE
  madvise(aligned, bytes, MADV_HUGEPAGE);
#endif
  if (mapped_ != nullptr) munmap(mapped_, mapped_bytes_);
  mapped_ = aligned;
  mapped_bytes_ = bytes;
  slots_ = static_cast<Slot*>(mapped_);
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
