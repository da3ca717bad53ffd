// Read paths for interactive queries: key-only adjacency, single edges, and
// scans of the name index and the articles. Separate from store.cc so that
// query needs grow here without touching the write or rebuild code.
#include <rocksdb/db.h>

#include <algorithm>
#include <memory>
#include <mutex>

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
  // The type byte follows the node id in the key, so the wanted types are
  // ranges in key order: one seek reaches the first, the scan runs on
  // through the next ones, and only an unwanted type in between (the SAID
  // edges of a prolific speaker) is jumped over with another seek.
  std::vector<graph::EdgeType> wanted = types;
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  const std::string node_prefix = NodeKey(rep_->generation, id);
  std::unique_lock<std::mutex> lock(rep_->adjacency_mutex, std::defer_lock);
  std::unique_ptr<rocksdb::Iterator> own;
  rocksdb::Iterator* it = nullptr;
  if (rep_->read_only) {
    // Nothing changes under a reader, so its iterators can be reused.
    lock.lock();
    auto& cached = rep_->adjacency[direction == EdgeDirection::kOut ? 0 : 1];
    if (!cached) cached.reset(rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(family)));
    it = cached.get();
  } else {
    own.reset(rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(family)));
    it = own.get();
  }
  it->Seek(wanted.empty() ? node_prefix : node_prefix + static_cast<char>(wanted.front()));
  while (it->Valid() && it->key().starts_with(node_prefix)) {
    EdgeKeyParts parts;
    if (!ParseEdgeKey(it->key().ToStringView(), &parts)) {
      return Status::Corruption("malformed edge key in database " + rep_->path);
    }
    if (wanted.empty() || std::binary_search(wanted.begin(), wanted.end(), parts.type)) {
      adjacent->push_back(AdjacentEdge{parts.type, parts.to});
      if (limit != 0 && adjacent->size() >= limit) return Status::OK();
      it->Next();
      continue;
    }
    auto next = std::upper_bound(wanted.begin(), wanted.end(), parts.type);
    if (next == wanted.end()) break;
    it->Seek(node_prefix + static_cast<char>(*next));
  }
  return rep_->FromRocks(it->status(), "cannot read edges");
}

Status Store::GetNodeHead(graph::NodeId id, graph::Node* node) const {
  std::string value;
  rocksdb::Status s = rep_->db->Get(rocksdb::ReadOptions(), rep_->cf(kNodes),
                                    NodeKey(rep_->generation, id), &value);
  if (s.IsNotFound()) return Status::NotFound("no node " + std::to_string(id));
  if (!s.ok()) return rep_->FromRocks(s, "cannot read node");
  *node = graph::Node();
  NodeHead head{node};
  return DecodeRecord(value, &head);
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
