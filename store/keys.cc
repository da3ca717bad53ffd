#include "store/keys.h"

namespace kg::store {

void AppendFixed64(std::string* out, uint64_t value) {
  for (int shift = 56; shift >= 0; shift -= 8) {
    out->push_back(static_cast<char>((value >> shift) & 0xff));
  }
}

uint64_t DecodeFixed64(std::string_view bytes) {
  uint64_t value = 0;
  for (int i = 0; i < 8; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

std::string IdKey(uint64_t id) {
  std::string key;
  AppendFixed64(&key, id);
  return key;
}

std::string EdgeKey(uint64_t from, graph::EdgeType type, uint64_t to) {
  std::string key;
  key.reserve(17);
  AppendFixed64(&key, from);
  key.push_back(static_cast<char>(type));
  AppendFixed64(&key, to);
  return key;
}

bool ParseEdgeKey(std::string_view key, EdgeKeyParts* parts) {
  if (key.size() != 17) return false;
  parts->from = DecodeFixed64(key);
  parts->type = static_cast<graph::EdgeType>(key[8]);
  parts->to = DecodeFixed64(key.substr(9));
  return true;
}

std::string NamePrefix(std::string_view normalized_name) {
  std::string key(normalized_name);
  key.push_back('\0');
  return key;
}

std::string NameKey(std::string_view normalized_name, graph::NodeId id) {
  std::string key = NamePrefix(normalized_name);
  AppendFixed64(&key, id);
  return key;
}

}  // namespace kg::store
