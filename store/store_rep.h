// Private to store/: the RocksDB handles behind a Store, shared by the .cc
// files that implement reads (store.cc) and article writes (article_writer.cc).
#ifndef KG_STORE_STORE_REP_H_
#define KG_STORE_STORE_REP_H_

#include <rocksdb/db.h>

#include <memory>
#include <string>
#include <vector>

#include "store/status.h"

namespace kg::store {

enum ColumnFamily { kMeta = 0, kArticles, kNodes, kEdgesOut, kEdgesIn, kNames, kNumFamilies };

struct Store::Rep {
  std::string path;
  bool read_only = false;
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> families;  // indexed by ColumnFamily

  rocksdb::ColumnFamilyHandle* cf(ColumnFamily family) const { return families[family]; }
  Status FromRocks(const rocksdb::Status& s, const std::string& what) const;
};

}  // namespace kg::store

#endif  // KG_STORE_STORE_REP_H_
