// Roles shared by coordinated people after them: "A and B, political
// scientists at Y, found ..." (an apposition) and "A and B are senior
// editors of Y" (a plural copula). Each person gets the singular title.
// The plural stands after the list, unlike role.prefix's "Y analysts A and
// B" and role.shared_title's "attorneys A and B of Y".
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/relation_finder.h"
#include "extract/relation_trigger_words.h"

namespace kg::extract::internal {

namespace {

// The singular of a plural title of kPluralTitleWords (relation_trigger_words.h).
std::string_view SingularTitle(std::string_view w) {
  for (const auto& [plural, singular] : kPluralTitleWords) {
    if (w == plural) return singular;
  }
  return {};
}

}  // namespace

void RoleRules::PluralRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  auto it = std::lower_bound(m_.mentions.begin(), m_.mentions.end(), sb,
                             [](const Mention& m, uint32_t tok) { return m.tok_begin < tok; });
  for (; it != m_.mentions.end() && it->tok_begin + 4 < se; ++it) {
    const uint32_t first = it->tok_begin;
    if (!IsType(it->entity, EntityType::kPerson) || in_quote_[first]) continue;
    // The list's first person: nothing coordinated before it.
    if (first > sb && (d_.Text(first - 1) == "," || d_.IsWord(first - 1, "and"))) continue;
    // Coordinated (relation_finder.cc, list_joiners.cc) lists a second name
    // only past a "(", "of" or "for" tail or a joiner (",", "and", "or", "as
    // well as") right after the first: most persons have none, and the call
    // (a vector) is spared.
    if (Ent(first) < 0) continue;
    if (const uint32_t after = MentionEnd(first);
        after >= se ||
        !(In(d_.Text(after), {",", "("}) || In(d_.Lower(after), {"and", "or", "of", "for", "as"})))
      continue;
    // A subject phrase: the list may end before a verb ("A and B are").
    const std::vector<int> persons = Coordinated(first, se, /*subject_phrase=*/true);
    if (persons.size() < 2) continue;
    uint32_t k = first;
    for (size_t i = 0; i < persons.size() && k < se; ++i) {
      while (k < se && Ent(k) != persons[i]) ++k;
      if (k < se) k = MentionEnd(k);
    }
    if (k + 2 >= se) continue;
    // ", TITLES at Y" or " are TITLES of Y" ("both", "also", "now" may
    // come first; a past "were" may be long past).
    if (d_.Text(k) == ",") {
      ++k;
    } else if (d_.IsWord(k, "are")) {
      ++k;
      if (In(d_.Lower(k), {"not", "never", "no"})) continue;
    } else {
      continue;
    }
    while (k < se && In(d_.Lower(k), {"both", "also", "now", "currently", "the"})) ++k;
    // Up to three lower-case modifiers that are part of the title
    // ("senior editors", "political scientists", "economics professors").
    const uint32_t title_begin = k;
    while (k < se && k < title_begin + 3 && d_.tokens[k].kind == TokKind::kWord &&
           !d_.tokens[k].cap && Ent(k) < 0 && !d_.Has(k, kFunctionWord) &&
           SingularTitle(d_.Lower(k)).empty() && !IsVerbLike(d_.Lower(k)) &&
           !IsPastOrFuture(d_.Lower(k)))
      ++k;
    if (k >= se) continue;
    const std::string_view singular = SingularTitle(d_.Lower(k));
    if (singular.empty()) continue;
    uint32_t org_end = 0;
    const int org = OrgAfterTitle(k + 1, se, &org_end);
    if (!IsType(org, EntityType::kOrganization)) continue;
    // "A and B, political scientists at Y and the Z": each at one of them,
    // which the sentence does not say.
    uint32_t after = org_end;
    if (after < se && d_.IsWord(after, "and")) ++after;
    if (after < se && d_.IsWord(after, "the")) ++after;
    if (after > org_end && after < se && IsType(Ent(after), EntityType::kOrganization)) continue;
    std::string title(d_.bytes.substr(d_.tokens[title_begin].start,
                                      d_.tokens[k].start - d_.tokens[title_begin].start));
    title += singular;
    for (int p : persons) {
      if (IsType(p, EntityType::kPerson)) Add("HAS_ROLE", p, org, s, "role.plural", title);
    }
  }
}

}  // namespace kg::extract::internal
