// Who an earlier apposition or lower-case title called what a description
// names: "Maria Roe, a civil rights activist, ..." then, sentences later,
// "the activist endorsed Y"; "Tom Poe, a Republican, ..." then "endorsed the
// Republican". News writing introduces a person once with what they are and
// then refers back with that noun alone, often past other names, where the
// nearest-sentence reading of a description (endorsement_descriptions.cc)
// finds nobody or two people. Only a noun the article used for exactly one
// person counts: two activists give nothing.
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/description_titles.h"

namespace kg::extract::internal {
namespace {

// Whether the apposition after a person's mention ending at `k` (", a
// longtime civil rights activist,", ", the Republican nominee for governor")
// has `noun` as its head: the noun is followed by punctuation or a
// preposition, not by a further noun ("a nurse practitioner").
// "vice chairman", "deputy director": another office than the noun's
// ("the chairman" is not the vice chairman).
bool LesserRank(const Document& d, uint32_t t) {
  if (t == 0) return false;
  const std::string_view w = d.Lower(t - 1);
  return w == "vice" || w == "deputy" || w == "assistant" || w == "lieutenant" ||
         w == "associate" || w == "acting" || w == "interim";
}

// A title of two words ("vice president", DescriptionTitle's office as a
// whole) is matched word by word: the last token of `noun` spelled from `t`
// on, 0 when the words there are others.
uint32_t Spells(const Document& d, uint32_t t, uint32_t se, std::string_view noun) {
  for (;; ++t) {
    const size_t space = noun.find(' ');
    if (t >= se || d.tokens[t].kind != TokKind::kWord || d.Lower(t) != noun.substr(0, space))
      return 0;
    if (space == std::string_view::npos) return t;
    noun.remove_prefix(space + 1);
  }
}

// Returns the noun's token, 0 when there is none. `k` is the token before
// the determiner (the apposition's comma, or a copula).
uint32_t AppositionNames(const Document& d, uint32_t k, std::string_view noun,
                         bool copula = false) {
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  if (k + 2 >= n || (!copula && d.Text(k) != ",")) return 0;
  const std::string_view det = d.Lower(k + 1);
  if (det != "a" && det != "an" && (copula || det != "the")) return 0;
  const uint32_t se = d.sentences[d.sentence_of[k]].tok_end;
  for (uint32_t t = k + 2; t < se && t < k + 9; ++t) {
    if (d.tokens[t].kind != TokKind::kWord) return 0;
    const uint32_t head = Spells(d, t, se, noun);
    if (head == 0) continue;
    if (LesserRank(d, t)) return 0;
    t = head;
    if (t + 1 >= se) return t;
    const Token& next = d.tokens[t + 1];
    if (next.kind == TokKind::kPunct) return d.Text(t + 1) != "'" && d.Text(t + 1) != "-" ? t : 0;
    const std::string_view w = d.Lower(t + 1);
    return w == "of" || w == "from" || w == "in" || w == "at" || w == "for" || w == "who" ||
                   w == "and" || w == "with" || w == "since" ||
                   (copula && (w == "after" || w == "when" || w == "before"))
               ? t
               : 0;
  }
  return 0;
}

// "Maria Roe became an activist after ...", "Tom Poe, 61, is a former
// mayor": a predicate noun right after the name (past an age), introducing
// the person as the apposition does. Returns the noun's token, 0 if none.
uint32_t CopulaNames(const Document& d, uint32_t k, std::string_view noun) {
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  if (k + 4 < n && d.Text(k) == "," && d.tokens[k + 1].kind == TokKind::kNumber &&
      d.Text(k + 2) == ",")
    k += 3;  // ", 27,"
  if (k + 2 >= n) return 0;
  const std::string_view v = d.Lower(k);
  if (v == "has" || v == "had") {
    if (d.Lower(k + 1) != "been") return 0;
    ++k;
  } else if (v != "is" && v != "was" && v != "became" && v != "becomes") {
    return 0;
  }
  return AppositionNames(d, k, noun, true);
}

}  // namespace

int AppositionDescribed(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                        uint32_t before, std::string_view noun) {
  int found = -1;
  uint32_t last = 0;  // the noun (or name) of the last description found
  for (const Mention& mm : m.mentions) {
    if (mm.tok_begin >= before) break;
    if (mm.descriptor || mm.entity < 0 || (in_quote && (*in_quote)[mm.tok_begin])) continue;
    if (m.entities[mm.entity].type != EntityType::kPerson) continue;
    if (d.paragraphs[d.sentences[d.sentence_of[mm.tok_begin]].para].kind != LineKind::kBody)
      continue;
    // ", a civil rights activist," after the name, or "activist Maria Roe"
    // (a lower-case noun right before it: no title list has every noun).
    const bool before_name = mm.tok_begin > 0 && !d.tokens[mm.tok_begin - 1].cap &&
                             d.tokens[mm.tok_begin - 1].kind == TokKind::kWord &&
                             d.Lower(mm.tok_begin - 1) == noun && !LesserRank(d, mm.tok_begin - 1);
    uint32_t at = before_name ? mm.tok_begin : AppositionNames(d, mm.tok_end, noun);
    if (at == 0) at = CopulaNames(d, mm.tok_end, noun);
    if (at == 0) continue;
    if (found >= 0 && found != mm.entity) return -1;
    found = mm.entity;
    last = at;
  }
  if (found < 0) return -1;
  // Someone unnamed of that description introduced since ("A foreign
  // affairs spokesman described ...", then "the spokesman said") is whom
  // the description means.
  for (uint32_t k = last + 1; k < before; ++k) {
    const std::string_view w = d.Lower(k);
    if (w != "a" && w != "an" && w != "one" && w != "another") continue;
    for (uint32_t x = k + 1; x < before && x < k + 6; ++x) {
      if (d.tokens[x].kind != TokKind::kWord) break;
      if (d.Lower(x) == noun) return -1;
    }
  }
  return found;
}

}  // namespace kg::extract::internal
