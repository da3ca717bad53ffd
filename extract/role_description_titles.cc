// A description of the person before a coordinated title in an apposition:
// "X, a physician and a professor at Y", "X, an expert on trade and the
// director of Y", "X, a friend of Z's and the CEO of Y". The description
// names no organisation and holds no title, so the title after "and" is the
// first of the chain (role_appositions.cc asks this after the article).
#include <string_view>

#include "extract/mention_finder.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The position of the title's first modifier or word after "and [a|an|the]"
// when a description of the person starts at `k`, else `k`. The description
// is one to six tokens: lower-case words that are no title, verb, adverb or
// function word (but "of", "on", "in" for "an expert on impeachment", and
// "former": "a former Marine and the president of Y"), a person's name
// ("a Trump loyalist", "a friend of Z's") or a place or nationality word ("a
// Texas native"). After "and" comes "a|an|the", then the title, past at most
// two lower-case modifiers the chain does not know ("the most junior member
// of Y"; not a past or future word: the chain reads "former" itself).
uint32_t RoleRules::DescriptionThenTitle(uint32_t k, uint32_t se) const {
  const bool opened = k > 0 && In(d_.Lower(k - 1), {"a", "an", "the"});
  uint32_t w = k;
  while (w < se && w < k + 6) {
    const Token& tok = d_.tokens[w];
    if (tok.kind != TokKind::kWord) break;
    const std::string_view l = d_.Lower(w);
    if (l == "and") break;
    if (Ent(w) >= 0) {
      if (!IsType(Ent(w), EntityType::kPerson) || MentionBegin(w) != w) return k;
      w = MentionEnd(w);
      // "a Trump loyalist", "Z's husband"; a bare name is a list of people
      // ("A, B and the president of Y met").
      if (w < se && d_.tokens[w].kind == TokKind::kPossessive) {
        ++w;
      } else if (w >= se || d_.tokens[w].kind != TokKind::kWord || d_.tokens[w].cap ||
                 d_.IsWord(w, "and")) {
        return k;
      }
      continue;
    }
    if (TitleAt(w) >= 0 && !TopicTitle(w)) return k;  // "an expert on trade and"
    if (tok.cap) {
      // After the apposition's own article a capitalised word that names
      // no entity is part of the description ("a Dallas Democrat", "a major
      // Republican donor"); a bare one may be a name in a list ("A, Jones
      // and the president of Y").
      if (!d_.Has(w, kPlaceWord) && !mention_internal::LooksNational(l) && !opened) return k;
    } else if (l == "the" && w > k && In(d_.Lower(w - 1), {"of", "on", "in"})) {
      // "a co-author of the report", "a veteran of the Iraq war".
    } else if (!In(l, {"of", "on", "in", "former"}) &&
               (d_.Has(w, kFunctionWord) || IsVerbLike(l) || IsPastOrFuture(l) ||
                l.ends_with("ly") || In(l, {"who", "or", "said", "says"}))) {
      return k;
    }
    ++w;
  }
  // "and a|an|the TITLE", or "and TITLE" right after it ("a close Z ally
  // and CEO of Y", "an Ohio elector and chairman of Y"; the description
  // after the apposition's own article is no bare name of a list).
  const bool article = w + 1 < se && In(d_.Lower(w + 1), {"a", "an", "the"});
  if (w == k || w + 2 >= se || !d_.IsWord(w, "and") ||
      (!article && (TitleAt(w + 1) < 0 ||
                    (d_.tokens[w + 1].cap && !In(d_.Lower(w + 1), {"ceo", "cfo", "coo"})))) ||
      In(d_.Lower(w - 1), {"of", "on", "in"}))
    return k;
  // The chain reads its own modifiers ("the former president", "a senior
  // fellow"); other lower-case words before the title are skipped here ("the
  // most junior member"), unless the role is past or future.
  const uint32_t first = article ? w + 2 : w + 1;
  uint32_t t = first;
  bool chain_only = true;
  while (t < se && t < first + 3 && TitleAt(t) < 0 && d_.tokens[t].kind == TokKind::kWord &&
         !d_.tokens[t].cap && Ent(t) < 0 && !d_.Has(t, kOrgHead) &&
         (!d_.Has(t, kFunctionWord) || d_.IsWord(t, "most")) && !IsVerbLike(d_.Lower(t))) {
    const std::string_view l = d_.Lower(t);
    if (!In(l, {"former", "acting", "senior", "longtime", "founding", "top", "veteran", "ranking",
                "current", "interim", "new"})) {
      if (IsPastOrFuture(l)) return k;
      chain_only = false;
    }
    ++t;
  }
  if (t >= se || TitleAt(t) < 0) return k;
  if (chain_only) return first;
  for (uint32_t m = first; m < t; ++m)
    if (IsPastOrFuture(d_.Lower(m))) return k;
  return t;
}

}  // namespace kg::extract::internal
