// Cross-article entity resolution: decides which extracted entities, across
// all stored articles, are one real-world thing and so one graph node. It is
// a pure function of the set of mentions and the user's curation records, so
// the graph does not depend on the order articles arrived in, and it is
// unit-testable without a database. Rules, in order:
//   1. same full name, ignoring case, punctuation, titles ("Sen."), middle
//      initials and suffixes ("Jr."), or a shared multi-word alias
//      ("Immigration and Customs Enforcement" <-> "U.S. Immigration and ...");
//   2. a single-word name ("Trump", "ICE") joins the one entity of its type
//      with that surname or alias; with two or more candidates it is
//      ambiguous and kept apart, never silently assigned;
//   3. curation: `merge` and `alias add` join, `alias remove` forbids a join.
// Every join is recorded as a decision with its rule and evidence.
#ifndef KG_STORE_RESOLVER_H_
#define KG_STORE_RESOLVER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/model.h"

namespace kg::store {

struct EntityMention {
  graph::ArticleId article = 0;
  uint32_t local = 0;  // the entity's index within its article
  graph::NodeType type = graph::NodeType::kPerson;
  std::string name;
  std::vector<std::string> aliases;
};

enum class CurationOp : uint8_t { kMerge = 1, kAliasAdd = 2, kAliasRemove = 3 };

struct Curation {
  CurationOp op = CurationOp::kMerge;
  std::string name;   // the entity acted on
  std::string other;  // the other entity (merge) or the alias
};

struct ResolvedEntity {
  graph::NodeId id = 0;
  graph::NodeType type = graph::NodeType::kPerson;
  std::string name;
  std::vector<std::string> aliases;    // sorted, without `name`
  std::vector<std::string> decisions;  // why its mentions are one node
  std::vector<graph::ArticleId> articles;
};

using MentionKey = std::pair<graph::ArticleId, uint32_t>;

struct Resolution {
  std::vector<ResolvedEntity> entities;  // sorted by id
  // mention -> index in entities, sorted by mention (a flat array: a corpus
  // has hundreds of thousands of mentions)
  std::vector<std::pair<MentionKey, uint32_t>> entity_of;

  // The index in `entities` of a mention's entity; nullopt when unknown.
  std::optional<size_t> EntityIndex(graph::ArticleId article, uint32_t local) const;
};

Resolution ResolveEntities(const std::vector<EntityMention>& mentions,
                           const std::vector<Curation>& curation);

// The key names are compared by: NormalizeName without a leading "the",
// and for persons without titles, single-letter initials and suffixes.
std::string ResolutionKey(graph::NodeType type, std::string_view name);

// Aliases that may join entities across articles: proper names, not
// descriptions like "the union" that name different things in each article.
bool IsProperNameAlias(std::string_view alias);

}  // namespace kg::store

#endif  // KG_STORE_RESOLVER_H_
