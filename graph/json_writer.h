// Writes a Graph as one JSON document ({"directed": true, "version": 1,
// "nodes": [...], "edges": [...], "articles": [...]}) or as JSON Lines, with every provenance
// record, for pandas, networkx (node-link style: "source"/"target" keys) and jq. Output is
// canonical: nodes, edges and articles in id order and keys in a fixed order, so equal graphs give
// equal bytes.
#ifndef KG_GRAPH_JSON_WRITER_H_
#define KG_GRAPH_JSON_WRITER_H_

#include <ostream>
#include <string>

#include "graph/model.h"

namespace kg::graph {

void WriteJson(const Graph& graph, std::ostream& out);

// JSON Lines: one object per line, articles first, then nodes, then edges,
// each with a "kind" member ("article", "node", "edge") and otherwise the
// members WriteJson gives it; for streaming loaders and `jq -c`.
void WriteJsonLines(const Graph& graph, std::ostream& out);

// Ids are written as 16 hex digits: JSON numbers lose precision past 2^53.
std::string IdToHex(uint64_t id);

}  // namespace kg::graph

#endif  // KG_GRAPH_JSON_WRITER_H_
