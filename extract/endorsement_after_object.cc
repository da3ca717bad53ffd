// Ends of an endorsement that stand after its object, away from the verb:
// the object named in the apposition of a description ("endorsed Y's
// opponent, the Democratic former governor X") and more endorsers after the
// object ("X endorsed Y, as did Z", "the A endorsed Y, along with the B and
// the C"). Kept apart from relations.cc and relation_finder.cc, which are
// near their size limit.
#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// Whether the comma at `c` opens an apposition of the common noun before it
// that names a person after a description: "Y's opponent, the Democratic
// former governor X", "the party's nominee, state Sen. X". The noun before
// the comma is a lower-case word after a determiner or a possessive ("the
// plan, a move that ..." names no one; "the standard, the court said" has
// no name); the description holds up to five words, none a function word, a
// verb or a name of anything but the person, who must follow and close it.
bool RelationSubjects::DescribedApposition(uint32_t c) const {
  if (c < 2) return false;
  const Token& head = d_.tokens[c - 1];
  if (head.kind != TokKind::kWord || head.cap || Ent(c - 1) >= 0 || d_.Has(c - 1, kFunctionWord) ||
      IsVerbLike(d_.Lower(c - 1)))
    return false;
  // A determiner or a possessive opens the noun phrase within three words.
  bool opened = false;
  for (uint32_t k = c - 1; k > 0 && k + 4 > c && !opened; --k) {
    std::string_view w = d_.Lower(k - 1);
    opened = d_.tokens[k - 1].kind == TokKind::kPossessive ||
             In(w, {"the", "his", "her", "its", "their"});
    if (!opened && (d_.tokens[k - 1].kind != TokKind::kWord || d_.Has(k - 1, kFunctionWord)))
      return false;
  }
  if (!opened) return false;
  uint32_t k = c + 1;
  if (k < d_.tokens.size() && In(d_.Lower(k), {"the", "a", "an"})) ++k;
  const uint32_t first = k;
  while (k < d_.tokens.size() && k < first + 6 && Ent(k) < 0) {
    const Token& tok = d_.tokens[k];
    if (tok.kind != TokKind::kWord && !(tok.kind == TokKind::kPunct && m_.title_at[k] >= 0))
      return false;
    if (m_.title_at[k] < 0 && (d_.Has(k, kFunctionWord) || IsVerbLike(d_.Lower(k)))) return false;
    ++k;
  }
  if (k >= d_.tokens.size() || !IsType(Ent(k), EntityType::kPerson) || MentionBegin(k) != k)
    return false;
  // The name closes the apposition ("a deal X opposed" is a clause of its
  // own): punctuation, the end, or a preposition or time word follows.
  const uint32_t end = MentionEnd(k);
  if (end >= d_.tokens.size()) return true;
  const Token& after = d_.tokens[end];
  return after.kind == TokKind::kPunct ||
         In(d_.Lower(end), {"for", "in", "on", "as", "at", "to", "last", "this", "after", "before",
                            "during", "over", "and"});
}

// Whether the lower-case word at `k`, right after a listed object, is a
// time adverb rather than the verb of a new clause: "endorsed A and B
// shortly after he dropped out", "nearly a year ago", "just hours after",
// "the day before the primary". An -ly word (or "just") counts only before
// a preposition, an article, a number or a time noun, so that "endorsed A,
// and B quickly endorsed C" still ends the list at B.
bool RelationSubjects::TimeAdverbAt(uint32_t k, uint32_t se) const {
  if (k + 1 >= se) return false;
  const std::string_view w = d_.Lower(k), next = d_.Lower(k + 1);
  if (w == "the") return In(next, {"day", "week", "month", "night", "morning", "evening"});
  if (w != "just" && (w.size() < 5 || !w.ends_with("ly") || d_.Has(k, kFunctionWord))) return false;
  return d_.tokens[k + 1].kind == TokKind::kNumber ||
         In(next, {"after", "before", "a",     "an",     "the",       "in",    "on",
                   "at",    "during", "ahead", "since",  "following", "this",  "last",
                   "hours", "days",   "weeks", "months", "two",       "three", "one"});
}

// "supported by X on Tuesday.", "is supporting Y last week,": a time phrase
// that ends the clause (a day or month, `this|last|earlier ... week`,
// `yesterday`) leaves the phrase before it at the clause's end; "on the
// water bill" is no time.
uint32_t RelationSubjects::TrailingTimeEnd(uint32_t k, uint32_t se) const {
  uint32_t j = k;
  if (j < se && In(d_.Lower(j), {"on", "in"}) && j + 1 < se && d_.Has(j + 1, kMonthOrDay)) ++j;
  if (j < se && d_.Has(j, kMonthOrDay)) {
    ++j;
    if (j < se && (In(d_.Lower(j), {"night", "morning", "evening", "afternoon"}) ||
                   d_.tokens[j].kind == TokKind::kNumber))
      ++j;
  } else if (j < se && In(d_.Lower(j), {"yesterday", "today", "tonight"})) {
    ++j;
  } else {
    if (j < se && In(d_.Lower(j), {"earlier", "later"})) ++j;
    if (j + 1 < se && In(d_.Lower(j), {"this", "last"}) &&
        In(d_.Lower(j + 1), {"week", "month", "year", "weekend", "summer", "spring", "fall",
                             "winter", "night", "morning"}))
      j += 2;
  }
  if (j == k || (j < se && d_.tokens[j].kind != TokKind::kPunct)) return k;
  return j;
}

// Where the object starts after "and" and a second verb of support that
// shares it: "X endorsed and campaigned for Y", "has endorsed and donated to
// Y", "endorsed and praised Y". Only verbs of active support count ("X
// endorsed and later dropped Y" names no shared endorsement); the name must
// follow right after the verb or its preposition.
uint32_t RelationSubjects::SharedObjectStart(uint32_t a, uint32_t se) const {
  uint32_t k = a + 1;
  if (k + 1 >= se || d_.Lower(a) != "and" ||
      !In(d_.Lower(k), {"campaigned", "stumped",     "rallied",    "fundraised", "raised",
                        "donated",    "contributed", "voted",      "worked",     "praised",
                        "funded",     "promoted",    "championed", "supported",  "backed",
                        "defended",   "hosted",      "helped",     "appeared",   "spoke"}))
    return a;
  ++k;
  if (In(d_.Lower(k), {"for", "with", "to", "alongside", "behind"})) ++k;
  while (k < se && k < a + 7 && Ent(k) < 0 && m_.title_at[k] >= 0) ++k;
  if (k >= se || Ent(k) < 0 || MentionBegin(k) != k) return a;
  return k;
}

}  // namespace kg::extract::internal

namespace kg::extract::internal {

// More endorsers after the object at `pos` and its clause: "X endorsed Y in
// the primary, as did Z", "the A endorsed Y, along with the B, the C and the
// D", "as did his former rival Z". The comma and the cue (`as did|have|has|
// had|does`, `along with`) must follow the object within a short phrase with
// no verb, clause word or quotation. After `along with` organisations count
// (a newspaper or union cannot be a second endorsee) and titled people
// (TitledAlongGiver).
std::vector<int> RelationFinder::TrailingEndorsers(uint32_t pos, uint32_t se) const {
  std::vector<int> out;
  // "backed Y and Z in the primary, along with W": from the end of the
  // object's list.
  uint32_t k = MentionEnd(pos);
  for (int e : Coordinated(pos, se)) {
    if (e == Ent(pos)) continue;
    uint32_t m = k;
    while (m < se && m < k + 8 && !(Ent(m) == e && MentionBegin(m) == m)) ++m;
    if (m < se && m < k + 8) k = MentionEnd(m);
  }
  uint32_t stop = std::min(se, k + 14);
  uint32_t cue = 0;
  bool along = false;
  for (; k + 2 < stop; ++k) {
    if (in_quote_[k]) return out;
    if (Ent(k) >= 0) {
      k = MentionEnd(k) - 1;
      continue;
    }
    std::string_view w = d_.Lower(k);
    if (w == ",") {
      std::string_view a = d_.Lower(k + 1), b = d_.Lower(k + 2);
      if ((a == "as" && In(b, {"did", "have", "has", "had", "does", "do"})) ||
          (a == "along" && b == "with")) {
        along = a == "along";
        cue = k + 3;
        break;
      }
      // "X backed Y, who is running for governor, in the primary, along
      // with Z": past a relative clause on the object, closed by a comma.
      if (In(a, {"who", "which"})) {
        uint32_t c = k + 2;
        while (c < se && c < k + 14 && d_.Text(c) != "," && d_.Text(c) != ";" && !in_quote_[c]) ++c;
        if (c >= se || d_.Text(c) != ",") return out;
        stop = std::min(se, stop + (c - k));
        k = c - 1;
      }
      continue;
    }
    if (d_.tokens[k].kind == TokKind::kPunct && !In(w, {"(", ")", "-"})) return out;
    if (d_.tokens[k].kind == TokKind::kWord &&
        (IsVerbLike(w) || In(w, {"who", "which", "that", "but", "while", "when", "because", "said",
                                 "says", "although", "though", "whom", "whose", "where", "and"})))
      return out;
  }
  if (cue == 0) return out;
  // "as did his former opponent Z": a description before the name.
  uint32_t f = cue;
  while (f < se && f < cue + 5 && Ent(f) < 0 && d_.tokens[f].kind == TokKind::kWord &&
         !IsVerbLike(d_.Lower(f)) &&
         (In(d_.Lower(f), {"the", "his", "her", "its", "their"}) || !d_.Has(f, kFunctionWord)))
    ++f;
  if (f >= se || Ent(f) < 0) return out;
  const bool titled_giver = along && TitledAlongGiver(pos, cue, f, se);
  for (int e : Coordinated(f, se, true)) {
    if (IsType(e, EntityType::kOrganization) ||
        ((!along || titled_giver) && IsType(e, EntityType::kPerson)))
      out.push_back(e);
  }
  return out;
}

// Whether the person at `f`, after ", along with" at `cue` that follows the
// object at `pos`, is read as one more endorser: "X endorsed Y on Tuesday,
// along with Sen. Z", "X backed Y in the primary, along with President Z".
// A title before the name marks an office holder who gives support; an
// untitled name may as well be a second candidate, and so may a titled one
// after a titled object ("endorsed Gov. Y, along with Sen. Z" lists a
// slate), so both are left out. Not a possessive ("along with Sen. Z's
// plan").
bool RelationFinder::TitledAlongGiver(uint32_t pos, uint32_t cue, uint32_t f, uint32_t se) const {
  if (!IsType(Ent(f), EntityType::kPerson) || MentionBegin(f) != f) return false;
  const uint32_t end = MentionEnd(f);
  if (end < se &&
      (d_.tokens[end].kind == TokKind::kPossessive || In(d_.Text(end), {"'", "\xe2\x80\x99"})))
    return false;
  auto titled = [&](uint32_t from, uint32_t to) {
    for (uint32_t k = from; k < to; ++k) {
      if (m_.title_at[k] >= 0) return true;
    }
    return false;
  };
  // An honorific ("Mr. Y") is no office.
  const uint32_t y = MentionBegin(pos);
  if (y > 0 && m_.title_at[y - 1] >= 0 &&
      !In(d_.Lower(y - 1), {"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr"}))
    return false;
  return titled(cue, f) || m_.title_at[f] >= 0;
}

}  // namespace kg::extract::internal
