// Internal to graph/query: turns the bindings a MATCH found into result
// rows: RETURN expressions, or count(...) groups keyed by the other items,
// then DISTINCT, ORDER BY (a RETURN column by its text, else an expression),
// SKIP and LIMIT.
#ifndef KG_GRAPH_QUERY_PROJECTION_H_
#define KG_GRAPH_QUERY_PROJECTION_H_

#include <vector>

#include "graph/query/evaluator.h"

namespace kg::graph::query {

void Project(const Query& query, const std::vector<Binding>& matches, Evaluator& evaluator,
             QueryResult* result);

}  // namespace kg::graph::query

#endif  // KG_GRAPH_QUERY_PROJECTION_H_
