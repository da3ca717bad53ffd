// Store::Open: finding, creating and opening the database so that nothing a
// user or a machine does leaves it unopenable. A database appears all at
// once (it is made in a sibling directory and renamed into place), a writer
// finishes what a killed writer left, and readers open a RocksDB secondary
// instance, which keeps every file it reads open while a writer compacts.
#include <rocksdb/db.h>
#include <rocksdb/env.h>
#include <rocksdb/options.h>
#include <rocksdb/write_batch.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "store/keys.h"
#include "store/store_rep.h"
#include "store/tuning.h"

namespace kg::store {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFamilyNames[kNumFamilies] = {"default", "articles",  "facts",    "curation",
                                                    "nodes",   "edges_out", "edges_in", "names"};
constexpr const char* kCreatingSuffix = ".creating-";

// Readers have nothing to say in RocksDB's info LOG, and without one their
// private secondary directory stays empty.
class SilentLogger : public rocksdb::Logger {
 public:
  using rocksdb::Logger::Logv;
  void Logv(const char* /*format*/, va_list /*ap*/) override {}
};

rocksdb::Options DatabaseOptions() {
  rocksdb::Options options;
  options.compression = rocksdb::kNoCompression;
  // RocksDB's own info LOG files grow without bound and help nobody here.
  options.keep_log_file_num = 2;
  // A killed writer can leave a torn record only at the end of the log;
  // damage anywhere else is reported instead of silently cutting history.
  options.wal_recovery_mode = rocksdb::WALRecoveryMode::kTolerateCorruptedTailRecords;
  // Every table file is opened (and its footer checked) at open, so a
  // truncated file is found at once; secondary instances require it.
  options.max_open_files = -1;
  TuneDatabase(&options);
  return options;
}

// RocksDB starts a flush and a compaction thread for every instance, though
// a secondary instance never flushes or compacts: this Env does not, and
// would still start a thread if work were ever scheduled.
class ReaderEnv : public rocksdb::EnvWrapper {
 public:
  ReaderEnv() : rocksdb::EnvWrapper(rocksdb::Env::Default()) {}
  void IncBackgroundThreadsIfNeeded(int /*number*/, Priority /*priority*/) override {}
};

// A reader lives for one command, often a few milliseconds, so it must
// start no threads it does not need: RocksDB opens the table files of each
// column family with up to 16 threads (over a hundred thread starts for our
// eight families), a statistics timer, and the background pools (see
// ReaderEnv). Table statistics feed only compaction decisions.
void ReaderOptions(rocksdb::Options* options) {
  static ReaderEnv* const env = new ReaderEnv();  // outlives every reader
  options->env = env;
  options->max_file_opening_threads = 1;
  options->stats_dump_period_sec = 0;
  options->stats_persist_period_sec = 0;
  options->skip_stats_update_on_db_open = true;
}

// Flushes and compactions on both cores.
void WriterOptions(rocksdb::Options* options) { options->IncreaseParallelism(2); }

std::vector<rocksdb::ColumnFamilyDescriptor> Families(const rocksdb::Options& options) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const char* name : kFamilyNames) {
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions(options));
    TuneFamily(name, &descriptors.back().options);
  }
  return descriptors;
}

void CloseRaw(rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*>* handles) {
  for (auto* handle : *handles) db->DestroyColumnFamilyHandle(handle);
  handles->clear();
  delete db;
}

Status OpenError(const std::string& path, const rocksdb::Status& s) {
  const std::string text = s.ToString();
  if (text.find("lock") != std::string::npos) {
    return Status::Busy("database " + path + " is in use by another kg process");
  }
  if (s.IsInvalidArgument() && text.find("Column famil") != std::string::npos) {
    return Status::Corruption("database " + path + " is not a kg database: " + text);
  }
  if (s.IsCorruption()) return Status::Corruption("database " + path + " is damaged: " + text);
  return Status::IOError("cannot open database " + path + ": " + text);
}

bool HasManifest(const std::string& path) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    if (entry.path().filename().string().starts_with("MANIFEST-")) return true;
  }
  return false;
}

// Says whether `path` holds a database; an error when it holds something
// else, or a database too damaged to name its files.
Status Locate(const std::string& path, bool read_only, bool* exists) {
  std::error_code ec;
  *exists = fs::exists(fs::path(path) / "CURRENT", ec);
  if (*exists) return Status::OK();
  if (fs::exists(path, ec) && !fs::is_directory(path, ec)) {
    return Status::InvalidArgument(path + " exists and is not a kg database");
  }
  if (fs::is_directory(path, ec) && !fs::is_empty(path, ec)) {
    if (HasManifest(path)) {
      return Status::Corruption("database " + path + " is damaged: its CURRENT file is missing");
    }
    return Status::InvalidArgument(path + " is a non-empty directory that is not a kg database");
  }
  if (read_only) {
    return Status::NotFound("no kg database at " + path + " (run `kg ingest` first, or pass --db)");
  }
  return Status::OK();
}

// Removes the half-made databases of creators that were killed.
void RemoveAbandonedCreations(const fs::path& target) {
  std::error_code ec;
  fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  const std::string prefix = target.filename().string() + kCreatingSuffix;
  for (const auto& entry : fs::directory_iterator(parent, ec)) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    pid_t pid = static_cast<pid_t>(std::atol(name.c_str() + prefix.size()));
    if (pid > 0 && kill(pid, 0) != 0 && errno == ESRCH) fs::remove_all(entry.path(), ec);
  }
}

// Makes a new, empty database at `path` in one step: it is built in a
// sibling directory and renamed into place, so a kill at any moment leaves
// either no database or a complete one.
Status CreateDatabase(const std::string& path) {
  fs::path target = fs::path(path).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  RemoveAbandonedCreations(target);
  const std::string staging = target.string() + kCreatingSuffix + std::to_string(getpid());
  rocksdb::Options options = DatabaseOptions();
  WriterOptions(&options);
  options.create_if_missing = true;
  options.create_missing_column_families = true;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s = rocksdb::DB::Open(options, staging, Families(options), &handles, &raw);
  if (!s.ok()) return Status::IOError("cannot create database " + path + ": " + s.ToString());
  rocksdb::WriteOptions sync;
  sync.sync = true;
  s = raw->Put(sync, handles[kMeta], kFormatKey, std::to_string(Store::kFormatVersion));
  if (s.ok()) s = raw->Flush(rocksdb::FlushOptions(), handles);
  CloseRaw(raw, &handles);
  std::error_code ec;
  if (!s.ok()) {
    fs::remove_all(staging, ec);
    return Status::IOError("cannot create database " + path + ": " + s.ToString());
  }
  // rename(2) replaces an empty directory; a non-empty one means another
  // process created the database first, which is fine.
  if (std::rename(staging.c_str(), target.c_str()) != 0) {
    int error = errno;
    fs::remove_all(staging, ec);
    if (error != ENOTEMPTY && error != EEXIST) {
      return Status::IOError("cannot create database " + path + ": " + std::strerror(error));
    }
  }
  return Status::OK();
}

// A private, empty directory under the system temp directory for one
// reader's secondary instance.
Status MakeSecondaryDirectory(std::string* dir) {
  std::error_code ec;
  std::string pattern = (fs::temp_directory_path(ec) / "kg-reader-XXXXXX").string();
  if (ec || !mkdtemp(pattern.data())) {
    return Status::IOError("cannot make a temporary directory for reading: " +
                           std::string(std::strerror(errno)));
  }
  *dir = pattern;
  return Status::OK();
}

Status OpenRocks(Store::Rep* rep) {
  rocksdb::Options options = DatabaseOptions();
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (!rep->read_only) {
    WriterOptions(&options);
    s = rocksdb::DB::Open(options, rep->path, Families(options), &rep->families, &raw);
  } else {
    Status made = MakeSecondaryDirectory(&rep->secondary_dir);
    if (!made.ok()) return made;
    options.info_log = std::make_shared<SilentLogger>();
    ReaderOptions(&options);
    // A writer that deletes a log file while we read it makes the open
    // fail with a transient error; the next attempt sees the new state.
    for (int attempt = 0; attempt < 3; ++attempt) {
      rep->families.clear();
      s = rocksdb::DB::OpenAsSecondary(options, rep->path, rep->secondary_dir, Families(options),
                                       &rep->families, &raw);
      if (s.ok() || s.IsCorruption() || s.IsInvalidArgument()) break;
    }
  }
  if (!s.ok()) return OpenError(rep->path, s);
  rep->db.reset(raw);
  return Status::OK();
}

// A writer killed between switching generations and dropping the old one
// leaves unreachable keys behind; drop them so they never pile up.
Status DropStaleGenerations(Store::Rep& rep) {
  const std::string current = GenerationPrefix(rep.generation);
  const std::string next = GenerationPrefix(rep.generation + 1);
  rocksdb::WriteBatch batch;
  for (ColumnFamily family : {kNodes, kEdgesOut, kEdgesIn, kNames}) {
    std::unique_ptr<rocksdb::Iterator> it(
        rep.db->NewIterator(rocksdb::ReadOptions(), rep.cf(family)));
    it->SeekToFirst();
    if (it->Valid() && it->key().compare(current) < 0) {
      batch.DeleteRange(rep.cf(family), GenerationPrefix(0), current);
    }
    it->Seek(next);
    if (it->Valid()) batch.DeleteRange(rep.cf(family), next, std::string(5, '\xff'));
    if (!it->status().ok()) return rep.FromRocks(it->status(), "cannot scan the graph");
  }
  if (batch.Count() == 0) return Status::OK();
  return rep.FromRocks(rep.db->Write(rocksdb::WriteOptions(), &batch), "cannot drop old graph");
}

// A truncated table file, found at open by its size alone: a secondary
// instance opens table files lazily and could otherwise read one as empty.
Status CheckTableSizes(const Store::Rep& rep) {
  std::vector<rocksdb::LiveFileMetaData> files;
  rep.db->GetLiveFilesMetaData(&files);
  for (const rocksdb::LiveFileMetaData& file : files) {
    std::error_code ec;
    // (A secondary instance reports its own directory as db_path.)
    const std::string path = rep.path + "/" + file.name;
    uintmax_t size = fs::file_size(path, ec);
    // A missing file may be one a running writer just compacted away;
    // the reader keeps its own descriptor. A wrong size is always damage.
    if (!ec && size != file.size) {
      return Status::Corruption("database " + rep.path + " is damaged: table file " +
                                fs::path(path).filename().string() + " is " + std::to_string(size) +
                                " bytes, not " + std::to_string(file.size));
    }
  }
  return Status::OK();
}

Status ReadMeta(Store::Rep& rep) {
  std::string version;
  rocksdb::Status s = rep.db->Get(rocksdb::ReadOptions(), rep.cf(kMeta), kFormatKey, &version);
  if (s.IsNotFound() && !rep.read_only) {
    // Databases made before the format record existed.
    version = std::to_string(Store::kFormatVersion);
    s = rep.db->Put(rocksdb::WriteOptions(), rep.cf(kMeta), kFormatKey, version);
  }
  if (!s.ok()) return rep.FromRocks(s, "cannot read format version");
  if (version != std::to_string(Store::kFormatVersion)) {
    return Status::Corruption("database " + rep.path + " has format version '" + version +
                              "', this kg reads version " + std::to_string(Store::kFormatVersion));
  }
  uint64_t generation = 0;
  for (auto [key, value] :
       {std::pair{kGenerationKey, &generation}, std::pair{kInputVersionKey, &rep.input_version},
        std::pair{kBuiltVersionKey, &rep.built_version}}) {
    Status read = rep.ReadMetaNumber(key, value);
    if (!read.ok()) return read;
  }
  rep.generation = static_cast<uint32_t>(generation);
  return Status::OK();
}

}  // namespace

Status Store::Open(const std::string& path, const StoreOptions& options,
                   std::unique_ptr<Store>* store) {
  store->reset();
  bool exists = false;
  Status s = Locate(path, options.read_only, &exists);
  if (s.ok() && !exists) s = CreateDatabase(path);
  if (!s.ok()) return s;

  auto rep = std::make_unique<Rep>();
  rep->path = path;
  rep->read_only = options.read_only;
  Rep* r = rep.get();
  std::unique_ptr<Store> opened(new Store(std::move(rep)));
  s = OpenRocks(r);
  if (s.ok()) s = CheckTableSizes(*r);
  if (s.ok()) s = ReadMeta(*r);
  if (s.ok() && !options.read_only) s = DropStaleGenerations(*r);
  // A writer that died between storing facts and rebuilding left the graph
  // behind its input: finish the job now.
  if (s.ok() && !options.read_only && opened->NeedsRebuild()) s = opened->Rebuild();
  if (!s.ok()) return s;
  *store = std::move(opened);
  return Status::OK();
}

}  // namespace kg::store
