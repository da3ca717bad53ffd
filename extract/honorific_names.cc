// Surnames named only after a courtesy title: "Mr. King said", "Ms. West
// doesn't miss a beat", "Mrs. May". Mr., Mrs. and Ms. stand before a
// person's surname and nothing else, so the word after them is a surname
// even when it is a dictionary word ("King", "West", "Dean", "May") that
// the name rules refuse alone (a title before a single common word is no
// cue: "General Electric"). Only when the article never names the person
// in full does the lone surname become the entity's name (the guidelines
// name a surname-only person by the surname); a full name elsewhere ("Rep.
// Peter T. King" ... "Mr. King") names it.
#include <algorithm>
#include <string>
#include <unordered_map>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

bool Courtesy(std::string_view lower) {
  return lower == "mr." || lower == "mrs." || lower == "ms." || lower == "mr" || lower == "mrs" ||
         lower == "ms";
}

}  // namespace

// Token `t` is the one capitalised word after a courtesy title: unclaimed,
// ending its capitalised run, no title ("Mr. President", "Mr. Speaker":
// vocatives) unless also a Census surname ("Mr. King", "Ms. Bishop"), no
// function word, place or organisation word, party word or nationality
// ("Mr. and Mrs. America" is no one either: the title pair is skipped).
// Place words may be surnames after the title ("Ms. West").
bool Finder::HonorificSurname(uint32_t t) const {
  if (t == 0 || !CapWord(t) || d_.tokens[t].allcaps || d_.tokens[t].abbrev ||
      out_.mention_at[t] != -1 || !d_.IsFact(t))
    return false;
  if (!Courtesy(d_.Lower(t - 1))) return false;
  // "Mr. and Mrs. Smith", "Mr. and Mrs. Taxpayer": a couple or a type.
  if (t >= 3 && d_.IsWord(t - 2, "and") && Courtesy(d_.Lower(t - 3))) return false;
  if (t + 1 < d_.tokens.size() && (CapWord(t + 1) || Punct(t + 1, "-"))) return false;
  // A nickname or a type, not a surname: quoted ("'Mr. Fixer'"), after an
  // article ("a Mr. Rogers documentary") or inside a capitalised run
  // ("Finding Mr. Righteous author").
  if (t >= 2) {
    const uint32_t p = t - 2;
    if (d_.tokens[p].kind == TokKind::kOpenQuote || d_.IsWord(p, "a") || d_.IsWord(p, "an") ||
        d_.IsWord(p, "the") || (CapWord(p) && out_.title_at[p] < 0))
      return false;
  }
  // A place's word is a surname here ("Ms. West", "Mr. Jordan").
  if (d_.Has(t, kFunctionWord | kOrgHead | kOutletHead | kSpeechVerb)) return false;
  if (d_.Has(t, kTitleWord) && !d_.Has(t, kSurname)) return false;
  const std::string_view w = d_.Text(t);
  if (w.size() < 2 || kNameMarksOrDigits.AnyIn(w)) return false;
  const std::string_view lower = d_.Lower(t);
  // A word the dictionary knows only in lower case ("Mr. Pence", "Ms.
  // Winner") is a surname unless it is a plural ("Mr. Trumps'") or the
  // article writes it in lower case too ("Mr. Market" beside "the market").
  if (CommonOnly(t)) {
    if (lower.ends_with("s") && !lower.ends_with("ss")) return false;
    const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
    for (uint32_t k = 0; k < n; ++k) {
      if (Word(k) && !d_.tokens[k].cap && !d_.tokens[k].allcaps && d_.Lower(k) == lower)
        return false;
    }
  }
  // A nationality is a dictionary proper noun that is no name ("Mr.
  // American" is no one); "Ryan", "Dean", "Sullivan" only look like one.
  const bool national =
      LooksNational(lower) && d_.Has(t, kProperNoun) && !d_.Has(t, kSurname | kFirstName);
  return !national && !PartyWord(lower) && !PartyNoun(lower);
}

// The first token of an unclaimed full name ending in the surname token
// `t` ("Peter T. King", "Cornel West"): a Census first name or a word no
// list knows, an initial between them allowed, opening its capitalised run
// (titles aside); else UINT32_MAX.
uint32_t Finder::HonorificFullName(uint32_t t) const {
  uint32_t f = t - 1;
  if (f > 0 && d_.tokens[f].abbrev && d_.Text(f).size() == 2 && out_.mention_at[f] == -1) --f;
  if (f == t - 1 && (!Word(f) || d_.tokens[f].abbrev)) return UINT32_MAX;
  if (out_.mention_at[f] != -1 || !SpeakerNameToken(f) || !(IsFirstName(f) || UnknownWord(f)))
    return UINT32_MAX;
  if (SentenceInitial(f) && d_.Has(f, kCommonWord)) return UINT32_MAX;
  if (f > 0 && CapWord(f - 1) && out_.title_at[f - 1] < 0) return UINT32_MAX;
  return f;
}

// The first token of the full name the article gives elsewhere for the
// lone surname token `t` (HonorificFullName), else UINT32_MAX: one pass over
// the capitalised words.
uint32_t Finder::FullNameElsewhere(uint32_t t) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  const std::string_view surname = d_.Text(t);
  uint32_t f = UINT32_MAX;
  for (uint32_t k = NextCap(1); k < n && f == UINT32_MAX; k = NextCap(k + 1)) {
    if (k != t && d_.Text(k) == surname && !CapWord(k + 1)) f = HonorificFullName(k);
  }
  return f;
}

// The person a lone surname token `t` names: one of that surname already
// (`by_surname`, then PersonBySurname), else a new person named by the
// full name the article gives elsewhere, else by the surname alone.
int Finder::LoneSurnamePerson(uint32_t t, std::unordered_map<std::string_view, int>* by_surname) {
  const std::string_view surname = d_.Text(t);
  auto it = by_surname->find(surname);
  int ent = it != by_surname->end() ? it->second : PersonBySurname(d_.Lower(t), t);
  if (ent < 0) {
    const uint32_t f = FullNameElsewhere(t);
    if (f != UINT32_MAX) {
      const uint32_t e = f + (d_.tokens[f + 1].abbrev ? 3 : 2);
      ent = AddEntity(EntityType::kPerson, Surface(f, e));
      person_first_seen_[ent] = std::min(f, t);
      AddMention(f, e, ent);
    } else {
      ent = AddEntity(EntityType::kPerson, std::string(surname));
      person_first_seen_[ent] = t;
    }
    out_.entities[ent].gender = TitleGender(t);
    IndexSurname(ent);
  }
  by_surname->emplace(surname, ent);
  return ent;
}

void Finder::FindHonorificNames() {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  std::unordered_map<std::string_view, int> by_surname;  // surname text -> entity
  for (const TitleSpan& ts : out_.titles) {
    if (ts.tok_end != ts.tok_begin + 1 || ts.tok_end >= n) continue;
    const uint32_t t = ts.tok_end;
    if (!HonorificSurname(t)) continue;
    AddMention(t, t + 1, LoneSurnamePerson(t, &by_surname));
  }
}

}  // namespace kg::extract::mention_internal
