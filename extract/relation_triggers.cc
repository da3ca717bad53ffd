// The sentence loop of RelationFinder: which rules a sentence can feed (one
// pass over its words), running them sentence by sentence, and the public
// FindRelations entry point. Moved out of relations.cc, which keeps the
// endorsement verb rules, to keep each file under 450 lines.
#include <array>
#include <initializer_list>
#include <vector>

#include "extract/relation_finder.h"
#include "extract/relations.h"

namespace kg::extract::internal {

// Which verb- and noun-triggered rules a sentence can feed: one pass over
// its words instead of one per rule (most sentences trigger none).
enum Trigger : uint32_t { kUrge = 1, kLead = 2, kBoard = 4, kMembers = 8, kEndorse = 16 };

// First letters of the words the endorsement rules start from (endorse,
// re-endorse, back, behind, out, support); the others end in "-endorsed"
// or "-backed".
constexpr std::array<bool, 256> kEndorseInitial = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : {'e', 'r', 'b', 'o', 's'}) table[c] = true;
  return table;
}();

uint32_t RelationFinder::Triggers(uint32_t sb, uint32_t se) const {
  uint32_t found = 0;
  for (uint32_t t = sb; t < se; ++t) {
    std::string_view w = d_.Lower(t);
    if (w.size() < 3) continue;
    // Endorsements: most sentences have no endorsement word.
    if (!(found & kEndorse) &&
        (kEndorseInitial[static_cast<unsigned char>(w[0])] || (w.size() > 9 && w.back() == 'd')) &&
        ((w.size() >= 5 && w[0] == 'e' && w.compare(0, 5, "endor") == 0) ||
         (w.size() >= 8 && w[0] == 'r' && w.compare(0, 8, "re-endor") == 0) ||
         (w.size() >= 5 && w[0] == 'b' && w.compare(0, 4, "back") == 0) ||
         (w == "back" && t > sb && d_.Lower(t - 1) == "will") || w == "behind" ||
         // "X, the first senator to back|support Y".
         ((w == "back" || w == "support") && t > sb && d_.Lower(t - 1) == "to" &&
          FirstToEndorse(sb, t - 1) >= 0) ||
         (w == "out" && t > sb && In(d_.Lower(t - 1), {"come", "came", "comes", "coming"})) ||
         (w.size() >= 7 && w[0] == 's' && w.compare(0, 7, "support") == 0 &&
          (SupportFollowed(t, se) ||
           ((w == "supports" || w == "supporting" || w == "supported") && ElectionArticle()))) ||
         (w.size() > 9 && w.back() == 'd' && (w.ends_with("-endorsed") || w.ends_with("-backed")))))
      found |= kEndorse;
    if (w.size() > 14) continue;  // "correspondents" is the longest
    switch (w[0]) {
      case 'u':
        if (In(w, {"urged", "urges", "urging"})) found |= kUrge;
        break;
      case 'e':
        if (In(w, {"encouraged", "encourages", "encouraging", "exhorted"})) found |= kUrge;
        if (In(w, {"editors", "economists", "executives"})) found |= kMembers;
        break;
      case 'i':
        if (w == "implored") found |= kUrge;
        break;
      case 'a':
        if (In(w, {"asked", "asks"})) found |= kUrge;
        if (In(w, {"analysts", "attorneys", "anchors", "agents"})) found |= kMembers;
        break;
      case 'c':
        if (In(w, {"called", "calls", "calling"})) found |= kUrge;
        if (In(w, {"chairs", "chaired", "co-founded", "cofounded"})) found |= kLead;
        if (In(w, {"correspondents", "commentators", "contributors", "columnists", "coach",
                   "co-host", "co-hosts"}))
          found |= kMembers;
        break;
      case 'h':
        if (In(w, {"heads", "headed"})) found |= kLead;
        if (w == "hosts") found |= kMembers;
        break;
      case 'l':
        if (In(w, {"leads", "led"})) found |= kLead;
        if (w == "lawyers") found |= kMembers;
        break;
      case 'r':
        if (In(w, {"runs", "run"})) found |= kLead;
        if (In(w, {"reporters", "researchers"})) found |= kMembers;
        break;
      case 'd':
        if (In(w, {"directs", "directed"})) found |= kLead;
        break;
      case 'f':
        if (w == "founded") found |= kLead;
        if (w == "fellows") found |= kMembers;
        break;
      case 'j':
        if (In(w, {"joined", "joins"})) found |= kLead;
        break;
      case 'b':
        if (w == "board") found |= kBoard;
        if (w == "boss") found |= kMembers;
        break;
      case 'o':
        if (In(w, {"officials", "officers", "organizers"})) found |= kMembers;
        break;
      case 'm':
        if (w == "members") found |= kMembers;
        break;
      case 'w':
        if (w == "writers") found |= kMembers;
        if (w == "works") found |= kLead;
        break;
      case 't':
        if (w == "teaches") found |= kLead;
        break;
      case 's':
        if (In(w, {"staffers", "staffer", "scholars", "scientists", "strategists", "spokesmen",
                   "spokeswomen"}))
          found |= kMembers;
        break;
      case 'p':
        if (In(w, {"photographers", "producers", "professors"})) found |= kMembers;
        break;
      default:
        break;
    }
  }
  return found;
}

std::vector<RelationFact> RelationFinder::Run() {
  for (uint32_t s = 0; s < d_.sentences.size(); ++s) {
    LineKind k = d_.paragraphs[d_.sentences[s].para].kind;
    if (k == LineKind::kFurniture || k == LineKind::kCaption) continue;
    const uint32_t triggers = Triggers(d_.sentences[s].tok_begin, d_.sentences[s].tok_end);
    const size_t facts_before = out_.size();
    if (triggers & kEndorse) Endorsements(s);
    if (triggers & kUrge) UrgedEndorsements(s);
    if (out_.size() > facts_before) CheckPronounEnds(s, facts_before);
    if (k == LineKind::kBody) {
      Roles(s);
      AppositionRoles(s);
      if (triggers & kBoard) BoardRoles(s);
      if (triggers & kMembers) MemberRoles(s);
      SharedTitleRoles(s);
      PluralRoles(s);
      SpokenForRoles(s);
      if (triggers & kLead) {
        PassiveLeadRoles(s);
        MainClauseRoles(s);
      }
    }
  }
  return std::move(out_);
}

}  // namespace kg::extract::internal

namespace kg::extract {

std::vector<RelationFact> FindRelations(const Document& doc, const MentionTable& mentions,
                                        const std::vector<QuoteFact>& quotes) {
  return internal::RelationFinder(doc, mentions, quotes).Run();
}

}  // namespace kg::extract
