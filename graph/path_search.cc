#include "graph/path_search.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#include <limits>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace kg::graph {
namespace {

using View = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
constexpr int kUnreached = std::numeric_limits<int>::max();

// The searched neighbourhood: every edge read, each once, as a Step from
// the node it was read at.
struct Explored {
  std::map<std::tuple<NodeId, EdgeType, NodeId>, Step> edges;  // by (source, type, target)
  std::unordered_map<NodeId, int> from_start;
  std::unordered_map<NodeId, int> from_goal;
};

// Expands one BFS layer of one side. Returns false on a read failure; sets
// `met` when a newly reached node was already reached by the other side.
bool ExpandLayer(std::vector<NodeId>* frontier, std::unordered_map<NodeId, int>* mine,
                 const std::unordered_map<NodeId, int>& other, const AdjacencyReader& read,
                 Explored* explored, bool* met) {
  std::vector<NodeId> next;
  std::vector<Step> steps;
  for (NodeId node : *frontier) {
    steps.clear();
    if (!read(node, &steps)) return false;
    int depth = mine->at(node) + 1;
    for (const Step& s : steps) {
      NodeId source = s.forward ? s.from : s.to;
      NodeId target = s.forward ? s.to : s.from;
      explored->edges.emplace(std::make_tuple(source, s.type, target), s);
      if (mine->emplace(s.to, depth).second) {
        next.push_back(s.to);
        if (other.count(s.to)) *met = true;
      }
    }
  }
  std::sort(next.begin(), next.end());
  *frontier = std::move(next);
  return true;
}

std::vector<int> Distances(const View& view, size_t start) {
  std::vector<int> distance(boost::num_vertices(view), kUnreached);
  distance[start] = 0;
  boost::breadth_first_search(view, boost::vertex(start, view),
                              boost::visitor(boost::make_bfs_visitor(boost::record_distances(
                                  distance.data(), boost::on_tree_edge()))));
  return distance;
}

}  // namespace

bool FindShortestPaths(NodeId from, NodeId to, const AdjacencyReader& read,
                       const PathSearchOptions& options, PathSearchResult* result) {
  *result = PathSearchResult();
  if (from == to) {
    result->paths.push_back({});
    return true;
  }
  Explored explored;
  explored.from_start[from] = 0;
  explored.from_goal[to] = 0;
  std::vector<NodeId> start_frontier = {from}, goal_frontier = {to};
  int start_depth = 0, goal_depth = 0;
  bool met = false;
  while (!met && start_depth + goal_depth < options.max_depth && !start_frontier.empty() &&
         !goal_frontier.empty()) {
    if (explored.from_start.size() + explored.from_goal.size() > options.max_nodes) {
      result->truncated = true;
      break;
    }
    bool grow_start = start_frontier.size() <= goal_frontier.size();
    bool ok = grow_start ? ExpandLayer(&start_frontier, &explored.from_start, explored.from_goal,
                                       read, &explored, &met)
                         : ExpandLayer(&goal_frontier, &explored.from_goal, explored.from_start,
                                       read, &explored, &met);
    if (!ok) return false;
    ++(grow_start ? start_depth : goal_depth);
  }
  result->explored_nodes = explored.from_start.size() + explored.from_goal.size();
  if (!met) return true;

  // The Boost.Graph view of the explored neighbourhood.
  std::vector<NodeId> ids;
  for (const auto& [id, depth] : explored.from_start) ids.push_back(id);
  for (const auto& [id, depth] : explored.from_goal) ids.push_back(id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  auto index_of = [&](NodeId id) {
    return static_cast<size_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin());
  };
  View view(ids.size());
  std::vector<std::vector<Step>> adjacency(ids.size());  // both directions, sorted
  for (const auto& [key, step] : explored.edges) {
    boost::add_edge(index_of(step.from), index_of(step.to), view);
    adjacency[index_of(step.from)].push_back(step);
    Step back{step.to, step.from, step.type, !step.forward};
    adjacency[index_of(step.to)].push_back(back);
  }
  for (auto& steps : adjacency) {
    std::sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) {
      return std::tie(a.to, a.type, a.forward) < std::tie(b.to, b.type, b.forward);
    });
  }
  const size_t s = index_of(from), t = index_of(to);
  std::vector<int> ds = Distances(view, s), dt = Distances(view, t);
  const int d = ds[t];
  if (d == kUnreached || d > options.max_depth) return true;

  // Depth-first over the edges that keep ds + dt == d: exactly the
  // shortest paths, enumerated in (neighbour id, type) order.
  Path current;
  const size_t wanted = options.all ? options.max_paths : 1;
  std::function<void(size_t)> walk = [&](size_t u) {
    if (result->paths.size() >= wanted) {
      result->truncated = options.all;
      return;
    }
    if (u == t) {
      result->paths.push_back(current);
      return;
    }
    for (const Step& step : adjacency[u]) {
      size_t v = index_of(step.to);
      if (ds[v] != ds[u] + 1 || dt[v] == kUnreached || ds[v] + dt[v] != d) continue;
      current.push_back(step);
      walk(v);
      current.pop_back();
      if (result->paths.size() >= wanted) return;
    }
  };
  walk(s);
  if (result->paths.size() < wanted) result->truncated = false;
  return true;
}

}  // namespace kg::graph
