// Whole-graph metrics for `kg rank` and `kg components`, on Boost.Graph:
// PageRank, degree, betweenness centrality and weakly connected components.
// Scores are defined exactly as networkx defines them (same damping,
// dangling-node handling, stopping rule and normalisation), so analysts can
// check kg against the tool they already trust. Every result is a pure
// function of the graph: no randomness, no dependence on thread timing.
#ifndef KG_GRAPH_METRICS_H_
#define KG_GRAPH_METRICS_H_

#include <vector>

#include "graph/model.h"

namespace kg::graph {

// networkx.pagerank's defaults.
struct PageRankOptions {
  double damping = 0.85;
  int max_iterations = 100;
  double tolerance = 1e-6;  // stop when the L1 change is below nodes * tolerance
};

struct PageRankResult {
  std::vector<double> scores;  // scores[i] belongs to graph.nodes[i]; they sum to 1
  int iterations = 0;
  bool converged = true;
};

// Power iteration from the uniform vector. Each edge has weight 1 (two edges
// between the same nodes count twice); a node without out-edges spreads its
// mass uniformly over all nodes.
PageRankResult PageRank(const Graph& graph, const PageRankOptions& options = {});

// In-degree plus out-degree: the number of edges touching each node.
std::vector<double> Degrees(const Graph& graph);

// Brandes betweenness over directed edges (parallel edges count once),
// normalised by 1 / ((n - 1)(n - 2)) like networkx.betweenness_centrality.
std::vector<double> Betweenness(const Graph& graph);

// Weakly connected components (edge direction ignored): node ids, sorted,
// per component; components by size, largest first, ties by smallest id.
std::vector<std::vector<NodeId>> WeakComponents(const Graph& graph);

}  // namespace kg::graph

#endif  // KG_GRAPH_METRICS_H_
