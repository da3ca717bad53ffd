#include "cli/query_support.h"

#include "cli/commands.h"

namespace kg::cli {

bool OpenForQuery(const std::string& path, std::unique_ptr<store::Store>* db) {
  store::Status s = store::Store::Open(path, store::StoreOptions{.read_only = true}, db);
  if (!s.ok()) PrintError(s.message());
  return s.ok();
}

bool ParseEdgeTypes(const std::vector<std::string>& items, std::vector<graph::EdgeType>* types,
                    std::string* bad) {
  types->clear();
  for (const std::string& item : items) {
    auto type = graph::ParseEdgeType(item);
    if (!type) {
      *bad = item;
      return false;
    }
    types->push_back(*type);
  }
  return true;
}

bool ParseNodeTypes(const std::vector<std::string>& items, std::vector<graph::NodeType>* types,
                    std::string* bad) {
  types->clear();
  for (const std::string& item : items) {
    auto type = graph::ParseNodeType(item);
    if (!type) {
      *bad = item;
      return false;
    }
    types->push_back(*type);
  }
  return true;
}

const graph::Article& ArticleCache::Get(graph::ArticleId id) {
  auto it = articles_.find(id);
  if (it != articles_.end()) return it->second;
  graph::Article article;
  if (!db_.GetArticle(id, &article).ok()) {
    article = graph::Article();
    article.id = id;
  }
  return articles_.emplace(id, std::move(article)).first->second;
}

std::string ArticleLabel(const graph::Article& article) {
  if (!article.title.empty()) return article.title;
  if (!article.path.empty()) return article.path;
  return "?";
}

}  // namespace kg::cli
