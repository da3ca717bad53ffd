// Two cues that a one-word name next to a role is a body, from the article's
// other uses of the word: a dictionary word opening a sentence before a
// title and a person ("Pentagon spokesman X") that the article also writes
// capitalised mid-sentence, and a first name after "at" and an academic
// title ("a professor at Duke") that names no person of the article. Split
// from role_org_cues.cc, whose cues read only the role construction itself.
#include <algorithm>
#include <string>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// "Pentagon spokesman X said": a dictionary word opening a sentence before a
// title a body gives and a known person is a body when the article also
// writes the word capitalised on its own inside a sentence ("a statement
// from the Pentagon"): a common word there ("Campaign spokesman X", "Radio
// host X") is capitalised only by the sentence start. Not a place, party,
// nationality, first name or head word alone.
bool Finder::OpeningBodyCue(uint32_t b, uint32_t sb) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (b != sb || b + 2 >= n || !d_.tokens[b].cap || d_.tokens[b].allcaps ||
      !d_.Has(b, kCommonWord) ||
      d_.Has(b, kFirstName | kPlaceWord | kOrgHead | kOutletHead | kNonPersonTail | kMonthOrDay) ||
      PartyWord(d_.Lower(b)) || LooksNational(d_.Lower(b)) || out_.title_at[b] >= 0)
    return false;
  // A plural is a beat or a field ("Firearms reporter X", "Economics
  // professor X").
  const std::string_view lower = d_.Lower(b);
  if (lower.ends_with("s") && !lower.ends_with("ss")) return false;
  const int ti = out_.title_at[b + 1];
  if (ti < 0 || out_.titles[ti].tok_begin != b + 1 ||
      (d_.tokens[b + 1].cap && !d_.tokens[b + 1].allcaps))  // "CEO", not "Deputy Director"
    return false;
  const std::string_view last = d_.Lower(out_.titles[ti].tok_end - 1);
  if (!EmployeeTitle(ti) && last != "spokesman" && last != "spokeswoman" && last != "spokesperson")
    return false;
  const uint32_t te = out_.titles[ti].tok_end;
  const int who = te < n ? out_.EntityAt(te) : -1;
  if (who < 0 || out_.entities[who].type != EntityType::kPerson) return false;
  const std::string_view word = d_.Text(b);
  for (uint32_t t = 1; t + 1 < n; ++t) {
    if (t == b || d_.Text(t) != word || !d_.IsFact(t) || SentenceInitial(t)) continue;
    // Not inside a longer name ("Department of Health and Human Services").
    if (!CapWord(t - 1) && !CapWord(t + 1) && d_.tokens[t - 1].kind != TokKind::kOpenQuote &&
        !d_.IsWord(t - 1, "of") && !d_.IsWord(t - 1, "for") && !d_.IsWord(t - 1, "and") &&
        !d_.IsWord(t + 1, "and") && !d_.IsWord(t + 1, "of") && d_.Text(t + 1) != "&")
      return true;
  }
  return false;
}

// "a professor at Duke", "a lecturer at Stanford": a one-word name that is
// also a first name, after "at" and an academic title, is the university
// (no one teaches at a person). Not a place ("at Columbia" may be the
// city), not a known person's surname, not an acronym.
bool Finder::AcademicShortName(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (e != b + 1 || b < 2 || !d_.IsWord(b - 1, "at") || !IsFirstName(b) || d_.tokens[b].allcaps ||
      d_.Has(b, kPlaceWord | kCommonWord | kOrgHead))
    return false;
  // The name ends its phrase: "at Duke," or "at Duke in Durham".
  // Not "at William & Mary".
  if (e < n && (!(d_.tokens[e].kind == TokKind::kPunct || d_.IsWord(e, "in") ||
                  d_.IsWord(e, "and") || d_.IsWord(e, "who")) ||
                d_.Text(e) == "&"))
    return false;
  const int ti = out_.title_at[b - 2];
  if (ti < 0 || out_.titles[ti].tok_end != b - 1) return false;
  const std::string_view last = d_.Lower(b - 2);
  if (last != "professor" && last != "lecturer" && last != "dean" && last != "provost" &&
      last != "researcher" && last != "scientist" && last != "historian" && last != "economist")
    return false;
  const std::string_view word = d_.Text(b);
  return std::none_of(out_.entities.begin(), out_.entities.end(), [&](const EntityInfo& ent) {
    return ent.type == EntityType::kPerson && ent.name.size() > word.size() &&
           std::string_view(ent.name).ends_with(word) &&
           ent.name[ent.name.size() - word.size() - 1] == ' ';
  });
}

}  // namespace kg::extract::mention_internal
