#include "graph/metrics.h"

#include <catch2/catch.hpp>

namespace kg::graph {
namespace {

// 1 -> 2 twice, 2 -> 3, 3 -> 1, 4 -> 3, and 5 alone (dangling).
Graph SmallGraph() {
  Graph g;
  for (NodeId id : {1, 2, 3, 4, 5}) {
    Node n;
    n.id = id;
    g.nodes.push_back(n);
  }
  g.edges = {{1, EdgeType::kEndorses, 2, "", {}},
             {1, EdgeType::kHasRole, 2, "", {}},
             {2, EdgeType::kEndorses, 3, "", {}},
             {3, EdgeType::kEndorses, 1, "", {}},
             {4, EdgeType::kSaid, 3, "", {}},
             {4, EdgeType::kSaid, 99, "", {}}};  // far end missing: ignored
  return g;
}

TEST_CASE("PageRank equals networkx.pagerank on a multigraph with a dangling node") {
  // networkx 3.6 pagerank(MultiDiGraph of the same edges), defaults.
  const double expected[] = {0.30863897005745417, 0.29848801718933826, 0.3205838561267016,
                             0.03614457831325302, 0.03614457831325302};
  PageRankResult result = PageRank(SmallGraph());
  CHECK(result.converged);
  REQUIRE(result.scores.size() == 5);
  double sum = 0;
  for (size_t i = 0; i < 5; ++i) {
    CHECK(result.scores[i] == Approx(expected[i]).margin(1e-12));
    sum += result.scores[i];
  }
  CHECK(sum == Approx(1.0));
  CHECK(PageRank(Graph{}).scores.empty());
}

TEST_CASE("degree, betweenness and components") {
  Graph g = SmallGraph();
  CHECK(Degrees(g) == std::vector<double>{3, 3, 3, 1, 0});
  // networkx.betweenness_centrality(DiGraph of the same edges).
  std::vector<double> betweenness = Betweenness(g);
  CHECK(betweenness[0] == Approx(1.0 / 6));
  CHECK(betweenness[1] == Approx(1.0 / 12));
  CHECK(betweenness[2] == Approx(0.25));
  CHECK(betweenness[3] == 0);
  CHECK(WeakComponents(g) == std::vector<std::vector<NodeId>>{{1, 2, 3, 4}, {5}});
}

}  // namespace
}  // namespace kg::graph
