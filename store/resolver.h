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
// Mentions with the same type, name and aliases are one entity.
#ifndef KG_STORE_RESOLVER_H_
#define KG_STORE_RESOLVER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace kg::store {

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

// Collects entity mentions, article by article, then resolves them all at
// once. Mentions with one surface form (type, name and aliases) are stored
// once, with the articles they occur in, and resolved as one: memory grows
// with the distinct names and forms of a corpus (which flatten out as it
// grows) and with the (form, article) pairs, which the graph's nodes keep
// anyway as their article lists.
class EntityResolver {
 public:
  explicit EntityResolver(std::vector<Curation> curation);
  ~EntityResolver();
  EntityResolver(const EntityResolver&) = delete;
  EntityResolver& operator=(const EntityResolver&) = delete;

  // Adds one mention; before Resolve only. Returns the mention's form, for
  // EntityIndexOfForm: a caller that visits the mentions again in the same
  // order can keep these 4 bytes per mention instead of looking forms up.
  uint32_t Add(graph::ArticleId article, graph::NodeType type, std::string_view name,
               std::span<const std::string> aliases);

  // Resolves the mentions added; call once.
  void Resolve();

  // After Resolve: the entities, sorted by id. The caller may take their
  // contents once written; EntityIndex keeps working.
  std::vector<ResolvedEntity>& entities();

  // After Resolve: the index in entities() of the entity of a mention with
  // this type, name and aliases; nullopt when no such mention was added.
  std::optional<size_t> EntityIndex(graph::NodeType type, std::string_view name,
                                    std::span<const std::string> aliases) const;
  // After Resolve: the same for a form Add returned.
  size_t EntityIndexOfForm(uint32_t form) const;

 private:
  struct Rep;
  std::unique_ptr<Rep> rep_;
};

// The key names are compared by: NormalizeName without a leading "the",
// and for persons without titles, single-letter initials and suffixes.
std::string ResolutionKey(graph::NodeType type, std::string_view name);

// Aliases that may join entities across articles: proper names, not
// descriptions like "the union" that name different things in each article.
bool IsProperNameAlias(std::string_view alias);

}  // namespace kg::store

#endif  // KG_STORE_RESOLVER_H_
