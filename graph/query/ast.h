// The syntax tree of kg's Cypher subset (see docs/cli.md, "kg query"):
// MATCH patterns, a WHERE expression and a RETURN projection. Every node
// remembers where it was written so that semantic errors can point at the
// query text like syntax errors do.
#ifndef KG_GRAPH_QUERY_AST_H_
#define KG_GRAPH_QUERY_AST_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/model.h"

namespace kg::graph::query {

struct Position {
  int line = 1;
  int column = 1;
};

// A query failure that can be shown as "LINE:COLUMN: message".
struct QueryError {
  Position where;
  std::string message;
  std::string ToString() const {
    return std::to_string(where.line) + ":" + std::to_string(where.column) + ": " + message;
  }
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  enum class Kind {
    kString,   // text
    kInteger,  // integer
    kBool,     // integer != 0
    kNull,
    kVariable,  // text = variable
    kProperty,  // text = variable, property
    kNot,       // left
    kAnd,       // left, right
    kOr,
    kCompare,  // op, left, right
    kCount,    // left (absent: count(*)), distinct
  };
  enum class Op {
    kEq,
    kNe,
    kLt,
    kLe,
    kGt,
    kGe,
    kContains,
    kStartsWith,
    kEndsWith,
    kIsNull,
    kIsNotNull
  };
  Kind kind = Kind::kNull;
  Op op = Op::kEq;
  std::string text;
  std::string property;
  int64_t integer = 0;
  bool distinct = false;
  ExprPtr left, right;
  Position where;
};

struct NodePattern {
  std::string variable;  // empty when anonymous
  std::optional<NodeType> label;
  std::vector<std::pair<std::string, ExprPtr>> properties;  // literal values
  Position where;
};

struct RelPattern {
  enum class Direction { kRight, kLeft, kBoth };  // -[]->, <-[]-, -[]-
  std::string variable;
  std::vector<EdgeType> types;  // empty: any
  Direction direction = Direction::kBoth;
  int min_hops = 1;
  int max_hops = 1;
  bool variable_length = false;
  Position where;
};

// (a)-[r]->(b)<-[s]-(c): nodes.size() == rels.size() + 1.
struct Pattern {
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;
};

struct ReturnItem {
  ExprPtr expr;
  std::string name;  // the alias, else the item as written
};

struct SortItem {
  ExprPtr expr;
  std::string text;  // as written, to match a RETURN item
  bool descending = false;
};

struct Query {
  std::vector<Pattern> patterns;
  ExprPtr where;  // may be null
  bool distinct = false;
  std::vector<ReturnItem> items;
  std::vector<SortItem> order_by;
  std::optional<int64_t> skip;
  std::optional<int64_t> limit;
};

// Longest unbounded variable-length pattern (`*`, `*2..`): keeps a query
// from walking the whole graph.
inline constexpr int kMaxVariableHops = 10;

}  // namespace kg::graph::query

#endif  // KG_GRAPH_QUERY_AST_H_
