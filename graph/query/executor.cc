#include "graph/query/executor.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "graph/json_writer.h"
#include "graph/query/binding.h"
#include "graph/query/evaluator.h"
#include "graph/query/projection.h"

namespace kg::graph::query {

const char* const kNodeProperties =
    "name, type, id, aliases, articles (count); statements also text, cue, article, date";
const char* const kRelationshipProperties =
    "type, title, sentence, article, date, rule, sources (count)";

namespace {

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

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
    Project(query_, matches_, evaluator_, result);
  }

 private:
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

  bool NodeFits(int slot, NodeId id) {
    auto anchor = anchors_.find(slot);
    if (anchor != anchors_.end() && !anchor->second.count(id)) return false;
    const Node* node = evaluator_.NodeOf(id);
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
      if (!query_.where || Evaluator::Truthy(evaluator_.Eval(*query_.where, binding))) {
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
  Evaluator evaluator_{source_, variables_, rel_patterns_};
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
