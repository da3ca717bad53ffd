#include "store/tuning.h"

#include <rocksdb/memtablerep.h>

#include <memory>

namespace kg::store {
namespace {

// All memtables together: when they reach this, RocksDB flushes the
// largest. RocksDB's defaults (64 MB per family, two per family, eight
// families) let a long ingest hold hundreds of MB in memtables.
constexpr size_t kMemtableBudget = 48 << 20;
// One family's memtable; a flush writes one level-0 table of about this size.
constexpr size_t kFamilyMemtable = 16 << 20;

bool IsGraphFamily(std::string_view family) {
  return family == "nodes" || family == "edges_out" || family == "edges_in" || family == "names";
}

}  // namespace

void TuneDatabase(rocksdb::Options* options) {
  options->db_write_buffer_size = kMemtableBudget;
  options->write_buffer_size = kFamilyMemtable;
  // Only one thread ever writes (RocksDB's lock keeps other processes out),
  // and the vector memtables below do not support concurrent inserts.
  options->allow_concurrent_memtable_write = false;
}

void TuneFamily(std::string_view family, rocksdb::ColumnFamilyOptions* options) {
  options->write_buffer_size = kFamilyMemtable;
  if (IsGraphFamily(family)) {
    // Rebuild appends a whole generation and reads none of it before it is
    // flushed: an unsorted vector, sorted once by the background flush, costs
    // far less per insert than the default skiplist. (Reads from such a
    // memtable would be slow, but the graph families' memtables are empty
    // whenever anything reads them.)
    options->memtable_factory = std::make_shared<rocksdb::VectorRepFactory>();
  }
}

}  // namespace kg::store
