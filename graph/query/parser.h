// Parses kg's Cypher subset into a Query: one MATCH of comma-separated
// patterns (labels, {name: '...'} property maps, typed and directed
// relationships, variable length *min..max), an optional WHERE (=, <>, <,
// <=, >, >=, CONTAINS, STARTS WITH, ENDS WITH, IS [NOT] NULL, AND, OR, NOT),
// and RETURN [DISTINCT] of expressions and count(...), with ORDER BY, SKIP
// and LIMIT. Keywords are case-insensitive. Errors carry the line and column
// of the offending token.
#ifndef KG_GRAPH_QUERY_PARSER_H_
#define KG_GRAPH_QUERY_PARSER_H_

#include <string_view>

#include "graph/query/ast.h"

namespace kg::graph::query {

// Returns false and fills `error` when `text` is not a valid query.
bool ParseQuery(std::string_view text, Query* query, QueryError* error);

}  // namespace kg::graph::query

#endif  // KG_GRAPH_QUERY_PARSER_H_
