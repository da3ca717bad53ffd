// What stands right before a bare "-ing" participle of an endorsing verb
// (RelationFinder helpers for SubjectOf, relation_finder.cc). A pronoun
// such as "those" heads a reduced relative ("engage those backing Y": the
// backers are "those", no one named), so the first name of the clause is
// no subject; a party tag only trails the subject's name ("despite X
// (R-Ky.) backing Y": X, not the first name of the clause).
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

bool BareParticiple(std::string_view w) { return w.size() > 4 && w.ends_with("ing"); }

}  // namespace

bool RelationSubjects::PronounHeadsParticiple(uint32_t sb, uint32_t t, uint32_t v) const {
  if (t != v || t <= sb || in_quote_[t] || !BareParticiple(d_.Lower(v))) return false;
  return In(d_.Lower(t - 1),
            {"those", "these", "anyone", "anybody", "everyone", "everybody", "others"});
}

int RelationSubjects::TaggedParticipleSubject(uint32_t sb, uint32_t t, uint32_t v) const {
  if (t != v || t <= sb + 3 || !BareParticiple(d_.Lower(v)) || d_.Text(t - 1) != ")") return -1;
  // Only a party tag: "(R-Ky.)", "(D)", not an aside in parentheses.
  uint32_t open = t - 1;
  while (open > sb && open + 6 > t && d_.Text(open) != "(") --open;
  if (d_.Text(open) != "(" || open + 1 >= t - 1) return -1;
  const std::string_view p = d_.Text(open + 1);
  if (!In(p, {"R", "D", "I"}) && !(p.size() >= 3 && In(p.substr(0, 2), {"R-", "D-", "I-"})))
    return -1;
  if (!MentionEndsAt(open) || !IsType(Ent(open - 1), EntityType::kPerson)) return -1;
  return Ent(open - 1);
}

}  // namespace kg::extract::internal
