// Private to store/: how RocksDB is sized for kg's workload, kept apart
// from opening (store_open.cc) so that memory and write-path choices are
// in one place. The input families take one small batch per article and
// are read by point lookups; the graph families are written in bulk by
// Rebuild and read only after it has flushed them. Total memtable memory
// is capped, so a writer's memory does not grow with the database.
#ifndef KG_STORE_TUNING_H_
#define KG_STORE_TUNING_H_

#include <rocksdb/options.h>

#include <string_view>

namespace kg::store {

// Database-wide settings: the memtable budget shared by all families.
void TuneDatabase(rocksdb::Options* options);

// Per-family settings; `family` is the column family's name.
void TuneFamily(std::string_view family, rocksdb::ColumnFamilyOptions* options);

}  // namespace kg::store

#endif  // KG_STORE_TUNING_H_
