#include "store/keys.h"

namespace kg::store {

void AppendFixed32(std::string* out, uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) {
    out->push_back(static_cast<char>((value >> shift) & 0xff));
  }
}

void AppendFixed64(std::string* out, uint64_t value) {
  for (int shift = 56; shift >= 0; shift -= 8) {
    out->push_back(static_cast<char>((value >> shift) & 0xff));
  }
}

uint32_t DecodeFixed32(std::string_view bytes) {
  uint32_t value = 0;
  for (int i = 0; i < 4; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
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

std::string GenerationPrefix(uint32_t generation) {
  std::string key;
  AppendFixed32(&key, generation);
  return key;
}

std::string NodeKey(uint32_t generation, graph::NodeId id) {
  std::string key = GenerationPrefix(generation);
  AppendFixed64(&key, id);
  return key;
}

std::string EdgeKey(uint32_t generation, uint64_t from, graph::EdgeType type, uint64_t to) {
  std::string key = GenerationPrefix(generation);
  key.reserve(21);
  AppendFixed64(&key, from);
  key.push_back(static_cast<char>(type));
  AppendFixed64(&key, to);
  return key;
}

bool ParseEdgeKey(std::string_view key, EdgeKeyParts* parts) {
  if (key.size() != 21) return false;
  parts->generation = DecodeFixed32(key);
  parts->from = DecodeFixed64(key.substr(4));
  parts->type = static_cast<graph::EdgeType>(key[12]);
  parts->to = DecodeFixed64(key.substr(13));
  return true;
}

std::string NamePrefix(uint32_t generation, std::string_view normalized_name) {
  std::string key = GenerationPrefix(generation);
  key.append(normalized_name);
  key.push_back('\0');
  return key;
}

std::string NameKey(uint32_t generation, std::string_view normalized_name, graph::NodeId id) {
  std::string key = NamePrefix(generation, normalized_name);
  AppendFixed64(&key, id);
  return key;
}

std::string_view NameOfNameKey(std::string_view key) {
  if (key.size() < 4 + 1 + 8 || key[key.size() - 9] != '\0') return {};
  return key.substr(4, key.size() - 4 - 9);
}

}  // namespace kg::store
