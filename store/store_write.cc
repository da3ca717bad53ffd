// The write side of Store: adding articles and curation records (inputs), and
// Rebuild, which derives the whole graph from those inputs.
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "store/keys.h"
#include "store/records.h"
#include "store/store_rep.h"

namespace kg::store {
namespace {

// Write a rebuild's batch at about this size, to bound memory (the batch
// buffer doubles as it grows, so 2 MB costs at most 4 MB).
constexpr size_t kRebuildBatchBytes = 2 << 20;

std::string PairKey(const Curation& c) {
  std::string a = graph::NormalizeName(c.name), b = graph::NormalizeName(c.other);
  return a < b ? a + '\0' + b : b + '\0' + a;
}

void SortUnique(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// Builds one generation of the graph: nodes, both edge directions, names.
class GraphBuilder {
 public:
  GraphBuilder(Store::Rep& rep, uint32_t generation) : rep_(rep), generation_(generation) {}

  Status AddEntity(const ResolvedEntity& e) {
    graph::Node node;
    node.id = e.id;
    node.type = e.type;
    node.name = e.name;
    node.aliases = e.aliases;
    node.articles = e.articles;
    node.decisions = e.decisions;
    PutNode(node);
    const std::string type(1, static_cast<char>(e.type));
    std::vector<std::string> names = {graph::NormalizeName(e.name)};
    for (const std::string& alias : e.aliases) {
      if (IsProperNameAlias(alias)) names.push_back(graph::NormalizeName(alias));
    }
    SortUnique(&names);
    for (const std::string& name : names) {
      if (!name.empty()) batch_.Put(rep_.cf(kNames), NameKey(generation_, name, e.id), type);
    }
    return MaybeFlush();
  }

  // `local` maps the article's local node ids to graph ids.
  Status AddArticle(graph::ArticleId article, const ArticleFacts& facts,
                    const std::map<graph::NodeId, graph::NodeId>& local) {
    std::map<graph::NodeId, graph::NodeId> ids = local;
    std::set<graph::NodeId> statements;
    for (const graph::Node& n : facts.nodes) {
      if (n.type != graph::NodeType::kStatement) continue;
      graph::Node statement = n;
      statement.id = graph::StatementNodeId(article, n.quote.start);
      statement.articles = {article};
      ids[n.id] = statement.id;
      statements.insert(statement.id);
      PutNode(statement);
    }
    // An edge to or from a statement belongs to this article alone (a
    // statement's id is derived from its article), so it is complete here
    // and written at once; only edges between entities wait for Finish.
    std::map<std::string, graph::Edge> article_edges;
    for (const graph::Edge& e : facts.edges) {
      auto source = ids.find(e.source), target = ids.find(e.target);
      if (source == ids.end() || target == ids.end()) {
        return Status::Corruption("facts of article " + std::to_string(article) +
                                  " refer to a missing node");
      }
      const bool local_edge = statements.count(source->second) || statements.count(target->second);
      std::string key = EdgeKey(generation_, source->second, e.type, target->second);
      auto [it, fresh] = (local_edge ? article_edges : edges_).try_emplace(std::move(key));
      graph::Edge& merged = it->second;
      if (fresh) {
        merged.source = source->second;
        merged.type = e.type;
        merged.target = target->second;
      }
      if (merged.title.empty()) merged.title = e.title;
      merged.sources.insert(merged.sources.end(), e.sources.begin(), e.sources.end());
    }
    for (auto& [key, edge] : article_edges) PutEdge(key, &edge);
    return MaybeFlush();
  }

  Status Finish() {
    for (auto& [key, edge] : edges_) {
      PutEdge(key, &edge);
      Status s = MaybeFlush();
      if (!s.ok()) return s;
    }
    edges_.clear();
    return Flush();
  }

 private:
  void PutEdge(const std::string& key, graph::Edge* edge) {
    std::sort(edge->sources.begin(), edge->sources.end(), [](const auto& a, const auto& b) {
      return std::tie(a.article, a.start, a.end, a.rule) <
             std::tie(b.article, b.start, b.end, b.rule);
    });
    batch_.Put(rep_.cf(kEdgesOut), key, EncodeRecord(*edge));
    batch_.Put(rep_.cf(kEdgesIn), EdgeKey(generation_, edge->target, edge->type, edge->source), "");
  }
  void PutNode(const graph::Node& node) {
    batch_.Put(rep_.cf(kNodes), NodeKey(generation_, node.id), EncodeRecord(node));
  }
  Status MaybeFlush() {
    return batch_.GetDataSize() >= kRebuildBatchBytes ? Flush() : Status::OK();
  }
  Status Flush() {
    // No write-ahead log: a generation is invisible until the switch, and
    // Rebuild flushes it to table files before switching, so a crash can
    // only lose a generation nobody reads.
    rocksdb::WriteOptions options;
    options.disableWAL = true;
    rocksdb::Status s = rep_.db->Write(options, &batch_);
    batch_.Clear();
    return rep_.FromRocks(s, "cannot write the graph");
  }

  Store::Rep& rep_;
  uint32_t generation_;
  rocksdb::WriteBatch batch_;
  std::map<std::string, graph::Edge> edges_;
};

// Calls `visit(article id, facts)` for every stored article in id order.
// A second thread reads and decodes the records (a third of a rebuild's
// work) while `visit` runs; at most kDecodeAhead records wait in between.
template <class Visit>
Status ForEachFacts(const Store::Rep& rep, Visit visit) {
  constexpr size_t kDecodeAhead = 64;
  struct Decoded {
    graph::ArticleId id = 0;
    ArticleFacts facts;
  };
  std::mutex mu;
  std::condition_variable changed;
  std::deque<Decoded> queue;
  bool read_all = false, stop = false;
  Status read_status;
  std::thread reader([&] {
    std::unique_ptr<rocksdb::Iterator> it(
        rep.db->NewIterator(rocksdb::ReadOptions(), rep.cf(kFacts)));
    Status s;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      Decoded record;
      record.id = DecodeFixed64(it->key().ToStringView());
      s = DecodeRecord(it->value().ToString(), &record.facts);
      if (!s.ok()) break;
      std::unique_lock<std::mutex> lock(mu);
      changed.wait(lock, [&] { return queue.size() < kDecodeAhead || stop; });
      if (stop) break;
      queue.push_back(std::move(record));
      changed.notify_all();
    }
    if (s.ok()) s = rep.FromRocks(it->status(), "cannot read facts");
    std::lock_guard<std::mutex> lock(mu);
    read_status = s;
    read_all = true;
    changed.notify_all();
  });
  Status s;
  for (;;) {
    Decoded record;
    {
      std::unique_lock<std::mutex> lock(mu);
      changed.wait(lock, [&] { return !queue.empty() || read_all; });
      if (queue.empty()) break;
      record = std::move(queue.front());
      queue.pop_front();
      changed.notify_all();
    }
    s = visit(record.id, record.facts);
    if (!s.ok()) break;
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    stop = true;
    changed.notify_all();
  }
  reader.join();
  return s.ok() ? read_status : s;
}

Status DeleteGenerations(Store::Rep& rep, uint32_t from, uint32_t to,
                         const rocksdb::WriteOptions& options = rocksdb::WriteOptions()) {
  rocksdb::WriteBatch batch;
  for (ColumnFamily family : {kNodes, kEdgesOut, kEdgesIn, kNames}) {
    batch.DeleteRange(rep.cf(family), GenerationPrefix(from), GenerationPrefix(to));
  }
  return rep.FromRocks(rep.db->Write(options, &batch), "cannot drop old graph");
}

}  // namespace

Status Store::AddArticle(const ArticleGraph& input, AddResult* result) {
  *result = AddResult();
  if (rep_->read_only) return Status::InvalidArgument("database opened read-only");
  graph::Article existing;
  Status s = GetArticle(input.article.id, &existing);
  if (s.ok()) {
    if (existing.sha256 == input.article.sha256) {
      result->skipped = true;
      return Status::OK();
    }
    return Status::Corruption("article id collision between " + existing.path + " and " +
                              input.article.path);
  }
  if (!s.IsNotFound()) return s;
  ArticleFacts facts{input.nodes, input.edges};
  rocksdb::WriteBatch batch;
  batch.Put(rep_->cf(kArticles), IdKey(input.article.id), EncodeRecord(input.article));
  batch.Put(rep_->cf(kFacts), IdKey(input.article.id), EncodeRecord(facts));
  batch.Put(rep_->cf(kMeta), kInputVersionKey, std::to_string(rep_->input_version + 1));
  rocksdb::Status rs = rep_->db->Write(rocksdb::WriteOptions(), &batch);
  if (!rs.ok()) return rep_->FromRocks(rs, "cannot store article " + input.article.path);
  ++rep_->input_version;
  return Status::OK();
}

Status Store::AddCuration(const Curation& curation) {
  if (rep_->read_only) return Status::InvalidArgument("database opened read-only");
  std::vector<Curation> existing;
  Status s = ListCurations(&existing);
  if (!s.ok()) return s;
  // A new decision about a pair replaces every earlier one about it, so
  // "alias remove" undoes a "merge" and a later "merge" undoes the removal.
  rocksdb::WriteBatch batch;
  uint64_t next = 1;
  std::unique_ptr<rocksdb::Iterator> it(
      rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(kCuration)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    next = DecodeFixed64(it->key().ToStringView()) + 1;
    Curation old;
    if (DecodeRecord(it->value().ToString(), &old).ok() && PairKey(old) == PairKey(curation)) {
      batch.Delete(rep_->cf(kCuration), it->key());
    }
  }
  batch.Put(rep_->cf(kCuration), IdKey(next), EncodeRecord(curation));
  batch.Put(rep_->cf(kMeta), kInputVersionKey, std::to_string(rep_->input_version + 1));
  rocksdb::Status rs = rep_->db->Write(rocksdb::WriteOptions(), &batch);
  if (!rs.ok()) return rep_->FromRocks(rs, "cannot store curation");
  ++rep_->input_version;
  return Status::OK();
}

Status Store::ListCurations(std::vector<Curation>* curations) const {
  curations->clear();
  std::unique_ptr<rocksdb::Iterator> it(
      rep_->db->NewIterator(rocksdb::ReadOptions(), rep_->cf(kCuration)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    Curation c;
    Status s = DecodeRecord(it->value().ToString(), &c);
    if (!s.ok()) return s;
    curations->push_back(std::move(c));
  }
  return rep_->FromRocks(it->status(), "cannot read curation");
}

Status Store::Rebuild() {
  if (rep_->read_only) return Status::InvalidArgument("database opened read-only");
  if (!NeedsRebuild()) return Status::OK();
  std::vector<Curation> curations;
  Status s = ListCurations(&curations);
  if (!s.ok()) return s;
  EntityResolver resolver(std::move(curations));
  // The form of every entity mention, in the order of the facts: the second
  // pass reads them in the same order (nothing writes facts in between) and
  // so needs no lookup. 4 bytes per mention.
  std::vector<uint32_t> forms;
  s = ForEachFacts(*rep_, [&](graph::ArticleId article, const ArticleFacts& facts) {
    for (const graph::Node& n : facts.nodes) {
      if (n.type == graph::NodeType::kStatement) continue;
      forms.push_back(resolver.Add(article, n.type, n.name, n.aliases));
    }
    return Status::OK();
  });
  if (!s.ok()) return s;
  resolver.Resolve();

  const uint32_t next = rep_->generation + 1;
  // Leftovers of a rebuild that crashed before switching over.
  s = DeleteGenerations(*rep_, next, next + 1);
  if (!s.ok()) return s;
  GraphBuilder builder(*rep_, next);
  for (ResolvedEntity& e : resolver.entities()) {
    s = builder.AddEntity(e);
    if (!s.ok()) return s;
    // Written: from here on only its id is needed.
    e = ResolvedEntity{e.id, e.type, {}, {}, {}, {}};
  }
  size_t mention = 0;
  s = ForEachFacts(*rep_, [&](graph::ArticleId article, const ArticleFacts& facts) {
    std::map<graph::NodeId, graph::NodeId> local;
    for (const graph::Node& n : facts.nodes) {
      if (n.type == graph::NodeType::kStatement) continue;
      if (mention == forms.size()) return Status::Corruption("facts changed during a rebuild");
      local[n.id] = resolver.entities()[resolver.EntityIndexOfForm(forms[mention++])].id;
    }
    return builder.AddArticle(article, facts, local);
  });
  if (s.ok() && mention != forms.size()) s = Status::Corruption("facts changed during a rebuild");
  if (!s.ok()) return s;
  s = builder.Finish();
  if (!s.ok()) return s;
  std::vector<rocksdb::ColumnFamilyHandle*> graph_families = {rep_->cf(kNodes), rep_->cf(kEdgesOut),
                                                              rep_->cf(kEdgesIn), rep_->cf(kNames)};
  rocksdb::Status flushed = rep_->db->Flush(rocksdb::FlushOptions(), graph_families);
  if (!flushed.ok()) return rep_->FromRocks(flushed, "cannot write the graph");

  // The switch: one atomic write makes the new generation the graph. It
  // bypasses the write-ahead log and is made durable by flushing the meta
  // family, so that readers (secondary instances, which read the MANIFEST
  // first and the log after) can only learn of it through the MANIFEST,
  // after the graph's table files: a reader opening mid-switch sees the old
  // graph or the whole new one, never the switch without the graph's last
  // families. A crash before the flush loses only the switch; the next
  // writer rebuilds.
  rocksdb::WriteBatch flip;
  flip.Put(rep_->cf(kMeta), kGenerationKey, std::to_string(next));
  flip.Put(rep_->cf(kMeta), kBuiltVersionKey, std::to_string(rep_->input_version));
  rocksdb::WriteOptions no_log;
  no_log.disableWAL = true;
  rocksdb::Status rs = rep_->db->Write(no_log, &flip);
  if (rs.ok()) rs = rep_->db->Flush(rocksdb::FlushOptions(), rep_->cf(kMeta));
  if (!rs.ok()) return rep_->FromRocks(rs, "cannot switch to the new graph");
  rep_->generation = next;
  rep_->built_version = rep_->input_version;
  // Not logged either, for the same reason: a reader must not see the old
  // graph dropped before it sees the switch. It reaches disk with the next
  // flush (at the latest when the store closes); if a crash loses it, the
  // next writer drops the stale generation at open.
  return DeleteGenerations(*rep_, 0, next, no_log);
}

}  // namespace kg::store
