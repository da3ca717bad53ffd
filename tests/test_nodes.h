// Builders of graph records for tests that write articles through the store
// API, so each test states only what matters to it.
#ifndef KG_TESTS_TEST_NODES_H_
#define KG_TESTS_TEST_NODES_H_

#include <string>
#include <utility>
#include <vector>

#include "graph/model.h"

namespace kg::testing {

// An entity node with an article-local id, as ArticleGraph expects.
inline graph::Node Entity(graph::NodeId local, graph::NodeType type, std::string name,
                          std::vector<std::string> aliases = {}) {
  graph::Node n;
  n.id = local;
  n.type = type;
  n.name = std::move(name);
  n.aliases = std::move(aliases);
  return n;
}

}  // namespace kg::testing

#endif  // KG_TESTS_TEST_NODES_H_
