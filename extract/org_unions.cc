// Unions named by a common noun: "the union", "ICE's union", "the ICE union",
// "union president X" link to the article's union, or name a new one after
// its owner. Split out of org_mentions.cc, which had reached 500 lines.
#include <algorithm>
#include <string>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// "the union", "ICE's union", "the ICE union", "union president X".
void Finder::LinkUnions() {
  const Token* const tokens = d_.tokens.data();  // every token: its length first
  for (uint32_t t = 0, n = static_cast<uint32_t>(d_.tokens.size()); t < n; ++t) {
    if (tokens[t].end - tokens[t].start != 5 || d_.Lower(t) != "union" || d_.tokens[t].cap ||
        !d_.IsFact(t) || out_.mention_at[t] >= 0)
      continue;
    int owner = -1;
    uint32_t ob = t;
    if (t >= 2 && d_.tokens[t - 1].kind == TokKind::kPossessive) {
      owner = out_.EntityAt(t - 2);
      ob = t - 2;
    } else if (t >= 1) {
      owner = out_.EntityAt(t - 1);
      ob = t - 1;
    }
    if (owner >= 0 && out_.entities[owner].type != EntityType::kOrganization) owner = -1;
    if (owner < 0 && !(t > 0 && d_.IsWord(t - 1, "the")) &&
        !(t + 1 < d_.tokens.size() && out_.title_at[t + 1] >= 0))
      continue;
    int found = -1, count = 0;
    for (size_t i = 0; i < out_.entities.size(); ++i) {
      const EntityInfo& e = out_.entities[i];
      if (!e.is_union) continue;
      ++count;
      if (owner >= 0) {
        const auto& ok = out_.entities[owner].key_tokens;
        size_t j = 0;
        for (size_t k = 0; k < e.key_tokens.size() && j < ok.size(); ++k)
          if (e.key_tokens[k] == ok[j]) ++j;
        if (j == ok.size() && !ok.empty()) found = static_cast<int>(i);
      }
      if (found < 0 && count == 1) found = static_cast<int>(i);
    }
    if (count > 1 && owner < 0) found = -1;
    if (found < 0 && owner >= 0) {
      std::string name = std::string(d_.Text(ob)) + " union";
      found = AddEntity(EntityType::kOrganization, name);
      out_.entities[found].key_tokens = out_.entities[owner].key_tokens;
      out_.entities[found].key_tokens.push_back("union");
      out_.entities[found].is_union = true;
    }
    if (found < 0) continue;
    AddMention(t, t + 1, found, /*descriptor=*/true);
    // The form keeps its owner, "the" or a describing word ("the teachers
    // union"); before a title the token before may be anything ("Monday,
    // union president X", "and union president X"): AddMention has "union".
    if (owner < 0 && !d_.IsWord(t - 1, "the") && (!Word(t - 1) || d_.Has(t - 1, kFunctionWord)))
      continue;
    std::string form = owner >= 0 ? Surface(ob, t + 1) : Surface(t - 1, t + 1);
    auto& forms = out_.entities[found].forms;
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
  }
}

}  // namespace kg::extract::mention_internal
