// Store is kg's persistent graph: an embedded RocksDB database with one
// column family per record kind (see docs/storage.md). Each article's
// extracted facts are added in one atomic WriteBatch; the graph (nodes, both
// edge directions, statements, name index) is derived from all stored facts
// and the user's curation by Rebuild, which writes a new generation and
// switches to it with one atomic write. So the graph never depends on the
// order articles arrived in, and a crash leaves either the old graph or the
// new one. One process may write at a time (RocksDB's lock); readers open
// a RocksDB secondary instance (a private, consistent view as of their
// open) and may run beside a writer.
#ifndef KG_STORE_STORE_H_
#define KG_STORE_STORE_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "store/resolver.h"
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

enum class EdgeDirection { kOut, kIn };

// One edge seen from one of its ends: its type and the node at the other end.
struct AdjacentEdge {
  graph::EdgeType type = graph::EdgeType::kEndorses;
  graph::NodeId other = 0;
};

class Store {
 public:
  static constexpr int kFormatVersion = 1;

  static Status Open(const std::string& path, const StoreOptions& options,
                     std::unique_ptr<Store>* store);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores the article and its facts. The graph shows them after Rebuild.
  Status AddArticle(const ArticleGraph& input, AddResult* result);
  // Re-derives the graph from every stored article and curation record.
  // Cheap to call when nothing changed (it checks first).
  Status Rebuild();
  // True when facts or curation changed since the graph was last built.
  bool NeedsRebuild() const;

  // Curation persists and outlives re-ingests; call Rebuild afterwards.
  Status AddCuration(const Curation& curation);
  Status ListCurations(std::vector<Curation>* curations) const;

  // Verifies the store's files (checksums) and invariants; each broken one
  // is one line in `problems` (empty when all hold). States that a killed
  // writer legitimately leaves (the graph behind its input, an old graph
  // generation not yet dropped) are lines in `notes`: the next writer fixes
  // them and readers never see them.
  Status Check(std::vector<std::string>* problems, std::vector<std::string>* notes = nullptr) const;

  Status GetNode(graph::NodeId id, graph::Node* node) const;
  // Only the id, type and name of a node (the rest left empty), at a
  // fraction of GetNode's cost for entities named in many articles: what a
  // traversal prints (store_queries.cc).
  Status GetNodeHead(graph::NodeId id, graph::Node* node) const;
  Status GetArticle(graph::ArticleId id, graph::Article* article) const;
  // Ids of nodes whose name or alias normalises like `name`, sorted.
  Status FindByName(std::string_view name, std::vector<graph::NodeId>* ids) const;
  Status OutEdges(graph::NodeId id, std::vector<graph::Edge>* edges) const;
  Status InEdges(graph::NodeId id, std::vector<graph::Edge>* edges) const;
  // Stops early when `visit` returns false.
  Status ForEachNode(const std::function<bool(const graph::Node&)>& visit) const;
  Status LoadGraph(graph::Graph* graph) const;
  Status ComputeStats(Stats* stats) const;

  // Read paths for interactive queries (store_queries.cc). They read keys
  // only where keys suffice, so a traversal costs one prefix seek per node.
  //
  // The edges of `id` in one direction, optionally only of `types` (empty:
  // all), as (type, other end) pairs decoded from keys, in key order; at
  // most `limit` of them when it is not 0 (edges_out keys sit beside their
  // records, so a long range costs its records' bytes even unread).
  Status Adjacent(graph::NodeId id, EdgeDirection direction,
                  const std::vector<graph::EdgeType>& types, std::vector<AdjacentEdge>* adjacent,
                  size_t limit = 0) const;
  // The record of one edge; NotFound when absent.
  Status GetEdge(graph::NodeId source, graph::EdgeType type, graph::NodeId target,
                 graph::Edge* edge) const;
  // Every (normalised name, node id) of the name index whose normalised
  // name starts with NormalizeName(prefix), in key order; stops early when
  // `visit` returns false. An empty prefix visits the whole index.
  Status ForEachName(std::string_view prefix,
                     const std::function<bool(std::string_view, graph::NodeId)>& visit) const;
  Status ForEachArticle(const std::function<bool(const graph::Article&)>& visit) const;

  struct Rep;  // opaque: RocksDB handles, defined in store_rep.h

 private:
  explicit Store(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace kg::store

#endif  // KG_STORE_STORE_H_
