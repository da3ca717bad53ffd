// Narrows a Graph to what an export or a metric was asked about: articles
// dated on or after a day, some node types, some relation types. The result
// is always self-consistent (every edge's ends are among its nodes, every
// provenance record points at one of its articles), so each writer can
// trust it. The rules are spelled out in docs/export.md.
#ifndef KG_GRAPH_FILTER_H_
#define KG_GRAPH_FILTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace kg::graph {

struct GraphFilter {
  // Only articles whose date is on or after this ISO date (YYYY, YYYY-MM or
  // YYYY-MM-DD; compared as a prefix-aligned string). Undated articles are
  // left out when it is set. Empty: every article.
  std::string since;
  std::vector<NodeType> node_types;  // empty: every type
  // Only edges of these types, and only nodes that keep at least one edge.
  // Empty: every edge, every node.
  std::vector<EdgeType> edge_types;
};

Graph FilterGraph(const Graph& graph, const GraphFilter& filter);

// True for "2017", "2017-03" and "2017-03-05" (digits in those places).
bool IsIsoDatePrefix(std::string_view date);

}  // namespace kg::graph

#endif  // KG_GRAPH_FILTER_H_
