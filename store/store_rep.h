// Private to store/: the RocksDB handles behind a Store and the generation
// of the graph it reads, shared by the .cc files that implement it.
#ifndef KG_STORE_STORE_REP_H_
#define KG_STORE_STORE_REP_H_

#include <rocksdb/db.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"

namespace kg::store {

enum ColumnFamily {
  kMeta = 0,
  kArticles,
  kFacts,
  kCuration,
  kNodes,
  kEdgesOut,
  kEdgesIn,
  kNames,
  kNumFamilies
};

// Meta keys (default column family).
inline constexpr const char* kFormatKey = "format_version";
inline constexpr const char* kGenerationKey = "generation";       // graph generation in use
inline constexpr const char* kInputVersionKey = "input_version";  // bumped by every input change
inline constexpr const char* kBuiltVersionKey = "built_version";  // input_version of the graph

struct Store::Rep {
  std::string path;
  bool read_only = false;
  std::string secondary_dir;  // a reader's private RocksDB secondary directory
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> families;  // indexed by ColumnFamily
  uint32_t generation = 0;
  uint64_t input_version = 0;
  uint64_t built_version = 0;
  // A read-only store's iterators over edges_out and edges_in, kept across
  // Adjacent calls (store_queries.cc): making one costs as much as a seek,
  // and a traversal asks for hundreds. Released before the database closes.
  std::mutex adjacency_mutex;
  std::unique_ptr<rocksdb::Iterator> adjacency[2];

  rocksdb::ColumnFamilyHandle* cf(ColumnFamily family) const { return families[family]; }
  Status FromRocks(const rocksdb::Status& s, const std::string& what) const;
  // Reads a decimal meta value; 0 when absent.
  Status ReadMetaNumber(const char* key, uint64_t* value) const;
};

}  // namespace kg::store

#endif  // KG_STORE_STORE_REP_H_
