#include "store/surface_forms.h"

#include <cstring>
#include <functional>

namespace kg::store {
namespace {

// Strings are copied into blocks of this size (a longer one gets a block of
// its own): one allocation per 64 KiB instead of one per string.
constexpr size_t kBlockBytes = 64 << 10;

}  // namespace

StringTable::StringTable() : ids_(0, Hash{this}, Equal{this}) {}

size_t StringTable::Hash::operator()(std::string_view text) const {
  return std::hash<std::string_view>()(text);
}

std::string_view StringTable::Store(std::string_view text) {
  if (text.empty()) return {};
  if (text.size() > block_size_ - block_used_) {
    block_size_ = std::max(kBlockBytes, text.size());
    blocks_.push_back(std::make_unique<char[]>(block_size_));
    block_used_ = 0;
  }
  char* at = blocks_.back().get() + block_used_;
  std::memcpy(at, text.data(), text.size());
  block_used_ += text.size();
  return {at, text.size()};
}

Index StringTable::Intern(std::string_view text) {
  auto it = ids_.find(text);
  if (it != ids_.end()) return *it;
  views_.push_back(Store(text));
  const Index id = static_cast<Index>(views_.size() - 1);
  ids_.insert(id);
  return id;
}

Index StringTable::Find(std::string_view text) const {
  auto it = ids_.find(text);
  return it == ids_.end() ? kNone : *it;
}

FormTable::FormTable() : begin_{0}, ids_(0, Hash{this}, Equal{this}) {}

size_t FormTable::Hash::operator()(Probe run) const {
  // 64-bit multiply-xorshift over the ids; the ids are dense small numbers,
  // so they need mixing before libstdc++ takes the hash modulo a prime.
  uint64_t h = 0x9e3779b97f4a7c15ull ^ run.size();
  for (Index id : run) {
    h = (h ^ id) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  return static_cast<size_t>(h);
}

Index FormTable::Intern(Run run, bool* added) {
  *added = false;
  auto it = ids_.find(run);
  if (it != ids_.end()) return *it;
  runs_.insert(runs_.end(), run.begin(), run.end());
  begin_.push_back(static_cast<Index>(runs_.size()));
  const Index id = static_cast<Index>(size() - 1);
  ids_.insert(id);
  *added = true;
  return id;
}

Index FormTable::Find(Run run) const {
  auto it = ids_.find(run);
  return it == ids_.end() ? kNone : *it;
}

}  // namespace kg::store
