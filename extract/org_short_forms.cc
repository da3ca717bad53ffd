// "Fox criticized the group ... drove advertisers from Fox": a lone word
// taken for a person's surname that is the first word of an organisation
// the article names in full ("Fox News", "Acme Corp.") is that body's
// short form when nothing marks it as a person: no first name, no title
// ever comes before it. Runs after the person stages (like
// RetypeAppositiveBodies) and moves the word's mentions to the body.
#include <algorithm>
#include <unordered_map>

#include "extract/mention_finder.h"
#include "extract/word_lists.h"

namespace kg::extract::mention_internal {

void Finder::MoveOrgShortForms() {
  // First word of each organisation of two words or more whose second word
  // is a head ("Fox News", "Acme Corp."): -1 when two bodies share it.
  std::unordered_map<std::string_view, int> by_first;
  for (size_t i = 0; i < out_.mentions.size(); ++i) {
    const Mention& m = out_.mentions[i];
    const EntityInfo& ent = out_.entities[m.entity];
    if (ent.type == EntityType::kOrganization) {
      if (m.descriptor || m.tok_end - m.tok_begin < 2 || !CapWord(m.tok_begin) ||
          d_.tokens[m.tok_begin].allcaps || d_.Has(m.tok_begin, kPlaceWord) ||
          !d_.tokens[m.tok_begin + 1].cap)
        continue;
      // An outlet's or a company's head: not a body named for a person
      // ("Trump Organization", "Trump University", "the Trump
      // administration") nor a place's paper ("Washington Post", whose
      // first word is a place's).
      const std::string_view head = d_.Lower(m.tok_begin + 1);
      if (!d_.Has(m.tok_begin + 1, kOutletHead) && !IsCompanySuffix(head) && head != "co.")
        continue;
      auto [it, fresh] = by_first.try_emplace(d_.Text(m.tok_begin), m.entity);
      if (!fresh && it->second != m.entity) it->second = -1;
    }
  }
  if (by_first.empty()) return;
  // A person every one of whose mentions is that one word, with no title.
  std::vector<int> target(out_.entities.size(), -2);  // -2 unseen, -1 no
  for (const Mention& m : out_.mentions) {
    const EntityInfo& ent = out_.entities[m.entity];
    int& t = target[m.entity];
    if (ent.type != EntityType::kPerson || t == -1) continue;
    if (!ent.titles.empty() || m.descriptor || m.tok_end - m.tok_begin != 1 ||
        (m.tok_begin > 0 && out_.title_at[m.tok_begin - 1] >= 0)) {
      t = -1;
      continue;
    }
    auto it = by_first.find(d_.Text(m.tok_begin));
    const int org = it == by_first.end() ? -1 : it->second;
    t = (t == -2 || t == org) ? org : -1;
  }
  bool any = false;
  for (Mention& m : out_.mentions) {
    const int t = target[m.entity];
    if (t < 0 || out_.entities[m.entity].type != EntityType::kPerson) continue;
    m.entity = t;
    any = true;
  }
  if (!any) return;
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    if (target[i] < 0 || out_.entities[i].type != EntityType::kPerson) continue;
    EntityInfo& org = out_.entities[target[i]];
    for (const std::string& f : out_.entities[i].forms) {
      if (std::find(org.forms.begin(), org.forms.end(), f) == org.forms.end())
        org.forms.push_back(f);
    }
  }
}

}  // namespace kg::extract::mention_internal
