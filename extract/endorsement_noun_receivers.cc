// Who receives or holds the endorsement a noun names (RelationFinder::
// NounReceived, for NominalEndorsement in endorsement_nouns.cc): the
// receiving verbs before the noun phrase ("won|received|touted the
// endorsement of X", "Y has the backing of X"), "with" ("Y won the
// nomination with the backing of X"), helped-by verbs ("buoyed by the
// endorsement of X"), gathering verbs ("picked up endorsements from X"), a
// double object ("won her the support of X") and the stand-ins of
// endorsement_displayed.cc and endorsement_org_ends.cc ("leaned on",
// "locked in"). The caller then names the giver after "of|from". Also the
// receiver named by a verb's subject and the giver of "gave|offered a ...
// endorsement" (ReceiverOf, GiverOf; moved from endorsement_nouns.cc).
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

// Verbs that gather endorsements with "up": "picked up|racked up|scooped up
// the endorsements of X".
bool GatheringVerb(std::string_view w) {
  return In(
      w, {"picked",   "picks",    "picking", "racked", "racks",    "racking", "scooped",  "scoops",
          "scooping", "lined",    "lines",   "lining", "snapped",  "snaps",   "snapping", "stacked",
          "stacks",   "stacking", "rounded", "rounds", "rounding", "sewn",    "sewed"});
}

}  // namespace

// Whether the endorsement noun phrase from `k` to the noun at `t` is
// received or held: "won / received / touted the endorsement of|from X",
// "has the backing of X", "with the endorsement of X", "buoyed by the
// backing of X", "picked up endorsements from X". *det is where the
// phrase's determiners start, or the token after the verb of a stand-in
// ("leaned on", "locked in"). *holder is who holds it when that
// is not the receiving verb's subject ("won her the support of X", "Y won
// the nomination with the backing of X"), else -1.
bool RelationFinder::NounReceived(uint32_t sb, uint32_t se, uint32_t t, uint32_t k,
                                  uint32_t* det_out, int* holder_out) const {
  const std::string_view w = d_.Lower(t);
  uint32_t det = k;
  while (det > sb && In(d_.Lower(det - 1), {"the", "an", "a", "his", "her", "their", "its"})) --det;
  const bool has_the =
      // "Y has the|a critical endorsement from X".
      (det > sb + 1 && In(d_.Lower(det), {"the", "a", "an"}) &&
       In(d_.Lower(det - 1), {"has", "had", "have"})) ||
      // "Y has support|endorsements from X": no article.
      (k == t && t > sb + 1 && t + 1 < se && d_.Lower(t + 1) == "from" &&
       In(d_.Lower(t - 1), {"has", "had", "have"}));
  bool received =
      ((det > sb && IsReceiveVerb(d_.Lower(det - 1))) || has_the) && !HedgedBefore(sb, det - 1);
  // "Y announced the endorsement of X": a campaign announces the backing it
  // got; the giver announces "its|his endorsement of Y" (a possessive, so
  // not here), and "the endorsement of Y by X" names its giver after "by".
  if (!received && det > sb && det < k && d_.Lower(det) == "the" && w.starts_with("endorsement") &&
      In(d_.Lower(det - 1), {"announced", "announces", "announcing", "unveiled", "unveils"}) &&
      t + 2 < se && In(d_.Lower(t + 1), {"of", "from"}) && !HedgedBefore(sb, det - 1)) {
    received = true;
    for (uint32_t b = t + 2; b < se && received; ++b) received = d_.Lower(b) != "by";
  }
  // "Y highlighted|leaned on the endorsement of X" (endorsement_displayed.cc):
  // the verb's subject holds it.
  if (!received && det > sb && det < k) {
    const int v = DisplayVerbStart(sb, det - 1);
    if (v >= 0) {
      received = true;
      det = static_cast<uint32_t>(v) + 1;
    }
  }
  // "Y won the nomination with the backing of X", "Y, a state senator with
  // the endorsement of X": the closest person before "with" holds it; after
  // a comma that ends a clause without one, its subject ("Y has gotten more
  // of the establishment's support, with endorsements from A and B").
  int holder = -1;
  // "That won Y a last-minute endorsement of X", "won her the support of X":
  // the first object of the verb holds it ("her" before "the" is no
  // possessive).
  if (det < k && t + 2 < se && In(d_.Lower(t + 1), {"of", "from"})) {
    uint32_t a = det;
    while (a < k && !In(d_.Lower(a), {"the", "a", "an"})) ++a;
    const int x = a < k ? ObjectAfter(t + 2, se) : -1;
    if (x >= 0 && (holder = DoubleObjectReceiver(sb, a, {x})) >= 0) received = true;
  }
  if (!received && w != "support" && det > sb + 1 &&
      ((det < k && d_.Lower(det) == "the") || (det == t && w == "endorsements")) &&
      d_.Lower(det - 1) == "with" && !HedgedBefore(sb, det - 1)) {
    // The clause's own verb unhedged ("X hopes to run, with endorsements
    // from ..." gives nothing).
    bool clause_hedged = false;
    for (uint32_t p = det - 2; p > sb && !clause_hedged; p = p > sb + 4 ? p - 4 : sb)
      clause_hedged = HedgedBefore(sb, p);
    for (uint32_t b = det - 1; b > sb && b + 16 > det && !(det == t && clause_hedged); --b) {
      if (in_quote_[b - 1] || d_.Text(b - 1) == ";") break;
      // "Y, who once worked for Z, has gotten more support, with ...": a
      // name inside an aside is not the one who has it (relative_asides.cc).
      if (const uint32_t open = d_.Text(b - 1) == "," ? AsideStart(sb, b - 1) : 0; open > 0) {
        b = open + 1;
        continue;
      }
      if (Ent(b - 1) < 0) continue;
      if (IsType(Ent(b - 1), EntityType::kPerson)) holder = Ent(b - 1);
      break;
    }
    if (holder < 0 && !clause_hedged && det > sb + 2 && d_.Text(det - 2) == "," &&
        !in_quote_[det - 2]) {
      const int subject = SubjectBefore(sb, det - 2);
      if (IsType(subject, EntityType::kPerson)) holder = subject;
    }
    received = holder >= 0;
  }
  // "Y, who with the support of X, managed to defeat Z", "Y, with the
  // support of X, won the primary": "support" is left out above ("passed
  // the bill with the support of Congress"), but right after a person and
  // a comma (and "who"), in an article about a race, it is that person's.
  if (!received && w == "support" && det < k && d_.Lower(det) == "the" && det > sb + 2 &&
      d_.Lower(det - 1) == "with" && !in_quote_[det] && ElectionArticle() &&
      !HedgedBefore(sb, det - 1)) {
    holder = SupportHolderBeforeWith(sb, se, det - 1, t);
    received = holder >= 0;
  }
  // "With|Armed with the endorsement of X, Y won the primary": the phrase
  // opens the sentence, the main clause's subject holds it
  // (endorsement_fronted.cc). Backing only in an article about a race
  // ("With the backing of X, Y introduced the bill" is a bill's).
  if (!received && w != "support" && det < k && d_.Lower(det) == "the" && !in_quote_[det] &&
      ((det == sb + 1 && d_.Lower(sb) == "with") ||
       (det == sb + 2 && d_.Lower(sb) == "armed" && d_.Lower(sb + 1) == "with")) &&
      (w != "backing" || ElectionArticle())) {
    uint32_t comma = 0;
    holder = FrontedClauseSubject(t + 1, se, &comma);
    received = holder >= 0;
  }
  // "Y was buoyed (Wednesday) by the endorsement of X", "Y, bolstered by
  // the backing of X": helped by it, so Y has it.
  if (!received && det > sb + 2 && det < k && d_.Lower(det - 1) == "by") {
    uint32_t p = det - 2;
    if (p > sb && d_.Has(p, kMonthOrDay)) --p;
    if (In(d_.Lower(p), {"buoyed", "boosted", "bolstered", "helped", "lifted", "aided", "propelled",
                         "fueled", "fuelled", "strengthened"}) &&
        !HedgedBefore(sb, p)) {
      received = true;
      det = p + 1;
    }
  }
  // "picked up / racked up (the) endorsements from X"; "has (all but)
  // locked in the endorsement of X" (endorsement_org_ends.cc).
  for (uint32_t j = t; !received && j > sb + 1 && j + 4 > t; --j) {
    if (d_.Lower(j - 1) == "up" && GatheringVerb(d_.Lower(j - 2)) && !HedgedBefore(sb, j - 2)) {
      received = true;
      det = j - 1;
    } else if (const uint32_t v = PhrasalReceive(sb, j - 1); v > 0) {
      received = true;
      det = v + 1;
    }
  }
  *det_out = det;
  *holder_out = holder;
  return received;
}

// The person whose "with the support of X" (the noun at `t`) starts at
// "with" `with`: the head of a relative clause ("Y (R-FL), who with ...")
// or the subject of the sentence before a comma ("Y, with ..."), else -1.
// X is a person ("with the support of Congress" is a vote's) and the
// sentence is about winning a race, not a bill ("Sen. Y, with the support
// of Sen. X, introduced the bill").
int RelationFinder::SupportHolderBeforeWith(uint32_t sb, uint32_t se, uint32_t with,
                                            uint32_t t) const {
  if (t + 2 >= se || d_.Lower(t + 1) != "of") return -1;
  // "of President X", "of party leaders and Gov. X" (FrameEndorserAt).
  const int giver = FrameEndorserAt(t + 2, se);
  if (giver < 0 || !IsType(Ent(static_cast<uint32_t>(giver)), EntityType::kPerson)) return -1;
  bool race = false;
  for (uint32_t k = sb; k < se; ++k) {
    const std::string_view x = d_.Lower(k);
    if (In(x, {"bill", "bills", "legislation", "amendment", "measure", "resolution", "law"}))
      return -1;
    race |= In(x, {"defeat", "defeated", "defeating", "beat", "won", "win", "wins", "primary",
                   "nomination", "race", "election", "elected", "victory", "runoff", "seat"});
  }
  if (!race) return -1;
  uint32_t b = with;
  const bool who = d_.Lower(b - 1) == "who";
  if (who) --b;
  if (b <= sb + 1 || d_.Text(b - 1) != ",") return -1;
  uint32_t e = b - 1;  // the comma
  // A party mark after the name: "Y (R-FL), who".
  if (e > sb + 2 && d_.Text(e - 1) == ")") {
    uint32_t o = e - 1;
    while (o > sb && o + 6 > e && d_.Text(o) != "(") --o;
    if (d_.Text(o) != "(") return -1;
    e = o;
  }
  if (!MentionEndsAt(e) || !IsType(Ent(e - 1), EntityType::kPerson) || in_quote_[e - 1]) return -1;
  if (!who && !NameOpensClause(sb, MentionBegin(e - 1))) return -1;
  return Ent(e - 1);
}

// Who received or holds the endorsement whose verb is at `v`: its subject,
// also a name before a participial phrase ("Y, enjoying the support of X,
// campaigned ...").
int RelationFinder::ReceiverOf(uint32_t sb, uint32_t v, bool first_of_clause) const {
  int e = SubjectOf(sb, v, first_of_clause);
  // "X is firmly liberal, and has the support of Z" (endorsement_supporting.cc).
  if (e < 0) e = CoordinatedPredicateSubject(sb, v);
  if (e >= 0 || v < sb + 2 || !d_.Lower(v).ends_with("ing") || d_.Text(v - 1) != "," ||
      !MentionEndsAt(v - 1) || !IsType(Ent(v - 2), EntityType::kPerson))
    return e;
  return Ent(v - 2);
}

// The giver of an endorsement noun phrase starting at `det` ("a", "an"):
// the subject of "gave|offered|issued|posted|tweeted" right before it
// ("with X issuing a public endorsement of Y"), also
// past a medium ("posted on Twitter a ... endorsement"); else -1.
int RelationFinder::GiverOf(uint32_t sb, uint32_t det) const {
  if (det <= sb) return -1;
  uint32_t v = det - 1;
  if (v > sb + 1 && d_.tokens[v].cap && d_.Lower(v - 1) == "on") v -= 2;
  if (!In(d_.Lower(v),
          {"gave", "gives", "give", "giving", "offered", "offers", "offering", "extended", "issued",
           "issues", "issuing", "posted", "tweeted", "published", "delivered", "made", "makes"}) ||
      HedgedBefore(sb, v))  // "has not offered a formal endorsement of Y"
    return -1;
  return SubjectOf(sb, v);
}

}  // namespace kg::extract::internal
