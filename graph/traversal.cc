#include "graph/traversal.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace kg::graph {
namespace {

using UndirectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

}  // namespace

std::vector<NodeId> WithinHops(const Graph& graph, NodeId start, int depth) {
  std::unordered_map<NodeId, size_t> index;
  index.reserve(graph.nodes.size());
  for (size_t i = 0; i < graph.nodes.size(); ++i) index.emplace(graph.nodes[i].id, i);
  auto start_it = index.find(start);
  if (start_it == index.end()) return {};

  UndirectedGraph g(graph.nodes.size());
  for (const Edge& e : graph.edges) {
    auto s = index.find(e.source);
    auto t = index.find(e.target);
    if (s != index.end() && t != index.end()) boost::add_edge(s->second, t->second, g);
  }
  std::vector<int> distance(graph.nodes.size(), std::numeric_limits<int>::max());
  distance[start_it->second] = 0;
  boost::breadth_first_search(g, boost::vertex(start_it->second, g),
                              boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                                  distance.data(), boost::on_tree_edge()))));
  std::vector<NodeId> out;
  for (size_t i = 0; i < graph.nodes.size(); ++i) {
    if (distance[i] <= depth) out.push_back(graph.nodes[i].id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

Graph InducedSubgraph(const Graph& graph, const std::vector<NodeId>& keep) {
  std::unordered_set<NodeId> wanted(keep.begin(), keep.end());
  Graph out;
  for (const Node& n : graph.nodes) {
    if (wanted.count(n.id)) out.nodes.push_back(n);
  }
  for (const Edge& e : graph.edges) {
    if (wanted.count(e.source) && wanted.count(e.target)) out.edges.push_back(e);
  }
  out.articles = graph.articles;
  return out;
}

}  // namespace kg::graph
