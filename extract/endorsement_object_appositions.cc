// The object of an endorsing verb named in the apposition of an indefinite
// or possessive person noun (ObjectAfter in relation_finder.cc asks this):
// "endorsed a presidential candidate: Y", "backed one of his rivals -- Y",
// "endorsed her opponent, Y"; and the head of a described relative object,
// "Y, an outspoken conservative whom X backed". Kept apart from
// relation_finder.cc, near its size limit.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// Nouns of a person running or standing with others: what an endorser backs
// before naming whom ("a candidate", "his rival"). Not "a plan", "a bill".
bool IsContenderNoun(std::string_view w) {
  return In(w, {"candidate", "opponent", "rival", "challenger", "nominee", "contender", "successor",
                "colleague", "ally", "newcomer", "outsider", "incumbent", "hopeful", "rivals",
                "opponents", "candidates", "contenders",
                // "endorsed a longtime friend, Y", "her former mentor, Y".
                "friend", "friends", "allies", "colleagues", "mentor", "protege"});
}

}  // namespace

// The position of the person named after "a|an|his|her|their|one of
// his|her|their|the" + up to three describing words + a contender noun at
// `t`, set off by a colon, comma or dash; -1 for none. The name must close
// the apposition (punctuation, the end, or a preposition after it).
int RelationSubjects::ContenderApposition(uint32_t t, uint32_t se) const {
  uint32_t k = t;
  const std::string_view w = d_.Lower(k);
  if (w == "one") {
    if (k + 2 >= se || d_.Lower(k + 1) != "of" ||
        !In(d_.Lower(k + 2), {"his", "her", "their", "its", "the"}))
      return -1;
    k += 3;
  } else if (In(w, {"a", "an", "his", "her", "their", "its"})) {
    ++k;
  } else {
    return -1;
  }
  const bool possessive = In(w, {"his", "her", "their", "its"});
  const uint32_t first = k;
  // Describing words: lower-case, or after a possessive a capitalised one
  // that names no one ("his Democratic opponent", "her GOP rival").
  while (k < se && k < first + 4 && d_.tokens[k].kind == TokKind::kWord &&
         (!d_.tokens[k].cap || possessive) && Ent(k) < 0 && !d_.Has(k, kFunctionWord) &&
         !IsVerbLike(d_.Lower(k)) && !IsContenderNoun(d_.Lower(k)))
    ++k;
  if (k >= se || !IsContenderNoun(d_.Lower(k)) || in_quote_[k]) return -1;
  ++k;
  // "endorsed his rival Dorian Oxby", "backed her Democratic opponent Sen.
  // X": after a possessive the name may follow the noun with no comma (a
  // close apposition; "a candidate X" is rarer than "a candidate Tuesday").
  const bool close = possessive && k < se && d_.tokens[k].cap && !in_quote_[k] &&
                     (Ent(k) >= 0 || m_.title_at[k] >= 0);
  if (!close) {
    if (k + 1 >= se || !In(d_.Text(k), {":", ",", "--", "-", "\xe2\x80\x94", "\xe2\x80\x93"}))
      return -1;
    if (d_.Text(k) == "-" && d_.Text(k + 1) == "-") ++k;  // "--" as two hyphens
    ++k;
  }
  const uint32_t open = k;
  while (k < se && k < open + 3 && Ent(k) < 0 && m_.title_at[k] >= 0) ++k;
  if (k >= se || MentionBegin(k) > open + 2) return -1;
  // "a longtime ally, House Whip X": the person after the body's title.
  if (!IsType(TitledPersonAfterOrg(Ent(k), &k, se), EntityType::kPerson)) return -1;
  const uint32_t end = MentionEnd(k);
  if (end >= se) return static_cast<int>(k);
  const Token& after = d_.tokens[end];
  if (after.kind == TokKind::kPossessive) return -1;
  if (after.kind == TokKind::kPunct ||
      In(d_.Lower(end), {"for", "in", "on", "as", "at", "to", "last", "this", "after", "before",
                         "during", "over", "and"}))
    return static_cast<int>(k);
  return -1;
}

// "Y, an outspoken conservative whom X backed": the person Y whose
// apposition ("a|an|the" and up to four plain lower-case words) ends at
// `w`, the word before "whom"; -1 otherwise. The words must be all
// lower-case and name no one, so "Y, the Z campaign whom" or a list stays
// silent.
int RelationFinder::DescribedWhomHead(uint32_t sb, uint32_t w) const {
  uint32_t k = w + 1;
  while (k > sb && k + 5 > w && d_.tokens[k - 1].kind == TokKind::kWord && !d_.tokens[k - 1].cap &&
         Ent(k - 1) < 0 && !in_quote_[k - 1] &&
         (!d_.Has(k - 1, kFunctionWord) || In(d_.Lower(k - 1), {"a", "an", "the"})) &&
         !IsVerbLike(d_.Lower(k - 1))) {
    --k;
    if (In(d_.Lower(k), {"a", "an", "the"})) break;
  }
  if (k >= w || k < sb + 3 || !In(d_.Lower(k), {"a", "an", "the"}) || d_.Text(k - 1) != "," ||
      !MentionEndsAt(k - 1) || !IsType(Ent(k - 2), EntityType::kPerson))
    return -1;
  return Ent(k - 2);
}

}  // namespace kg::extract::internal
