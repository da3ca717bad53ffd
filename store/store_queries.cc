// Read paths for interactive queries: key-only adjacency, single edges, and
// scans of the name index and the articles. Separate from store.cc so that
// query needs grow here without touching the write or rebuild code.
#include <rocksdb/db.h>

#include <memory>

#include "store/keys.h"
#include "store/records.h"
#include "store/store.h"
#include "store/store_rep.h"

namespace kg::store {

Status Store::Adjacent(graph::NodeId id, EdgeDirection direction,
                       const std::vector<graph::EdgeType>& types,
                       std::vector<AdjacentEdge>* adjacent, size_t limit) const {
  adjacent->clear();
  const ColumnFamily family = direction == EdgeDirection::kOut ? kEdgesOut : kEdgesIn;
  // One seek per wanted type: the type byte follows the node id in the key,
  // so skipping SAID edges of a prolific speaker costs nothing.
  std::vector<std::string> prefixes;
  const std::string node_prefix = NodeKey(rep_->generation, id);
  if (types.empty()) {
    prefixes.push_back(node_prefix);
  } else {
    for (graph::EdgeType type : types) {
      prefixes.push_back(node_prefix + static_cast<char>(type));
    }
  }
  std::unique_ptr<rocksdb::Iterator> it(
      rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(family)));
  for (const std::string& prefix : prefixes) {
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      EdgeKeyParts parts;
      if (!ParseEdgeKey(it->key().ToStringView(), &parts)) {
        return Status::Corruption("malformed edge key in database " + rep_->path);
      }
      adjacent->push_back(AdjacentEdge{parts.type, parts.to});
      if (limit != 0 && adjacent->size() >= limit) return Status::OK();
    }
  }
  return rep_->FromRocks(it->status(), "cannot read edges");
}

Status Store::GetEdge(graph::NodeId source, graph::EdgeType type, graph::NodeId target,
                      graph::Edge* edge) const {
  std::string value;
  rocksdb::Status s = rep_->db->Get(rocksdb::ReadOptions(), rep_->cf(kEdgesOut),
                                    EdgeKey(rep_->generation, source, type, target), &value);
  if (s.IsNotFound()) return Status::NotFound("no such edge");
  if (!s.ok()) return rep_->FromRocks(s, "cannot read edge");
  return DecodeRecord(value, edge);
}

Status Store::ForEachName(std::string_view prefix,
                          const std::function<bool(std::string_view, graph::NodeId)>& visit) const {
  const std::string generation = GenerationPrefix(rep_->generation);
  const std::string seek = generation + graph::NormalizeName(prefix);
  std::unique_ptr<rocksdb::Iterator> it(
      rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(kNames)));
  for (it->Seek(seek); it->Valid() && it->key().starts_with(seek); it->Next()) {
    std::string_view key = it->key().ToStringView();
    std::string_view name = NameOfNameKey(key);
    if (name.empty() || key.size() < 8) continue;
    if (!visit(name, DecodeFixed64(key.substr(key.size() - 8)))) break;
  }
  return rep_->FromRocks(it->status(), "cannot read name index");
}

Status Store::ForEachArticle(const std::function<bool(const graph::Article&)>& visit) const {
  std::unique_ptr<rocksdb::Iterator> it(
      rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(kArticles)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    graph::Article article;
    Status s = DecodeRecord(it->value().ToString(), &article);
    if (!s.ok()) return s;
    if (!visit(article)) break;
  }
  return rep_->FromRocks(it->status(), "cannot scan articles");
}

}  // namespace kg::store
