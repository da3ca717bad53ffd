// Store::Check: verifies the invariants the rest of kg relies on, reading
// every record once. Each broken invariant becomes one precise line.
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/json_writer.h"
#include "store/keys.h"
#include "store/records.h"
#include "store/store_rep.h"

namespace kg::store {
namespace {

constexpr size_t kMaxProblems = 50;

class Checker {
 public:
  Checker(const Store::Rep& rep, std::vector<std::string>* problems)
      : rep_(rep), problems_(problems) {}

  Status Run() {
    if (rep_.input_version != rep_.built_version) {
      Report(
          "the graph is behind its input (a writer stopped before rebuilding); any writing "
          "command (e.g. `kg ingest` of nothing new) rebuilds it");
    }
    for (auto step : {&Checker::CheckArticles, &Checker::CheckNodes, &Checker::CheckEdges,
                      &Checker::CheckReverseEdges, &Checker::CheckNames}) {
      Status s = (this->*step)();
      if (!s.ok()) return s;
    }
    return Status::OK();
  }

 private:
  void Report(const std::string& problem) {
    if (problems_->size() < kMaxProblems) problems_->push_back(problem);
  }

  std::unique_ptr<rocksdb::Iterator> Scan(ColumnFamily family) const {
    return std::unique_ptr<rocksdb::Iterator>(
        rep_.db->NewIterator(rocksdb::ReadOptions(), rep_.cf(family)));
  }

  // Counts keys of `family` outside the current generation.
  void CheckGenerations(ColumnFamily family, const char* name) {
    auto it = Scan(family);
    const std::string current = GenerationPrefix(rep_.generation);
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      if (!it->key().starts_with(current)) {
        Report(std::string(name) + ": a key of generation " +
               std::to_string(DecodeFixed32(it->key().ToStringView())) +
               " outside the current generation " + std::to_string(rep_.generation));
        return;
      }
    }
  }

  Status CheckArticles() {
    std::set<uint64_t> facts;
    auto it = Scan(kFacts);
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      uint64_t id = DecodeFixed64(it->key().ToStringView());
      facts.insert(id);
      ArticleFacts record;
      if (!DecodeRecord(it->value().ToString(), &record).ok()) {
        Report("facts of article " + graph::IdToHex(id) + " do not decode");
      }
    }
    it = Scan(kArticles);
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      uint64_t id = DecodeFixed64(it->key().ToStringView());
      graph::Article a;
      if (!DecodeRecord(it->value().ToString(), &a).ok()) {
        Report("article " + graph::IdToHex(id) + " does not decode");
        continue;
      }
      if (a.id != id) Report("article " + graph::IdToHex(id) + " is stored under another id");
      if (a.sha256.size() != 64) Report("article " + a.path + " has no valid sha256");
      if (a.path.empty()) Report("article " + graph::IdToHex(id) + " has no path");
      if (!facts.erase(id)) Report("article " + a.path + " has no facts record");
      articles_.insert(id);
    }
    for (uint64_t id : facts) Report("facts of article " + graph::IdToHex(id) + " have no article");
    return rep_.FromRocks(it->status(), "cannot scan articles");
  }

  Status CheckNodes() {
    CheckGenerations(kNodes, "nodes");
    auto it = Scan(kNodes);
    const std::string prefix = GenerationPrefix(rep_.generation);
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      uint64_t id = DecodeFixed64(it->key().ToStringView().substr(4));
      graph::Node n;
      if (!DecodeRecord(it->value().ToString(), &n).ok()) {
        Report("node " + graph::IdToHex(id) + " does not decode");
        continue;
      }
      if (n.id != id) Report("node " + graph::IdToHex(id) + " is stored under another id");
      for (graph::ArticleId a : n.articles) {
        if (!articles_.count(a)) {
          Report("node '" + n.name + "' cites missing article " + graph::IdToHex(a));
        }
      }
      types_[id] = n.type;
      if (n.type != graph::NodeType::kStatement) {
        std::set<std::string> names = {graph::NormalizeName(n.name)};
        for (const auto& a : n.aliases) names.insert(graph::NormalizeName(a));
        names_of_[id] = std::move(names);
        unindexed_.insert(id);
      }
    }
    return rep_.FromRocks(it->status(), "cannot scan nodes");
  }

  Status CheckEdges() {
    CheckGenerations(kEdgesOut, "edges_out");
    auto it = Scan(kEdgesOut);
    const std::string prefix = GenerationPrefix(rep_.generation);
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      EdgeKeyParts k;
      graph::Edge e;
      if (!ParseEdgeKey(it->key().ToStringView(), &k) ||
          !DecodeRecord(it->value().ToString(), &e).ok()) {
        Report("an edge record does not decode");
        continue;
      }
      std::string what = std::string(graph::EdgeTypeName(k.type)) + " edge " +
                         graph::IdToHex(k.from) + " -> " + graph::IdToHex(k.to);
      if (e.source != k.from || e.target != k.to || e.type != k.type) {
        Report(what + " holds a record of another edge");
      }
      if (!types_.count(k.from)) Report(what + ": source node missing");
      if (!types_.count(k.to)) Report(what + ": target node missing");
      if (e.sources.empty()) Report(what + " has no provenance");
      for (const auto& p : e.sources) {
        if (!articles_.count(p.article)) Report(what + " cites a missing article");
      }
      std::string reverse;
      rocksdb::Status s = rep_.db->Get(rocksdb::ReadOptions(), rep_.cf(kEdgesIn),
                                       EdgeKey(rep_.generation, k.to, k.type, k.from), &reverse);
      if (s.IsNotFound()) Report(what + " has no incoming-direction entry");
    }
    return rep_.FromRocks(it->status(), "cannot scan edges");
  }

  Status CheckReverseEdges() {
    CheckGenerations(kEdgesIn, "edges_in");
    auto it = Scan(kEdgesIn);
    const std::string prefix = GenerationPrefix(rep_.generation);
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      EdgeKeyParts k;
      if (!ParseEdgeKey(it->key().ToStringView(), &k)) {
        Report("a malformed incoming-edge key");
        continue;
      }
      std::string value;
      rocksdb::Status s = rep_.db->Get(rocksdb::ReadOptions(), rep_.cf(kEdgesOut),
                                       EdgeKey(rep_.generation, k.to, k.type, k.from), &value);
      if (s.IsNotFound()) {
        Report(std::string("incoming ") + graph::EdgeTypeName(k.type) + " entry " +
               graph::IdToHex(k.to) + " -> " + graph::IdToHex(k.from) + " has no edge record");
      }
    }
    return rep_.FromRocks(it->status(), "cannot scan incoming edges");
  }

  Status CheckNames() {
    CheckGenerations(kNames, "names");
    auto it = Scan(kNames);
    const std::string prefix = GenerationPrefix(rep_.generation);
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      std::string_view key = it->key().ToStringView();
      std::string name(NameOfNameKey(key));
      uint64_t id = DecodeFixed64(key.substr(key.size() - 8));
      auto names = names_of_.find(id);
      if (names == names_of_.end()) {
        Report("name index entry '" + name + "' points to a missing node");
        continue;
      }
      if (!names->second.count(name)) {
        Report("name index entry '" + name + "' does not name node " + graph::IdToHex(id));
      }
      if (it->value().size() != 1 || static_cast<graph::NodeType>(it->value()[0]) != types_[id]) {
        Report("name index entry '" + name + "' has the wrong node type");
      }
      unindexed_.erase(id);
    }
    for (uint64_t id : unindexed_)
      Report("node " + graph::IdToHex(id) + " is not in the name index");
    return rep_.FromRocks(it->status(), "cannot scan names");
  }

  const Store::Rep& rep_;
  std::vector<std::string>* problems_;
  std::unordered_set<uint64_t> articles_;
  std::unordered_map<uint64_t, graph::NodeType> types_;
  std::unordered_map<uint64_t, std::set<std::string>> names_of_;
  std::unordered_set<uint64_t> unindexed_;
};

}  // namespace

Status Store::Check(std::vector<std::string>* problems) const {
  problems->clear();
  Checker checker(*rep_, problems);
  return checker.Run();
}

}  // namespace kg::store
