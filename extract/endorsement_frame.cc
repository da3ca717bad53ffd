// The endorsement-frame fallback of RelationFinder (rule endorse.frame): a
// sentence with an endorsement noun that no specific ENDORSES rule used.
// The frame is "Y <receiving verb> (det) (adjectives) endorsement|backing|
// support of|from X": the endorsers are X and every name coordinated with
// it, also when a description introduces them ("of two prominent senators
// in A and B", "from luminaries, including A and B"); the receivers are the
// subject of the verb and every name coordinated with it ("A and B on
// Saturday won the endorsement of X"). The verb must say that Y has it
// (won, rode, leaned on, emboldened by, ...), never that Y wants, lost or
// rejected it, and the usual hedges apply.
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// Verbs (and the participles of being helped) that say the subject has the
// endorsement named by their object; IsReceiveVerb holds the core ones.
bool IsFrameReceiveVerb(std::string_view w) {
  return IsReceiveVerb(w) ||
         In(w,
            {"rode",       "rides",    "riding",  "leaned",    "leans",     "leaning",   "relied",
             "relies",     "relying",  "counted", "counts",    "collected", "collects",  "amassed",
             "amasses",    "racked",   "racks",   "netted",    "nets",      "drew",      "draws",
             "attracted",  "attracts", "carried", "carries",   "carrying",  "claimed",   "claims",
             "welcomed",   "welcomes", "touts",   "has",       "had",       "have",      "having",
             "emboldened", "buoyed",   "boosted", "bolstered", "helped",    "propelled", "lifted",
             "trumpeted",  "trumpets", "added",   "adds",      "adding",    "lined",     "locked",
             "wrapped",    "notched",  "notches", "won",       "accepted",  "picking",   "picks"});
}

}  // namespace

// The first endorser named after "of|from" at `from`: right after it
// (through titles and modifiers, ObjectPos), or after a description that
// introduces a list ("two prominent Arizonans in A and B", "members of
// Congress: A and B", "luminaries, including A").
int RelationFinder::FrameEndorserAt(uint32_t from, uint32_t se) const {
  int pos = ObjectPos(from, se);
  if (pos >= 0) return pos;
  for (uint32_t a = from; a + 1 < se && a < from + 8; ++a) {
    if (in_quote_[a] || Ent(a) >= 0) return -1;
    std::string_view w = d_.Lower(a);
    if (w == "in" || w == "like" || w == "including" || d_.Text(a) == ":") {
      // A description of people, not a place or a time: "in Iowa" ends it.
      const uint32_t o = a + 1;
      const int e = ObjectAfter(o, se);
      // "allies in Congress" is no list: after "in" only people are listed.
      if (e < 0 || (w == "in" && !IsType(e, EntityType::kPerson))) return -1;
      for (uint32_t k = o; k < se && k < o + 6; ++k) {
        if (Ent(k) == e) return static_cast<int>(k);
      }
      return -1;
    }
    // "the support of party leadership and President X", "endorsements from
    // unions and the New York City Mayor X": a description of unnamed
    // endorsers, then a named one.
    if (w == "and" && a > from && d_.tokens[a - 1].kind == TokKind::kWord &&
        !d_.tokens[a - 1].cap) {
      uint32_t o = a + 1;
      if (o < se && d_.Lower(o) == "the") ++o;
      // "New York City Mayor X": a place before the title.
      uint32_t p = o;
      while (p < se && p < o + 3 && Ent(p) < 0 && d_.tokens[p].cap && m_.title_at[p] < 0) ++p;
      if (p > o && p < se && m_.title_at[p] >= 0) o = p;
      // "and pro-gun Sen. X", "and the popular former Gov. X": lower-case
      // modifiers of the title; a title must follow them.
      p = o;
      while (p < se && p < o + 3 && Ent(p) < 0 && d_.tokens[p].kind == TokKind::kWord &&
             !d_.tokens[p].cap && m_.title_at[p] < 0 && !d_.Has(p, kFunctionWord) &&
             !d_.Lower(p).ends_with("ed") && !d_.Lower(p).ends_with("ing"))
        ++p;
      if (p > o && p < se && m_.title_at[p] >= 0) o = p;
      while (o < se && o < a + 8 && Ent(o) < 0 && m_.title_at[o] >= 0) ++o;
      if (o >= se || Ent(o) < 0 || MentionBegin(o) != o || in_quote_[o]) return -1;
      // Not the subject of a new clause ("... and X knows it").
      const uint32_t after = MentionEnd(o);
      if (after < se && d_.tokens[after].kind == TokKind::kWord && !d_.tokens[after].cap &&
          !In(d_.Lower(after), {"and", "or", "who", "as", "in", "of", "on", "for", "at", "during",
                                "last", "this", "earlier", "among", "from"}))
        return -1;
      return static_cast<int>(o);
    }
    if (d_.tokens[a].kind == TokKind::kPunct && d_.Text(a) != ",") return -1;
  }
  return -1;
}

void RelationFinder::EndorsementFrame(uint32_t s, bool election) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t t = sb + 1; t + 2 < se; ++t) {
    const std::string_view w = d_.Lower(t);
    if ((w == "endorsee" || w == "endorsees") && !in_quote_[t]) {
      Endorsee(s, t);
      continue;
    }
    const bool noun = w == "endorsement" || w == "endorsements" || w == "backing" ||
                      (w == "support" && (election || ElectionArticle()));
    if (!noun || in_quote_[t]) continue;
    // "another endorsement Monday, from X": a day between the noun and its
    // preposition (maybe with a comma), never a comma alone.
    uint32_t of = t + 1;
    bool day = false;
    while (of < se && of < t + 4 &&
           (d_.Has(of, kMonthOrDay) || d_.Text(of) == "," ||
            In(d_.Lower(of), {"on", "last", "this", "week"}))) {
      day |= d_.Has(of, kMonthOrDay) || d_.Lower(of) == "week";
      ++of;
    }
    if (of > t + 1 && !day) continue;
    if (of + 1 >= se || !In(d_.Lower(of), {"of", "from"})) continue;
    // The noun phrase: a determiner or possessive pronoun and lower-case
    // modifiers ("a critical", "his first major"); without a determiner
    // only counts ("four major endorsements"): "has said endorsements
    // matter" has no receiving verb.
    uint32_t det = t;
    while (det > sb && det + 4 > t && d_.tokens[det - 1].kind != TokKind::kPunct &&
           !d_.tokens[det - 1].cap && Ent(det - 1) < 0 && !d_.Has(det - 1, kFunctionWord) &&
           !d_.Has(det - 1, kSpeechVerb) && !IsFrameReceiveVerb(d_.Lower(det - 1)))
      --det;
    if (det > sb &&
        In(d_.Lower(det - 1), {"the", "a", "an", "another", "his", "her", "their", "its"})) {
      --det;
    } else {
      for (uint32_t m = det; m < t; ++m) {
        if (d_.tokens[m].kind != TokKind::kNumber &&
            !In(d_.Lower(m), {"several", "numerous", "many", "more", "new", "key", "major",
                              "multiple", "two", "three", "four", "five", "six", "dozens"}))
          det = t + 1;  // no frame
      }
      if (det > t) continue;
    }
    // The verb, with its particle ("leaned on", "picked up", "buoyed by").
    uint32_t v = det;
    if (v > sb && In(d_.Lower(v - 1), {"on", "up", "by"})) --v;
    if (v <= sb || !IsFrameReceiveVerb(d_.Lower(v - 1))) continue;
    --v;
    if (in_quote_[v] || HedgedBefore(sb, v)) continue;
    // "the plan has the backing of X": only a person receives it.
    uint32_t subj_end = v;
    // "A and B on Saturday won": a time phrase between subject and verb.
    while (subj_end > sb &&
           (d_.Has(subj_end - 1, kMonthOrDay) ||
            In(d_.Lower(subj_end - 1), {"on", "last", "this", "week", "earlier", "month"})))
      --subj_end;
    int receiver = SubjectOf(sb, subj_end, false);
    // "X is firmly liberal and has the support of Z" (endorsement_supporting.cc).
    if (receiver < 0) receiver = CoordinatedPredicateSubject(sb, subj_end);
    // "Now X is back, emboldened by the support of Z": the one name of the
    // clause before a participle.
    if (receiver < 0 && subj_end > sb && d_.Text(subj_end - 1) == ",") {
      int only = -1;
      for (uint32_t k = sb; k < subj_end; ++k) {
        if (Ent(k) < 0 || in_quote_[k]) continue;
        if (only >= 0 && Ent(k) != only) {
          only = -2;
          break;
        }
        only = Ent(k);
      }
      receiver = only;
    }
    if (!IsType(receiver, EntityType::kPerson)) continue;
    const int pos = FrameEndorserAt(of + 1, se);
    if (pos < 0) continue;
    std::vector<int> endorsers;
    for (int x : Coordinated(static_cast<uint32_t>(pos), se)) {
      x = PersonAfterOrgTitle(x, static_cast<uint32_t>(pos), se);
      if (!ModifierOnly(x, static_cast<uint32_t>(pos), se)) endorsers.push_back(x);
    }
    for (int r : Subjects(sb, subj_end, receiver)) {
      if (!IsType(r, EntityType::kPerson)) continue;
      for (int x : endorsers) Add("ENDORSES", x, r, s, "endorse.frame");
    }
    return;
  }
}

// "X's (highest-profile congressional) endorsee, Y" and "X endorsee Y": the
// person X endorsed is named in the apposition or right after the noun.
void RelationFinder::Endorsee(uint32_t s, uint32_t t) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  uint32_t k = t;
  while (k > sb && k + 4 > t && d_.tokens[k - 1].kind == TokKind::kWord && !d_.tokens[k - 1].cap &&
         Ent(k - 1) < 0 && !d_.Has(k - 1, kFunctionWord))
    --k;
  int src = -1;
  if (k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive) {
    src = Ent(k - 2);
  } else if (k == t && k > sb && MentionEndsAt(k)) {
    src = Ent(k - 1);  // "X endorsee Y"
  }
  if (!IsType(src, EntityType::kPerson) && !IsType(src, EntityType::kOrganization)) return;
  uint32_t o = t + 1;
  if (o < se && d_.Text(o) == ",") ++o;
  const int pos = ObjectPos(o, se);
  if (pos < 0 || MentionBegin(static_cast<uint32_t>(pos)) > o + 4) return;
  for (int dst : Coordinated(static_cast<uint32_t>(pos), se)) {
    if (IsType(dst, EntityType::kPerson)) Add("ENDORSES", src, dst, s, "endorse.frame");
  }
}

}  // namespace kg::extract::internal
