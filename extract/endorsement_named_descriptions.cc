// "Y has the endorsement of the state's largest newspaper, the Bellmont
// Gazette", "Y nabbed the endorsement of the state's lone House member, Rep.
// A": the endorser is first described and then named in apposition
// (RelationFinder helper for the received branch of endorsement_nouns.cc).
// The object finder sees no name right after "of", or only a modifier
// ("House" in "House member"), so the name after the comma is taken when
// the description is a determiner or possessive, plain words and a head noun
// that says what kind of giver it is; the name must be of that kind (a
// person for "senator", an organisation for "newspaper") and end its
// phrase, so "the state's largest union, which ..." and "the union, A said"
// stay silent.
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

int RelationFinder::NamedDescriptionAfter(uint32_t from, uint32_t se) const {
  if (from + 3 >= se || in_quote_[from] ||
      !In(d_.Lower(from), {"the", "his", "her", "its", "their"}))
    return -1;
  uint32_t c = from + 1;
  for (; c < se && c < from + 9; ++c) {
    if (d_.Text(c) == ",") break;
    if (in_quote_[c] || IsType(Ent(c), EntityType::kPerson)) return -1;
    if (d_.tokens[c].kind == TokKind::kPossessive) continue;
    if (d_.tokens[c].kind != TokKind::kWord || d_.Has(c, kFunctionWord)) return -1;
  }
  if (c >= se || c < from + 2 || d_.Text(c) != "," || Ent(c - 1) >= 0 || d_.tokens[c - 1].cap)
    return -1;
  const std::string_view head = d_.Lower(c - 1);
  EntityType type;
  if (In(head, {"member", "senator", "governor", "congressman", "congresswoman", "representative",
                "mayor", "lawmaker", "leader", "chairman", "chairwoman", "predecessor", "boss",
                "mentor", "rival"})) {
    type = EntityType::kPerson;
  } else if (In(head,
                {"newspaper", "paper", "daily", "group", "union", "organization", "organisation",
                 "association", "federation", "council", "committee", "caucus", "coalition"})) {
    type = EntityType::kOrganization;
  } else {
    return -1;
  }
  uint32_t q = c + 1;
  if (q < se && d_.IsWord(q, "the") && type == EntityType::kOrganization) ++q;
  // "Rep. A", "U.S. Sen. A": the title before the name.
  for (int i = 0; i < 2 && q < se && Ent(q) < 0 && TitleAt(q) >= 0; ++i)
    q = m_.titles[TitleAt(q)].tok_end;
  if (q >= se || in_quote_[q] || !IsType(Ent(q), type) || MentionBegin(q) != q) return -1;
  const uint32_t end = MentionEnd(q);
  // "the Bellmont Gazette -- by far his biggest endorsement": a dash.
  if (end < se && !In(d_.Text(end), {".", ",", ";", "-", "--", "\u2014", "\u2013"})) return -1;
  return Ent(q);
}

// "won the endorsement of Wisconsin governor -- and former GOP rival --
// Scott Walker": a dash-enclosed aside that coordinates a second
// description ("and|also|now|a|an|the|his|her|its", up to eight words, no
// name) between the giver's title words and the name. The words before the
// first dash are titles, capitalised words or lower-case office words (up
// to five); the name, a person or organisation, must follow the closing
// dash (titles between). -1 when the shape is not there.
int RelationFinder::DashAsideGiverAfter(uint32_t from, uint32_t se) const {
  const auto dash = [&](uint32_t k) {
    return In(d_.Text(k), {"\xe2\x80\x94", "\xe2\x80\x93", "--"}) ||
           (d_.Text(k) == "-" && k + 1 < se && d_.Text(k + 1) == "-");
  };
  const auto dash_len = [&](uint32_t k) { return d_.Text(k) == "-" ? 2u : 1u; };
  uint32_t k = from;
  if (k < se && d_.Lower(k) == "the") ++k;
  const uint32_t words = k;
  while (k < se && k < words + 5 && Ent(k) < 0 && d_.tokens[k].kind == TokKind::kWord &&
         !in_quote_[k])
    ++k;
  if (k == words || k >= se || !dash(k)) return -1;
  uint32_t a = k + dash_len(k);
  if (a >= se || !In(d_.Lower(a), {"and", "also", "now", "a", "an", "the", "his", "her", "its"}))
    return -1;
  uint32_t c = a + 1;
  while (c < se && c < a + 9 && !dash(c)) {
    if (Ent(c) >= 0 || in_quote_[c] || d_.tokens[c].kind == TokKind::kPunct) return -1;
    ++c;
  }
  if (c >= se || !dash(c)) return -1;
  uint32_t n = c + dash_len(c);
  if (n < se && TitleAt(n) >= 0) n = m_.titles[TitleAt(n)].tok_end;
  if (n >= se || MentionBegin(n) != n) return -1;
  const int e = Ent(n);
  return IsType(e, EntityType::kPerson) || IsType(e, EntityType::kOrganization) ? e : -1;
}

}  // namespace kg::extract::internal
