// Graph algorithms over a materialised Graph, built on Boost.Graph: the
// k-hop neighbourhood of a node (used by focused exports) and the subgraph it
// induces. The Graph is turned into a Boost adjacency list once per call;
// that costs O(nodes + edges), which is why hot single-node queries read the
// store's adjacency instead.
#ifndef KG_GRAPH_TRAVERSAL_H_
#define KG_GRAPH_TRAVERSAL_H_

#include <vector>

#include "graph/model.h"

namespace kg::graph {

// Ids of the nodes at most `depth` hops from `start`, edges taken in either
// direction, `start` included, sorted. Empty when `start` is not in `graph`.
std::vector<NodeId> WithinHops(const Graph& graph, NodeId start, int depth);

// The nodes of `keep` and the edges among them (articles kept whole).
Graph InducedSubgraph(const Graph& graph, const std::vector<NodeId>& keep);

}  // namespace kg::graph

#endif  // KG_GRAPH_TRAVERSAL_H_
