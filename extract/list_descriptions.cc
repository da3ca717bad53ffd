// A description of a person before a later name of a list: ", soccer star
// A", ", and newly appointed Senate Minority Leader B", "and former Georgia
// gubernatorial candidate C". RelationSubjects::Coordinated passes over it, so
// every member of a list of endorsers or endorsees gets its edge.
#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

// A lower-case word that can head a description of a person ("star",
// "candidate", "supremacist", "donors", "billionaire"): a noun suffix, so that
// a verb ("and praised X", "and thanked X") is no head.
bool PersonNounHead(std::string_view w) {
  if (w.size() > 3 && w.back() == 's') w.remove_suffix(1);  // "donors", "investors"
  for (std::string_view s :
       {"er",  "or",   "ist", "ian", "ant", "ent", "ee",  "star", "man", "woman", "person",
        "ate", "aire", "ire", "ul",  "ic",  "ive", "ion", "eur",  "tres"}) {  // "actress",
                                                                              // "songstress" (less
                                                                              // the final s)
    if (EndsWith(w, s)) return true;
  }
  return false;
}

}  // namespace

// The token after a description that starts at `t` and ends right before a
// person's name, or `t` when there is none. The description holds at least
// one lower-case word (capitalised titles alone are the caller's own case)
// and at most six words: lower-case content words, capitalised words (a
// place, "Kentucky-based"), titles, and an organisation named before a title
// ("Senate Minority Leader"). Its last word is a title or a noun; no word is
// a speech verb, the first no "-ing" form and, after "and" (`after_and`), no
// past participle: "A endorsed B and praised commentator C" names no third
// member.
uint32_t RelationSubjects::ListedDescriptionEnd(uint32_t t, uint32_t se, bool after_and) const {
  // The older, narrower form: after "and", up to three lower-case words, any head
  // ("Palin and conservative provocateur Ann Coulter").
  if (t > 0 && d_.Lower(t - 1) == "and") {
    uint32_t dk = t;
    while (dk < se && dk < t + 3 && d_.tokens[dk].kind == TokKind::kWord && !d_.tokens[dk].cap &&
           Ent(dk) < 0 && m_.title_at[dk] < 0 && !d_.Has(dk, kFunctionWord) &&
           !IsVerbLike(d_.Lower(dk)))
      ++dk;
    if (dk > t && dk < se && IsType(Ent(dk), EntityType::kPerson) && MentionBegin(dk) == dk)
      return dk;
  }
  uint32_t k = t;
  int lower = 0;
  while (k < se && k < t + 6 && d_.tokens[k].kind == TokKind::kWord) {
    const int e = Ent(k);
    if (e >= 0) {
      const uint32_t end = MentionEnd(k);
      if (IsType(e, EntityType::kPerson) && MentionBegin(k) == k) break;
      // "Senate Minority Leader": an organisation before a title.
      if (!IsType(e, EntityType::kOrganization) || end >= se || m_.title_at[end] < 0) return t;
      k = end;
      continue;
    }
    std::string_view w = d_.Lower(k);
    if (!d_.tokens[k].cap && m_.title_at[k] < 0) {
      if (d_.Has(k, kFunctionWord | kSpeechVerb) || IsVerbLike(w) || w == "and" || w == "or")
        return t;
      // A verb opening a clause of its own: "and praised commentator C",
      // "and deploying Rep. B", ", explained chief strategist C".
      if (k == t && (EndsWith(w, "ing") || (after_and && EndsWith(w, "ed")))) return t;
      ++lower;
    }
    ++k;
  }
  if (lower == 0 || k >= se || k == t || !IsType(Ent(k), EntityType::kPerson) ||
      MentionBegin(k) != k)
    return t;
  const uint32_t head = k - 1;
  if (m_.title_at[head] >= 0 || d_.Has(head, kTitleWord)) return k;
  if (d_.tokens[head].cap || !PersonNounHead(d_.Lower(head))) return t;
  return k;
}

// The token after a counted group that a colon or dash opens into its
// members, at `k` in a list of endorsers: "the backing of two former GOP
// secretaries of defense: A, who ..., and B", "the endorsements of Mayor A
// and three members of Congress from Illinois -- Representatives B, C and
// D". The group starts with a number or a count word and holds no person,
// no clause (no comma, no verb of IsVerbLike) and at most 12 words; `k` when
// there is none.
uint32_t RelationSubjects::CountedGroupEnd(uint32_t k, uint32_t se) const {
  if (k >= se || in_quote_[k]) return k;
  const std::string_view w = d_.Lower(k);
  if (d_.tokens[k].kind != TokKind::kNumber &&
      !In(w, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
              "multiple", "dozens"}))
    return k;
  for (uint32_t j = k + 1; j < se && j < k + 14; ++j) {
    const std::string_view x = d_.Text(j);
    if (In(x, {":", "\xe2\x80\x94", "\xe2\x80\x93", "--"}) ||
        (x == "-" && j + 1 < se && d_.Text(j + 1) == "-")) {
      uint32_t n = x == "-" ? j + 2 : j + 1;
      if (n <= k + 2 || n >= se) return k;
      // "-- Representatives A, B and C": a plural title over the members.
      if (n + 1 < se && d_.tokens[n].cap && MentionBegin(n + 1) == n + 1 &&
          IsType(Ent(n + 1), EntityType::kPerson) &&
          In(d_.Lower(n), {"representatives", "senators", "governors", "mayors", "congressmen",
                           "congresswomen", "lawmakers"}))
        ++n;
      return n;
    }
    if (d_.tokens[j].kind == TokKind::kPunct || IsType(Ent(j), EntityType::kPerson) ||
        IsVerbLike(d_.Lower(j)) || d_.Has(j, kSpeechVerb) || in_quote_[j])
      return k;
  }
  return k;
}

// The token after a city and its state set off by commas before a titled
// name at `t`: "Washington, D.C., Mayor C", "Austin, Texas, Mayor C",
// "Columbus, Ohio, City Council member C". Without it the comma after the
// city ended a list of endorsers there. The city is one to three
// capitalised words no mention covers; the state one or two words of the
// place gazetteer or an abbreviation ("D.C.", "DC", "Calif."); after the
// second comma a title or a description (ListedDescriptionEnd) leads to a
// person's name within six words. `t` when there is none.
uint32_t RelationSubjects::CommaPlaceEnd(uint32_t t, uint32_t se) const {
  auto bare_cap = [&](uint32_t k) {
    return d_.tokens[k].kind == TokKind::kWord && d_.tokens[k].cap && Ent(k) < 0 &&
           m_.title_at[k] < 0 && !in_quote_[k];
  };
  uint32_t k = t;
  while (k < se && k < t + 3 && bare_cap(k)) ++k;
  if (k == t || k + 2 >= se || d_.Text(k) != ",") return t;
  const uint32_t state = ++k;
  while (k < se && k < state + 2 && bare_cap(k)) {
    const std::string_view w = d_.Text(k);
    const bool abbreviation =
        w.back() == '.' || (w.size() == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' &&
                            w[1] <= 'Z');  // "D.C.", "Calif.", "DC"
    if (!abbreviation && !d_.Has(k, kPlaceWord)) return t;
    ++k;
  }
  if (k == state || k + 1 >= se || d_.Text(k) != ",") return t;
  const uint32_t named = ++k;
  uint32_t p = ListedDescriptionEnd(named, se, false);
  if (p == named) {
    // "Mayor C", "City Council President C": capitalised words with a title.
    bool title = false;
    while (p < se && p < named + 5 && d_.tokens[p].kind == TokKind::kWord &&
           (Ent(p) < 0 || !IsType(Ent(p), EntityType::kPerson)) &&
           (d_.tokens[p].cap || m_.title_at[p] >= 0)) {
      title = title || m_.title_at[p] >= 0 || d_.Has(p, kTitleWord);
      p = Ent(p) >= 0 ? MentionEnd(p) : p + 1;
    }
    if (!title) return t;
  }
  if (p >= se || !IsType(Ent(p), EntityType::kPerson) || MentionBegin(p) != p) return t;
  return named;
}

}  // namespace kg::extract::internal
