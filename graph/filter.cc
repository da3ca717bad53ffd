#include "graph/filter.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace kg::graph {
namespace {

template <typename T>
bool Allowed(const std::vector<T>& allowed, T value) {
  return allowed.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

// Keeps the articles dated on or after `since` and everything they support.
Graph KeepSince(const Graph& graph, const std::string& since) {
  Graph out;
  std::unordered_set<ArticleId> kept;
  for (const Article& a : graph.articles) {
    // ISO dates order as strings; "2017-03-05T10:00" >= "2017-03" holds too.
    if (!a.date.empty() && a.date >= since) {
      kept.insert(a.id);
      out.articles.push_back(a);
    }
  }
  for (Node node : graph.nodes) {
    std::erase_if(node.articles, [&](ArticleId a) { return !kept.count(a); });
    if (!node.articles.empty()) out.nodes.push_back(std::move(node));
  }
  for (Edge edge : graph.edges) {
    std::erase_if(edge.sources, [&](const Provenance& p) { return !kept.count(p.article); });
    if (!edge.sources.empty()) out.edges.push_back(std::move(edge));
  }
  return out;
}

// Drops edges with a missing end, then, when `drop_isolated`, nodes left
// without any edge.
void MakeConsistent(Graph& graph, bool drop_isolated) {
  std::unordered_set<NodeId> present;
  for (const Node& n : graph.nodes) present.insert(n.id);
  std::erase_if(graph.edges, [&](const Edge& e) {
    return !present.count(e.source) || !present.count(e.target);
  });
  if (!drop_isolated) return;
  std::unordered_set<NodeId> linked;
  for (const Edge& e : graph.edges) {
    linked.insert(e.source);
    linked.insert(e.target);
  }
  std::erase_if(graph.nodes, [&](const Node& n) { return !linked.count(n.id); });
}

}  // namespace

bool IsIsoDatePrefix(std::string_view date) {
  auto digits = [&](size_t from, size_t count) {
    for (size_t i = from; i < from + count; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
    }
    return true;
  };
  switch (date.size()) {
    case 4:
      return digits(0, 4);
    case 7:
      return digits(0, 4) && date[4] == '-' && digits(5, 2);
    case 10:
      return digits(0, 4) && date[4] == '-' && digits(5, 2) && date[7] == '-' && digits(8, 2);
    default:
      return false;
  }
}

Graph FilterGraph(const Graph& graph, const GraphFilter& filter) {
  Graph out = filter.since.empty() ? graph : KeepSince(graph, filter.since);
  std::erase_if(out.nodes, [&](const Node& n) { return !Allowed(filter.node_types, n.type); });
  std::erase_if(out.edges, [&](const Edge& e) { return !Allowed(filter.edge_types, e.type); });
  MakeConsistent(out, !filter.edge_types.empty());
  return out;
}

}  // namespace kg::graph
