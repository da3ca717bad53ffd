// Who gives and who receives an endorsement noun, in the longer shapes of
// news round-ups (RelationFinder helpers for endorsement_nouns.cc): a list
// of endorsers that mixes people and organisations or holds a name no
// earlier stage found ("the endorsement of the state party, outgoing Gov. A
// and key unions", "support from the Acme Union and B-CIO, as well as Sen.
// C"), and a receiver named as the first object of a double-object verb
// ("That won Y a last-minute endorsement of X", "won her the support of X").
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

// Lower-case words that may follow a listed name without starting a new
// clause ("A, B and C on Monday", "A and B in Ohio"); any other lower-case
// word is taken for a verb ("A, B said ...").
bool ListContinues(std::string_view w) {
  return In(w, {"for",   "in",   "on",    "as",    "at", "to",   "of",     "who",
                "while", "last", "this",  "and",   "or", "too",  "both",   "during",
                "with",  "from", "since", "after", "by", "over", "earlier"});
}

// Words that describe a title holder's term or standing before the title
// ("outgoing Gov. A", "longtime Sen. B").
bool OfficeModifier(std::string_view w) {
  return IsPastOrFuture(w) || In(w, {"outgoing", "sitting", "current", "retiring", "fellow",
                                     "longtime", "veteran", "popular", "powerful", "influential",
                                     "prominent", "top", "senior", "then", "freshman"});
}

}  // namespace

// The endorsers listed from `from` (the word after "of|from" of an
// endorsement noun): people and organisations alike ("of the state party,
// outgoing Gov. A and key unions" gives the party and A), joined by commas,
// "and" or "as well as"; a capitalised name that is no entity is passed over
// when the list goes on after it ("of Acme's List and Sen. B" gives B), and so
// is a who-clause before ", and" ("of Sen. A, who recruited her, and Sen. B").
// A name followed by a possessive ("of A, B's former strategist") or by a
// verb ("of A, B said") ends the list and is left out.
std::vector<int> RelationFinder::ListedEndorsers(uint32_t from, uint32_t se) const {
  std::vector<int> out;
  uint32_t t = from;
  for (int items = 0; t < se && items < 8; ++items) {
    uint32_t k = t;
    // "two former secretaries of defense: A and B": the members of a group.
    if (const uint32_t g = CountedGroupEnd(k, se); g != k) {
      t = g;
      continue;
    }
    // "progressive groups like A and B" (since stop 31): a plural kind of
    // endorser before "like|such as" introduces its members.
    {
      uint32_t w = k;
      while (w < se && w < k + 3 && d_.tokens[w].kind == TokKind::kWord && !d_.tokens[w].cap &&
             Ent(w) < 0 && !d_.Has(w, kFunctionWord))
        ++w;
      if (w > k && w + 1 < se && d_.Lower(w - 1).ends_with("s")) {
        if (d_.Lower(w) == "like")
          k = w + 1;
        else if (d_.Lower(w) == "such" && d_.Lower(w + 1) == "as")
          k = w + 2;
      }
    }
    // "its current chairman, Rep. A": a description set off by a comma.
    k = DescribedListItem(k, se);
    if (k < se && In(d_.Lower(k), {"the", "former"})) ++k;
    k = OrgDescriptionEnd(k, se);  // "the environmental group Z"
    // "2020 presidential candidates Sen. C": a year before the description.
    if (k + 1 < se && ElectionYearAt(k) && d_.tokens[k + 1].kind == TokKind::kWord &&
        !d_.tokens[k + 1].cap)
      ++k;
    // ", soccer star A": a description before a person's name.
    k = ListedDescriptionEnd(k, se, k > 0 && d_.Lower(k - 1) == "and");
    // "outgoing Gov. A": a modifier of the office before a title (not a
    // verb: "and deploying Rep. B on his behalf").
    if (k + 1 < se && Ent(k) < 0 && m_.title_at[k + 1] >= 0 && OfficeModifier(d_.Lower(k))) ++k;
    // "California Sen. C": a place before the title.
    uint32_t p = k;
    while (p < se && p < k + 3 && Ent(p) < 0 && d_.tokens[p].cap && m_.title_at[p] < 0) ++p;
    if (p > k && p < se && m_.title_at[p] >= 0) k = p;
    while (k < se && k < t + 6 && Ent(k) < 0 && m_.title_at[k] >= 0) ++k;
    if (k >= se || in_quote_[k]) break;
    const int e = Ent(k);
    uint32_t end = k;
    int item = e;
    if (IsType(e, EntityType::kPerson) || IsType(e, EntityType::kOrganization)) {
      // "House Minority Leader C": the person is the endorser.
      uint32_t p = k;
      item = TitledPersonAfterOrg(e, &p, se);
      end = MentionEnd(p);
    } else if (e < 0 && d_.tokens[k].cap && d_.tokens[k].kind == TokKind::kWord) {
      // A name no earlier stage found: capitalised words and a possessive.
      while (end < se && end < k + 5 && Ent(end) < 0 &&
             ((d_.tokens[end].cap && d_.tokens[end].kind == TokKind::kWord) ||
              d_.tokens[end].kind == TokKind::kPossessive))
        ++end;
      if (end < se && Ent(end) >= 0) break;  // "Acme Sen. B": a modifier
    } else if (const uint32_t u = UnnamedListItemEnd(t, se); u > t) {
      end = u;  // "the climate action group 480.org,": no one named
    } else {
      break;
    }
    if (end < se && d_.Text(end) == "(") {  // "(D-Ohio)"
      uint32_t c = end;
      while (c < se && c < end + 6 && d_.Text(c) != ")") ++c;
      if (c >= se) break;
      end = c + 1;
    }
    if (end < se && (d_.tokens[end].kind == TokKind::kPossessive ||
                     In(d_.Text(end), {"'", "\xe2\x80\x99", "\xe2\x80\x98"})))
      break;
    if (end < se && d_.tokens[end].kind == TokKind::kWord && !d_.tokens[end].cap &&
        !ListContinues(d_.Lower(end)))
      break;
    if (item >= 0) out.push_back(item);
    // The joiner to the next name.
    uint32_t j = end;
    bool joined = false;
    // "Sen. A, a fellow Democrat, and B": past an apposition on the name
    // (endorsement_list_items.cc).
    if (j < se && d_.Text(j) == ",") j = ListedAppositionEnd(j, se);
    // "A; B, Z's former chairman; and C": semicolons join a series that
    // ends in "; and".
    if (j < se && d_.Text(j) == ";" && SemicolonSeriesAfter(j, se)) {
      ++j, joined = true;
    } else if (j < se && d_.Text(j) == ",") {
      ++j, joined = true;
      // "Sen. A, who recruited her to run, and Sen. B": past the clause.
      if (j < se && d_.Lower(j) == "who" && e >= 0) {
        uint32_t c = j + 1;
        while (c + 1 < se && c < j + 16 && d_.tokens[c].kind != TokKind::kPunct) ++c;
        if (c + 1 >= se || d_.Text(c) != "," || d_.Lower(c + 1) != "and") break;
        j = c + 1;
      }
    }
    if (j < se && d_.Lower(j) == "and") {
      ++j, joined = true;
      // "the endorsement of A and of B": the preposition repeated.
      if (j < se && In(d_.Lower(j), {"of", "from"})) ++j;
    } else if (j + 2 < se && d_.Lower(j) == "as" && d_.Lower(j + 1) == "well" &&
               d_.Lower(j + 2) == "as") {
      j += 3, joined = true;
      // "..., as well as from C": the preposition repeated.
      if (j < se && In(d_.Lower(j), {"of", "from"})) ++j;
    }
    if (!joined || j == end) break;
    t = j;
  }
  return out;
}

// The receiver named between a verb of winning or giving and the article of
// the endorsement noun phrase at `a` ("the", "a", "an"): "won Y a
// last-minute endorsement of X", "have won her the support of X" (the one
// person the pronoun can be, the endorsers in `exclude` left out); -1 when
// the words before `a` are no such double object or the verb is hedged.
int RelationFinder::DoubleObjectReceiver(uint32_t sb, uint32_t a,
                                         const std::vector<int>& exclude) const {
  if (a < sb + 2 || !In(d_.Lower(a), {"the", "a", "an"})) return -1;
  const auto giving = [&](uint32_t v) {
    return In(d_.Lower(v), {"won", "wins", "win", "earned", "earns", "gave", "gives", "got", "gets",
                            "brought", "brings", "netted", "nets", "handed"}) &&
           !in_quote_[v] && !HedgedBefore(sb, v);
  };
  const std::string_view o = d_.Lower(a - 1);
  if (In(o, {"him", "her"}) && giving(a - 2))
    return PronounReferent(a - 1, o == "her" ? Gender::kFemale : Gender::kMale, exclude);
  // "won Y, who is running for governor, a last-minute endorsement of X":
  // past an aside after the first object (relative_asides.cc).
  // Or a party tag ("won Y (D-Ohio) a ...").
  a = BeforeNameAside(sb, a);
  if (!MentionEndsAt(a) || !IsType(Ent(a - 1), EntityType::kPerson)) return -1;
  const uint32_t b = MentionBegin(a - 1);
  return b > sb && giving(b - 1) ? Ent(a - 1) : -1;
}

}  // namespace kg::extract::internal
