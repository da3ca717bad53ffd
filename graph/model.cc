#include "graph/model.h"

#include <cctype>
#include <charconv>

namespace kg::graph {

const char* NodeTypeName(NodeType type) {
  switch (type) {
    case NodeType::kPerson:
      return "person";
    case NodeType::kOrganization:
      return "organization";
    case NodeType::kStatement:
      return "statement";
  }
  return "unknown";
}

const char* EdgeTypeName(EdgeType type) {
  switch (type) {
    case EdgeType::kEndorses:
      return "ENDORSES";
    case EdgeType::kHasRole:
      return "HAS_ROLE";
    case EdgeType::kSaid:
      return "SAID";
  }
  return "UNKNOWN";
}

static bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

std::optional<NodeType> ParseNodeType(std::string_view name) {
  for (NodeType t : {NodeType::kPerson, NodeType::kOrganization, NodeType::kStatement}) {
    if (EqualsIgnoreCase(name, NodeTypeName(t))) return t;
  }
  if (EqualsIgnoreCase(name, "org")) return NodeType::kOrganization;
  return std::nullopt;
}

std::optional<EdgeType> ParseEdgeType(std::string_view name) {
  for (EdgeType t : {EdgeType::kEndorses, EdgeType::kHasRole, EdgeType::kSaid}) {
    if (EqualsIgnoreCase(name, EdgeTypeName(t))) return t;
  }
  return std::nullopt;
}

uint64_t StableHash64(std::string_view bytes) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  // splitmix64 finaliser: FNV alone leaves the high bits weakly mixed.
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

std::string NormalizeName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (unsigned char c : name) {
    bool keep = std::isalnum(c) || c >= 0x80;
    // Apostrophes vanish rather than split: "O'Rourke" -> "orourke".
    if (c == '\'') continue;
    if (!keep) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(std::tolower(c)));
  }
  return out;
}

std::string Slug(std::string_view name) {
  std::string normalized = NormalizeName(name);
  for (char& c : normalized) {
    if (c == ' ') c = '-';
  }
  return normalized;
}

NodeId EntityNodeId(NodeType type, std::string_view name) {
  std::string key = NodeTypeName(type);
  key += ':';
  key += NormalizeName(name);
  return StableHash64(key);
}

NodeId StatementNodeId(ArticleId article, uint32_t start) {
  std::string key = "statement:" + std::to_string(article) + ":" + std::to_string(start);
  return StableHash64(key);
}

ArticleId ArticleIdFromSha256(std::string_view sha256_hex) {
  uint64_t id = 0;
  std::string_view head = sha256_hex.substr(0, 16);
  std::from_chars(head.data(), head.data() + head.size(), id, 16);
  return id;
}

}  // namespace kg::graph
