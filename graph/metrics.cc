#include "graph/metrics.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <set>
#include <unordered_map>
#include <utility>

namespace kg::graph {
namespace {

// Edges as (source index, target index) into graph.nodes; edges with an end
// outside the graph are skipped.
std::vector<std::pair<size_t, size_t>> IndexedEdges(const Graph& graph) {
  std::unordered_map<NodeId, size_t> index;
  index.reserve(graph.nodes.size());
  for (size_t i = 0; i < graph.nodes.size(); ++i) index.emplace(graph.nodes[i].id, i);
  std::vector<std::pair<size_t, size_t>> out;
  out.reserve(graph.edges.size());
  for (const Edge& e : graph.edges) {
    auto s = index.find(e.source);
    auto t = index.find(e.target);
    if (s != index.end() && t != index.end()) out.emplace_back(s->second, t->second);
  }
  return out;
}

using Bidirectional = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

}  // namespace

PageRankResult PageRank(const Graph& graph, const PageRankOptions& options) {
  PageRankResult result;
  const size_t n = graph.nodes.size();
  if (n == 0) return result;
  Bidirectional g(n);
  for (auto [s, t] : IndexedEdges(graph)) boost::add_edge(s, t, g);

  const double uniform = 1.0 / static_cast<double>(n);
  std::vector<double> rank(n, uniform), next(n);
  result.converged = false;
  for (result.iterations = 1; result.iterations <= options.max_iterations; ++result.iterations) {
    double dangling_mass = 0;
    for (size_t v = 0; v < n; ++v) {
      if (boost::out_degree(v, g) == 0) dangling_mass += rank[v];
    }
    double error = 0;
    for (size_t v = 0; v < n; ++v) {
      double incoming = 0;
      for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) {
        size_t u = boost::source(e, g);
        incoming += rank[u] / static_cast<double>(boost::out_degree(u, g));
      }
      next[v] =
          options.damping * (incoming + dangling_mass * uniform) + (1 - options.damping) * uniform;
      error += std::abs(next[v] - rank[v]);
    }
    rank.swap(next);
    if (error < static_cast<double>(n) * options.tolerance) {
      result.converged = true;
      break;
    }
  }
  result.iterations = std::min(result.iterations, options.max_iterations);
  result.scores = std::move(rank);
  return result;
}

std::vector<double> Degrees(const Graph& graph) {
  std::vector<double> degree(graph.nodes.size(), 0);
  for (auto [s, t] : IndexedEdges(graph)) {
    ++degree[s];
    ++degree[t];
  }
  return degree;
}

std::vector<double> Betweenness(const Graph& graph) {
  const size_t n = graph.nodes.size();
  using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  Directed g(n);
  // Shortest paths are counted over distinct neighbours, as networkx does.
  std::set<std::pair<size_t, size_t>> distinct;
  for (auto edge : IndexedEdges(graph)) {
    if (edge.first != edge.second && distinct.insert(edge).second) {
      boost::add_edge(edge.first, edge.second, g);
    }
  }
  std::vector<double> centrality(n, 0);
  if (n == 0) return centrality;
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(
             centrality.begin(), boost::get(boost::vertex_index, g))));
  if (n > 2) {
    double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
    for (double& c : centrality) c *= scale;
  }
  return centrality;
}

std::vector<std::vector<NodeId>> WeakComponents(const Graph& graph) {
  const size_t n = graph.nodes.size();
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Undirected g(n);
  for (auto [s, t] : IndexedEdges(graph)) boost::add_edge(s, t, g);
  std::vector<int> component(n);
  int count = n == 0 ? 0 : boost::connected_components(g, component.data());
  std::vector<std::vector<NodeId>> out(count);
  for (size_t i = 0; i < n; ++i) out[component[i]].push_back(graph.nodes[i].id);
  for (auto& members : out) std::sort(members.begin(), members.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (a.size() != b.size()) return a.size() > b.size();
    return a.front() < b.front();
  });
  return out;
}

}  // namespace kg::graph
