// Private to store/: the interning tables entity resolution keeps its input
// in. A corpus names the same few things over and over ("Trump" in most
// articles), so every distinct string is stored once (StringTable) and
// every distinct surface form of an entity -- its type, name and aliases,
// as one article's extraction gave them -- once (FormTable), both with
// dense 32-bit ids. Memory then grows with the number of distinct names and
// forms, not with the number of mentions.
#ifndef KG_STORE_SURFACE_FORMS_H_
#define KG_STORE_SURFACE_FORMS_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "graph/model.h"

namespace kg::store {

// Ids of strings, forms and keys: 32 bits keep the per-form arrays small.
using Index = uint32_t;
inline constexpr Index kNone = UINT32_MAX;

class StringTable {
 public:
  StringTable();
  StringTable(const StringTable&) = delete;
  StringTable& operator=(const StringTable&) = delete;

  // The id of `text`, adding it if new; ids are dense, in order of first
  // appearance.
  Index Intern(std::string_view text);
  // kNone when `text` was never interned.
  Index Find(std::string_view text) const;
  std::string_view Text(Index id) const { return views_[id]; }
  size_t size() const { return views_.size(); }

 private:
  // Not noexcept, deliberately: libstdc++ then stores each node's hash, so
  // that walking a bucket does not rehash every string in it.
  struct Hash {
    using is_transparent = void;
    const StringTable* table;
    size_t operator()(std::string_view text) const;
    size_t operator()(Index id) const { return (*this)(table->Text(id)); }
  };
  struct Equal {
    using is_transparent = void;
    const StringTable* table;
    template <class A, class B>
    bool operator()(const A& a, const B& b) const noexcept {
      return View(a) == View(b);
    }
    std::string_view View(std::string_view text) const { return text; }
    std::string_view View(Index id) const { return table->Text(id); }
  };

  std::string_view Store(std::string_view text);

  // The bytes live in blocks that never move, so the views stay valid.
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_used_ = 0, block_size_ = 0;
  std::vector<std::string_view> views_;
  std::unordered_set<Index, Hash, Equal> ids_;
};

// A surface form: type, name and aliases (string ids, aliases in the order
// given), stored as one run of ids {type, name, aliases...}.
class FormTable {
 public:
  using Run = std::span<const Index>;

  FormTable();
  FormTable(const FormTable&) = delete;
  FormTable& operator=(const FormTable&) = delete;

  // Makes `*run` the run of a form (reusing its storage: callers keep one
  // scratch vector rather than allocate per mention).
  static void MakeRun(graph::NodeType type, Index name, std::vector<Index>* run) {
    run->assign({static_cast<Index>(type), name});
  }
  // The id of the form, adding it (and setting *added) if new.
  Index Intern(Run run, bool* added);
  // kNone when the form was never interned.
  Index Find(Run run) const;

  graph::NodeType Type(Index form) const { return static_cast<graph::NodeType>(RunOf(form)[0]); }
  Index Name(Index form) const { return RunOf(form)[1]; }
  Run Aliases(Index form) const { return RunOf(form).subspan(2); }
  size_t size() const { return begin_.size() - 1; }

 private:
  using Probe = Run;
  struct Hash {  // not noexcept, as above

    using is_transparent = void;
    const FormTable* table;
    size_t operator()(Probe run) const;
    size_t operator()(Index form) const { return (*this)(table->RunOf(form)); }
  };
  struct Equal {
    using is_transparent = void;
    const FormTable* table;
    template <class A, class B>
    bool operator()(const A& a, const B& b) const noexcept {
      Probe x = View(a), y = View(b);
      return std::equal(x.begin(), x.end(), y.begin(), y.end());
    }
    Probe View(Probe run) const { return run; }
    Probe View(Index form) const { return table->RunOf(form); }
  };

  Run RunOf(Index form) const {
    return {runs_.data() + begin_[form], runs_.data() + begin_[form + 1]};
  }

  std::vector<Index> runs_;
  std::vector<Index> begin_;  // size() + 1 offsets into runs_
  std::unordered_set<Index, Hash, Equal> ids_;
};

}  // namespace kg::store

#endif  // KG_STORE_SURFACE_FORMS_H_
