#include "store/store.h"

#include <algorithm>
#include <filesystem>

#include "store/keys.h"
#include "store/records.h"
#include "store/store_rep.h"

namespace kg::store {

Status Store::Rep::FromRocks(const rocksdb::Status& s, const std::string& what) const {
  if (s.ok()) return Status::OK();
  if (s.IsCorruption()) {
    return Status::Corruption("database " + path + " is damaged (" + what + "): " + s.ToString());
  }
  std::string msg = what + " in database " + path + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(msg);
  return Status::IOError(msg);
}

Status Store::Rep::ReadMetaNumber(const char* key, uint64_t* value) const {
  std::string text;
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), cf(kMeta), key, &text);
  *value = 0;
  if (s.IsNotFound()) return Status::OK();
  if (!s.ok()) return FromRocks(s, "cannot read metadata");
  try {
    *value = std::stoull(text);
  } catch (const std::exception&) {
    return Status::Corruption("database " + path + " has a damaged '" + key + "' record");
  }
  return Status::OK();
}

Store::Store(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}

Store::~Store() {
  if (rep_) {
    for (auto& iterator : rep_->adjacency) iterator.reset();
  }
  if (rep_ && rep_->db) {
    // Leave nothing in the write-ahead log: every later open, readers'
    // included, would otherwise replay it into memory before answering.
    if (!rep_->read_only) rep_->db->Flush(rocksdb::FlushOptions(), rep_->families);
    for (auto* handle : rep_->families) {
      if (handle) rep_->db->DestroyColumnFamilyHandle(handle);
    }
    rep_->db->Close();
  }
  // A reader's private secondary directory (store_open.cc).
  if (rep_ && !rep_->secondary_dir.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(rep_->secondary_dir, ec);
  }
}

bool Store::NeedsRebuild() const { return rep_->input_version != rep_->built_version; }

Status Store::GetNode(graph::NodeId id, graph::Node* node) const {
  std::string value;
  rocksdb::Status s = rep_->db->Get(rocksdb::ReadOptions(), rep_->cf(kNodes),
                                    NodeKey(rep_->generation, id), &value);
  if (s.IsNotFound()) return Status::NotFound("no node " + std::to_string(id));
  if (!s.ok()) return rep_->FromRocks(s, "cannot read node");
  return DecodeRecord(value, node);
}

Status Store::GetArticle(graph::ArticleId id, graph::Article* article) const {
  std::string value;
  rocksdb::Status s = rep_->db->Get(rocksdb::ReadOptions(), rep_->cf(kArticles), IdKey(id), &value);
  if (s.IsNotFound()) return Status::NotFound("no article " + std::to_string(id));
  if (!s.ok()) return rep_->FromRocks(s, "cannot read article");
  return DecodeRecord(value, article);
}

Status Store::FindByName(std::string_view name, std::vector<graph::NodeId>* ids) const {
  ids->clear();
  std::string prefix = NamePrefix(rep_->generation, graph::NormalizeName(name));
  std::unique_ptr<rocksdb::Iterator> it(
      rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(kNames)));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    if (it->key().size() != prefix.size() + 8) continue;
    ids->push_back(DecodeFixed64(std::string_view(it->key().data() + prefix.size(), 8)));
  }
  std::sort(ids->begin(), ids->end());
  ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
  return rep_->FromRocks(it->status(), "cannot read name index");
}

static Status ReadEdges(const Store::Rep& rep, ColumnFamily family, graph::NodeId id,
                        std::vector<graph::Edge>* edges) {
  edges->clear();
  std::string prefix = NodeKey(rep.generation, id);
  std::unique_ptr<rocksdb::Iterator> it(
      rep.db->NewIterator(rocksdb::ReadOptions(), rep.cf(family)));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    EdgeKeyParts parts;
    if (!ParseEdgeKey(it->key().ToStringView(), &parts)) {
      return Status::Corruption("malformed edge key in database " + rep.path);
    }
    std::string value;
    if (family == kEdgesOut) {
      value = it->value().ToString();
    } else {
      // edges_in holds keys only; the record lives under the outgoing key.
      rocksdb::Status s =
          rep.db->Get(rocksdb::ReadOptions(), rep.cf(kEdgesOut),
                      EdgeKey(rep.generation, parts.to, parts.type, parts.from), &value);
      if (!s.ok()) return rep.FromRocks(s, "dangling incoming edge");
    }
    graph::Edge edge;
    Status st = DecodeRecord(value, &edge);
    if (!st.ok()) return st;
    edges->push_back(std::move(edge));
  }
  return rep.FromRocks(it->status(), "cannot read edges");
}

Status Store::OutEdges(graph::NodeId id, std::vector<graph::Edge>* edges) const {
  return ReadEdges(*rep_, kEdgesOut, id, edges);
}

Status Store::InEdges(graph::NodeId id, std::vector<graph::Edge>* edges) const {
  return ReadEdges(*rep_, kEdgesIn, id, edges);
}

Status Store::ForEachNode(const std::function<bool(const graph::Node&)>& visit) const {
  std::unique_ptr<rocksdb::Iterator> it(
      rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(kNodes)));
  const std::string prefix = GenerationPrefix(rep_->generation);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    graph::Node node;
    Status s = DecodeRecord(it->value().ToString(), &node);
    if (!s.ok()) return s;
    if (!visit(node)) break;
  }
  return rep_->FromRocks(it->status(), "cannot scan nodes");
}

Status Store::LoadGraph(graph::Graph* graph) const {
  *graph = graph::Graph();
  Status s = ForEachNode([&](const graph::Node& n) {
    graph->nodes.push_back(n);
    return true;
  });
  if (!s.ok()) return s;
  std::unique_ptr<rocksdb::Iterator> it(
      rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(kEdgesOut)));
  const std::string prefix = GenerationPrefix(rep_->generation);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    graph::Edge edge;
    s = DecodeRecord(it->value().ToString(), &edge);
    if (!s.ok()) return s;
    graph->edges.push_back(std::move(edge));
  }
  if (!it->status().ok()) return rep_->FromRocks(it->status(), "cannot scan edges");
  it.reset(rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(kArticles)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    graph::Article article;
    s = DecodeRecord(it->value().ToString(), &article);
    if (!s.ok()) return s;
    graph->articles.push_back(std::move(article));
  }
  return rep_->FromRocks(it->status(), "cannot scan articles");
}

Status Store::ComputeStats(Stats* stats) const {
  *stats = Stats();
  Status s = ForEachNode([&](const graph::Node& n) {
    if (n.type == graph::NodeType::kPerson) ++stats->persons;
    if (n.type == graph::NodeType::kOrganization) ++stats->organizations;
    if (n.type == graph::NodeType::kStatement) ++stats->statements;
    return true;
  });
  if (!s.ok()) return s;
  // Counting edge types needs only keys: no record is decoded.
  std::unique_ptr<rocksdb::Iterator> it(
      rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(kEdgesOut)));
  const std::string prefix = GenerationPrefix(rep_->generation);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    EdgeKeyParts parts;
    if (!ParseEdgeKey(it->key().ToStringView(), &parts)) continue;
    ++stats->edges;
    if (parts.type == graph::EdgeType::kEndorses) ++stats->endorses;
    if (parts.type == graph::EdgeType::kHasRole) ++stats->has_role;
    if (parts.type == graph::EdgeType::kSaid) ++stats->said;
  }
  if (!it->status().ok()) return rep_->FromRocks(it->status(), "cannot scan edges");
  it.reset(rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(kArticles)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) ++stats->articles;
  return rep_->FromRocks(it->status(), "cannot scan articles");
}

}  // namespace kg::store
