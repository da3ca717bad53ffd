// ENDORSES and HAS_ROLE relations from sentence patterns over resolved
// mentions: verbal, passive and nominal endorsements ("X endorsed Y", "Y was
// endorsed by X", "X announced its endorsement of Y", "X's Y endorsement"),
// and roles from appositions and title prefixes ("X, president of Y",
// "Y spokesman X", "Acting Director of Y X"). Each fact keeps its sentence
// and rule name.
#ifndef KG_EXTRACT_RELATIONS_H_
#define KG_EXTRACT_RELATIONS_H_

#include <vector>

#include "extract/article.h"
#include "extract/document.h"
#include "extract/mentions.h"
#include "extract/quotes.h"

namespace kg::extract {

struct RelationFact {
  int source = -1, target = -1;  // entity indexes
  Relation relation;             // type, title, evidence (ids filled later)
};

std::vector<RelationFact> FindRelations(const Document& doc, const MentionTable& mentions,
                                        const std::vector<QuoteFact>& quotes);

}  // namespace kg::extract

#endif  // KG_EXTRACT_RELATIONS_H_
