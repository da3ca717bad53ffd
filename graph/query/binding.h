// Internal to graph/query: what the executor, the expression evaluator and
// the projection share. A Binding is one way to satisfy all MATCH patterns;
// semantic errors travel as a thrown Failure inside the executor only
// (Execute turns it into a QueryError), so deep recursion needs no error
// plumbing.
#ifndef KG_GRAPH_QUERY_BINDING_H_
#define KG_GRAPH_QUERY_BINDING_H_

#include <string>
#include <vector>

#include "graph/query/ast.h"
#include "graph/query/executor.h"

namespace kg::graph::query {

struct Failure {
  QueryError error;
};

[[noreturn]] inline void Fail(Position where, std::string message) {
  throw Failure{QueryError{where, std::move(message)}};
}

// What a query variable names: node slot or relationship slot `index`.
struct Slot {
  bool is_node = true;
  int index = 0;
};

// A node per node slot, the edges of each relationship slot (one, or a path
// for variable length).
struct Binding {
  std::vector<NodeId> nodes;
  std::vector<char> node_bound;
  std::vector<std::vector<EdgeRef>> rels;
  std::vector<char> rel_bound;
};

}  // namespace kg::graph::query

#endif  // KG_GRAPH_QUERY_BINDING_H_
