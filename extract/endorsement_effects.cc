// The effect fallback of RelationFinder (rule endorse.effect): an
// endorsement noun that is the subject of a verb of effect on a candidate,
// for a sentence no other ENDORSES rule used. "X's endorsement carried Y to
// victory", "X's backing helped Y win", "an endorsement from X may have
// sealed the deal for Y", "X's endorsement gave Y a boost": an endorsement
// that helped, lifted or carried someone is one that was made, so the
// sentence presupposes X -> Y (tests/eval/README.md: an endorsement
// presupposed as standing is required) also when the effect is denied
// ("X's endorsement did not help Y"). Not a hypothetical endorsement (`would
// help`, `could boost`, an indefinite `an endorsement from X will help Y`),
// not an endorsement of someone else ("X's endorsement of Z helped Y": the
// verb must follow the noun phrase), not a rival's or a plan of Y's (`helped
// Y's rival`).
#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// Verbs whose subject, an endorsement, acted on the candidate their object
// names ("carried him to victory", "boosted Y", "sealed the deal for Y").
bool IsEffectVerb(std::string_view w) {
  return In(w, {"helped",  "helps",     "boosted",  "boosts",   "lifted",  "lifts",   "propelled",
                "propels", "carried",   "carries",  "powered",  "powers",  "vaulted", "catapulted",
                "buoyed",  "bolstered", "bolsters", "elevated", "gave",    "gives",   "sealed",
                "pushed",  "put",       "help",     "boost",    "lift",    "propel",  "carry",
                "give",    "seal",      "push",     "clinched", "cemented"});
}

// Base forms of a verb after `did|does|will` (a base form elsewhere is no
// finite verb of the noun phrase: "to help Y").
bool IsBaseForm(std::string_view w) {
  return In(w, {"help", "boost", "lift", "propel", "carry", "give", "seal", "push", "put"});
}

// What a candidate has that an endorsement lifts ("boosted Y's campaign").
bool IsCandidacyNoun(std::string_view w) {
  return In(w, {"campaign", "candidacy", "bid", "chances", "credentials", "standing", "fortunes",
                "prospects", "numbers", "reelection", "re-election", "run"});
}

// Words after an object "him|her" that keep it an object ("carried him to
// victory", "gave her a boost", "helped him win") or make it the
// candidate's ("boosted her campaign"), unlike "helped her rival".
bool AfterObjectPronoun(std::string_view w) {
  return IsCandidacyNoun(w) ||
         In(w, {"to",   "over", "into", "past",   "across", "in",      "a",      "an",
                "the",  "win",  "beat", "defeat", "edge",   "capture", "secure", "clinch",
                "take", "oust", "on",   "at",     "during", "through", "toward", "towards"});
}

}  // namespace

// The person an object "him|her" at `p` stands for: the one the endorsement
// pronoun rule finds (endorsement_ends.cc), else, inside a quotation that
// names its people ("Y won tonight & X's endorsement carried him to
// victory!"), the one person of that gender named before it in the sentence
// other than the endorser `src`.
int RelationFinder::EffectPronoun(uint32_t p, uint32_t se, int src) const {
  if (p + 1 < se && d_.tokens[p + 1].kind == TokKind::kWord && !AfterObjectPronoun(d_.Lower(p + 1)))
    return -1;
  const Gender want = d_.Lower(p) == "her" ? Gender::kFemale : Gender::kMale;
  if (!in_quote_[p]) return PronounReferent(p, want, {src});
  int found = -1;
  for (uint32_t k = d_.sentences[d_.sentence_of[p]].tok_begin; k < p; ++k) {
    const int e = Ent(k);
    if (!IsType(e, EntityType::kPerson) || e == src) continue;
    k = MentionEnd(k) - 1;
    const Gender g = m_.entities[e].gender;
    if (g != want && g != Gender::kUnknown) continue;
    if (found >= 0 && found != e) return -1;
    found = e;
  }
  return found;
}

// The person the effect verb at `v` acts on: its object ("helped Y", "gave
// Y a boost", "carried him"), the possessor of the candidacy it lifted
// ("boosted Y's campaign"), or the one after "for" in "sealed the deal|it
// for Y"; a second verb may follow the first ("helped (to) boost Y"). -1 for
// none.
int RelationFinder::EffectObject(uint32_t v, uint32_t se, int src) const {
  uint32_t o = v + 1;
  if (o < se && d_.Lower(o) == "to") ++o;
  if (o < se && IsBaseForm(d_.Lower(o)) && d_.Lower(v) != "put") ++o;
  // "sealed the deal for Y", "sealed it for Y".
  if (o + 2 < se && In(d_.Lower(v), {"sealed", "seal", "clinched", "cemented"})) {
    uint32_t f = o;
    if (d_.Lower(f) == "the" && f + 1 < se && In(d_.Lower(f + 1), {"deal", "win", "nomination"}))
      f += 2;
    else if (d_.Lower(f) == "it")
      ++f;
    if (f == o || f + 1 >= se || d_.Lower(f) != "for") return -1;
    o = f + 1;
  }
  if (o >= se) return -1;
  const std::string_view pw = d_.Lower(o);
  if (pw == "him" || pw == "her") return EffectPronoun(o, se, src);
  // Titles and a first name before the name ("boosted Gov. Y").
  uint32_t k = o;
  while (k < se && k < o + 3 && Ent(k) < 0 && m_.title_at[k] >= 0) ++k;
  if (k >= se || !IsType(Ent(k), EntityType::kPerson) || MentionBegin(k) > o + 2) return -1;
  const uint32_t end = MentionEnd(k);
  if (end < se &&
      (d_.tokens[end].kind == TokKind::kPossessive || In(d_.Text(end), {"'", "\xe2\x80\x99"}))) {
    // "boosted Y's conservative credentials", not "helped Y's rival".
    uint32_t n = end + 1;
    while (n < se && n < end + 3 && d_.tokens[n].kind == TokKind::kWord && !d_.tokens[n].cap &&
           !IsCandidacyNoun(d_.Lower(n)))
      ++n;
    if (n >= se || !IsCandidacyNoun(d_.Lower(n))) return -1;
  }
  return Ent(k);
}

void RelationFinder::EffectEndorsements(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t t = sb; t + 2 < se; ++t) {
    const std::string_view w = d_.Lower(t);
    if (!In(w, {"endorsement", "endorsements", "backing"})) continue;
    std::vector<int> endorsers;
    bool definite = false;
    uint32_t after = t + 1;  // where the verb group starts
    // "X's (late) endorsement": the possessor, up to two modifiers between.
    uint32_t k = t;
    while (k > sb && k + 2 > t && d_.tokens[k - 1].kind == TokKind::kWord &&
           !d_.tokens[k - 1].cap && Ent(k - 1) < 0 && !d_.Has(k - 1, kFunctionWord))
      --k;
    if (k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive && Ent(k - 2) >= 0 &&
        MentionEnd(k - 2) == k - 1) {
      // Not "the timing of X's endorsement", "without X's backing".
      uint32_t b = MentionBegin(k - 2);
      while (b > sb && m_.title_at[b - 1] >= 0) --b;  // "of Sen. X's"
      if (b > sb && In(d_.Lower(b - 1), {"of", "without", "for", "about", "on", "by", "with"}))
        continue;
      endorsers.push_back(Ent(k - 2));
      definite = true;
    } else if (!in_quote_[t] && (d_.Lower(t + 1) == "from" || d_.Lower(t + 1) == "by")) {
      // Only a named possessor inside a quotation: "an endorsement from X
      // will ..." said by someone is as often a wish.
      // "A (late-breaking) endorsement from X": the phrase opens its clause.
      uint32_t det = t;
      while (det > sb && det + 4 > t && d_.tokens[det - 1].kind == TokKind::kWord &&
             !d_.tokens[det - 1].cap && Ent(det - 1) < 0 &&
             !In(d_.Lower(det - 1), {"a", "an", "the", "his", "her", "their", "its"}) &&
             !d_.Has(det - 1, kFunctionWord))
        --det;
      if (det > sb && In(d_.Lower(det - 1), {"a", "an", "the", "his", "her", "their", "its"}))
        --det;
      if (det > sb && !In(d_.Text(det - 1), {",", "and", "but", "that", "\xe2\x80\x94", "--"}))
        continue;
      const int pos = ObjectPos(t + 2, se);
      if (pos < 0 || static_cast<uint32_t>(pos) > t + 4) continue;
      endorsers = Coordinated(static_cast<uint32_t>(pos), se, true);
      after = MentionEnd(static_cast<uint32_t>(pos));
      // The names listed after the first.
      for (uint32_t a = after; a < se && a < after + 12; ++a) {
        if (Ent(a) >= 0 && std::find(endorsers.begin(), endorsers.end(), Ent(a)) != endorsers.end())
          after = MentionEnd(a), a = after - 1;
      }
      definite = d_.Lower(det) == "the";
    } else {
      continue;
    }
    // The verb group: auxiliaries, `not`, adverbs.
    uint32_t v = after;
    bool modal = false, base_ok = false;
    while (v < se && v < after + 5) {
      const std::string_view a = d_.Lower(v);
      if (In(a, {"would", "could", "might", "should", "can", "must"})) modal = true;
      if (In(a, {"will", "won't"}) && !definite) modal = true;
      if (In(a, {"did", "does", "didn't", "doesn't", "will", "won't", "may", "might", "could",
                 "would", "should", "can"}))
        base_ok = true;
      if (In(a, {"has",      "had",        "have",       "did",     "does",   "didn't",
                 "doesn't",  "not",        "never",      "may",     "will",   "won't",
                 "would",    "could",      "might",      "should",  "can",    "must",
                 "also",     "likely",     "ultimately", "clearly", "surely", "certainly",
                 "probably", "apparently", "then",       "quickly", "only",   "further"}) ||
          (d_.tokens[v].kind == TokKind::kWord && a.size() > 4 && a.ends_with("ly") &&
           !d_.tokens[v].cap))
        ++v;
      else
        break;
    }
    // "may have sealed": the effect is uncertain, the endorsement is not.
    if (v > after && d_.Lower(v - 1) == "have" && v >= after + 2 &&
        In(d_.Lower(v - 2), {"may", "might", "could", "would", "should", "must"}))
      modal = In(d_.Lower(v - 2), {"would", "should"});
    if (modal || v >= se || in_quote_[v] != in_quote_[t] || !IsEffectVerb(d_.Lower(v))) continue;
    if (IsBaseForm(d_.Lower(v)) && d_.Lower(v) != "put" && !base_ok) continue;
    if (HedgedBefore(sb, t)) continue;
    for (int x : endorsers) {
      if (!IsType(x, EntityType::kPerson) && !IsType(x, EntityType::kOrganization)) continue;
      const int y = EffectObject(v, se, x);
      if (IsType(y, EntityType::kPerson) && y != x) Add("ENDORSES", x, y, s, "endorse.effect");
    }
  }
}

}  // namespace kg::extract::internal
