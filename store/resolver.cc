#include "store/resolver.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <numeric>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "store/form_keys.h"
#include "store/surface_forms.h"

namespace kg::store {
namespace {

// A key of one node type: type and key id in one integer.
uint64_t Typed(graph::NodeType type, Index key) {
  return (static_cast<uint64_t>(type) << 32) | key;
}
graph::NodeType TypeOf(uint64_t typed) { return static_cast<graph::NodeType>(typed >> 32); }
Index KeyPart(uint64_t typed) { return static_cast<Index>(typed & 0xffffffffu); }

class DisjointSets {
 public:
  explicit DisjointSets(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  Index Find(Index x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller root wins, so the result does not depend on call order
  // (and a set's root is its first form).
  void Union(Index a, Index b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<Index> parent_;
};

// Union-find over forms that also records, per set, why its mentions
// were joined and (only when some join is forbidden) which name keys it
// holds, so that "alias remove" can refuse a join.
class Joiner {
 public:
  Joiner(size_t n, const RemovedPairs& removed, const FormKeys& keys)
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

// The forms of each set, sets in order of their root (first form).
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

// The articles of each form, sorted and distinct, in one flat array.
struct FormArticles {
  std::vector<graph::ArticleId> ids;
  std::vector<Index> begin;  // forms + 1 offsets into ids

  std::span<const graph::ArticleId> Of(Index form) const {
    return {ids.data() + begin[form], ids.data() + begin[form + 1]};
  }
};

// Groups (form, article) pairs by form (a counting sort), consuming them.
FormArticles GroupArticles(size_t forms, std::vector<Index>* pair_form,
                           std::vector<graph::ArticleId>* pair_article) {
  FormArticles out;
  out.begin.assign(forms + 1, 0);
  for (Index f : *pair_form) ++out.begin[f + 1];
  for (size_t f = 0; f < forms; ++f) out.begin[f + 1] += out.begin[f];
  out.ids.resize(pair_form->size());
  std::vector<Index> at(out.begin.begin(), out.begin.end() - 1);
  for (size_t k = 0; k < pair_form->size(); ++k)
    out.ids[at[(*pair_form)[k]]++] = (*pair_article)[k];
  std::vector<Index>().swap(*pair_form);
  std::vector<graph::ArticleId>().swap(*pair_article);
  // Sorted and distinct per form, compacted in place.
  Index read = 0, write = 0;
  for (size_t f = 0; f < forms; ++f) {
    const Index end = out.begin[f + 1];
    std::sort(out.ids.begin() + read, out.ids.begin() + end);
    auto last = std::unique(out.ids.begin() + read, out.ids.begin() + end);
    out.begin[f] = write;
    write = static_cast<Index>(std::copy(out.ids.begin() + read, last, out.ids.begin() + write) -
                               out.ids.begin());
    read = end;
  }
  out.begin[forms] = write;
  out.ids.resize(write);
  out.ids.shrink_to_fit();
  return out;
}

// The name used in the most articles, preferring multi-word names, then
// names without middle initials ("Donald Trump" over "Donald J. Trump"),
// then the longer; among equals the first in byte order.
std::string_view BestName(const FormTable& forms, const StringTable& strings,
                          const FormArticles& articles, const std::vector<Index>& list,
                          bool person) {
  std::vector<std::pair<std::string_view, graph::ArticleId>> uses;
  for (Index f : list) {
    const std::string_view name = strings.Text(forms.Name(f));
    for (graph::ArticleId article : articles.Of(f)) uses.emplace_back(name, article);
  }
  std::sort(uses.begin(), uses.end());
  uses.erase(std::unique(uses.begin(), uses.end()), uses.end());
  auto rank = [person](std::string_view name, size_t count) {
    bool multi = name.find(' ') != std::string_view::npos;
    int initials = 0;
    for (size_t i = 0; person && i + 1 < name.size(); ++i) {
      if (name[i + 1] == '.' && (i == 0 || name[i - 1] == ' ')) ++initials;
    }
    return std::make_tuple(multi, count, -initials, name.size());
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

struct EntityResolver::Rep {
  std::vector<Curation> curation;
  StringTable strings;
  FormTable forms;
  std::vector<Index> run;  // scratch for Add
  // Until Resolve, per form: whether it was added more than once, and the
  // last article it was added for (consecutive repeats add no pair).
  std::vector<uint8_t> repeated;
  std::vector<graph::ArticleId> last_article;
  std::vector<Index> pair_form;
  std::vector<graph::ArticleId> pair_article;
  // After Resolve.
  std::vector<ResolvedEntity> entities;
  std::vector<Index> entity_of_form;

  void Resolve();
  // The sets of forms after the three rules.
  void Join(const FormKeys& keys, KeyTable& table, Joiner& joiner,
            std::vector<std::pair<Index, std::string_view>>* curated_aliases);
  void MakeEntities(const RemovedPairs& removed, KeyTable& table, Joiner& joiner,
                    const std::vector<std::pair<Index, std::string_view>>& curated_aliases);
};

EntityResolver::EntityResolver(std::vector<Curation> curation) : rep_(std::make_unique<Rep>()) {
  rep_->curation = std::move(curation);
}

EntityResolver::~EntityResolver() = default;

uint32_t EntityResolver::Add(graph::ArticleId article, graph::NodeType type, std::string_view name,
                             std::span<const std::string> aliases) {
  Rep& r = *rep_;
  FormTable::MakeRun(type, r.strings.Intern(name), &r.run);
  for (const std::string& alias : aliases) r.run.push_back(r.strings.Intern(alias));
  bool added = false;
  const Index form = r.forms.Intern(r.run, &added);
  if (added) {
    r.repeated.push_back(0);
    r.last_article.push_back(article);
  } else {
    r.repeated[form] = 1;
    if (r.last_article[form] == article) return form;
    r.last_article[form] = article;
  }
  r.pair_form.push_back(form);
  r.pair_article.push_back(article);
  return form;
}

void EntityResolver::Resolve() { rep_->Resolve(); }

std::vector<ResolvedEntity>& EntityResolver::entities() { return rep_->entities; }

std::optional<size_t> EntityResolver::EntityIndex(graph::NodeType type, std::string_view name,
                                                  std::span<const std::string> aliases) const {
  const Rep& r = *rep_;
  std::vector<Index> run;
  run.reserve(2 + aliases.size());
  FormTable::MakeRun(type, r.strings.Find(name), &run);
  for (const std::string& alias : aliases) run.push_back(r.strings.Find(alias));
  if (std::count(run.begin() + 1, run.end(), kNone)) return std::nullopt;
  const Index form = r.forms.Find(run);
  if (form == kNone || form >= r.entity_of_form.size()) return std::nullopt;
  return r.entity_of_form[form];
}

size_t EntityResolver::EntityIndexOfForm(uint32_t form) const { return rep_->entity_of_form[form]; }

void EntityResolver::Rep::Resolve() {
  KeyTable table(strings);
  RemovedPairs removed;
  for (const Curation& c : curation) {
    if (c.op != CurationOp::kAliasRemove) continue;
    for (auto type : {graph::NodeType::kPerson, graph::NodeType::kOrganization}) {
      removed.Add(table.Intern(ResolutionKey(type, c.name)),
                  table.Intern(ResolutionKey(type, c.other)));
    }
  }
  const FormKeys keys = KeysOf(forms, strings, removed, table);
  Joiner joiner(forms.size(), removed, keys);
  std::vector<std::pair<Index, std::string_view>> curated_aliases;
  Join(keys, table, joiner, &curated_aliases);
  MakeEntities(removed, table, joiner, curated_aliases);
}

void EntityResolver::Rep::Join(const FormKeys& keys, KeyTable& table, Joiner& joiner,
                               std::vector<std::pair<Index, std::string_view>>* curated_aliases) {
  const Index n = static_cast<Index>(forms.size());
  auto same_name = [&](Index key) {
    return [&table, key] { return "same name: '" + std::string(table.Text(key)) + "'"; };
  };
  // A form stands for all its mentions: the later ones would each join the
  // first by the first key the first joined or started a set by, so a
  // repeated form records that decision. (Only "alias remove" could keep
  // them apart, by refusing every key of the form; they stay together.)
  auto repeats = [&](Index form, Index key) {
    if (repeated[form] && key != kNone)
      joiner.Decisions(joiner.Find(form)).insert(same_name(key)());
  };

  // Rule 1: a shared multi-word key.
  std::unordered_map<uint64_t, Index> first_with_full_key;
  for (Index i = 0; i < n; ++i) {
    Index joined_by = kNone;
    for (Index key : keys.Full(i)) {
      auto [it, fresh] = first_with_full_key.emplace(Typed(forms.Type(i), key), i);
      const bool joined = fresh || joiner.Join(it->second, i, same_name(key));
      if (joined && joined_by == kNone) joined_by = key;
    }
    repeats(i, joined_by);
  }
  // Single-word-only forms first group by their word.
  std::unordered_map<uint64_t, Index> first_short_only;
  for (Index i = 0; i < n; ++i) {
    if (!keys.Full(i).empty()) continue;
    const Index key = keys.name_key[i];
    auto [it, fresh] = first_short_only.emplace(Typed(forms.Type(i), key), i);
    const bool joined = fresh || joiner.Join(it->second, i, same_name(key));
    repeats(i, joined ? key : kNone);
  }
  // Rule 3 before rule 2: a curated join can make a single word unambiguous.
  if (!curation.empty()) {
    std::unordered_map<uint64_t, Index> by_key;
    for (Index i = 0; i < n; ++i) {
      by_key.emplace(Typed(forms.Type(i), keys.name_key[i]), i);
      for (Index k : keys.Full(i)) by_key.emplace(Typed(forms.Type(i), k), i);
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
        if (c.op == CurationOp::kAliasAdd) curated_aliases->emplace_back(a, c.other);
      }
    }
  }

  // Rule 2: a single word joins the one multi-word entity that owns it.
  std::unordered_map<uint64_t, std::vector<Index>> owners;  // short key -> roots of multi-word sets
  for (Index i = 0; i < n; ++i) {
    if (keys.Full(i).empty()) continue;
    for (Index key : keys.Short(i)) owners[Typed(forms.Type(i), key)].push_back(joiner.Find(i));
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
    const std::string word(table.Text(KeyPart(key)));
    if (it->second.size() == 1) {
      // An init-capture: clang 14 (the sanitised build) cannot capture a structured binding.
      joiner.Join(it->second.front(), first, [&, first = first] {
        return "single name '" + word + "' matches exactly one " +
               graph::NodeTypeName(forms.Type(first));
      });
    } else {
      joiner.Decisions(joiner.Find(first))
          .insert("'" + word + "' is ambiguous between " + std::to_string(it->second.size()) +
                  " entities: kept apart");
    }
  }
}

void EntityResolver::Rep::MakeEntities(
    const RemovedPairs& removed, KeyTable& table, Joiner& joiner,
    const std::vector<std::pair<Index, std::string_view>>& curated_aliases) {
  const Index n = static_cast<Index>(forms.size());
  const FormArticles articles = GroupArticles(n, &pair_form, &pair_article);
  std::vector<uint8_t>().swap(repeated);
  std::vector<graph::ArticleId>().swap(last_article);

  std::vector<std::pair<Index, std::vector<Index>>> members = Members(joiner, n);
  std::vector<Index> entity_of_root(n, kNone);
  std::unordered_set<graph::NodeId> used;
  for (auto& [root, list] : members) {
    ResolvedEntity e;
    e.type = forms.Type(root);
    e.name = BestName(forms, strings, articles, list, e.type == graph::NodeType::kPerson);
    std::vector<std::string_view> aliases;
    for (Index f : list) {
      aliases.push_back(strings.Text(forms.Name(f)));
      for (Index alias : forms.Aliases(f)) aliases.push_back(strings.Text(alias));
      std::span<const graph::ArticleId> of = articles.Of(f);
      e.articles.insert(e.articles.end(), of.begin(), of.end());
    }
    for (const auto& [at, alias] : curated_aliases) {
      if (joiner.Find(at) == root) aliases.push_back(alias);
    }
    std::sort(aliases.begin(), aliases.end());
    aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
    const Index name_key = removed.empty() ? kNone : table.KeyOfText(e.type, e.name);
    for (std::string_view a : aliases) {
      if (a == e.name) continue;
      if (!removed.empty() && removed.Contains(name_key, table.KeyOfText(e.type, a))) continue;
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
    entity_of_root[root] = static_cast<Index>(entities.size());
    entities.push_back(std::move(e));
    std::vector<Index>().swap(list);
  }
  // Sort by id and remap.
  std::vector<Index> order(entities.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](Index a, Index b) { return entities[a].id < entities[b].id; });
  std::vector<Index> new_index(order.size());
  std::vector<ResolvedEntity> sorted;
  sorted.reserve(order.size());
  for (Index k = 0; k < order.size(); ++k) {
    new_index[order[k]] = k;
    sorted.push_back(std::move(entities[order[k]]));
  }
  entities = std::move(sorted);
  entity_of_form.resize(n);
  for (Index f = 0; f < n; ++f) entity_of_form[f] = new_index[entity_of_root[joiner.Find(f)]];
}

}  // namespace kg::store
