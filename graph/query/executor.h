// Runs a parsed Query against a QuerySource and returns a table of values.
// Matching starts from anchored nodes: a bound variable, a {name: '...'}
// property map, or a `WHERE v.name = '...'` condition resolve through the
// name index; only unanchored patterns scan the nodes of their label. Each
// expansion reads one node's adjacency, so the cost of a query is the part of
// the graph its patterns touch, not the size of the graph.
#ifndef KG_GRAPH_QUERY_EXECUTOR_H_
#define KG_GRAPH_QUERY_EXECUTOR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "graph/model.h"
#include "graph/query/ast.h"

namespace kg::graph::query {

// null, boolean, integer, text, or a list (aliases, variable-length paths).
using Value = std::variant<std::monostate, bool, int64_t, std::string, std::vector<std::string>>;

std::string ValueToText(const Value& value);  // null -> "", lists joined by ", "

struct EdgeRef {
  NodeId source = 0;
  EdgeType type = EdgeType::kEndorses;
  NodeId target = 0;
  bool operator==(const EdgeRef&) const = default;
};

// What the executor reads. Implementations cache as they like; a method
// returns false on a read failure, described by error().
class QuerySource {
 public:
  enum class Direction { kOut, kIn };
  virtual ~QuerySource() = default;
  // Entity nodes that `name` denotes (case-insensitive, through aliases).
  virtual bool FindByName(const std::string& name, std::vector<NodeId>* ids) = 0;
  // All nodes, or those of one type: the fallback for unanchored patterns.
  virtual bool NodesOfType(std::optional<NodeType> type, std::vector<NodeId>* ids) = 0;
  // nullptr when absent.
  virtual bool GetNode(NodeId id, const Node** node) = 0;
  virtual bool Edges(NodeId id, Direction direction, const std::vector<EdgeType>& types,
                     std::vector<EdgeRef>* edges) = 0;
  virtual bool GetEdge(const EdgeRef& ref, const Edge** edge) = 0;
  virtual bool GetArticle(ArticleId id, const Article** article) = 0;
  virtual std::string error() const = 0;
};

struct QueryResult {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
};

struct ExecuteOptions {
  // A query that binds more pattern matches than this fails instead of
  // exhausting memory.
  size_t max_matches = 1000000;
};

// False with `error` set on a semantic error (unknown variable or property:
// pointing at the query text), a source failure or too many matches.
bool Execute(const Query& query, QuerySource& source, const ExecuteOptions& options,
             QueryResult* result, QueryError* error);

// Properties readable in expressions, for help texts and docs.
extern const char* const kNodeProperties;
extern const char* const kRelationshipProperties;

}  // namespace kg::graph::query

#endif  // KG_GRAPH_QUERY_EXECUTOR_H_
