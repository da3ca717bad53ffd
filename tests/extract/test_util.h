// Helpers shared by the extraction tests: run the extractor on a string and
// look facts up by name.
#ifndef KG_TESTS_EXTRACT_TEST_UTIL_H_
#define KG_TESTS_EXTRACT_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "extract/extractor.h"

namespace kg::extract::testing {

inline const Extractor& SharedExtractor() {
  static const Extractor* ex = new Extractor();
  return *ex;
}

inline ArticleResult Run(std::string_view text) { return SharedExtractor().Extract(text); }

// A headline and a first paragraph that put an article in an election, for
// rules (endorsement support, backing) that need that context.
inline constexpr const char* kElectionIntro =
    "Race\n\nThe primary is on Tuesday, and every candidate wants the nomination.\n\n";

// A headline and a first paragraph naming two rival candidates, so a test can
// check that an endorsement goes to the right one of them.
inline constexpr const char* kTwoCandidateIntro =
    "Senate race\n\nMarta Quillfeather and Dorian Oxby are candidates in the primary election "
    "for the Senate.\n\n";

inline const Entity* FindEntity(const ArticleResult& r, std::string_view name) {
  for (const Entity& e : r.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

inline bool IsPerson(const ArticleResult& r, std::string_view name) {
  const Entity* e = FindEntity(r, name);
  return e != nullptr && e->type == EntityType::kPerson;
}

inline bool IsOrganization(const ArticleResult& r, std::string_view name) {
  const Entity* e = FindEntity(r, name);
  return e != nullptr && e->type == EntityType::kOrganization;
}

inline bool HasAlias(const Entity& e, std::string_view alias) {
  for (const std::string& a : e.aliases) {
    if (a == alias) return true;
  }
  return false;
}

inline bool HasRelation(const ArticleResult& r, std::string_view type, std::string_view source,
                        std::string_view target) {
  for (const Relation& rel : r.relations) {
    if (rel.type == type && rel.source == source && rel.target == target) return true;
  }
  return false;
}

// A HAS_ROLE edge between the entities named `person` and `org`.
inline bool HasRoleNamed(const ArticleResult& a, std::string_view person, std::string_view org) {
  const Entity* p = FindEntity(a, person);
  const Entity* o = FindEntity(a, org);
  return p != nullptr && o != nullptr && HasRelation(a, "HAS_ROLE", p->id, o->id);
}

inline const Relation* FindRelation(const ArticleResult& r, std::string_view type) {
  for (const Relation& rel : r.relations) {
    if (rel.type == type) return &rel;
  }
  return nullptr;
}

// The first statement whose text starts with `text_start`.
inline const Statement* FindStatement(const ArticleResult& r, std::string_view text_start) {
  for (const Statement& st : r.statements) {
    if (st.text.starts_with(text_start)) return &st;
  }
  return nullptr;
}

// The name of the speaker of the first statement starting with `text_start`;
// "<none>" when there is no such statement, so a CHECK prints what it got.
inline std::string SpeakerName(const ArticleResult& r, std::string_view text_start) {
  const Statement* st = FindStatement(r, text_start);
  if (st == nullptr) return "<none>";
  for (const Entity& e : r.entities) {
    if (e.id == st->speaker) return e.name;
  }
  return "<unknown>";
}

// The rule of the first ENDORSES edge from `source` to `target` (entity
// ids), or "" when there is none.
inline std::string EndorsementRule(const ArticleResult& r, std::string_view source,
                                   std::string_view target) {
  for (const Relation& rel : r.relations) {
    if (rel.type == "ENDORSES" && rel.source == source && rel.target == target)
      return rel.evidence.rule;
  }
  return "";
}

// The first HAS_ROLE edge from `person` (an entity id).
inline const Relation* RoleOf(const ArticleResult& r, std::string_view person) {
  for (const Relation& x : r.relations) {
    if (x.type == "HAS_ROLE" && x.source == person) return &x;
  }
  return nullptr;
}

inline int CountType(const ArticleResult& r, std::string_view type) {
  int n = 0;
  for (const Relation& rel : r.relations) n += rel.type == type;
  return n;
}

}  // namespace kg::extract::testing

#endif  // KG_TESTS_EXTRACT_TEST_UTIL_H_
