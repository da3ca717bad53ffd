// Key encodings of the column families (see docs/storage.md). Ids are 8-byte
// big-endian so that RocksDB's bytewise order is numeric order and an id's
// edges are one contiguous prefix range. Keys of the derived graph (nodes,
// edges, names) start with a 4-byte generation: a rebuild writes a whole
// new generation and makes it visible with one write of the meta record.
#ifndef KG_STORE_KEYS_H_
#define KG_STORE_KEYS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace kg::store {

void AppendFixed32(std::string* out, uint32_t value);
void AppendFixed64(std::string* out, uint64_t value);
uint32_t DecodeFixed32(std::string_view bytes);  // bytes.size() >= 4
uint64_t DecodeFixed64(std::string_view bytes);  // bytes.size() >= 8

std::string IdKey(uint64_t id);  // articles, facts
std::string GenerationPrefix(uint32_t generation);
std::string NodeKey(uint32_t generation, graph::NodeId id);
// edges_out: gen|source|type|target ; edges_in: gen|target|type|source
std::string EdgeKey(uint32_t generation, uint64_t from, graph::EdgeType type, uint64_t to);
struct EdgeKeyParts {
  uint32_t generation = 0;
  uint64_t from = 0;
  graph::EdgeType type = graph::EdgeType::kEndorses;
  uint64_t to = 0;
};
bool ParseEdgeKey(std::string_view key, EdgeKeyParts* parts);
// names: gen | normalised name | 0x00 | node id
std::string NamePrefix(uint32_t generation, std::string_view normalized_name);
std::string NameKey(uint32_t generation, std::string_view normalized_name, graph::NodeId id);
// The normalised name inside a name key; empty when malformed.
std::string_view NameOfNameKey(std::string_view key);

}  // namespace kg::store

#endif  // KG_STORE_KEYS_H_
