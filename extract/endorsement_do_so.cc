// An earlier endorser named after an ordinal "to do so" (rule
// endorse.do_so, battery of stop 30): "X endorsed Y on Monday, the second
// senator to do so after Z" says Z endorsed Y before. Only when the
// sentence's rules found endorsements of exactly one person Y, and the
// ordinal (second ... sixth, latest) stands shortly before "to do so",
// which "after|behind|following|joining" and the earlier endorser's name
// (titles skipped, coordinated names too) follow.
#include <initializer_list>
#include <set>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

void RelationFinder::DoSoAfterEndorsers(uint32_t s, size_t facts_before) {
  std::set<int> targets, sources;
  for (size_t i = facts_before; i < out_.size(); ++i) {
    if (out_[i].relation.type != "ENDORSES") continue;
    targets.insert(out_[i].target);
    sources.insert(out_[i].source);
  }
  if (targets.size() != 1) return;
  const int y = *targets.begin();
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t t = sb + 3; t + 4 < se; ++t) {
    if (d_.Lower(t) != "to" || d_.Lower(t + 1) != "do" || d_.Lower(t + 2) != "so" || in_quote_[t])
      continue;
    bool ordinal = false;
    for (uint32_t k = t; k > sb && k + 6 > t && !ordinal; --k) {
      ordinal = In(d_.Lower(k - 1), {"second", "third", "fourth", "fifth", "sixth", "latest"});
    }
    if (!ordinal) continue;
    uint32_t a = t + 3;
    if (a < se && d_.Text(a) == ",") ++a;
    if (a + 1 >= se || !In(d_.Lower(a), {"after", "behind", "following", "joining"})) continue;
    const uint32_t n = NameAfterTitles(a + 1, se);
    if (n >= se || Ent(n) < 0 || MentionBegin(n) != n || Ent(n) == y) continue;
    for (int z : Coordinated(n, se)) {
      if (!sources.count(z)) Add("ENDORSES", z, y, s, "endorse.do_so");
    }
  }
}

}  // namespace kg::extract::internal
