// Private to store/: the resolution keys of surface forms, as entity
// resolution compares them (store/resolver.h). Keys are interned: a corpus
// repeats the same few names thousands of times ("Trump"), so each key is
// computed once per distinct surface string and compared as an integer.
#ifndef KG_STORE_FORM_KEYS_H_
#define KG_STORE_FORM_KEYS_H_

#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "graph/model.h"
#include "store/resolver.h"
#include "store/surface_forms.h"

namespace kg::store {

// Every resolution key, stored once, with a small id. A corpus repeats the
// same few names thousands of times ("Trump"), so keys are computed once
// per distinct surface string and compared as integers.
class KeyTable {
 public:
  explicit KeyTable(const StringTable& surfaces) : surfaces_(surfaces) {
    for (auto& memo : key_of_surface_) memo.assign(surfaces.size(), kNone);
  }

  Index Intern(const std::string& key) { return keys_.Intern(key); }
  Index Find(const std::string& key) const { return keys_.Find(key); }
  std::string_view Text(Index id) const { return keys_.Text(id); }
  bool MultiWord(Index id) const { return Text(id).find(' ') != std::string_view::npos; }

  // The key of surface string `surface` in a mention of `type`, memoised.
  Index KeyOf(graph::NodeType type, Index surface) {
    Index& key = key_of_surface_[type == graph::NodeType::kPerson ? 0 : 1][surface];
    if (key == kNone) key = Intern(ResolutionKey(type, surfaces_.Text(surface)));
    return key;
  }
  // The same for any text, such as a curated alias.
  Index KeyOfText(graph::NodeType type, std::string_view text) {
    Index surface = surfaces_.Find(text);
    return surface != kNone ? KeyOf(type, surface) : Intern(ResolutionKey(type, text));
  }
  // The last word of a multi-word key.
  Index SurnameOf(Index id) {
    if (id >= surname_.size()) surname_.resize(keys_.size(), kNone);
    if (surname_[id] == kNone) {
      std::string_view text = Text(id);
      surname_[id] = Intern(std::string(text.substr(text.rfind(' ') + 1)));
    }
    return surname_[id];
  }

 private:
  const StringTable& surfaces_;
  StringTable keys_;
  std::vector<Index> key_of_surface_[2];  // [person?0:1][surface string]
  std::vector<Index> surname_;            // [key], kNone until asked
};

// Pairs of keys that "alias remove" keeps apart, both ways round.
class RemovedPairs {
 public:
  void Add(Index a, Index b) {
    pairs_.insert(Pair(a, b));
    pairs_.insert(Pair(b, a));
  }
  bool Contains(Index a, Index b) const { return !pairs_.empty() && pairs_.count(Pair(a, b)); }
  bool empty() const { return pairs_.empty(); }

 private:
  static uint64_t Pair(Index a, Index b) { return (static_cast<uint64_t>(a) << 32) | b; }
  std::unordered_set<uint64_t> pairs_;
};

// The keys of every form, in flat arrays: its name's key, its multi-word
// keys (join on equality) and its single-word keys (join only when
// unambiguous), each list in the order name, aliases, surname.
struct FormKeys {
  std::vector<Index> name_key;
  std::vector<Index> full, full_begin;
  std::vector<Index> short_, short_begin;

  std::span<const Index> Full(Index i) const {
    return {full.data() + full_begin[i], full.data() + full_begin[i + 1]};
  }
  std::span<const Index> Short(Index i) const {
    return {short_.data() + short_begin[i], short_.data() + short_begin[i + 1]};
  }
};

// The keys of every form; a key that "alias remove" forbids next to the
// form's own name is left out.
FormKeys KeysOf(const FormTable& forms, const StringTable& strings, const RemovedPairs& removed,
                KeyTable& table);

}  // namespace kg::store

#endif  // KG_STORE_FORM_KEYS_H_
