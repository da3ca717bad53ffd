#include "graph/path_search.h"

#include <catch2/catch.hpp>
#include <map>

namespace kg::graph {
namespace {

// An undirected-readable edge list standing in for the store's adjacency.
struct Edges {
  std::vector<std::tuple<NodeId, EdgeType, NodeId>> list;
  int reads = 0;
  AdjacencyReader Reader() {
    return [this](NodeId node, std::vector<Step>* steps) {
      ++reads;
      for (const auto& [s, type, t] : list) {
        if (s == node) steps->push_back(Step{node, t, type, true});
        if (t == node) steps->push_back(Step{node, s, type, false});
      }
      return true;
    };
  }
};

std::string Render(const Path& path) {
  std::string text = path.empty() ? "" : std::to_string(path[0].from);
  for (const Step& s : path) {
    text += s.forward ? std::string(" -") + EdgeTypeName(s.type) + "-> "
                      : std::string(" <-") + EdgeTypeName(s.type) + "- ";
    text += std::to_string(s.to);
  }
  return text;
}

TEST_CASE("the shortest path follows edges either way and reports their direction") {
  Edges g;
  g.list = {{1, EdgeType::kHasRole, 2}, {2, EdgeType::kEndorses, 3}, {4, EdgeType::kEndorses, 3},
            {1, EdgeType::kHasRole, 5}, {5, EdgeType::kHasRole, 6},  {6, EdgeType::kEndorses, 3}};
  PathSearchResult result;
  REQUIRE(FindShortestPaths(1, 3, g.Reader(), PathSearchOptions(), &result));
  REQUIRE(result.paths.size() == 1);
  CHECK(Render(result.paths[0]) == "1 -HAS_ROLE-> 2 -ENDORSES-> 3");
  REQUIRE(FindShortestPaths(1, 4, g.Reader(), PathSearchOptions(), &result));
  REQUIRE(result.paths.size() == 1);
  CHECK(Render(result.paths[0]) == "1 -HAS_ROLE-> 2 -ENDORSES-> 3 <-ENDORSES- 4");
}

TEST_CASE("--all returns every shortest path and only shortest ones") {
  Edges g;
  // Two paths of length 2 from 1 to 4 (via 2 and via 3), one of length 3.
  g.list = {{1, EdgeType::kEndorses, 2}, {2, EdgeType::kEndorses, 4}, {1, EdgeType::kHasRole, 3},
            {3, EdgeType::kHasRole, 4},  {1, EdgeType::kEndorses, 5}, {5, EdgeType::kEndorses, 6},
            {6, EdgeType::kEndorses, 4}};
  PathSearchOptions options;
  options.all = true;
  PathSearchResult result;
  REQUIRE(FindShortestPaths(1, 4, g.Reader(), options, &result));
  REQUIRE(result.paths.size() == 2);
  CHECK(Render(result.paths[0]) == "1 -ENDORSES-> 2 -ENDORSES-> 4");
  CHECK(Render(result.paths[1]) == "1 -HAS_ROLE-> 3 -HAS_ROLE-> 4");
  CHECK_FALSE(result.truncated);
}

TEST_CASE("the search is bounded by max_depth and reads only what it needs") {
  Edges g;
  for (NodeId i = 1; i < 20; ++i) g.list.push_back({i, EdgeType::kEndorses, i + 1});
  // A large star hanging off node 20 must not be read for a path 1 -> 3.
  for (NodeId i = 100; i < 1100; ++i) g.list.push_back({20, EdgeType::kEndorses, i});
  PathSearchOptions options;
  options.max_depth = 4;
  PathSearchResult result;
  REQUIRE(FindShortestPaths(1, 3, g.Reader(), options, &result));
  REQUIRE(result.paths.size() == 1);
  CHECK(result.paths[0].size() == 2);
  CHECK(g.reads <= 4);
  REQUIRE(FindShortestPaths(1, 10, g.Reader(), options, &result));
  CHECK(result.paths.empty());
  options.max_depth = 9;
  REQUIRE(FindShortestPaths(1, 10, g.Reader(), options, &result));
  REQUIRE(result.paths.size() == 1);
  CHECK(result.paths[0].size() == 9);
}

TEST_CASE("disconnected nodes have no path; a read failure is reported") {
  Edges g;
  g.list = {{1, EdgeType::kEndorses, 2}, {3, EdgeType::kEndorses, 4}};
  PathSearchResult result;
  REQUIRE(FindShortestPaths(1, 4, g.Reader(), PathSearchOptions(), &result));
  CHECK(result.paths.empty());
  AdjacencyReader failing = [](NodeId, std::vector<Step>*) { return false; };
  CHECK_FALSE(FindShortestPaths(1, 4, failing, PathSearchOptions(), &result));
}

}  // namespace
}  // namespace kg::graph
