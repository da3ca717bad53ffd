// The per-article result of extraction: the people and organizations an
// article names, the relations between them, and the quotations it
// attributes. It is the only type shared between extract/ and the rest of kg,
// so it carries everything the store needs (ids, names, aliases, byte spans,
// the rule behind each fact) and nothing of the store itself.
#ifndef KG_EXTRACT_ARTICLE_H_
#define KG_EXTRACT_ARTICLE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace kg::extract {

// Byte offsets into the original article bytes, end exclusive.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
};

enum class EntityType { kPerson, kOrganization };

const char* EntityTypeName(EntityType type);  // "person" / "organization"

struct Entity {
  // "person:jeff-sessions": type plus a slug of `name`, so the same name gives
  // the same id in every article.
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string name;                  // fullest proper name, without titles
  std::vector<std::string> aliases;  // other surface forms resolved to it
  std::vector<Span> mentions;
};

// Where a fact comes from: the sentence (or passage) that supports it and the
// name of the extraction rule that produced it, so every edge is explainable.
struct Evidence {
  Span span;
  std::string text;
  std::string rule;
};

struct Relation {
  std::string type;    // "ENDORSES", "HAS_ROLE", ...
  std::string source;  // entity id
  std::string target;  // entity id
  std::string title;   // HAS_ROLE only: "President", "spokesman", ...
  Evidence evidence;
};

struct Statement {
  std::string speaker;  // entity id
  std::string text;     // without quotation marks; paragraphs joined by one space
  Span span;            // the quotation, from its first to its last quote mark
  std::string cue;      // the attribution phrase, e.g. "said", "told"
  Evidence evidence;    // the attribution sentence(s) and rule
};

struct ArticleResult {
  std::string title;   // first non-empty line, when it looks like a headline
  std::string byline;  // author name when found
  std::string date;    // ISO date when found, else empty
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<Statement> statements;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_ARTICLE_H_
