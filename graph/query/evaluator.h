// Internal to graph/query: evaluates WHERE, RETURN and ORDER BY expressions
// against one Binding. Properties of nodes, relationships and their articles
// are read through the QuerySource; comparisons follow Cypher's three-valued
// logic (anything compared with null is null, and null is not true).
#ifndef KG_GRAPH_QUERY_EVALUATOR_H_
#define KG_GRAPH_QUERY_EVALUATOR_H_

#include <map>
#include <string>

#include "graph/query/binding.h"

namespace kg::graph::query {

class Evaluator {
 public:
  // `variables` and `rel_patterns` (by relationship slot) are the
  // executor's, filled before the first Eval.
  Evaluator(QuerySource& source, const std::map<std::string, Slot>& variables,
            const std::map<int, const RelPattern*>& rel_patterns)
      : source_(source), variables_(variables), rel_patterns_(rel_patterns) {}

  Value Eval(const Expr& e, const Binding& b);
  // nullptr when absent.
  const Node* NodeOf(NodeId id);
  static bool Truthy(const Value& v);

 private:
  static Value Compare(const Expr& e, const Value& l, const Value& r);
  const Article* ArticleOf(ArticleId id);
  Value Lookup(const Expr& e, const Binding& b);
  Value NodeProperty(const Node& node, const std::string& property);
  Value EdgeProperty(const EdgeRef& ref, const std::string& property);

  QuerySource& source_;
  const std::map<std::string, Slot>& variables_;
  const std::map<int, const RelPattern*>& rel_patterns_;
};

}  // namespace kg::graph::query

#endif  // KG_GRAPH_QUERY_EVALUATOR_H_
