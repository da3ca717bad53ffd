// Small helpers shared by the read-only query commands: opening the store
// for reading with the error already reported, splitting comma-separated
// option lists, and describing an article for output.
#ifndef KG_CLI_QUERY_SUPPORT_H_
#define KG_CLI_QUERY_SUPPORT_H_

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "store/store.h"

namespace kg::cli {

// Opens `path` read-only; on failure prints "kg: ..." and returns false.
bool OpenForQuery(const std::string& path, std::unique_ptr<store::Store>* db);

// "ENDORSES,has_role" -> {kEndorses, kHasRole}; false (with the bad item in
// `bad`) on an unknown type.
bool ParseEdgeTypes(const std::vector<std::string>& items, std::vector<graph::EdgeType>* types,
                    std::string* bad);
bool ParseNodeTypes(const std::vector<std::string>& items, std::vector<graph::NodeType>* types,
                    std::string* bad);

// Cached article records: titles and dates for output rows.
class ArticleCache {
 public:
  explicit ArticleCache(const store::Store& db) : db_(db) {}
  // The article, or one with only `id` set when it cannot be read.
  const graph::Article& Get(graph::ArticleId id);

 private:
  const store::Store& db_;
  std::unordered_map<graph::ArticleId, graph::Article> articles_;  // references stay valid
};

// The title of an article, else its path.
std::string ArticleLabel(const graph::Article& article);

}  // namespace kg::cli

#endif  // KG_CLI_QUERY_SUPPORT_H_
