// A lawmaker's party description before the title of an apposition chain:
// "X, a Maryland Democrat and the ranking member of Y", "X, Kentucky
// Democrat and chairman of Y", "X, a Republican from Texas and chairman of
// Y", "X, the Iowa Republican who leads Y". The apposition chain
// (role_appositions.cc) skips it as it skips a lower-case description
// ("the casino mogul and chairman of Y"); capitalised, it stopped the chain.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The position of the "and" or "who" after a party description opening an
// apposition at `k`, else `k`: an optional article, up to three capitalised
// place words that name nothing ("North Carolina"), "Democrat" or
// "Republican", optionally "from" and up to three place words. "and" must
// be followed by a title, an organisation or an article (the chain decides
// what comes after); "who" is left to the chain's who-clause readings.
uint32_t RoleRules::PartyDescriptionEnd(uint32_t k, uint32_t se) const {
  uint32_t w = k;
  if (w < se && In(d_.Lower(w), {"a", "an", "the"})) ++w;
  auto place = [&](uint32_t x) {
    return x < se && d_.tokens[x].kind == TokKind::kWord && d_.tokens[x].cap && Ent(x) < 0 &&
           d_.Has(x, kPlaceWord);
  };
  for (uint32_t n = 0; n < 3 && place(w); ++n) ++w;
  if (w >= se || !d_.tokens[w].cap || !In(d_.Lower(w), {"democrat", "republican"})) return k;
  ++w;
  if (w + 1 < se && d_.Lower(w) == "from" && place(w + 1)) {
    ++w;
    for (uint32_t n = 0; n < 3 && place(w); ++n) ++w;
  }
  if (w + 1 >= se) return k;
  // "a Republican who headed the FBI from 2001 to 2013", "a Democrat who
  // served as chair of Y in 2015": a past verb may name a past role.
  if (d_.Lower(w) == "who") {
    const std::string_view v = d_.Lower(w + 1);
    const bool founding = In(v, {"founded", "co-founded", "cofounded"});
    return (v.ends_with("ed") && !founding) || In(v, {"was", "led", "ran", "had"}) ? k : w;
  }
  if (d_.Lower(w) != "and") return k;
  const uint32_t n = w + 1;
  if (TitleAt(n) >= 0 || IsType(Ent(n), EntityType::kOrganization) ||
      In(d_.Lower(n), {"a", "an", "the"}))
    return w;
  return k;
}

}  // namespace kg::extract::internal
