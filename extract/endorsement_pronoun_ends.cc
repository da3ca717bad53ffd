// A check on endorsement ends that a pronoun stands for (RelationFinder
// helper for relation_triggers.cc). The verb rules take a pronoun subject or
// holder from general coreference ("He is now backing Y", "he received an
// endorsement from X"), which falls back on recency: on the pool it gave the
// endorsement to a name in a quotation's attribution, to an object of the
// sentence before, or to the wrong one of two men named there. An endorsement
// is a named fact, so such an end must also be the one person the strict
// endorsement resolver (PronounReferent: one person of the pronoun's gender
// in the closest sentence that names one, none when it names two) finds; a
// different person found there replaces it, none drops the edge.
#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/references.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// The gender a person pronoun refers to; kUnknown for any other word.
Gender PronounGender(std::string_view w) {
  if (w == "he" || w == "him") return Gender::kMale;
  if (w == "she" || w == "her") return Gender::kFemale;
  return Gender::kUnknown;
}

}  // namespace

// Whether `e` is the subject that opens the closest body sentence before
// the pronoun at `k` naming a person of gender `g` (or of unknown gender):
// "Meanwhile, Cruz is positioning himself as the best Trump alternative. He
// was buoyed by ..." is Cruz's, although the sentence names two men. Up to
// two sentences back, and further through sentences that name no such person
// but continue with a pronoun of that gender ("Her campaign team was run by
// ... She had the backing of X").
bool RelationFinder::OpeningSubject(uint32_t k, Gender g, int e) const {
  const uint32_t cs = d_.sentence_of[k];
  uint32_t reach = 2;
  for (uint32_t s = cs; s-- > 0 && cs - s <= reach && cs - s <= 6;) {
    if (d_.paragraphs[d_.sentences[s].para].kind != LineKind::kBody) continue;
    const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
    int first = -1;
    uint32_t at = se;
    bool pronoun = false;
    for (uint32_t j = sb; j < se; ++j) {
      const int x = Ent(j);
      if (in_quote_[j]) continue;
      const std::string_view w = d_.Lower(j);
      pronoun |= g == Gender::kMale ? In(w, {"he", "his", "him"}) : In(w, {"she", "her"});
      if (!IsType(x, EntityType::kPerson)) continue;
      const Gender xg = m_.entities[x].gender;
      if (xg != g && xg != Gender::kUnknown) continue;
      first = x;
      at = MentionBegin(j);
      break;
    }
    if (first < 0) {
      if (pronoun) ++reach;
      continue;
    }
    // The subject: the name opens the sentence, after at most an adverb and
    // a comma ("Meanwhile, X ...") or a title ("Sen. X").
    return first == e && at <= sb + 3 && at + 1 < se && d_.tokens[at].cap;
  }
  return false;
}

// The person opening body sentence `s` as the subject of its main clause
// or as its subject's possessor ("X's bid ..."), of gender `want` or of
// unknown gender and not in `exclude`, that a pronoun at `t` stands for
// when `s` names two such people: -2 when there is none. In the pronoun's
// own sentence only across a clause word after the subject ("X won the
// roll call, and Y endorsed her", "X's bid got a boost when Y endorsed
// him"), where an object pronoun cannot be that clause's own subject.
int RelationFinder::MainSubjectReferent(uint32_t s, uint32_t t, Gender want,
                                        const std::vector<int>& exclude) const {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  int first = -1;
  uint32_t at = se;
  for (uint32_t j = sb; j < se && j < sb + 4; ++j) {
    if (in_quote_[j]) return -2;
    if (Ent(j) < 0) continue;
    first = Ent(j);
    at = MentionBegin(j);
    break;
  }
  if (!IsType(first, EntityType::kPerson) || !d_.tokens[at].cap ||
      std::find(exclude.begin(), exclude.end(), first) != exclude.end())
    return -2;
  const Gender g = m_.entities[first].gender;
  if (g != want && g != Gender::kUnknown) return -2;
  // After at most an adverb and a comma ("Meanwhile, X") or a title.
  for (uint32_t j = sb; j < at; ++j) {
    if (d_.tokens[j].kind != TokKind::kWord && d_.Text(j) != ",") return -2;
  }
  const uint32_t end = MentionEnd(at);
  if (end >= se || d_.tokens[end].kind == TokKind::kPunct) return -2;
  // Every other such person between is a possessor ("X had Z's support"):
  // an object ("X met Z. Y endorsed him") is as likely whom it means.
  for (uint32_t j = end; j < se && j < t; ++j) {
    const int x = Ent(j);
    if (!IsType(x, EntityType::kPerson) || x == first || in_quote_[j] ||
        std::find(exclude.begin(), exclude.end(), x) != exclude.end())
      continue;
    j = MentionEnd(j) - 1;
    const Gender xg = m_.entities[x].gender;
    if (xg != want && xg != Gender::kUnknown) continue;
    if (j + 1 >= se || d_.tokens[j + 1].kind != TokKind::kPossessive) return -2;
  }
  // A sentence before the pronoun's only for an object pronoun ("X had
  // Z's support. A and B endorsed him after the win."): a possessive
  // follows the topic more than the subject ("Reynolds predicted X could
  // be good for Kasich. His recent endorsement from Z" is Kasich's).
  if (d_.sentence_of[t] != s) return In(d_.Lower(t), {"him", "her"}) ? first : -2;
  for (uint32_t j = end; j < t; ++j) {
    if (!in_quote_[j] && In(d_.Lower(j), {"when", "after", "because", "since", "before", "once",
                                          "until", "and", "but", "as"}))
      return first;
  }
  return -2;
}

// The person an end `e` that sentence `s` does not name stands for, through
// the sentence's pronouns: `e` itself when the strict resolver agrees (or
// finds two people and `e` opens the sentence it searched), a person of the
// pronoun's gender it finds instead (never one of `others`, the fact's other
// ends), else -1. `e` also when the sentence has no pronoun that can stand
// for it (a description such as "the senator").
int RelationFinder::PronounEnd(uint32_t s, int e, const std::vector<int>& others) const {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t k = sb; k < se; ++k) {
    if (Ent(k) == e) return e;  // named here: no pronoun end
  }
  // "Y was endorsed by the president, who campaigned for him": the agent,
  // a title description, stands for `e`, so the pronoun is someone else.
  for (uint32_t k = sb; k + 1 < se; ++k) {
    uint32_t len = 0;
    if (k > sb && d_.IsWord(k - 1, "by") && !in_quote_[k] && d_.IsWord(k, "the") &&
        Ent(k + 1) < 0 && !d_.tokens[k + 1].cap &&
        ResolveReference(d_, m_, &in_quote_, k, &len) == e && len >= 2 &&
        (k + len >= se || d_.tokens[k + len].kind != TokKind::kPossessive))
      return e;
  }
  const Gender g = m_.entities[e].gender;
  bool any = false;
  int first = -1;
  for (uint32_t k = sb; k < se; ++k) {
    if (in_quote_[k] || Ent(k) >= 0) continue;
    const Gender pg = PronounGender(d_.Lower(k));
    if (pg == Gender::kUnknown || (g != Gender::kUnknown && pg != g)) continue;
    // The names after a subject pronoun are its clause's objects and
    // coordinated endorsers ("he has won the backing of A, B and C"), not
    // rivals for it (PronounReferent rejects a referent when one follows).
    std::vector<int> exclude = others;
    for (uint32_t j = k + 1; j < se; ++j) {
      if (IsType(Ent(j), EntityType::kPerson) && Ent(j) != e) exclude.push_back(Ent(j));
    }
    const int r = PronounReferent(k, pg, exclude);
    if (r == e || (r < 0 && OpeningSubject(k, pg, e))) return e;
    // Another person replaces `e` only when known to be of the pronoun's
    // gender ("Queen Elizabeth", a name of no known gender, does not).
    // "When X called him, he endorsed Y": "him" may be "he", the person
    // named before them no more than coreference's own reading.
    bool earlier = false;
    for (uint32_t j = sb; j < k; ++j) earlier |= !in_quote_[j] && PronounGender(d_.Lower(j)) == pg;
    if (r >= 0 && earlier) return e;
    if (!any) first = r >= 0 && m_.entities[r].gender == pg ? r : -1;
    any = true;
  }
  return any ? first : e;
}

void RelationFinder::CheckPronounEnds(uint32_t s, size_t from) {
  std::vector<RelationFact> checked(out_.begin(), out_.begin() + static_cast<long>(from));
  for (size_t i = from; i < out_.size(); ++i) {
    RelationFact f = out_[i];
    if (f.relation.type == "ENDORSES") {
      int src =
          IsType(f.source, EntityType::kPerson) ? PronounEnd(s, f.source, {f.target}) : f.source;
      if (src >= 0 && src == f.source && f.relation.evidence.rule != "endorse.passive")
        src = EnclosedEndorser(s, src);
      if (src >= 0) src = StatePartyEnd(s, src);
      // Also a pronoun object's endorser ("after the former leader of X
      // endorsed him" is the leader's).
      if (src >= 0 &&
          In(f.relation.evidence.rule, {"endorse.verbal", "endorse.backs", "endorse.support",
                                        "endorse.came_out", "endorse.pronoun"}))
        src = ModifierEndorser(s, src);
      if (src >= 0 && In(f.relation.evidence.rule, {"endorse.verbal", "endorse.backs",
                                                    "endorse.support", "endorse.came_out"}))
        src = PrepObjectEndorser(s, src, f.target);
      if (src >= 0 && In(f.relation.evidence.rule, {"endorse.verbal", "endorse.backs"}))
        src = NewClauseEndorser(s, src, f.target);
      // An object pronoun never stands for its own clause's subject: in "A
      // and B also endorsed her", "her" is neither A nor B, so every
      // endorser the sentence gave the same target is kept out.
      std::vector<int> endorsers = {f.source};
      for (size_t j = from; j < out_.size(); ++j) {
        if (out_[j].relation.type == "ENDORSES" && out_[j].target == f.target &&
            out_[j].source != f.source)
          endorsers.push_back(out_[j].source);
      }
      int dst = PronounEnd(s, f.target, endorsers);
      if (dst >= 0 &&
          In(f.relation.evidence.rule, {"endorse.verbal", "endorse.backs", "endorse.support"}))
        dst = ModifierEndorsee(s, dst);
      if (src < 0 || dst < 0 || src == dst || PolicyObject(s, dst) || FalseReport(s, src) ||
          NotEndorser(s, src))
        continue;
      f.source = src;
      f.target = dst;
    }
    const bool dup = std::any_of(checked.begin(), checked.end(), [&](const RelationFact& o) {
      return o.source == f.source && o.target == f.target && o.relation.type == f.relation.type;
    });
    if (!dup) checked.push_back(std::move(f));
  }
  out_ = std::move(checked);
}

}  // namespace kg::extract::internal
