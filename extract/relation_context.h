// What every relation rule of RelationFinder (relation_finder.h) reads and
// writes: the document, its resolved mentions, the gazetteer, the
// quotations and the tokens they cover, the facts found so far, and
// whether the article is about an election; with the accessors from a
// token to the entity and the mention covering it.
// RelationSubjects (relation_subjects.h) derives from it, and RoleRules and
// RelationFinder from that, so the ENDORSES and HAS_ROLE rule files all see
// one state and the rule headers list only the rules and helpers.
#ifndef KG_EXTRACT_RELATION_CONTEXT_H_
#define KG_EXTRACT_RELATION_CONTEXT_H_

#include <cstdint>
#include <vector>

#include "extract/relations.h"

namespace kg::extract::internal {

class RelationContext {
 protected:
  RelationContext(const Document& d, const MentionTable& m, const std::vector<QuoteFact>& quotes)
      : d_(d),
        m_(m),
        gz_(Gazetteer::Get()),
        quotes_(quotes),
        in_quote_(QuotedTokens(d)),
        mention_begins_(MentionEdges(m, /*ends=*/false)),
        mention_ends_(MentionEdges(m, /*ends=*/true)) {}

  int Ent(uint32_t t) const { return m_.EntityAt(t); }
  bool IsType(int e, EntityType type) const { return e >= 0 && m_.entities[e].type == type; }
  // The span of the mention covering token `t`; a token no mention covers is
  // its own span (the callers' tests then fail instead of reading out of
  // bounds).
  uint32_t MentionEnd(uint32_t t) const {
    int m = m_.MentionAt(t);
    return m >= 0 ? m_.mentions[m].tok_end : t + 1;
  }
  uint32_t MentionBegin(uint32_t t) const {
    int m = m_.MentionAt(t);
    return m >= 0 ? m_.mentions[m].tok_begin : t;
  }
  // Whether a person or organisation mention ends right before `t`.
  bool MentionEndsAt(uint32_t t) const {
    return t > 0 &&
           (IsType(Ent(t - 1), EntityType::kPerson) ||
            IsType(Ent(t - 1), EntityType::kOrganization)) &&
           MentionEnd(t - 1) == t;
  }
  // Whether the article is about an election (election words in several
  // places), computed once: announced or held support for a person counts
  // there even in a sentence without such a word (endorsement_cues.cc).
  bool ElectionArticle() const;
  // Each mention's first token (`ends` false) or the token right after it
  // (`ends` true), ascending, for the mentions that own those tokens in
  // mention_at (relation_triggers.cc). The rules that start from a person
  // right before or after a cue word (role_of.cc, role_chamber_titles.cc)
  // visit these, a few per sentence, instead of every token.
  static std::vector<uint32_t> MentionEdges(const MentionTable& m, bool ends);
  // The first of `edges` at or after token `t`.
  static const uint32_t* EdgeFrom(const std::vector<uint32_t>& edges, uint32_t t);

  const Document& d_;
  const MentionTable& m_;
  const Gazetteer& gz_;
  const std::vector<QuoteFact>& quotes_;
  std::vector<bool> in_quote_;
  const std::vector<uint32_t> mention_begins_, mention_ends_;  // MentionEdges
  std::vector<RelationFact> out_;
  mutable int election_article_ = -1;  // ElectionArticle(): -1 not yet known
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_RELATION_CONTEXT_H_
