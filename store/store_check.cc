// Store::Check: verifies the invariants the rest of kg relies on, reading
// every record once. Each broken invariant becomes one precise line.
#include <fcntl.h>
#include <rocksdb/db.h>
#include <unistd.h>

#include <filesystem>
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

class SilentLogger : public rocksdb::Logger {
 public:
  using rocksdb::Logger::Logv;
  void Logv(const char* /*format*/, va_list /*ap*/) override {}
};

class Checker {
 public:
  Checker(const Store::Rep& rep, std::vector<std::string>* problems,
          std::vector<std::string>* notes)
      : rep_(rep), problems_(problems), notes_(notes) {}

  Status Run() {
    // Damaged files first: the invariants below cannot be read from them.
    rocksdb::Status verified = VerifyTables();
    if (!verified.ok()) {
      Report("database files are damaged: " + verified.ToString());
      return Status::OK();
    }
    if (!CheckEveryTableOpens()) return Status::OK();
    if (rep_.input_version != rep_.built_version) {
      Note(
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
  // A reader's secondary instance leaves out a table file it cannot open
  // (it might be one a writer is still writing), so a truncated file would
  // look like missing data. With no writer running, open the database
  // read-only as well: that opens every table file the manifest lists (and
  // ignores the half-written leftovers of a killed writer). Returns false
  // when one is damaged.
  bool CheckEveryTableOpens() {
    if (!rep_.read_only || WriterRunning()) return true;
    rocksdb::Options options;
    options.max_open_files = -1;
    options.info_log = std::make_shared<SilentLogger>();
    std::vector<std::string> names;
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(options, rep_.path, &names);
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const std::string& name : names) families.emplace_back(name, options);
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    if (s.ok()) s = rocksdb::DB::OpenForReadOnly(options, rep_.path, families, &handles, &db);
    if (db) {
      for (auto* handle : handles) db->DestroyColumnFamilyHandle(handle);
      delete db;
    }
    if (s.IsCorruption()) {
      Report("database " + rep_.path + " is damaged: " + s.ToString());
      return false;
    }
    return true;
  }

  // VerifyChecksum opens every table file of this reader's view by name; a
  // writer may have compacted one away since the view was taken, and may
  // even have finished since. That is no damage: catching up with the
  // writer gives a view without the file. Only a file that stays missing
  // from fresh views is reported. While a writer still runs, a missing
  // file is never damage: the reads below verify the checksum of every
  // block they read, through the descriptors the reader holds.
  rocksdb::Status VerifyTables() {
    rocksdb::Status verified = rep_.db->VerifyChecksum();
    for (int attempt = 0; attempt < 3 && TableVanished(verified); ++attempt) {
      if (WriterRunning()) return rocksdb::Status::OK();
      if (!rep_.read_only || !rep_.db->TryCatchUpWithPrimary().ok()) break;
      verified = rep_.db->VerifyChecksum();
    }
    return verified;
  }

  static bool TableVanished(const rocksdb::Status& s) {
    return s.IsPathNotFound() ||
           (s.IsIOError() && s.ToString().find("No such file") != std::string::npos);
  }

  // True when a process holds RocksDB's lock on the database.
  bool WriterRunning() const {
    int fd = open((rep_.path + "/LOCK").c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    bool held = fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    close(fd);
    return held;
  }

  void Note(const std::string& note) {
    if (notes_) notes_->push_back(note);
  }

  std::unique_ptr<rocksdb::Iterator> Scan(ColumnFamily family) const {
    return std::unique_ptr<rocksdb::Iterator>(
        rep_.db->NewIterator(rocksdb::ReadOptions(), rep_.cf(family)));
  }

  // Notes keys of `family` outside the current generation: the leftovers
  // of a writer killed mid-rebuild, unreachable, dropped by the next writer.
  void CheckGenerations(ColumnFamily family, const char* name) {
    auto it = Scan(family);
    const std::string current = GenerationPrefix(rep_.generation);
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      if (it->key().size() < 4) {
        Report(std::string(name) + ": a key too short to hold a generation");
        return;
      }
      if (!it->key().starts_with(current)) {
        Note(std::string(name) + ": a key of generation " +
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
      if (it->key().size() != 8) {
        Report("facts: a malformed key");
        continue;
      }
      uint64_t id = DecodeFixed64(it->key().ToStringView());
      facts.insert(id);
      ArticleFacts record;
      if (!DecodeRecord(it->value().ToString(), &record).ok()) {
        Report("facts of article " + graph::IdToHex(id) + " do not decode");
      }
    }
    if (!it->status().ok()) return rep_.FromRocks(it->status(), "cannot scan facts");
    it = Scan(kArticles);
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      if (it->key().size() != 8) {
        Report("articles: a malformed key");
        continue;
      }
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
      if (it->key().size() != 12) {
        Report("nodes: a malformed key");
        continue;
      }
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
      if (key.size() < prefix.size() + 9) {
        Report("names: a malformed key");
        continue;
      }
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
  std::vector<std::string>* notes_;
  std::unordered_set<uint64_t> articles_;
  std::unordered_map<uint64_t, graph::NodeType> types_;
  std::unordered_map<uint64_t, std::set<std::string>> names_of_;
  std::unordered_set<uint64_t> unindexed_;
};

}  // namespace

Status Store::Check(std::vector<std::string>* problems, std::vector<std::string>* notes) const {
  problems->clear();
  if (notes) notes->clear();
  Checker checker(*rep_, problems, notes);
  return checker.Run();
}

}  // namespace kg::store
