// "the state Republican Party" as an endorser (RelationFinder helper for the
// check of new ENDORSES facts in endorsement_pronoun_ends.cc). Coreference
// gives such a description the party entity with that name: the national
// party ("Republican Party"), or another state's party named earlier in a
// round-up of several states ("Vermont Democratic Party" for a Connecticut
// race). The state party of the state being written about is rarely an
// entity itself, so the edge stands only when the entity is a state party
// whose state is named close before (this paragraph or the two before).
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// A word that ends a state's name in its party's ("Vermont Democratic
// Party", "Minnesota GOP").
bool PartyWord(std::string_view w) {
  return In(w, {"Democratic", "Republican", "GOP", "Democratic-Farmer-Labor", "Party", "Democrats",
                "Republicans"});
}

}  // namespace

int RelationFinder::StatePartyEnd(uint32_t s, int e) const {
  if (!IsType(e, EntityType::kOrganization)) return e;
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  uint32_t at = se;
  for (uint32_t k = sb + 1; k < se && at == se; ++k) {
    if (Ent(k) != e || MentionBegin(k) != k || in_quote_[k]) continue;
    uint32_t j = k - 1;
    if (d_.tokens[j].kind == TokKind::kPossessive && j > sb) --j;  // "the state's"
    // "the state Republican Party", also when the mention takes in "state".
    if ((d_.Lower(j) == "state" && !d_.tokens[j].cap) || d_.Lower(k) == "state") at = k;
  }
  if (at == se) return e;  // no "the state X Party" here
  // The state in the entity's name: the place words before the party word
  // ("Vermont Democratic Party") or after "Party of" ("Republican Party of
  // Minnesota").
  const std::string& name = m_.entities[e].name;
  std::vector<std::string_view> words;
  for (size_t i = 0; i < name.size();) {
    size_t j = name.find(' ', i);
    if (j == std::string::npos) j = name.size();
    words.push_back(std::string_view(name).substr(i, j - i));
    i = j + 1;
  }
  std::string_view state;
  size_t first = 0;
  while (first < words.size() && !PartyWord(words[first])) ++first;
  if (first > 0 && first < words.size()) state = words[first - 1];
  for (size_t i = first; state.empty() && i + 1 < words.size(); ++i) {
    if (words[i] == "of") state = words[i + 1];
  }
  if (state.empty()) {
    // The national party ("Republican Party", "GOP") is no state party; a
    // party of one state only ("Democratic-Farmer-Labor Party") is one.
    for (std::string_view w : words) {
      if (!In(w, {"Democratic", "Republican", "Party", "GOP", "The"})) return e;
    }
    return -1;
  }
  std::string lower(state);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // The closest place named before: the entity's state, or another one
  // (a round-up's next section, "In Michigan, ..."). Party words and the
  // country's own name ("U.S.", "United States") name no state.
  const uint32_t para = d_.sentences[s].para;
  const uint32_t from = d_.paragraphs[para >= 2 ? para - 2 : 0].tok_begin;
  for (uint32_t k = at; k-- > from;) {
    if (!d_.tokens[k].cap || d_.tokens[k].kind != TokKind::kWord) continue;
    const std::string_view w = d_.Lower(k);
    if (w == lower) return e;
    if (IsType(Ent(k), EntityType::kPerson) || PartyWord(d_.Text(k)) ||
        In(w, {"u.s.", "united", "states", "america", "american", "new", "north", "south", "west",
               "east", "the"}))
      continue;
    if (gz_.Flags(w) & kPlaceWord) return -1;
  }
  return -1;
}

}  // namespace kg::extract::internal
