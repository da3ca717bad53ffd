// The sentence loop of RelationFinder: which rules a sentence can feed (one
// pass over its words), running them sentence by sentence, and the public
// FindRelations entry point. Moved out of relations.cc, which keeps the
// endorsement verb rules, to keep each file under 450 lines.
#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

#include "extract/relation_finder.h"
#include "extract/relation_trigger_words.h"
#include "extract/relations.h"

namespace kg::extract::internal {

// The shortest word, by first letter, the endorsement rules start from
// (endor-, re-endor-, back, back-, behind, out, support-, and "-endorsed" or
// "-backed" split off a name by the tokenizer). A cheap gate before the full test below: most
// words start with another letter or are shorter.
constexpr std::array<uint8_t, 256> kEndorseMinLength = [] {
  std::array<uint8_t, 256> table{};
  table.fill(255);
  table['e'] = 5;
  table['r'] = 8;
  table['b'] = 4;
  table['o'] = 3;
  table['s'] = 7;
  table['-'] = 7;  // "-backed", split off a name by the tokenizer
  table['v'] = 4;  // "pledged his vote to Y"
  return table;
}();

// kTriggerWords grouped by first letter and length, so that a word is
// compared only with the few of its letter and length (most words have
// none): a switch on the first letter mispredicted at almost every word and
// cost twice its share of instructions in CPU time. The cells are offsets
// into one sorted copy of the list (under 420 bytes: stays in L1).
class TriggerIndex {
 public:
  TriggerIndex() {
    uint8_t n = 0;
    for (uint32_t cell = 0; cell < kCells; ++cell) {
      start_[cell] = n;
      for (const TriggerWord& tw : kTriggerWords) {
        if (CellOf(tw.word) == cell) sorted_[n++] = tw;
      }
      for (const auto& [word, title] : kSharedTitleWords) {
        if (CellOf(word) == cell) sorted_[n++] = {word, kSharedTitle};
      }
      for (const auto& [word, singular] : kPluralTitleWords) {
        if (CellOf(word) == cell) sorted_[n++] = {word, kPluralTitle};
      }
    }
    start_[kCells] = n;
  }
  uint32_t Of(std::string_view w) const {
    const uint32_t cell = CellOf(w);
    if (cell >= kCells) return 0;
    uint32_t found = 0;
    for (uint32_t i = start_[cell]; i < start_[cell + 1]; ++i) {
      if (SameTail(sorted_[i].word, w)) found |= sorted_[i].triggers;
    }
    return found;
  }

 private:
  // Longer than any listed word ("correspondents"); a power of two, so the
  // cell is a shift and an add.
  static constexpr uint32_t kMaxLength = 16;
  static constexpr uint32_t kCells = 26 * kMaxLength;

  // Words of another first byte or longer than any listed word fall past
  // the last cell.
  static uint32_t CellOf(std::string_view w) {
    const uint32_t letter = static_cast<unsigned char>(w[0]) - uint32_t{'a'};  // wraps below 'a'
    if (letter >= 26 || w.size() >= kMaxLength) return kCells;
    return letter * kMaxLength + static_cast<uint32_t>(w.size());
  }

  // Whether two words of one cell (same first letter, same length under 16)
  // are equal. A byte loop the compiler keeps inline: operator== called
  // memcmp through the PLT for every candidate, 65,000 calls per 300
  // articles, for words that mostly differ in their second byte.
  static bool SameTail(std::string_view a, std::string_view b) {
    for (size_t i = 1; i < a.size(); ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }

  static constexpr size_t kWords =
      std::size(kTriggerWords) + std::size(kSharedTitleWords) + std::size(kPluralTitleWords);
  static_assert(kWords < 256);  // offsets are bytes
  TriggerWord sorted_[kWords];
  uint8_t start_[kCells + 1];
};

const TriggerIndex kTriggerIndex;

// Every plural title must have a cell (a lower-case first letter, under 16
// bytes, three or more: Triggers passes shorter words), or PluralRoles
// would never run on a sentence that holds it.
static_assert([] {
  for (const auto& [word, singular] : kPluralTitleWords) {
    if (word.size() < 3 || word.size() >= 16 || word[0] < 'a' || word[0] > 'z') return false;
  }
  return true;
}());

uint32_t RelationFinder::Triggers(uint32_t sb, uint32_t se) const {
  uint32_t found = 0;
  for (uint32_t t = sb; t < se; ++t) {
    // Most words are neither: one flag test (kEndorseCue is a superset of
    // the words the endorsement test below accepts).
    const uint32_t lex = d_.lex[t];
    if ((lex & (kEndorseCue | kRelationTrigger)) == 0) continue;
    std::string_view w = d_.Lower(t);
    if (w.size() < 3) continue;
    // Endorsements: most sentences have no endorsement word.
    if (!(found & kEndorse) && (lex & kEndorseCue) &&
        (w.size() >= kEndorseMinLength[static_cast<unsigned char>(w[0])] ||
         (w.size() > 9 && w.back() == 'd')) &&
        ((w.size() >= 5 && w[0] == 'e' && w.compare(0, 5, "endor") == 0) ||
         (w.size() >= 8 && w[0] == 'r' && w.compare(0, 8, "re-endor") == 0) ||
         (w.size() >= 5 && w[0] == 'b' && w.compare(0, 4, "back") == 0) ||
         (w == "back" && t > sb && d_.Lower(t - 1) == "will") || w == "behind" ||
         // "X said he would back|support Y" (endorsement_said_would.cc).
         ((w == "back" || w == "support") && t > sb + 3 && ModalBefore(sb, t) < t) ||
         // "continues to back|support Y" (endorsement_ellipsis.cc).
         ((w == "back" || w == "support") && ContinuedVerb(t, sb)) ||
         // "X, the first senator to back|support Y"; "X dropped out to back Y".
         ((w == "back" || w == "support") && t > sb && d_.Lower(t - 1) == "to" &&
          (FirstToEndorse(sb, t - 1) >= 0 || PurposeSubject(sb, t - 1, w) >= 0 ||
           ChosenToBack(sb, t))) ||
         (w == "out" && t > sb && In(d_.Lower(t - 1), {"come", "came", "comes", "coming"})) ||
         // "X, a superdelegate, pledged his vote to Y" (endorsement_support_verbs.cc).
         (w == "vote" && t >= sb + 2 && t + 1 < se && d_.Lower(t + 1) == "to" &&
          In(d_.Lower(t - 2), {"pledged", "pledges", "pledging"})) ||
         // "His biggest supporter in the Senate was Sen. X" (endorsement_backers.cc).
         (w == "supporter" && t + 2 < se &&
          In(d_.Lower(t + 1),
             {"was", "is", "in", "on", "among", "for", "within", "from", "during"})) ||
         // "I'm supporting Y," "proud to back Y", "Y has my support" (endorsement_held_support.cc).
         ((w == "support" || w == "supporting" || w == "back") && SpokenBackingWord(sb, t)) ||
         (w.size() >= 7 && w[0] == 's' && w.compare(0, 7, "support") == 0 &&
          (SupportFollowed(t, se) ||
           // "threw their support to Y" (endorsement_support_verbs.cc).
           (w == "support" && t + 1 < se && d_.Lower(t + 1) == "to") ||
           // "X announced her support Monday" (endorsement_support_ellipsis.cc).
           AnnouncedSupportVerb(t, sb, se) >= 0 ||
           // "Y won X's support" (endorsement_supporting.cc).
           (w == "support" && PossessiveSupportHeld(sb, t)) ||
           // "X gave Y his (full) support" (endorsement_supporting.cc).
           (w == "support" && (GivenSupportVerb(sb, t) >= 0 ||
                               (t > sb && In(d_.Lower(t - 1), {"full", "strong", "public"}) &&
                                GivenSupportVerb(sb, t - 1) >= 0))) ||
           ((w == "supports" || w == "supporting" || w == "supported") && ElectionArticle()) ||
           // "X was one of Y's earliest supporters" (endorsement_one_of.cc).
           (w == "supporters" && OneOfBefore(sb, t)))) ||
         // "Y counts X among her supporters|backers" (endorsement_among.cc).
         (In(w, {"supporters", "backers", "endorsers"}) && t >= sb + 3 &&
          (d_.Lower(t - 2) == "among" || d_.Lower(t - 3) == "among")) ||
         (w[0] == '-' && d_.GluedEndorsement(t))))
      found |= kEndorse;
    // Only a word of the lists (the gazetteer's flag, found by the document
    // builder's one look-up per word) goes to the index: most words are none,
    // and the index's cell walk cost a mispredicted branch or two per word.
    if (lex & kRelationTrigger) found |= kTriggerIndex.Of(w);
  }
  return found;
}

std::vector<uint32_t> RelationContext::MentionEdges(const MentionTable& m, bool ends) {
  std::vector<uint32_t> edges;
  edges.reserve(m.mentions.size());
  for (size_t i = 0; i < m.mentions.size(); ++i) {
    const Mention& x = m.mentions[i];
    const uint32_t own = ends ? x.tok_end - 1 : x.tok_begin;
    if (m.MentionAt(own) == static_cast<int>(i)) edges.push_back(ends ? x.tok_end : x.tok_begin);
  }
  // Mentions are sorted by their first token and do not overlap, so the
  // edges come sorted; sorted again should that ever change (the rules
  // rely on visiting them in token order).
  if (!std::is_sorted(edges.begin(), edges.end())) std::sort(edges.begin(), edges.end());
  return edges;
}

const uint32_t* RelationContext::EdgeFrom(const std::vector<uint32_t>& edges, uint32_t t) {
  return edges.data() + (std::lower_bound(edges.begin(), edges.end(), t) - edges.begin());
}

std::vector<RelationFact> RelationFinder::Run() {
  // The ENDORSES rules read a quoted fragment the narrator's sentence runs
  // through as narration (endorsement_fragments.cc); the HAS_ROLE rules
  // keep every quoted token quoted.
  std::vector<bool> other = NarratedFragments(d_, m_, in_quote_);
  const bool fragments = other != in_quote_;
  for (uint32_t s = 0; s < d_.sentences.size(); ++s) {
    LineKind k = d_.paragraphs[d_.sentences[s].para].kind;
    if (k == LineKind::kFurniture || k == LineKind::kCaption) continue;
    if (fragments) in_quote_.swap(other);
    const uint32_t triggers = Triggers(d_.sentences[s].tok_begin, d_.sentences[s].tok_end);
    const size_t facts_before = out_.size();
    if (triggers & kEndorse) {
      Endorsements(s);
      AmongEndorsers(s);
    }
    if (triggers & kUrge) UrgedEndorsements(s);
    if (out_.size() > facts_before) CheckPronounEnds(s, facts_before);
    // After the check: the repeated endorsement's ends are settled.
    // "X is backing Y, and so is Z": "is|has" trigger nothing (too short or
    // too common), so a sentence that gave an endorsement is searched too.
    if ((triggers & kEllipsis) || out_.size() > facts_before) EllipsisEndorsers(s);
    if (fragments) in_quote_.swap(other);
    if (k == LineKind::kBody) {
      Roles(s);
      AppositionRoles(s);
      FrontedAsRoles(s);
      if (triggers & kBoard) BoardRoles(s);
      if (triggers & kMembers) MemberRoles(s);
      if (triggers & kSharedTitle) SharedTitleRoles(s);
      if (triggers & kPluralTitle) PluralRoles(s);
      SpokenForRoles(s);
      OfRoles(s);
      PossessedRoles(s);
      ChamberTitleRoles(s);
      if (triggers & kLead) {
        PassiveLeadRoles(s);
        MainClauseRoles(s);
      }
    }
  }
  ResolveSpokenFor();
  return std::move(out_);
}

}  // namespace kg::extract::internal

namespace kg::extract {

std::vector<RelationFact> FindRelations(const Document& doc, const MentionTable& mentions,
                                        const std::vector<QuoteFact>& quotes) {
  return internal::RelationFinder(doc, mentions, quotes).Run();
}

}  // namespace kg::extract
