// Shortest paths between two nodes without loading the graph. A
// bidirectional breadth-first search reads adjacency on demand (from the
// store, through a callback) one layer at a time, always growing the smaller
// side, and stops at the layer where the two sides meet. The nodes and edges
// it explored become a Boost.Graph view, on which Boost's BFS from both ends
// gives the distances that pick out every edge lying on a shortest path.
// Cost: the adjacency reads of the two balls of radius ~d/2 (d the distance),
// instead of the whole graph; the view is linear in what was explored.
#ifndef KG_GRAPH_PATH_SEARCH_H_
#define KG_GRAPH_PATH_SEARCH_H_

#include <cstddef>
#include <functional>
#include <vector>

#include "graph/model.h"

namespace kg::graph {

// One edge as seen from a node, followed in either direction.
struct Step {
  NodeId from = 0;
  NodeId to = 0;
  EdgeType type = EdgeType::kEndorses;
  bool forward = true;  // the edge points from `from` to `to`
};

using Path = std::vector<Step>;

// Appends every edge at `node` (both directions) to `steps`, with
// `from == node`; returns false on a read failure (the search stops).
using AdjacencyReader = std::function<bool(NodeId node, std::vector<Step>* steps)>;

struct PathSearchOptions {
  int max_depth = 6;          // longest path considered, in edges
  bool all = false;           // every shortest path, else one
  size_t max_paths = 100;     // cap on `all`, against combinatorial blow-up
  size_t max_nodes = 200000;  // cap on explored nodes
};

struct PathSearchResult {
  std::vector<Path> paths;  // empty when not connected within max_depth
  size_t explored_nodes = 0;
  bool truncated = false;  // max_paths or max_nodes was reached
};

// False when `read` failed. Paths are in a deterministic order (by the ids
// along them); with `all` false, the first of that order.
bool FindShortestPaths(NodeId from, NodeId to, const AdjacencyReader& read,
                       const PathSearchOptions& options, PathSearchResult* result);

}  // namespace kg::graph

#endif  // KG_GRAPH_PATH_SEARCH_H_
