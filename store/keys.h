// Key encodings of the column families (see docs/storage.md). Ids are 8-byte
// big-endian so that RocksDB's bytewise order is numeric order and an id's
// edges are one contiguous prefix range.
#ifndef KG_STORE_KEYS_H_
#define KG_STORE_KEYS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace kg::store {

void AppendFixed64(std::string* out, uint64_t value);
uint64_t DecodeFixed64(std::string_view bytes);  // bytes.size() >= 8

std::string IdKey(uint64_t id);  // nodes, articles
// edges_out: source|type|target ; edges_in: target|type|source
std::string EdgeKey(uint64_t from, graph::EdgeType type, uint64_t to);
struct EdgeKeyParts {
  uint64_t from = 0;
  graph::EdgeType type = graph::EdgeType::kEndorses;
  uint64_t to = 0;
};
bool ParseEdgeKey(std::string_view key, EdgeKeyParts* parts);
// names: normalised name | 0x00 | node id
std::string NameKey(std::string_view normalized_name, graph::NodeId id);
std::string NamePrefix(std::string_view normalized_name);

}  // namespace kg::store

#endif  // KG_STORE_KEYS_H_
