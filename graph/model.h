// The graph's data model: node and edge types, deterministic fixed-width ids,
// and the records every layer above extraction speaks (nodes, edges with
// their provenance, articles). Ids are hashes of a canonical key, never of
// insertion order, so the same input gives the same ids in any order.
#ifndef KG_GRAPH_MODEL_H_
#define KG_GRAPH_MODEL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

using NodeId = uint64_t;
using ArticleId = uint64_t;

enum class NodeType : uint8_t { kPerson = 1, kOrganization = 2, kStatement = 3 };
enum class EdgeType : uint8_t { kEndorses = 1, kHasRole = 2, kSaid = 3 };

const char* NodeTypeName(NodeType type);  // "person", "organization", "statement"
const char* EdgeTypeName(EdgeType type);  // "ENDORSES", "HAS_ROLE", "SAID"
std::optional<NodeType> ParseNodeType(std::string_view name);
std::optional<EdgeType> ParseEdgeType(std::string_view name);  // case-insensitive

// 64-bit FNV-1a with a final avalanche: stable across platforms and releases,
// which is what makes ids reproducible. Collisions are negligible below
// billions of nodes.
uint64_t StableHash64(std::string_view bytes);

// The name-index key of a surface form: lower case ASCII letters and digits,
// every other run of bytes one space, trimmed ("Sen. John  Kennedy" ->
// "sen john kennedy"). Non-ASCII bytes are kept so names in other scripts
// still resolve.
std::string NormalizeName(std::string_view name);

// "jeff-sessions": the id slug used by extraction output.
std::string Slug(std::string_view name);

NodeId EntityNodeId(NodeType type, std::string_view name);
NodeId StatementNodeId(ArticleId article, uint32_t start);
ArticleId ArticleIdFromSha256(std::string_view sha256_hex);

// Where a fact was read: the article, the byte span of the supporting
// sentence, its text, and the extraction rule that produced the fact.
struct Provenance {
  ArticleId article = 0;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string sentence;
  std::string rule;
};

struct Node {
  NodeId id = 0;
  NodeType type = NodeType::kPerson;
  std::string name;                    // entity name, or the quotation for statements
  std::vector<std::string> aliases;    // sorted, without `name`
  std::vector<ArticleId> articles;     // sorted articles that mention it (MENTIONED_IN)
  std::vector<std::string> decisions;  // entity resolution: why its mentions are one node
  // Statements only: the quotation's own span, the speech cue and the
  // attribution evidence.
  std::string cue;
  Provenance quote;
};

struct Edge {
  NodeId source = 0;
  EdgeType type = EdgeType::kEndorses;
  NodeId target = 0;
  std::string title;                // HAS_ROLE only
  std::vector<Provenance> sources;  // one per article/sentence that supports it
};

struct Article {
  ArticleId id = 0;
  std::string path;
  std::string sha256;  // hex of the article's bytes
  std::string title;
  std::string byline;
  std::string date;
  uint64_t size = 0;
};

// A materialised (sub)graph: what exporters and queries work on.
struct Graph {
  std::vector<Node> nodes;  // sorted by id
  std::vector<Edge> edges;  // sorted by (source, type, target)
  std::vector<Article> articles;
};

}  // namespace kg::graph

#endif  // KG_GRAPH_MODEL_H_
