// An owned endorsement noun that names its endorsee only through the
// clause around it (a RelationFinder rule for relations.cc's sentence
// loop): as an apposition that calls a person someone's endorsement ("Gov.
// X, Y's latest big endorsement, said"), and as the subject of a copula
// whose predicate is a gain for the candidate ("X's endorsement is an
// important get for Y"). The noun rules look for "of|from|for" right after
// the noun and find nothing here. Only a gain counts ("a blow for Y" is
// the rival's loss), never a wish ("would be a boost for Y"), and the
// candidate after "for" is a named person.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

// Predicate nouns of a gain for the one after "for".
bool GainNoun(std::string_view w) {
  return In(w, {"get", "boost", "coup", "win", "victory", "gain", "plus", "prize", "lift", "score",
                "asset", "windfall", "jolt", "boon", "triumph", "catch", "arm"});
}

bool LossNoun(std::string_view w) {
  return In(w, {"blow", "setback", "loss", "problem", "headache", "disappointment", "snub",
                "rebuke", "liability", "embarrassment", "burden", "not", "never", "n't"});
}

bool Dash(std::string_view w) { return In(w, {"-", "--", "\xe2\x80\x94", "\xe2\x80\x93"}); }

}  // namespace

bool RelationFinder::EndorsementPredicate(uint32_t s, uint32_t t) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  if (in_quote_[t]) return false;
  // "Y's [latest] [big] endorsement": the owner and up to three modifiers.
  uint32_t k = t;
  while (k > sb && k + 3 > t && d_.tokens[k - 1].kind == TokKind::kWord && !d_.tokens[k - 1].cap &&
         Ent(k - 1) < 0 && !d_.Has(k - 1, kFunctionWord))
    --k;
  if (k < sb + 2 || d_.tokens[k - 1].kind != TokKind::kPossessive || !MentionEndsAt(k - 1))
    return false;
  const int owner = Ent(k - 2);
  const uint32_t ob = MentionBegin(k - 2);
  // "Gov. X, Y's latest big endorsement, said": X is Y's endorser.
  if (d_.Lower(t) == "endorsement" && ob >= sb + 2 && d_.Text(ob - 1) == "," &&
      MentionEndsAt(ob - 1) && IsType(owner, EntityType::kPerson) &&
      (t + 1 >= se || In(d_.Text(t + 1), {",", ".", ";", ":", "--", "\xe2\x80\x94"}))) {
    const int x = Ent(ob - 2);
    if ((IsType(x, EntityType::kPerson) || IsType(x, EntityType::kOrganization)) && x != owner) {
      Add("ENDORSES", x, owner, s, "endorse.nominal");
      return true;
    }
    return false;
  }
  // "X's endorsement is an important get for Y": the owner's phrase opens
  // its clause and the copula follows the noun.
  uint32_t b = ob;
  while (b > sb && m_.title_at[b - 1] >= 0 && Ent(b - 1) < 0) --b;
  if (b > sb && !In(d_.Lower(b - 1), {",", "but", "and", "yet", "so", "still"})) return false;
  if (!IsType(owner, EntityType::kPerson) && !IsType(owner, EntityType::kOrganization))
    return false;
  if (t + 2 >= se) return false;
  uint32_t v = t + 1;
  if (v < se && In(d_.Lower(v), {"also", "certainly", "clearly", "surely"})) ++v;
  if (v >= se || !In(d_.Lower(v), {"is", "was", "marks", "marked", "represents", "represented"}))
    return false;
  bool gain = false;
  for (uint32_t a = v + 1; a + 1 < se && a < v + 14; ++a) {
    const std::string_view w = d_.Lower(a);
    if (Dash(w)) {  // "an important -- if a little unsurprising -- get"
      uint32_t c = a + 1;
      while (c < se && c < a + 8 && !Dash(d_.Lower(c))) ++c;
      if (c >= se || !Dash(d_.Lower(c))) return false;
      a = c;
      continue;
    }
    if (in_quote_[a] || Ent(a) >= 0 || LossNoun(w) ||
        In(d_.Text(a), {",", ";", ".", ":", "that", "which", "who"}))
      return false;
    if (GainNoun(w)) gain = true;
    if (w != "for") continue;
    if (!gain) return false;
    uint32_t o = a + 1;
    while (o < se && o < a + 4 && Ent(o) < 0 && m_.title_at[o] >= 0) ++o;
    if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o) return false;
    const uint32_t after = MentionEnd(o);
    if (after < se && d_.tokens[after].kind == TokKind::kPossessive &&
        ObjectAfter(o, se) != Ent(o))  // "for Y's plan"
      return false;
    if (Ent(o) == owner) return false;
    Add("ENDORSES", owner, Ent(o), s, "endorse.nominal");
    return true;
  }
  return false;
}

}  // namespace kg::extract::internal
