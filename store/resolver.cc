#include "store/resolver.h"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace kg::store {
namespace {

// Words that qualify a person's name without being part of it.
const std::unordered_set<std::string>& TitleWords() {
  static const auto* words = new std::unordered_set<std::string>{"mr",
                                                                 "mrs",
                                                                 "ms",
                                                                 "miss",
                                                                 "dr",
                                                                 "prof",
                                                                 "professor",
                                                                 "sen",
                                                                 "senator",
                                                                 "rep",
                                                                 "representative",
                                                                 "gov",
                                                                 "governor",
                                                                 "president",
                                                                 "vice",
                                                                 "former",
                                                                 "acting",
                                                                 "secretary",
                                                                 "director",
                                                                 "attorney",
                                                                 "general",
                                                                 "gen",
                                                                 "judge",
                                                                 "justice",
                                                                 "chief",
                                                                 "mayor",
                                                                 "speaker",
                                                                 "leader",
                                                                 "chairman",
                                                                 "chairwoman",
                                                                 "chair",
                                                                 "minister",
                                                                 "prime",
                                                                 "commissioner",
                                                                 "ambassador",
                                                                 "rev",
                                                                 "sir",
                                                                 "lt",
                                                                 "col",
                                                                 "sgt",
                                                                 "capt",
                                                                 "adm",
                                                                 "lady",
                                                                 "first",
                                                                 "jr",
                                                                 "sr",
                                                                 "ii",
                                                                 "iii",
                                                                 "iv",
                                                                 "the",
                                                                 "u",
                                                                 "s",
                                                                 "us",
                                                                 "state",
                                                                 "house",
                                                                 "deputy",
                                                                 "assistant",
                                                                 "candidate",
                                                                 "nominee",
                                                                 "congressman",
                                                                 "congresswoman",
                                                                 "sheriff",
                                                                 "officer",
                                                                 "agent",
                                                                 "spokesman",
                                                                 "spokeswoman",
                                                                 "spokesperson"};
  return *words;
}

std::vector<std::string> Tokens(const std::string& normalized) {
  std::vector<std::string> out;
  std::istringstream in(normalized);
  for (std::string token; in >> token;) out.push_back(token);
  return out;
}

std::string Join(const std::vector<std::string>& tokens) {
  std::string out;
  for (const auto& t : tokens) out += (out.empty() ? "" : " ") + t;
  return out;
}

class DisjointSets {
 public:
  explicit DisjointSets(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // The smaller root wins, so the result does not depend on call order.
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

struct Keys {
  std::string name_key;
  std::vector<std::string> full;    // multi-word keys: join on equality
  std::vector<std::string> short_;  // single-word keys: join only when unambiguous
};

Keys KeysOf(const EntityMention& m, const std::set<std::pair<std::string, std::string>>& removed) {
  Keys keys;
  keys.name_key = ResolutionKey(m.type, m.name);
  auto add = [&](const std::string& surface) {
    std::string key = ResolutionKey(m.type, surface);
    if (key.empty() || removed.count({keys.name_key, key})) return;
    auto& bucket = key.find(' ') == std::string::npos ? keys.short_ : keys.full;
    bucket.push_back(key);
  };
  add(m.name);
  for (const std::string& alias : m.aliases) {
    if (IsProperNameAlias(alias)) add(alias);
  }
  if (m.type == graph::NodeType::kPerson && keys.name_key.find(' ') != std::string::npos) {
    std::string surname = keys.name_key.substr(keys.name_key.rfind(' ') + 1);
    if (!removed.count({keys.name_key, surname})) keys.short_.push_back(surname);
  }
  return keys;
}

}  // namespace

bool IsProperNameAlias(std::string_view alias) {
  if (alias.empty() || !std::isupper(static_cast<unsigned char>(alias[0]))) return false;
  // "The union", "The senator": a capitalised description, not a name.
  if (alias.starts_with("The ")) {
    for (char c : alias.substr(4)) {
      if (std::isupper(static_cast<unsigned char>(c))) return true;
    }
    return false;
  }
  return true;
}

std::string ResolutionKey(graph::NodeType type, std::string_view name) {
  std::vector<std::string> tokens = Tokens(graph::NormalizeName(name));
  if (!tokens.empty() && tokens.front() == "the") tokens.erase(tokens.begin());
  if (type != graph::NodeType::kPerson) return Join(tokens);
  std::vector<std::string> core;
  for (const auto& t : tokens) {
    if (!TitleWords().count(t) && t.size() > 1) core.push_back(t);
  }
  // "Sen. Sessions" keeps "sessions"; a name made only of titles keeps itself.
  return core.empty() ? Join(tokens) : Join(core);
}

Resolution ResolveEntities(const std::vector<EntityMention>& mentions,
                           const std::vector<Curation>& curation) {
  std::set<std::pair<std::string, std::string>> removed;  // (name key, alias key), both ways
  for (const Curation& c : curation) {
    if (c.op != CurationOp::kAliasRemove) continue;
    for (auto type : {graph::NodeType::kPerson, graph::NodeType::kOrganization}) {
      std::string a = ResolutionKey(type, c.name), b = ResolutionKey(type, c.other);
      removed.insert({a, b});
      removed.insert({b, a});
    }
  }
  const size_t n = mentions.size();
  std::vector<Keys> keys(n);
  for (size_t i = 0; i < n; ++i) keys[i] = KeysOf(mentions[i], removed);

  DisjointSets sets(n);
  std::vector<std::set<std::string>> decisions(n);
  // Which name keys each set holds, to honour "alias remove" when joining.
  std::vector<std::set<std::string>> names(n);
  for (size_t i = 0; i < n; ++i) names[i].insert(keys[i].name_key);
  auto join = [&](size_t a, size_t b, const std::string& why) {
    size_t ra = sets.Find(a), rb = sets.Find(b);
    if (ra == rb) return true;
    for (const auto& x : names[ra]) {
      for (const auto& y : names[rb]) {
        if (removed.count({x, y})) return false;
      }
    }
    sets.Union(ra, rb);
    size_t root = sets.Find(ra), other = root == ra ? rb : ra;
    // Merge the smaller set into the larger: joins stay near-linear overall.
    if (names[root].size() < names[other].size()) names[root].swap(names[other]);
    names[root].insert(names[other].begin(), names[other].end());
    if (decisions[root].size() < decisions[other].size()) decisions[root].swap(decisions[other]);
    decisions[root].insert(decisions[other].begin(), decisions[other].end());
    decisions[root].insert(why);
    return true;
  };
  auto type_key = [&](size_t i, const std::string& key) {
    return std::to_string(static_cast<int>(mentions[i].type)) + "|" + key;
  };

  // Rule 1: a shared multi-word key.
  std::map<std::string, size_t> first_with_full_key;
  for (size_t i = 0; i < n; ++i) {
    for (const std::string& key : keys[i].full) {
      auto [it, fresh] = first_with_full_key.emplace(type_key(i, key), i);
      if (!fresh) join(it->second, i, "same name: '" + key + "'");
    }
  }
  // Single-word-only mentions first group by their word.
  std::map<std::string, size_t> first_short_only;
  std::vector<size_t> short_only;
  for (size_t i = 0; i < n; ++i) {
    if (!keys[i].full.empty()) continue;
    short_only.push_back(i);
    auto [it, fresh] = first_short_only.emplace(type_key(i, keys[i].name_key), i);
    if (!fresh) join(it->second, i, "same name: '" + keys[i].name_key + "'");
  }
  // Rule 3 before rule 2: a curated join can make a single word unambiguous.
  std::map<std::string, size_t> by_key;
  for (size_t i = 0; i < n; ++i) {
    by_key.emplace(type_key(i, keys[i].name_key), i);
    for (const auto& k : keys[i].full) by_key.emplace(type_key(i, k), i);
  }
  std::vector<std::pair<size_t, std::string>> curated_aliases;
  for (const Curation& c : curation) {
    if (c.op == CurationOp::kAliasRemove) continue;
    for (auto type : {graph::NodeType::kPerson, graph::NodeType::kOrganization}) {
      std::string t = std::to_string(static_cast<int>(type)) + "|";
      auto a = by_key.find(t + ResolutionKey(type, c.name));
      if (a == by_key.end()) continue;
      auto b = by_key.find(t + ResolutionKey(type, c.other));
      if (b != by_key.end()) {
        join(a->second, b->second,
             std::string(c.op == CurationOp::kMerge ? "curated merge" : "curated alias") + ": '" +
                 c.name + "' + '" + c.other + "'");
      }
      if (c.op == CurationOp::kAliasAdd) curated_aliases.push_back({a->second, c.other});
    }
  }

  // Rule 2: a single word joins the one multi-word entity that owns it.
  std::map<std::string, std::set<size_t>> owners;  // short key -> roots of multi-word sets
  for (size_t i = 0; i < n; ++i) {
    if (keys[i].full.empty()) continue;
    for (const std::string& key : keys[i].short_) owners[type_key(i, key)].insert(sets.Find(i));
  }
  for (auto& [key, roots] : owners) {
    std::set<size_t> canonical;
    for (size_t r : roots) canonical.insert(sets.Find(r));
    roots = canonical;
  }
  for (const auto& [key, first] : first_short_only) {
    auto it = owners.find(key);
    std::string word = key.substr(key.find('|') + 1);
    if (it == owners.end()) continue;
    if (it->second.size() == 1) {
      join(*it->second.begin(), first,
           "single name '" + word + "' matches exactly one " +
               graph::NodeTypeName(mentions[first].type));
    } else {
      decisions[sets.Find(first)].insert("'" + word + "' is ambiguous between " +
                                         std::to_string(it->second.size()) +
                                         " entities: kept apart");
    }
  }
  // One ResolvedEntity per set.
  std::map<size_t, std::vector<size_t>> members;
  for (size_t i = 0; i < n; ++i) members[sets.Find(i)].push_back(i);
  Resolution out;
  std::map<size_t, size_t> index_of_root;
  std::set<graph::NodeId> used;
  for (const auto& [root, list] : members) {
    ResolvedEntity e;
    e.type = mentions[root].type;
    // The name used in the most articles, preferring multi-word, then longer.
    std::map<std::string, std::set<graph::ArticleId>> articles_by_name;
    std::set<std::string> aliases;
    std::set<graph::ArticleId> articles;
    for (size_t i : list) {
      articles_by_name[mentions[i].name].insert(mentions[i].article);
      articles.insert(mentions[i].article);
      aliases.insert(mentions[i].name);
      aliases.insert(mentions[i].aliases.begin(), mentions[i].aliases.end());
    }
    // Most articles first; then names without middle initials ("Donald
    // Trump" over "Donald J. Trump"); then the longer.
    const bool person = e.type == graph::NodeType::kPerson;
    auto rank = [person](const std::pair<const std::string, std::set<graph::ArticleId>>& p) {
      bool multi = p.first.find(' ') != std::string::npos;
      int initials = 0;
      for (size_t i = 0; person && i + 1 < p.first.size(); ++i) {
        if (p.first[i + 1] == '.' && (i == 0 || p.first[i - 1] == ' ')) ++initials;
      }
      return std::make_tuple(multi, p.second.size(), -initials, p.first.size());
    };
    auto best = articles_by_name.begin();
    for (auto it = articles_by_name.begin(); it != articles_by_name.end(); ++it) {
      if (rank(*it) > rank(*best)) best = it;
    }
    e.name = best->first;
    for (const auto& [at, alias] : curated_aliases) {
      if (sets.Find(at) == root) aliases.insert(alias);
    }
    for (const auto& a : aliases) {
      if (a != e.name && !removed.count({ResolutionKey(e.type, e.name), ResolutionKey(e.type, a)}))
        e.aliases.push_back(a);
    }
    e.articles.assign(articles.begin(), articles.end());
    e.decisions.assign(decisions[root].begin(), decisions[root].end());
    e.id = graph::EntityNodeId(e.type, e.name);
    // Two sets with one name can only come from "alias remove"; keep both.
    for (int suffix = 2; used.count(e.id); ++suffix) {
      e.id = graph::EntityNodeId(e.type, e.name + "#" + std::to_string(suffix));
    }
    used.insert(e.id);
    index_of_root[root] = out.entities.size();
    out.entities.push_back(std::move(e));
  }
  // Sort by id and remap.
  std::vector<size_t> order(out.entities.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return out.entities[a].id < out.entities[b].id; });
  std::vector<size_t> new_index(order.size());
  std::vector<ResolvedEntity> sorted;
  for (size_t k = 0; k < order.size(); ++k) {
    new_index[order[k]] = k;
    sorted.push_back(std::move(out.entities[order[k]]));
  }
  out.entities = std::move(sorted);
  for (size_t i = 0; i < n; ++i) {
    out.entity_of[{mentions[i].article, mentions[i].local}] =
        new_index[index_of_root[sets.Find(i)]];
  }
  return out;
}

}  // namespace kg::store
