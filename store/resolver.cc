#include "store/resolver.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <memory>
#include <numeric>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace kg::store {
namespace {

// Mention indices and interned key ids: 32 bits each keep the per-mention
// arrays small (a corpus has hundreds of thousands of mentions).
using Index = uint32_t;
constexpr Index kNone = UINT32_MAX;

// Every resolution key, stored once, with a small id. A corpus repeats the
// same few names thousands of times ("Trump"), so keys are computed once
// per distinct surface form and compared as integers.
class KeyTable {
 public:
  Index Intern(std::string key) {
    auto it = ids_.find(key);
    if (it != ids_.end()) return it->second;
    const std::string& stored = texts_.emplace_back(std::move(key));
    ids_.emplace(stored, static_cast<Index>(texts_.size() - 1));
    return static_cast<Index>(texts_.size() - 1);
  }
  Index Find(std::string_view key) const {
    auto it = ids_.find(key);
    return it == ids_.end() ? kNone : it->second;
  }
  const std::string& Text(Index id) const { return texts_[id]; }
  bool MultiWord(Index id) const { return texts_[id].find(' ') != std::string::npos; }

  // The key of a surface form of a mention of `type`, memoised.
  Index KeyOf(graph::NodeType type, std::string_view surface) {
    auto& memo = surfaces_[type == graph::NodeType::kPerson ? 0 : 1];
    auto it = memo.find(surface);
    if (it != memo.end()) return it->second;
    Index id = Intern(ResolutionKey(type, surface));
    memo.emplace(surface, id);
    return id;
  }
  // The last word of a multi-word key.
  Index SurnameOf(Index id) {
    auto it = surnames_.find(id);
    if (it != surnames_.end()) return it->second;
    const std::string& text = Text(id);
    Index surname = Intern(text.substr(text.rfind(' ') + 1));
    surnames_.emplace(id, surname);
    return surname;
  }

 private:
  std::deque<std::string> texts_;  // stable addresses for the views in ids_
  std::unordered_map<std::string_view, Index> ids_;
  // Views into the caller's mentions, which outlive the table.
  std::unordered_map<std::string_view, Index> surfaces_[2];
  std::unordered_map<Index, Index> surnames_;
};

// A key of one node type: type and key id in one integer.
uint64_t Typed(graph::NodeType type, Index key) {
  return (static_cast<uint64_t>(type) << 32) | key;
}
graph::NodeType TypeOf(uint64_t typed) { return static_cast<graph::NodeType>(typed >> 32); }
Index KeyPart(uint64_t typed) { return static_cast<Index>(typed & 0xffffffffu); }

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

class DisjointSets {
 public:
  explicit DisjointSets(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  Index Find(Index x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller root wins, so the result does not depend on call order
  // (and a set's root is its first mention).
  void Union(Index a, Index b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<Index> parent_;
};

// The keys of every mention, in flat arrays: its name's key, its
// multi-word keys (join on equality) and its single-word keys (join only
// when unambiguous), each list in the order name, aliases, surname.
struct MentionKeys {
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

MentionKeys KeysOf(const std::vector<EntityMention>& mentions, const RemovedPairs& removed,
                   KeyTable& table) {
  MentionKeys keys;
  keys.name_key.reserve(mentions.size());
  keys.full_begin.reserve(mentions.size() + 1);
  keys.short_begin.reserve(mentions.size() + 1);
  for (const EntityMention& m : mentions) {
    keys.full_begin.push_back(static_cast<Index>(keys.full.size()));
    keys.short_begin.push_back(static_cast<Index>(keys.short_.size()));
    const Index name_key = table.KeyOf(m.type, m.name);
    keys.name_key.push_back(name_key);
    auto add = [&](std::string_view surface) {
      Index key = table.KeyOf(m.type, surface);
      if (table.Text(key).empty() || removed.Contains(name_key, key)) return;
      (table.MultiWord(key) ? keys.full : keys.short_).push_back(key);
    };
    add(m.name);
    for (const std::string& alias : m.aliases) {
      if (IsProperNameAlias(alias)) add(alias);
    }
    if (m.type == graph::NodeType::kPerson && table.MultiWord(name_key)) {
      Index surname = table.SurnameOf(name_key);
      if (!removed.Contains(name_key, surname)) keys.short_.push_back(surname);
    }
  }
  keys.full_begin.push_back(static_cast<Index>(keys.full.size()));
  keys.short_begin.push_back(static_cast<Index>(keys.short_.size()));
  return keys;
}

// Union-find over mentions that also records, per set, why its mentions
// were joined and (only when some join is forbidden) which name keys it
// holds, so that "alias remove" can refuse a join.
class Joiner {
 public:
  Joiner(size_t n, const RemovedPairs& removed, const MentionKeys& keys)
      : sets_(n), decisions_(n), removed_(removed) {
    if (removed.empty()) return;
    names_.resize(n);
    for (size_t i = 0; i < n; ++i) names_[i].insert(keys.name_key[i]);
  }

  Index Find(Index x) { return sets_.Find(x); }

  // Joins the sets of `a` and `b` unless a removed alias forbids it;
  // `why()` gives the decision, built only when the sets were apart.
  template <class Why>
  bool Join(Index a, Index b, const Why& why) {
    Index ra = sets_.Find(a), rb = sets_.Find(b);
    if (ra == rb) return true;
    if (!removed_.empty()) {
      for (Index x : names_[ra]) {
        for (Index y : names_[rb]) {
          if (removed_.Contains(x, y)) return false;
        }
      }
    }
    sets_.Union(ra, rb);
    Index root = sets_.Find(ra), other = root == ra ? rb : ra;
    if (!removed_.empty()) MergeInto(&names_[root], &names_[other]);
    MergeInto(&decisions_[root], &decisions_[other]);
    Decisions(root).insert(why());
    return true;
  }

  std::set<std::string>& Decisions(Index root) {
    if (!decisions_[root]) decisions_[root] = std::make_unique<std::set<std::string>>();
    return *decisions_[root];
  }
  std::vector<std::string> TakeDecisions(Index root) {
    if (!decisions_[root]) return {};
    std::vector<std::string> out(decisions_[root]->begin(), decisions_[root]->end());
    decisions_[root].reset();
    return out;
  }

 private:
  // The smaller set goes into the larger: joins stay near-linear overall.
  template <class Set>
  static void MergeInto(Set* to, Set* from) {
    if (to->size() < from->size()) to->swap(*from);
    to->insert(from->begin(), from->end());
    Set().swap(*from);
  }
  static void MergeInto(std::unique_ptr<std::set<std::string>>* to,
                        std::unique_ptr<std::set<std::string>>* from) {
    if (!*from) return;
    if (!*to) {
      to->swap(*from);
      return;
    }
    MergeInto(to->get(), from->get());
    from->reset();
  }

  DisjointSets sets_;
  // Allocated only for sets that have a decision: most mentions never do.
  std::vector<std::unique_ptr<std::set<std::string>>> decisions_;
  std::vector<std::set<Index>> names_;
  const RemovedPairs& removed_;
};

// The mentions of each set, sets in order of their root (first mention).
std::vector<std::pair<Index, std::vector<Index>>> Members(Joiner& joiner, size_t n) {
  std::vector<Index> root(n), count(n, 0);
  for (Index i = 0; i < n; ++i) ++count[root[i] = joiner.Find(i)];
  std::vector<std::pair<Index, std::vector<Index>>> out;
  std::vector<Index> slot(n, kNone);
  for (Index i = 0; i < n; ++i) {
    if (root[i] != i) continue;
    slot[i] = static_cast<Index>(out.size());
    out.emplace_back(i, std::vector<Index>());
    out.back().second.reserve(count[i]);
  }
  for (Index i = 0; i < n; ++i) out[slot[root[i]]].second.push_back(i);
  return out;
}

// The name used in the most articles, preferring multi-word names, then
// names without middle initials ("Donald Trump" over "Donald J. Trump"),
// then the longer; among equals the first in byte order.
std::string_view BestName(const std::vector<EntityMention>& mentions,
                          const std::vector<Index>& list, bool person) {
  std::vector<std::pair<std::string_view, graph::ArticleId>> uses;
  uses.reserve(list.size());
  for (Index i : list) uses.emplace_back(mentions[i].name, mentions[i].article);
  std::sort(uses.begin(), uses.end());
  uses.erase(std::unique(uses.begin(), uses.end()), uses.end());
  auto rank = [person](std::string_view name, size_t articles) {
    bool multi = name.find(' ') != std::string_view::npos;
    int initials = 0;
    for (size_t i = 0; person && i + 1 < name.size(); ++i) {
      if (name[i + 1] == '.' && (i == 0 || name[i - 1] == ' ')) ++initials;
    }
    return std::make_tuple(multi, articles, -initials, name.size());
  };
  std::string_view best;
  std::tuple<bool, size_t, int, size_t> best_rank;
  for (size_t k = 0; k < uses.size();) {
    size_t end = k;
    while (end < uses.size() && uses[end].first == uses[k].first) ++end;
    auto r = rank(uses[k].first, end - k);
    if (k == 0 || r > best_rank) {
      best = uses[k].first;
      best_rank = r;
    }
    k = end;
  }
  return best;
}

}  // namespace

std::optional<size_t> Resolution::EntityIndex(graph::ArticleId article, uint32_t local) const {
  auto it =
      std::lower_bound(entity_of.begin(), entity_of.end(), MentionKey{article, local},
                       [](const auto& entry, const MentionKey& key) { return entry.first < key; });
  if (it == entity_of.end() || it->first != MentionKey{article, local}) return std::nullopt;
  return it->second;
}

Resolution ResolveEntities(const std::vector<EntityMention>& mentions,
                           const std::vector<Curation>& curation) {
  KeyTable table;
  RemovedPairs removed;
  for (const Curation& c : curation) {
    if (c.op != CurationOp::kAliasRemove) continue;
    for (auto type : {graph::NodeType::kPerson, graph::NodeType::kOrganization}) {
      removed.Add(table.Intern(ResolutionKey(type, c.name)),
                  table.Intern(ResolutionKey(type, c.other)));
    }
  }
  const Index n = static_cast<Index>(mentions.size());
  const MentionKeys keys = KeysOf(mentions, removed, table);
  Joiner joiner(n, removed, keys);
  auto same_name = [&](Index key) {
    return [&table, key] { return "same name: '" + table.Text(key) + "'"; };
  };

  // Rule 1: a shared multi-word key.
  std::unordered_map<uint64_t, Index> first_with_full_key;
  for (Index i = 0; i < n; ++i) {
    for (Index key : keys.Full(i)) {
      auto [it, fresh] = first_with_full_key.emplace(Typed(mentions[i].type, key), i);
      if (!fresh) joiner.Join(it->second, i, same_name(key));
    }
  }
  // Single-word-only mentions first group by their word.
  std::unordered_map<uint64_t, Index> first_short_only;
  for (Index i = 0; i < n; ++i) {
    if (!keys.Full(i).empty()) continue;
    auto [it, fresh] = first_short_only.emplace(Typed(mentions[i].type, keys.name_key[i]), i);
    if (!fresh) joiner.Join(it->second, i, same_name(keys.name_key[i]));
  }
  // Rule 3 before rule 2: a curated join can make a single word unambiguous.
  std::vector<std::pair<Index, std::string_view>> curated_aliases;
  if (!curation.empty()) {
    std::unordered_map<uint64_t, Index> by_key;
    for (Index i = 0; i < n; ++i) {
      by_key.emplace(Typed(mentions[i].type, keys.name_key[i]), i);
      for (Index k : keys.Full(i)) by_key.emplace(Typed(mentions[i].type, k), i);
    }
    auto find = [&](graph::NodeType type, const std::string& name) {
      Index key = table.Find(ResolutionKey(type, name));
      auto it = key == kNone ? by_key.end() : by_key.find(Typed(type, key));
      return it == by_key.end() ? kNone : it->second;
    };
    for (const Curation& c : curation) {
      if (c.op == CurationOp::kAliasRemove) continue;
      for (auto type : {graph::NodeType::kPerson, graph::NodeType::kOrganization}) {
        Index a = find(type, c.name);
        if (a == kNone) continue;
        Index b = find(type, c.other);
        if (b != kNone) {
          joiner.Join(a, b, [&c] {
            return std::string(c.op == CurationOp::kMerge ? "curated merge" : "curated alias") +
                   ": '" + c.name + "' + '" + c.other + "'";
          });
        }
        if (c.op == CurationOp::kAliasAdd) curated_aliases.emplace_back(a, c.other);
      }
    }
  }

  // Rule 2: a single word joins the one multi-word entity that owns it.
  std::unordered_map<uint64_t, std::vector<Index>> owners;  // short key -> roots of multi-word sets
  for (Index i = 0; i < n; ++i) {
    if (keys.Full(i).empty()) continue;
    for (Index key : keys.Short(i)) owners[Typed(mentions[i].type, key)].push_back(joiner.Find(i));
  }
  for (auto& [key, roots] : owners) {
    for (Index& r : roots) r = joiner.Find(r);
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
  }
  // In order of (type, word), as the decisions depend on the order of joins.
  std::vector<std::pair<uint64_t, Index>> short_only(first_short_only.begin(),
                                                     first_short_only.end());
  std::sort(short_only.begin(), short_only.end(), [&](const auto& a, const auto& b) {
    if (TypeOf(a.first) != TypeOf(b.first)) return TypeOf(a.first) < TypeOf(b.first);
    return table.Text(KeyPart(a.first)) < table.Text(KeyPart(b.first));
  });
  for (const auto& [key, first] : short_only) {
    auto it = owners.find(key);
    if (it == owners.end()) continue;
    const std::string& word = table.Text(KeyPart(key));
    if (it->second.size() == 1) {
      // An init-capture: clang 14 (the sanitised build) cannot capture a structured binding.
      joiner.Join(it->second.front(), first, [&, first = first] {
        return "single name '" + word + "' matches exactly one " +
               graph::NodeTypeName(mentions[first].type);
      });
    } else {
      joiner.Decisions(joiner.Find(first))
          .insert("'" + word + "' is ambiguous between " + std::to_string(it->second.size()) +
                  " entities: kept apart");
    }
  }
  owners.clear();

  // One ResolvedEntity per set.
  Resolution out;
  std::vector<std::pair<Index, std::vector<Index>>> members = Members(joiner, n);
  std::vector<Index> entity_of_root(n, kNone);
  std::unordered_set<graph::NodeId> used;
  for (auto& [root, list] : members) {
    ResolvedEntity e;
    e.type = mentions[root].type;
    // A view into `mentions`, which the key table's memo may keep.
    const std::string_view best = BestName(mentions, list, e.type == graph::NodeType::kPerson);
    e.name = best;
    std::vector<std::string_view> aliases;
    for (Index i : list) {
      aliases.push_back(mentions[i].name);
      aliases.insert(aliases.end(), mentions[i].aliases.begin(), mentions[i].aliases.end());
      e.articles.push_back(mentions[i].article);
    }
    for (const auto& [at, alias] : curated_aliases) {
      if (joiner.Find(at) == root) aliases.push_back(alias);
    }
    std::sort(aliases.begin(), aliases.end());
    aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
    const Index name_key = removed.empty() ? kNone : table.KeyOf(e.type, best);
    for (std::string_view a : aliases) {
      if (a == e.name) continue;
      if (!removed.empty() && removed.Contains(name_key, table.KeyOf(e.type, a))) continue;
      e.aliases.emplace_back(a);
    }
    std::sort(e.articles.begin(), e.articles.end());
    e.articles.erase(std::unique(e.articles.begin(), e.articles.end()), e.articles.end());
    e.decisions = joiner.TakeDecisions(root);
    e.id = graph::EntityNodeId(e.type, e.name);
    // Two sets with one name can only come from "alias remove"; keep both.
    for (int suffix = 2; used.count(e.id); ++suffix) {
      e.id = graph::EntityNodeId(e.type, e.name + "#" + std::to_string(suffix));
    }
    used.insert(e.id);
    entity_of_root[root] = static_cast<Index>(out.entities.size());
    out.entities.push_back(std::move(e));
    std::vector<Index>().swap(list);
  }
  // Sort by id and remap.
  std::vector<Index> order(out.entities.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](Index a, Index b) { return out.entities[a].id < out.entities[b].id; });
  std::vector<Index> new_index(order.size());
  std::vector<ResolvedEntity> sorted;
  sorted.reserve(order.size());
  for (Index k = 0; k < order.size(); ++k) {
    new_index[order[k]] = k;
    sorted.push_back(std::move(out.entities[order[k]]));
  }
  out.entities = std::move(sorted);
  out.entity_of.reserve(n);
  for (Index i = 0; i < n; ++i) {
    out.entity_of.emplace_back(MentionKey{mentions[i].article, mentions[i].local},
                               new_index[entity_of_root[joiner.Find(i)]]);
  }
  // A mention key given twice keeps its last entity.
  std::stable_sort(out.entity_of.begin(), out.entity_of.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t kept = 0;
  for (size_t k = 0; k < out.entity_of.size(); ++k) {
    if (k + 1 < out.entity_of.size() && out.entity_of[k + 1].first == out.entity_of[k].first) {
      continue;
    }
    out.entity_of[kept++] = out.entity_of[k];
  }
  out.entity_of.resize(kept);
  return out;
}

}  // namespace kg::store
