#include "graph/query/executor.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "graph/json_writer.h"

namespace kg::graph::query {

const char* const kNodeProperties =
    "name, type, id, aliases, articles (count); statements also text, cue, article, date";
const char* const kRelationshipProperties =
    "type, title, sentence, article, date, rule, sources (count)";

namespace {

struct Failure {
  QueryError error;
};

[[noreturn]] void Fail(Position where, std::string message) {
  throw Failure{QueryError{where, std::move(message)}};
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

// One way to satisfy all patterns: a node per node slot, the edges of each
// relationship slot (one, or a path for variable length).
struct Binding {
  std::vector<NodeId> nodes;
  std::vector<char> node_bound;
  std::vector<std::vector<EdgeRef>> rels;
  std::vector<char> rel_bound;
};

class Executor {
 public:
  Executor(const Query& query, QuerySource& source, const ExecuteOptions& options)
      : query_(query), source_(source), options_(options) {}

  void Run(QueryResult* result) {
    AssignSlots();
    CheckExpressions();
    ComputeAnchors();
    Binding binding;
    binding.nodes.assign(node_slots_, 0);
    binding.node_bound.assign(node_slots_, 0);
    binding.rels.assign(rel_slots_, {});
    binding.rel_bound.assign(rel_slots_, 0);
    std::vector<char> done(query_.patterns.size(), 0);
    MatchPatterns(binding, done, query_.patterns.size());
    Project(result);
  }

 private:
  struct Slot {
    bool is_node = true;
    int index = 0;
  };
  struct PatternSlots {
    std::vector<int> nodes;
    std::vector<int> rels;
  };

  // --- planning -----------------------------------------------------------

  void AssignSlots() {
    for (const Pattern& pattern : query_.patterns) {
      PatternSlots slots;
      for (const NodePattern& node : pattern.nodes) {
        slots.nodes.push_back(SlotFor(node.variable, true, node.where));
        node_patterns_[slots.nodes.back()].push_back(&node);
      }
      for (const RelPattern& rel : pattern.rels) {
        int slot = SlotFor(rel.variable, false, rel.where);
        if (!rel.variable.empty() && rel_patterns_.count(slot)) {
          Fail(rel.where, "relationship variable '" + rel.variable + "' is used twice");
        }
        rel_patterns_[slot] = &rel;
        slots.rels.push_back(slot);
      }
      pattern_slots_.push_back(std::move(slots));
    }
  }

  int SlotFor(const std::string& variable, bool is_node, Position where) {
    if (!variable.empty()) {
      auto it = variables_.find(variable);
      if (it != variables_.end()) {
        if (it->second.is_node != is_node) {
          Fail(where, "'" + variable + "' is already a " +
                          (it->second.is_node ? "node" : "relationship") + " variable");
        }
        return it->second.index;
      }
    }
    int index = is_node ? node_slots_++ : rel_slots_++;
    if (!variable.empty()) variables_[variable] = Slot{is_node, index};
    return index;
  }

  void CheckExpressions() {
    std::function<void(const Expr*)> check = [&](const Expr* e) {
      if (!e) return;
      if (e->kind == Expr::Kind::kVariable || e->kind == Expr::Kind::kProperty) {
        auto it = variables_.find(e->text);
        if (it == variables_.end()) {
          bool alias = false;
          for (const ReturnItem& item : query_.items) alias |= item.name == e->text;
          if (!alias || e->kind == Expr::Kind::kProperty) {
            Fail(e->where, "unknown variable '" + e->text + "'");
          }
        } else if (e->kind == Expr::Kind::kProperty) {
          CheckProperty(it->second, e);
        }
      }
      check(e->left.get());
      check(e->right.get());
    };
    check(query_.where.get());
    for (const ReturnItem& item : query_.items) check(item.expr.get());
    for (const SortItem& sort : query_.order_by) check(sort.expr.get());
    for (const auto& [slot, patterns] : node_patterns_) {
      for (const NodePattern* node : patterns) {
        for (const auto& [key, value] : node->properties) {
          static const std::set<std::string> kKeys = {"name", "type", "id"};
          if (!kKeys.count(key)) {
            Fail(node->where, "pattern property '" + key + "' is not supported (name, type, id)");
          }
        }
      }
    }
  }

  void CheckProperty(const Slot& slot, const Expr* e) {
    static const std::set<std::string> kNode = {"name", "type", "id",      "aliases", "articles",
                                                "text", "cue",  "article", "date"};
    static const std::set<std::string> kRel = {"type", "title", "sentence", "article",
                                               "date", "rule",  "sources"};
    const auto& allowed = slot.is_node ? kNode : kRel;
    if (!allowed.count(e->property)) {
      Fail(e->where,
           "unknown property '" + e->property + "' of " +
               (slot.is_node ? std::string("a node (") + kNodeProperties
                             : std::string("a relationship (") + kRelationshipProperties) +
               ")");
    }
    if (!slot.is_node && rel_patterns_.at(slot.index)->variable_length) {
      Fail(e->where, "'" + e->text + "' is a variable-length path: it has no properties");
    }
  }

  // Candidate ids of node slots constrained by a name: from pattern maps and
  // from `WHERE v.name = '...'` conjuncts. Superset of the true matches; the
  // exact conditions are checked again when a node is bound.
  void ComputeAnchors() {
    for (const auto& [slot, patterns] : node_patterns_) {
      for (const NodePattern* node : patterns) {
        for (const auto& [key, value] : node->properties) {
          if (key == "name") Narrow(slot, value->text);
        }
      }
    }
    std::function<void(const Expr*)> hints = [&](const Expr* e) {
      if (!e) return;
      if (e->kind == Expr::Kind::kAnd) {
        hints(e->left.get());
        hints(e->right.get());
      } else if (e->kind == Expr::Kind::kCompare && e->op == Expr::Op::kEq &&
                 e->left->kind == Expr::Kind::kProperty && e->left->property == "name" &&
                 e->right->kind == Expr::Kind::kString) {
        auto it = variables_.find(e->left->text);
        if (it != variables_.end() && it->second.is_node) Narrow(it->second.index, e->right->text);
      }
    };
    hints(query_.where.get());
  }

  void Narrow(int slot, const std::string& name) {
    std::vector<NodeId> ids;
    if (!source_.FindByName(name, &ids)) Fail({}, source_.error());
    std::set<NodeId> found(ids.begin(), ids.end());
    auto it = anchors_.find(slot);
    if (it == anchors_.end()) {
      anchors_[slot] = std::move(found);
    } else {
      std::set<NodeId> both;
      std::set_intersection(it->second.begin(), it->second.end(), found.begin(), found.end(),
                            std::inserter(both, both.end()));
      it->second = std::move(both);
    }
  }

  // --- matching -----------------------------------------------------------

  const Node* NodeOf(NodeId id) {
    const Node* node = nullptr;
    if (!source_.GetNode(id, &node)) Fail({}, source_.error());
    return node;
  }

  bool NodeFits(int slot, NodeId id) {
    auto anchor = anchors_.find(slot);
    if (anchor != anchors_.end() && !anchor->second.count(id)) return false;
    const Node* node = NodeOf(id);
    if (!node) return false;
    for (const NodePattern* pattern : node_patterns_[slot]) {
      if (pattern->label && node->type != *pattern->label) return false;
      for (const auto& [key, value] : pattern->properties) {
        if (key == "type" && value->text != NodeTypeName(node->type)) return false;
        if (key == "id" && value->text != IdToHex(node->id)) return false;
      }
    }
    return true;
  }

  // Binds patterns until all are done, most anchored first.
  void MatchPatterns(Binding& binding, std::vector<char>& done, size_t remaining) {
    if (remaining == 0) {
      if (!query_.where || Truthy(Eval(*query_.where, binding))) {
        if (matches_.size() >= options_.max_matches) {
          Fail({}, "query matches more than " + std::to_string(options_.max_matches) +
                       " bindings; anchor it with a name or add a LIMIT-friendly condition");
        }
        matches_.push_back(binding);
      }
      return;
    }
    size_t best_pattern = 0;
    size_t best_node = 0;
    long best_cost = -1;
    for (size_t p = 0; p < query_.patterns.size(); ++p) {
      if (done[p]) continue;
      for (size_t i = 0; i < pattern_slots_[p].nodes.size(); ++i) {
        long cost = AnchorCost(pattern_slots_[p].nodes[i], binding);
        if (best_cost < 0 || cost < best_cost) {
          best_cost = cost;
          best_pattern = p;
          best_node = i;
        }
      }
    }
    done[best_pattern] = 1;
    int slot = pattern_slots_[best_pattern].nodes[best_node];
    auto next = [&](Binding& b) {
      ExtendChain(best_pattern, best_node, best_node, true, b,
                  [&](Binding& full) { MatchPatterns(full, done, remaining - 1); });
    };
    if (binding.node_bound[slot]) {
      next(binding);
    } else {
      for (NodeId id : StartCandidates(slot)) {
        if (!NodeFits(slot, id)) continue;
        binding.nodes[slot] = id;
        binding.node_bound[slot] = 1;
        next(binding);
        binding.node_bound[slot] = 0;
      }
    }
    done[best_pattern] = 0;
  }

  long AnchorCost(int slot, const Binding& binding) {
    if (binding.node_bound[slot]) return 0;
    auto anchor = anchors_.find(slot);
    if (anchor != anchors_.end()) return 1 + static_cast<long>(anchor->second.size());
    for (const NodePattern* p : node_patterns_[slot]) {
      if (p->label && *p->label != NodeType::kStatement) return 1000000;
      if (p->label) return 5000000;
    }
    return 10000000;
  }

  std::vector<NodeId> StartCandidates(int slot) {
    auto anchor = anchors_.find(slot);
    if (anchor != anchors_.end()) return {anchor->second.begin(), anchor->second.end()};
    std::optional<NodeType> label;
    for (const NodePattern* p : node_patterns_[slot]) {
      if (p->label) label = p->label;
    }
    std::vector<NodeId> ids;
    if (!source_.NodesOfType(label, &ids)) Fail({}, source_.error());
    return ids;
  }

  using Continue = std::function<void(Binding&)>;

  // Walks pattern `p` rightwards from node `at` to its end, then leftwards
  // from `anchor` to its start, binding each relationship and node.
  void ExtendChain(size_t p, size_t anchor, size_t at, bool rightwards, Binding& b,
                   const Continue& done) {
    const PatternSlots& slots = pattern_slots_[p];
    if (rightwards && at + 1 >= slots.nodes.size()) {
      ExtendChain(p, anchor, anchor, false, b, done);
      return;
    }
    if (!rightwards && at == 0) {
      done(b);
      return;
    }
    size_t rel_index = rightwards ? at : at - 1;
    size_t to_index = rightwards ? at + 1 : at - 1;
    const RelPattern& rel = *rel_patterns_.at(slots.rels[rel_index]);
    int rel_slot = slots.rels[rel_index];
    int to_slot = slots.nodes[to_index];
    NodeId from = b.nodes[slots.nodes[at]];
    // Written left to right, -[]-> leaves the left node; walking leftwards
    // it enters the node we stand on.
    bool out = rel.direction == RelPattern::Direction::kRight ? rightwards : !rightwards;
    bool both = rel.direction == RelPattern::Direction::kBoth;
    auto bind_target = [&](NodeId to, std::vector<EdgeRef>& path) {
      if (b.rel_bound[rel_slot]) return;  // a relationship variable binds once
      bool was_bound = b.node_bound[to_slot];
      if (was_bound ? b.nodes[to_slot] != to : !NodeFits(to_slot, to)) return;
      b.nodes[to_slot] = to;
      b.node_bound[to_slot] = 1;
      b.rels[rel_slot] = path;
      b.rel_bound[rel_slot] = 1;
      ExtendChain(p, anchor, to_index, rightwards, b, done);
      b.rel_bound[rel_slot] = 0;
      b.rels[rel_slot].clear();
      if (!was_bound) b.node_bound[to_slot] = 0;
    };
    std::vector<EdgeRef> path;
    std::function<void(NodeId, int)> walk = [&](NodeId node, int hops) {
      if (hops >= rel.min_hops) bind_target(node, path);
      if (hops == rel.max_hops) return;
      for (const auto& [edge, next] : Steps(node, out, both, rel.types)) {
        if (Used(edge, b) || std::find(path.begin(), path.end(), edge) != path.end()) continue;
        path.push_back(edge);
        walk(next, hops + 1);
        path.pop_back();
      }
    };
    walk(from, 0);
  }

  std::vector<std::pair<EdgeRef, NodeId>> Steps(NodeId node, bool out, bool both,
                                                const std::vector<EdgeType>& types) {
    std::vector<std::pair<EdgeRef, NodeId>> steps;
    std::vector<EdgeRef> edges;
    for (bool outgoing : {true, false}) {
      if (!both && outgoing != out) continue;
      auto direction = outgoing ? QuerySource::Direction::kOut : QuerySource::Direction::kIn;
      if (!source_.Edges(node, direction, types, &edges)) Fail({}, source_.error());
      for (const EdgeRef& e : edges) steps.emplace_back(e, outgoing ? e.target : e.source);
    }
    return steps;
  }

  static bool Used(const EdgeRef& edge, const Binding& b) {
    for (size_t r = 0; r < b.rels.size(); ++r) {
      if (b.rel_bound[r] && std::find(b.rels[r].begin(), b.rels[r].end(), edge) != b.rels[r].end())
        return true;
    }
    return false;
  }

  // --- expressions ----------------------------------------------------------

  static bool Truthy(const Value& v) {
    return std::holds_alternative<bool>(v) && std::get<bool>(v);
  }

  Value Eval(const Expr& e, const Binding& b) {
    switch (e.kind) {
      case Expr::Kind::kString:
        return e.text;
      case Expr::Kind::kInteger:
        return e.integer;
      case Expr::Kind::kBool:
        return e.integer != 0;
      case Expr::Kind::kNull:
        return std::monostate();
      case Expr::Kind::kVariable:
      case Expr::Kind::kProperty:
        return Lookup(e, b);
      case Expr::Kind::kNot: {
        Value v = Eval(*e.left, b);
        if (!std::holds_alternative<bool>(v)) return std::monostate();
        return !std::get<bool>(v);
      }
      case Expr::Kind::kAnd:
      case Expr::Kind::kOr: {
        Value l = Eval(*e.left, b), r = Eval(*e.right, b);
        bool is_and = e.kind == Expr::Kind::kAnd;
        auto known = [](const Value& v) { return std::holds_alternative<bool>(v); };
        if (known(l) && std::get<bool>(l) != is_and) return !is_and;
        if (known(r) && std::get<bool>(r) != is_and) return !is_and;
        if (known(l) && known(r)) return is_and;
        return std::monostate();
      }
      case Expr::Kind::kCompare:
        return Compare(e, Eval(*e.left, b), e.right ? Eval(*e.right, b) : Value());
      case Expr::Kind::kCount:
        Fail(e.where, "count(...) is only allowed in RETURN");
    }
    return std::monostate();
  }

  static Value Compare(const Expr& e, const Value& l, const Value& r) {
    bool null_l = std::holds_alternative<std::monostate>(l);
    if (e.op == Expr::Op::kIsNull) return null_l;
    if (e.op == Expr::Op::kIsNotNull) return !null_l;
    if (null_l || std::holds_alternative<std::monostate>(r)) return std::monostate();
    if (e.op == Expr::Op::kContains || e.op == Expr::Op::kStartsWith ||
        e.op == Expr::Op::kEndsWith) {
      if (!std::holds_alternative<std::string>(l) || !std::holds_alternative<std::string>(r)) {
        return std::monostate();
      }
      const std::string& s = std::get<std::string>(l);
      const std::string& t = std::get<std::string>(r);
      if (e.op == Expr::Op::kContains) return s.find(t) != std::string::npos;
      if (e.op == Expr::Op::kStartsWith) return s.starts_with(t);
      return s.ends_with(t);
    }
    if (l.index() != r.index()) {
      if (e.op == Expr::Op::kEq) return false;
      if (e.op == Expr::Op::kNe) return true;
      return std::monostate();
    }
    int c = l < r ? -1 : (r < l ? 1 : 0);
    switch (e.op) {
      case Expr::Op::kEq:
        return c == 0;
      case Expr::Op::kNe:
        return c != 0;
      case Expr::Op::kLt:
        return c < 0;
      case Expr::Op::kLe:
        return c <= 0;
      case Expr::Op::kGt:
        return c > 0;
      case Expr::Op::kGe:
        return c >= 0;
      default:
        return std::monostate();
    }
  }

  const Article* ArticleOf(ArticleId id) {
    const Article* article = nullptr;
    if (!source_.GetArticle(id, &article)) Fail({}, source_.error());
    return article;
  }

  Value Lookup(const Expr& e, const Binding& b) {
    auto it = variables_.find(e.text);
    if (it == variables_.end()) Fail(e.where, "unknown variable '" + e.text + "'");
    const Slot& slot = it->second;
    if (slot.is_node) {
      if (!b.node_bound[slot.index]) return std::monostate();
      return NodeProperty(*NodeOf(b.nodes[slot.index]),
                          e.kind == Expr::Kind::kVariable ? "name" : e.property);
    }
    if (!b.rel_bound[slot.index]) return std::monostate();
    const std::vector<EdgeRef>& path = b.rels[slot.index];
    if (rel_patterns_.at(slot.index)->variable_length) {
      std::vector<std::string> types;
      for (const EdgeRef& ref : path) types.push_back(EdgeTypeName(ref.type));
      return types;
    }
    return EdgeProperty(path.at(0), e.kind == Expr::Kind::kVariable ? "type" : e.property);
  }

  Value NodeProperty(const Node& node, const std::string& property) {
    bool statement = node.type == NodeType::kStatement;
    if (property == "name" || (property == "text" && statement)) return node.name;
    if (property == "type") return std::string(NodeTypeName(node.type));
    if (property == "id") return IdToHex(node.id);
    if (property == "aliases") return node.aliases;
    if (property == "articles") return static_cast<int64_t>(node.articles.size());
    if (!statement) return std::monostate();
    if (property == "cue") return node.cue;
    ArticleId article_id = node.quote.article;
    if (article_id == 0 && !node.articles.empty()) article_id = node.articles[0];
    const Article* article = ArticleOf(article_id);
    if (!article) return std::monostate();
    if (property == "article") return article->title.empty() ? article->path : article->title;
    if (property == "date") return article->date.empty() ? Value() : Value(article->date);
    return std::monostate();
  }

  Value EdgeProperty(const EdgeRef& ref, const std::string& property) {
    if (property == "type") return std::string(EdgeTypeName(ref.type));
    const Edge* edge = nullptr;
    if (!source_.GetEdge(ref, &edge)) Fail({}, source_.error());
    if (!edge) return std::monostate();
    if (property == "title") return edge->title.empty() ? Value() : Value(edge->title);
    if (property == "sources") return static_cast<int64_t>(edge->sources.size());
    if (edge->sources.empty()) return std::monostate();
    const Provenance& first = edge->sources.front();
    if (property == "sentence") return first.sentence;
    if (property == "rule") return first.rule;
    const Article* article = ArticleOf(first.article);
    if (!article) return std::monostate();
    if (property == "article") return article->title.empty() ? article->path : article->title;
    if (property == "date") return article->date.empty() ? Value() : Value(article->date);
    return std::monostate();
  }

  // --- projection -----------------------------------------------------------

  void Project(QueryResult* result) {
    for (const ReturnItem& item : query_.items) result->columns.push_back(item.name);
    std::vector<size_t> count_items;
    for (size_t i = 0; i < query_.items.size(); ++i) {
      if (query_.items[i].expr->kind == Expr::Kind::kCount) count_items.push_back(i);
    }
    // Rows with the sort keys beside them.
    std::vector<std::pair<std::vector<Value>, std::vector<Value>>> rows;
    if (count_items.empty()) {
      for (const Binding& b : matches_) {
        std::vector<Value> row;
        for (const ReturnItem& item : query_.items) row.push_back(Eval(*item.expr, b));
        rows.emplace_back(row, SortKeys(row, &b));
      }
    } else {
      Aggregate(count_items, &rows);
    }
    if (query_.distinct) {
      std::set<std::vector<Value>> seen;
      std::erase_if(rows, [&](const auto& row) { return !seen.insert(row.first).second; });
    }
    if (!query_.order_by.empty()) {
      std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        for (size_t k = 0; k < query_.order_by.size(); ++k) {
          int c = CompareForSort(a.second[k], b.second[k]);
          if (c != 0) return query_.order_by[k].descending ? c > 0 : c < 0;
        }
        return false;
      });
    }
    size_t skip = static_cast<size_t>(std::max<int64_t>(0, query_.skip.value_or(0)));
    size_t limit =
        query_.limit ? static_cast<size_t>(std::max<int64_t>(0, *query_.limit)) : rows.size();
    for (size_t i = skip; i < rows.size() && result->rows.size() < limit; ++i) {
      result->rows.push_back(std::move(rows[i].first));
    }
  }

  void Aggregate(const std::vector<size_t>& count_items,
                 std::vector<std::pair<std::vector<Value>, std::vector<Value>>>* rows) {
    std::map<std::vector<Value>, size_t> group_index;
    std::vector<std::vector<Value>> groups;
    std::vector<std::vector<std::set<Value>>> distinct_values;
    for (const Binding& b : matches_) {
      std::vector<Value> key;
      for (size_t i = 0; i < query_.items.size(); ++i) {
        bool is_count = std::find(count_items.begin(), count_items.end(), i) != count_items.end();
        key.push_back(is_count ? Value() : Eval(*query_.items[i].expr, b));
      }
      auto [it, inserted] = group_index.emplace(key, groups.size());
      if (inserted) {
        groups.push_back(key);
        for (size_t i : count_items) groups.back()[i] = int64_t{0};
        distinct_values.emplace_back(query_.items.size());
      }
      std::vector<Value>& group = groups[it->second];
      for (size_t i : count_items) {
        const Expr& count = *query_.items[i].expr;
        if (!count.left) {
          std::get<int64_t>(group[i])++;
          continue;
        }
        Value v = Eval(*count.left, b);
        if (std::holds_alternative<std::monostate>(v)) continue;
        if (count.distinct && !distinct_values[it->second][i].insert(v).second) continue;
        std::get<int64_t>(group[i])++;
      }
    }
    // count(*) over no match at all is one row of zeros (when nothing else
    // is returned), as in Cypher.
    if (groups.empty() && count_items.size() == query_.items.size()) {
      groups.emplace_back(query_.items.size(), Value(int64_t{0}));
    }
    for (auto& group : groups) {
      std::vector<Value> keys = SortKeys(group, nullptr);
      rows->emplace_back(std::move(group), std::move(keys));
    }
  }

  std::vector<Value> SortKeys(const std::vector<Value>& row, const Binding* b) {
    std::vector<Value> keys;
    for (const SortItem& sort : query_.order_by) {
      std::optional<size_t> column;
      for (size_t i = 0; i < query_.items.size(); ++i) {
        if (query_.items[i].name == sort.text) column = i;
      }
      if (column) {
        keys.push_back(row[*column]);
      } else if (b) {
        keys.push_back(Eval(*sort.expr, *b));
      } else {
        Fail(sort.expr->where, "with count(...), ORDER BY must name a RETURN column");
      }
    }
    return keys;
  }

  static int CompareForSort(const Value& a, const Value& b) {
    bool null_a = std::holds_alternative<std::monostate>(a);
    bool null_b = std::holds_alternative<std::monostate>(b);
    if (null_a || null_b) return null_a == null_b ? 0 : (null_a ? 1 : -1);  // nulls last
    if (a.index() != b.index()) return ValueToText(a) < ValueToText(b) ? -1 : 1;
    return a < b ? -1 : (b < a ? 1 : 0);
  }

  const Query& query_;
  QuerySource& source_;
  const ExecuteOptions& options_;
  std::map<std::string, Slot> variables_;
  int node_slots_ = 0;
  int rel_slots_ = 0;
  std::map<int, std::vector<const NodePattern*>> node_patterns_;
  std::map<int, const RelPattern*> rel_patterns_;
  std::vector<PatternSlots> pattern_slots_;
  std::map<int, std::set<NodeId>> anchors_;
  std::vector<Binding> matches_;
};

}  // namespace

std::string ValueToText(const Value& value) {
  if (std::holds_alternative<std::monostate>(value)) return "";
  if (const bool* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
  if (const int64_t* i = std::get_if<int64_t>(&value)) return std::to_string(*i);
  if (const std::string* s = std::get_if<std::string>(&value)) return *s;
  return Join(std::get<std::vector<std::string>>(value));
}

bool Execute(const Query& query, QuerySource& source, const ExecuteOptions& options,
             QueryResult* result, QueryError* error) {
  *result = QueryResult();
  try {
    Executor(query, source, options).Run(result);
  } catch (const Failure& failure) {
    *error = failure.error;
    return false;
  }
  return true;
}

}  // namespace kg::graph::query
