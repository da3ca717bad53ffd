#include "bench/queries.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <functional>
#include <unordered_map>

namespace kg::bench {
namespace {

using graph::NodeId;

// Resolves a name as the CLI does (first match; the CLI asks the user when
// there are several).
NodeId Resolve(const store::Store& db, const std::string& name) {
  std::vector<NodeId> ids;
  if (!db.FindByName(name, &ids).ok() || ids.empty()) return 0;
  return ids[0];
}

size_t Neighbors(const store::Store& db, const std::string& name) {
  NodeId id = Resolve(db, name);
  std::vector<graph::Edge> out, in;
  if (!id || !db.OutEdges(id, &out).ok() || !db.InEdges(id, &in).ok()) return 0;
  size_t found = 0;
  graph::Node node;
  for (const graph::Edge& e : out) found += db.GetNode(e.target, &node).ok();
  for (const graph::Edge& e : in) found += db.GetNode(e.source, &node).ok();
  return found;
}

size_t Statements(const store::Store& db, const std::string& name) {
  NodeId id = Resolve(db, name);
  std::vector<graph::Edge> out;
  if (!id || !db.OutEdges(id, &out).ok()) return 0;
  size_t found = 0;
  graph::Node node;
  for (const graph::Edge& e : out) {
    if (e.type == graph::EdgeType::kSaid) found += db.GetNode(e.target, &node).ok();
  }
  return found;
}

// Entity neighbours of `id` in either direction; SAID edges lead to
// statements, which are not part of a path between entities.
void EntityNeighbors(const store::Store& db, NodeId id, std::vector<NodeId>* next) {
  next->clear();
  std::vector<graph::Edge> edges;
  if (db.OutEdges(id, &edges).ok()) {
    for (const graph::Edge& e : edges) {
      if (e.type != graph::EdgeType::kSaid) next->push_back(e.target);
    }
  }
  if (db.InEdges(id, &edges).ok()) {
    for (const graph::Edge& e : edges) {
      if (e.type != graph::EdgeType::kSaid) next->push_back(e.source);
    }
  }
}

// Hops on a shortest path from `a` to `b`, or 0 when none within
// `max_hops`: BFS from both ends, always expanding the smaller frontier.
size_t PathHops(const store::Store& db, const std::string& a, const std::string& b) {
  constexpr size_t kMaxHops = 6;
  NodeId from = Resolve(db, a), to = Resolve(db, b);
  if (!from || !to) return 0;
  if (from == to) return 0;
  std::unordered_map<NodeId, size_t> seen[2] = {{{from, 0}}, {{to, 0}}};
  std::vector<NodeId> frontier[2] = {{from}, {to}};
  std::vector<NodeId> next, neighbors;
  for (size_t hops = 1; hops <= kMaxHops; ++hops) {
    int side = frontier[0].size() <= frontier[1].size() ? 0 : 1;
    if (frontier[side].empty()) return 0;
    next.clear();
    size_t best = 0;
    for (NodeId id : frontier[side]) {
      EntityNeighbors(db, id, &neighbors);
      for (NodeId n : neighbors) {
        if (!seen[side].emplace(n, seen[side][id] + 1).second) continue;
        auto meet = seen[1 - side].find(n);
        if (meet != seen[1 - side].end()) {
          size_t total = seen[side][n] + meet->second;
          if (!best || total < best) best = total;
        }
        next.push_back(n);
      }
    }
    if (best) return best;
    frontier[side].swap(next);
  }
  return 0;
}

QueryTiming Time(const std::string& name, size_t runs, const std::function<size_t(size_t)>& query) {
  std::vector<double> micros;
  micros.reserve(runs);
  double results = 0;
  for (size_t i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    results += query(i);
    micros.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(micros.begin(), micros.end());
  QueryTiming timing;
  timing.name = name;
  timing.p50_us = micros[micros.size() / 2];
  timing.p99_us = micros[std::min(micros.size() - 1, micros.size() * 99 / 100)];
  timing.mean_results = results / runs;
  return timing;
}

// Every `step`-th element of `all`, at most `count`.
std::vector<std::string> Spread(const std::vector<std::string>& all, size_t count) {
  std::vector<std::string> out;
  size_t step = std::max<size_t>(1, all.size() / std::max<size_t>(1, count));
  for (size_t i = 0; i < all.size() && out.size() < count; i += step) out.push_back(all[i]);
  return out;
}

bool HasRelation(const store::Store& db, NodeId id) {
  std::vector<NodeId> neighbors;
  EntityNeighbors(db, id, &neighbors);
  return !neighbors.empty();
}

}  // namespace

store::Status SampleEntityNames(const store::Store& db, size_t count,
                                std::vector<std::string>* names,
                                std::vector<std::string>* related) {
  std::vector<std::string> all, linked;
  store::Status s = db.ForEachNode([&](const graph::Node& node) {
    if (node.type == graph::NodeType::kStatement) return true;
    all.push_back(node.name);
    if (HasRelation(db, node.id)) linked.push_back(node.name);
    return true;
  });
  if (!s.ok()) return s;
  *names = Spread(all, count);
  *related = Spread(linked, count);
  return s;
}

std::vector<QueryTiming> TimeQueries(const store::Store& db, const std::vector<std::string>& names,
                                     const std::vector<std::string>& related) {
  // One untimed pass warms the block cache, as a long-running reader would be.
  for (const std::string& name : names) Neighbors(db, name);
  std::vector<QueryTiming> timings = {
      Time("neighbors", names.size(), [&](size_t i) { return Neighbors(db, names[i]); }),
      Time("statements", names.size(), [&](size_t i) { return Statements(db, names[i]); }),
  };
  size_t n = related.size();
  if (n > 1) {
    timings.push_back(Time("path", n, [&](size_t i) {
      return PathHops(db, related[i], related[(i * 7919 + 1) % n]);
    }));
  }
  return timings;
}

}  // namespace kg::bench
