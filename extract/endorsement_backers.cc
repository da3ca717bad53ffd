// The backer-noun ENDORSES rules of RelationFinder: a person named with
// "backer" or "endorser" as their description endorses the person that
// noun names ("Y backer X", "X, a state senator and Y backer", "X -- now a
// Y backer"), and the people listed after such a noun endorse the one
// before it ("Y endorsers like A, B and C", "Y's backers included A and
// B"), and the titled person a possessed backer is ("His biggest backer in
// the Senate was Sen. X"). All fire at the noun (Triggers); the rule name is
// endorse.backer.
#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// "Y backer X", "X, a state senator and Y backer", "X, a Y endorser": a
// backer or endorser of a named person endorses the person.
void RelationFinder::Backer(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  if (t <= sb || !IsType(Ent(t - 1), EntityType::kPerson) || MentionEnd(t - 1) != t) return;
  const int dst = Ent(t - 1);
  int src = -1;
  uint32_t o = t + 1;
  if (o < se && TitleAt(o) >= 0) o = m_.titles[TitleAt(o)].tok_end;
  if (o < se && IsType(Ent(o), EntityType::kPerson) && MentionBegin(o) == o) {
    src = Ent(o);  // "Clinton backer Jane Doe"
  } else {
    uint32_t k = MentionBegin(t - 1);
    // "a Maria Doe backer" may be two mentions of the one person.
    while (k > sb && Ent(k - 1) == dst) k = MentionBegin(k - 1);
    while (k > sb && k + 8 > t && d_.tokens[k - 1].kind == TokKind::kWord &&
           !d_.tokens[k - 1].cap && Ent(k - 1) < 0)
      --k;
    if (k > sb + 1 && k < t && In(d_.Lower(k), {"a", "an"}) && d_.Text(k - 1) == ",")
      src = PersonBeforeComma(sb, k - 1);
    // "X -- a former candidate and now a Y backer": a dash opens the
    // apposition too.
    uint32_t dash = k - 1;
    if (dash > sb && d_.Text(dash) == "-" && d_.Text(dash - 1) == "-") --dash;
    if (src < 0 && k > sb + 1 && k < t && In(d_.Lower(k), {"a", "an"}) &&
        In(d_.Text(k - 1), {"-", "--", "\xe2\x80\x94", "\xe2\x80\x93"}) && MentionEndsAt(dash) &&
        IsType(Ent(dash - 1), EntityType::kPerson))
      src = Ent(dash - 1);
  }
  if (IsType(src, EntityType::kPerson) || IsType(src, EntityType::kOrganization))
    Add("ENDORSES", src, dst, s, "endorse.backer");
}

// "Backers of (Sen.) Y include A": sets `*y` past the person after "of" at
// `t + 1` and `*a` to the "include" after it, past a short phrase ("in the
// governor's race", "in the Senate race") with no person, punctuation or
// quotation in it. False (nothing set) for any other shape.
bool RelationFinder::OfBackers(uint32_t t, uint32_t se, uint32_t* y, uint32_t* a) const {
  if (t + 3 >= se || d_.Lower(t + 1) != "of") return false;
  uint32_t o = t + 2;
  if (TitleAt(o) >= 0) o = m_.titles[TitleAt(o)].tok_end;
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o || in_quote_[o])
    return false;
  uint32_t v = MentionEnd(o);
  if (v < se && In(d_.Lower(v), {"in", "for", "among", "from", "during", "on"})) {
    for (++v;
         v < se && v < MentionEnd(o) + 8 && !In(d_.Lower(v), {"include", "includes", "included"});
         ++v) {
      if (d_.tokens[v].kind == TokKind::kPunct || IsType(Ent(v), EntityType::kPerson) ||
          in_quote_[v])
        return false;
    }
  }
  if (v + 1 >= se || !In(d_.Lower(v), {"include", "includes", "included"})) return false;
  *y = MentionEnd(o);
  *a = v;
  return true;
}

// "Y endorsers like A, B and C", "Y backers such as A": each listed
// person or organisation endorses the person Y named right before the noun.
void RelationFinder::ListedBackers(uint32_t se, uint32_t s, uint32_t t) {
  // "Y endorsers", also "Y's backers".
  uint32_t y = t;
  if (y >= 2 && d_.tokens[y - 1].kind == TokKind::kPossessive) --y;
  // "Y, whose (early) backers include A and B" (stop 30's battery): the
  // relative's head owns them.
  uint32_t w = t;
  if (w >= 2 && d_.tokens[w - 1].kind == TokKind::kWord && !d_.tokens[w - 1].cap &&
      d_.Lower(w - 1) != "whose")
    --w;
  if (w >= 4 && d_.Lower(w - 1) == "whose" && d_.Text(w - 2) == "," && MentionEndsAt(w - 2) &&
      !in_quote_[w - 1])
    y = w - 2;
  // "Y's list of endorsers includes A": the list is Y's.
  if (t >= 4 && d_.Lower(t - 1) == "of" &&
      In(d_.Lower(t - 2), {"list", "roster", "slate", "string", "lineup"}) &&
      d_.tokens[t - 3].kind == TokKind::kPossessive)
    y = t - 3;
  uint32_t a = t + 1;
  // "Backers of Y (in the governor's race) include A and B": Y after "of",
  // only before "include", whose list is the predicate.
  const bool of = OfBackers(t, se, &y, &a);
  if (y == 0 || !IsType(Ent(y - 1), EntityType::kPerson) || MentionEnd(y - 1) != y) return;
  bool included = false;
  if (a < se && d_.Text(a) == "," && !of) ++a;
  if (of && !In(d_.Lower(a), {"include", "includes", "included"})) return;
  if (a + 1 < se && d_.Lower(a) == "such" && d_.Lower(a + 1) == "as") {
    a += 2;
  } else if (a < se && In(d_.Lower(a), {"like", "including"})) {
    ++a;
  } else if (a + 1 < se && In(d_.Lower(a), {"include", "includes", "included"}) &&
             !HedgedBefore(d_.sentences[s].tok_begin, a)) {
    // "Other notable Y endorsers include A, B and C", "Y's backers included
    // A and B": the list is the predicate.
    ++a;
    included = true;
  } else {
    return;
  }
  const int pos = ObjectPos(a, se);
  if (pos < 0 || MentionBegin(static_cast<uint32_t>(pos)) > a + 6) return;
  // The list may be the subject: "Y backers such as A and B cheered".
  std::vector<int> list = Coordinated(static_cast<uint32_t>(pos), se, true);
  // A mixed list ("include the Acme Party, Sen. A, soccer star B and
  // writer C") past the first name of the other kind.
  if (included) {
    for (int x : ListedEndorsers(static_cast<uint32_t>(pos), se)) {
      if (std::find(list.begin(), list.end(), x) == list.end()) list.push_back(x);
    }
  }
  for (int x : list) {
    if (x != Ent(y - 1)) Add("ENDORSES", x, Ent(y - 1), s, "endorse.backer");
  }
}

// "His biggest backer in the upper chamber was Sen. X (R-Ala.)", "Y's
// earliest supporter is Gov. X": the person a possessed backer noun (at `t`)
// is endorses the possessor (Y, or the man or woman "his|her" resolves to).
// Up to three lower-case modifiers before the noun, an optional phrase
// after it ("in the Senate", "among governors"), then "was|is" and a person
// with a title or a party tag, the name ending the clause; so "his biggest
// supporter was his wife" and "her backer may be Sen. X" give nothing.
void RelationFinder::PossessedBackerIs(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  uint32_t k = t;
  while (k > sb && k + 4 > t && d_.tokens[k - 1].kind == TokKind::kWord && !d_.tokens[k - 1].cap &&
         Ent(k - 1) < 0 && (!d_.Has(k - 1, kFunctionWord) || d_.Lower(k - 1) == "most"))
    --k;
  if (k <= sb) return;
  const std::string_view poss = d_.Lower(k - 1);
  const bool pronoun = poss == "his" || poss == "her";
  if (!pronoun && !(d_.tokens[k - 1].kind == TokKind::kPossessive && k >= sb + 2 &&
                    MentionEndsAt(k - 1) && IsType(Ent(k - 2), EntityType::kPerson)))
    return;
  uint32_t v = t + 1;
  if (v < se && In(d_.Lower(v), {"in", "on", "among", "from", "within", "for", "during"})) {
    for (++v; v < se && v < t + 8 && !In(d_.Lower(v), {"was", "is"}); ++v) {
      if (d_.tokens[v].kind == TokKind::kPunct || IsType(Ent(v), EntityType::kPerson) ||
          in_quote_[v])
        return;
    }
  }
  if (v + 1 >= se || !In(d_.Lower(v), {"was", "is"})) return;
  uint32_t o = v + 1;
  const bool titled = TitleAt(o) >= 0;
  if (titled) o = m_.titles[TitleAt(o)].tok_end;
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o || in_quote_[o])
    return;
  const uint32_t after = MentionEnd(o);
  const bool tagged = after + 1 < se && d_.Text(after) == "(" &&
                      In(d_.Text(after + 1).substr(0, 2), {"R-", "D-", "I-"});
  if (!titled && !tagged) return;
  if (after < se && !tagged && !In(d_.Text(after), {",", ".", ";"})) return;
  // The backer named after "his" is not whom it means.
  const int dst =
      pronoun ? PronounReferent(k - 1, poss == "her" ? Gender::kFemale : Gender::kMale, {Ent(o)})
              : Ent(k - 2);
  if (IsType(dst, EntityType::kPerson) && Ent(o) != dst)
    Add("ENDORSES", Ent(o), dst, s, "endorse.backer");
}

}  // namespace kg::extract::internal
