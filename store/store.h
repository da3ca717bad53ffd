// Store is kg's persistent graph: an embedded RocksDB database with one
// column family per record kind (see docs/storage.md). Each article is added
// in one atomic WriteBatch (article record, nodes, both edge directions,
// statements, name index), so a crash leaves either all of an article or
// none of it. Entities are matched to existing nodes through the name index.
// One process may write at a time (RocksDB's lock); readers open read-only
// and may run beside a writer.
#ifndef KG_STORE_STORE_H_
#define KG_STORE_STORE_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "store/status.h"

namespace kg::store {

struct StoreOptions {
  bool read_only = false;  // read-only never creates and never takes the write lock
};

// One article ready to be stored. Node ids in `nodes` and `edges` are local
// to the article (any unique values); the store maps them to graph node ids.
struct ArticleGraph {
  graph::Article article;
  std::vector<graph::Node> nodes;
  std::vector<graph::Edge> edges;
};

struct AddResult {
  bool skipped = false;  // the same bytes were stored before
  size_t new_nodes = 0;
  size_t new_edges = 0;
};

struct Stats {
  size_t articles = 0;
  size_t persons = 0;
  size_t organizations = 0;
  size_t statements = 0;
  size_t edges = 0;
  size_t endorses = 0;
  size_t has_role = 0;
  size_t said = 0;
};

class Store {
 public:
  static constexpr int kFormatVersion = 1;

  static Status Open(const std::string& path, const StoreOptions& options,
                     std::unique_ptr<Store>* store);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  Status AddArticle(const ArticleGraph& input, AddResult* result);

  Status GetNode(graph::NodeId id, graph::Node* node) const;
  Status GetArticle(graph::ArticleId id, graph::Article* article) const;
  // Ids of nodes whose name or alias normalises like `name`, sorted.
  Status FindByName(std::string_view name, std::vector<graph::NodeId>* ids) const;
  Status OutEdges(graph::NodeId id, std::vector<graph::Edge>* edges) const;
  Status InEdges(graph::NodeId id, std::vector<graph::Edge>* edges) const;
  // Stops early when `visit` returns false.
  Status ForEachNode(const std::function<bool(const graph::Node&)>& visit) const;
  Status LoadGraph(graph::Graph* graph) const;
  Status ComputeStats(Stats* stats) const;

  struct Rep;  // opaque: RocksDB handles, defined in store_rep.h

 private:
  explicit Store(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace kg::store

#endif  // KG_STORE_STORE_H_
