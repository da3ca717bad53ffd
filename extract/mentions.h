// Finds the people and organizations an article names and resolves their
// mentions to one entity each: capitalised chunks are split into titles,
// organisation names (head words, "Department of ...", acronym definitions,
// outlets) and person names (first-name gazetteer, title cues, bylines,
// appositions); then surnames, acronyms, short forms ("The Post", "ICE
// Council") and descriptions ("the union", "ICE's union") are linked to the
// fullest form in the same article.
#ifndef KG_EXTRACT_MENTIONS_H_
#define KG_EXTRACT_MENTIONS_H_

#include <string>
#include <vector>

#include "extract/article.h"
#include "extract/document.h"
#include "extract/gazetteer.h"

namespace kg::extract {

struct Mention {
  uint32_t tok_begin = 0, tok_end = 0;  // the name, without titles
  int entity = -1;
  bool descriptor = false;  // "the union", "ICE's union"
};

// A title phrase seen in the text: "President", "acting secretary", "Sen.".
struct TitleSpan {
  uint32_t tok_begin = 0, tok_end = 0;
};

struct EntityInfo {
  EntityType type = EntityType::kPerson;
  std::string name;
  std::vector<std::string> forms;       // surface forms in order of appearance
  std::vector<std::string> titles;      // lower-case titles seen before the name
  std::vector<std::string> key_tokens;  // org: lower-case tokens, acronyms expanded
  Gender gender = Gender::kUnknown;
  // The first name is borne by both sexes (Pat, Jamie): `gender` is its
  // commoner sex, but he and she both fit (references.cc).
  bool unisex = false;
  bool is_union = false;    // labour organisation (Union, Council ...)
  bool fixed_name = false;  // canonical name (U.S. Senate), not the fullest form
};

struct MentionTable {
  std::vector<EntityInfo> entities;
  std::vector<Mention> mentions;  // sorted by tok_begin
  std::vector<int> mention_at;    // token -> index of the mention covering it, -1
  std::vector<TitleSpan> titles;  // sorted by tok_begin
  std::vector<int> title_at;      // token -> index of the title covering it, -1
  std::string byline;

  // The index of the mention covering `tok`, or -1.
  int MentionAt(uint32_t tok) const { return tok < mention_at.size() ? mention_at[tok] : -1; }
  int EntityAt(uint32_t tok) const {
    int m = MentionAt(tok);
    return m < 0 ? -1 : mentions[m].entity;
  }
};

MentionTable FindMentions(const Document& doc);

}  // namespace kg::extract

#endif  // KG_EXTRACT_MENTIONS_H_
