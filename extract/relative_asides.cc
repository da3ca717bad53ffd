// Non-restrictive relative clauses set off by commas between a name and the
// verb it is the subject of ("Y, who is running for governor, was endorsed by
// X", "Y, whose campaign is in debt, has the backing of X"). News text puts
// such asides after almost any name, so a rule that finds its subject next to
// the verb must step over one the way it steps over an apposition, or the
// first name inside the clause would be taken for the subject. Part of
// RelationSubjects (relation_subjects.h).
#include <string_view>

#include "extract/relation_subjects.h"

namespace kg::extract::internal {

// The named head of a relative clause opened by ", who|which|whose" and
// closed by the comma right before `t` (the start of the verb group), -1 when
// none. The clause holds at least two words and no other punctuation or
// quotation (up to 24 tokens); "who" heads a person, "which" an organisation.
// A bare participle after the comma is an adjunct of the main clause, not the
// head's verb ("Z refused to back W, who had a reputation for corruption,
// backing Y instead" is Z's).
int RelationSubjects::CommaRelativeSubject(uint32_t sb, uint32_t t, uint32_t v) const {
  if (t < sb + 5 || d_.Text(t - 1) != "," || in_quote_[t - 1]) return -1;
  if (t == v && d_.Lower(v).ends_with("ing")) return -1;
  for (uint32_t k = t - 2; k > sb + 1 && k + 26 > t; --k) {
    if (in_quote_[k]) return -1;
    // Money and numbers may carry "$" and "%"; other punctuation ends it.
    if (d_.tokens[k].kind == TokKind::kPunct && !In(d_.Text(k), {"$", "%"})) return -1;
    const std::string_view w = d_.Lower(k);
    if (!In(w, {"who", "which", "whose"}) || d_.Text(k - 1) != ",") continue;
    if (k + 3 > t - 1) return -1;
    const uint32_t x = SkipNameTail(sb, k - 1);
    if (!MentionEndsAt(x) || m_.mentions[m_.MentionAt(x - 1)].descriptor) return -1;
    // "The mother of X, whose son ..., backed Y": a name after a preposition
    // is no subject (past its titles: "of Sen. X").
    uint32_t b = MentionBegin(x - 1);
    while (b > sb && Ent(b - 1) < 0 && m_.title_at[b - 1] >= 0) --b;
    if (b > sb && In(d_.Lower(b - 1), {"of", "for", "with", "to", "by", "from", "in", "at", "on",
                                       "about", "against", "behind", "like", "than"}))
      return -1;
    const int e = Ent(x - 1);
    if (w == "who" && !IsType(e, EntityType::kPerson)) return -1;
    if (w == "which" && !IsType(e, EntityType::kOrganization)) return -1;
    return e;
  }
  return -1;
}

// Whether the word at `k` can open an aside after a name: a relative pronoun,
// an apposition's determiner ("a former state senator", "the group's
// founder") or an age ("45").
bool RelationSubjects::AsideOpener(uint32_t k) const {
  return In(d_.Lower(k), {"who", "which", "whose", "a", "an", "the", "another", "one"}) ||
         (d_.tokens[k].kind == TokKind::kNumber && d_.Text(k).size() <= 3);
}

// The comma that closes an aside opened by the comma at `c` right after a
// name ("Y, who is running for governor,", "Y, a former state senator,",
// "Y, 45,"): up to 24 tokens with no other punctuation or quotation; 0 when
// none.
uint32_t RelationSubjects::AsideEnd(uint32_t c, uint32_t se) const {
  if (c + 2 >= se || d_.Text(c) != "," || in_quote_[c] || !MentionEndsAt(c) || !AsideOpener(c + 1))
    return 0;
  for (uint32_t k = c + 1; k < se && k < c + 26; ++k) {
    if (in_quote_[k]) return 0;
    if (d_.Text(k) == ",") return k > c + 1 ? k : 0;
    if (d_.tokens[k].kind == TokKind::kPunct && !In(d_.Text(k), {"$", "%", "-"})) return 0;
  }
  return 0;
}

// The comma that opens the aside the comma at `c` closes, right after a name
// (AsideEnd's other way); 0 when none.
uint32_t RelationSubjects::AsideStart(uint32_t sb, uint32_t c) const {
  if (c < sb + 3 || d_.Text(c) != "," || in_quote_[c]) return 0;
  for (uint32_t k = c; k > sb + 1 && k + 26 > c; --k) {
    const uint32_t o = k - 1;
    if (in_quote_[o]) return 0;
    if (d_.Text(o) == ",") return AsideEnd(o, c + 1) == c ? o : 0;
    if (d_.tokens[o].kind == TokKind::kPunct && !In(d_.Text(o), {"$", "%", "-"})) return 0;
  }
  return 0;
}

// The token after a bracketed party tag opening at `k` ("(D-Ohio)", "(R-Ky.)"),
// else `k`.
uint32_t RelationSubjects::TagEnd(uint32_t k, uint32_t se) const {
  if (k + 2 >= se || d_.Text(k) != "(" || in_quote_[k]) return k;
  const std::string_view tag = d_.Text(k + 1);
  if (!IsPartyTag(tag)) return k;
  for (uint32_t c = k + 2; c < se && c < k + 6; ++c) {
    if (d_.Text(c) == ")") return c + 1;
  }
  return k;
}

// Where the words after a name ending at `k` go on past a party tag and an
// aside ("Y (D-Ohio) for president", "Y, who ..., for president"): the token
// after the tag, or after the aside's closing comma; `k` when neither.
uint32_t RelationSubjects::PastNameAside(uint32_t k, uint32_t se) const {
  if (!MentionEndsAt(k)) return k;
  k = TagEnd(k, se);
  const uint32_t close = AsideEnd(k, se);
  return close > 0 ? close + 1 : k;
}

// The other way: where a name ends before a party tag or an aside that ends
// right before `t` ("won Y (D-Ohio) a last-minute endorsement"); `t` when
// neither.
uint32_t RelationSubjects::BeforeNameAside(uint32_t sb, uint32_t t) const {
  if (t < sb + 3) return t;
  if (d_.Text(t - 1) == ",") {
    const uint32_t open = AsideStart(sb, t - 1);
    if (open == 0) return t;
    t = open;
  }
  if (d_.Text(t - 1) == ")") {
    for (uint32_t o = t - 1; o > sb + 1 && o + 6 > t; --o) {
      if (d_.Text(o - 1) == "(" && TagEnd(o - 1, t) == t && MentionEndsAt(o - 1)) return o - 1;
    }
  }
  return t;
}

}  // namespace kg::extract::internal
