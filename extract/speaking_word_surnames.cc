// Census surnames that are also dictionary, title or place words speaking
// alone: '"...," King said' ... 'King told CNN', '"...," West said' twice,
// 'Dean said' in a story that names the sheriff once as "Geoff Dean" in a
// form no name rule takes. The speech-slot rules (speaker_mentions.cc) take
// a lone surname only when it is no dictionary word, title, first name or
// place, since "Officials said", "Texas said", "Monday said" speak there
// too; a word of the Census surname list speaking alone twice or more
// (after no article, possessive or other capitalised word) is the surname
// of someone the article quotes. The rule never takes a word used once, and
// a place's word only when it is also a common word ("West", not
// "Washington" or "Jordan", which speak for governments).
#include <unordered_map>
#include <vector>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

// Finite speech verbs, as speaker_mentions.cc takes them.
bool FiniteSpeech(std::string_view w) {
  return !(w.ends_with("ing") || w == "say" || w == "states" || w == "notes" || w == "claims" ||
           w == "posted" || w == "charged");
}

}  // namespace

// Token `t` is a lone capitalised word the surname lists hold that the
// speech-slot rules refuse: also a common, title, first-name or place word.
bool Finder::WordSurnameSlot(uint32_t t) const {
  if (!CapWord(t) || d_.tokens[t].allcaps || d_.tokens[t].abbrev || out_.mention_at[t] != -1)
    return false;
  const uint32_t lex = d_.lex[t];
  if ((lex & kSurname) == 0 || (lex & (kCommonWord | kTitleWord | kFirstName | kPlaceWord)) == 0)
    return false;
  if (lex & (kFunctionWord | kMonthOrDay | kOrgHead | kOutletHead | kSpeechVerb)) return false;
  if ((lex & kPlaceWord) && !(lex & kCommonWord)) return false;
  const std::string_view lower = d_.Lower(t);
  if (PartyWord(lower) || PartyNoun(lower)) return false;
  // Alone: not after an article, a possessive or another capitalised word
  // (a sentence-initial function word aside: "But King said"); titles before
  // it are fine ("Sheriff Dean said").
  if (t == 0) return true;
  const uint32_t p = t - 1;
  if (d_.tokens[p].kind == TokKind::kPossessive || d_.IsWord(p, "the") || d_.IsWord(p, "a") ||
      d_.IsWord(p, "an"))
    return false;
  if (CapWord(p) && out_.title_at[p] < 0 && !(SentenceInitial(p) && d_.Has(p, kFunctionWord)))
    return false;
  return !CapWord(t + 1);
}

void Finder::FindSpeakingWordSurnames() {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  std::vector<uint32_t> slots;
  const uint32_t* const lex = d_.lex.data();
  for (uint32_t v = 1; v + 1 < n; ++v) {
    if ((lex[v] & kSpeechVerb) == 0 || d_.tokens[v].cap || !Word(v)) continue;
    if (!FiniteSpeech(d_.Lower(v))) continue;
    if (d_.paragraphs[d_.sentences[d_.sentence_of[v]].para].kind != LineKind::kBody) continue;
    // "King said", "King also said".
    uint32_t s = v - 1;
    if (s > 0 && (d_.IsWord(s, "also") || d_.IsWord(s, "later"))) --s;
    if (WordSurnameSlot(s)) slots.push_back(s);
    // '"...," said West.'
    const bool after_quote =
        d_.tokens[v - 1].kind == TokKind::kCloseQuote ||
        (v >= 2 && Punct(v - 1, ",") && d_.tokens[v - 2].kind == TokKind::kCloseQuote);
    if (after_quote && v + 2 < n && (Punct(v + 2, ".") || Punct(v + 2, ",")) &&
        WordSurnameSlot(v + 1))
      slots.push_back(v + 1);
  }
  if (slots.size() < 2) return;
  std::unordered_map<std::string_view, int> uses;
  for (uint32_t t : slots) ++uses[d_.Text(t)];
  // "our colleague Rich Lowry" ... "Rich says": a word that opens a known
  // person's name and ends none is that person's first name, not a surname.
  auto first_name_of_someone = [&](std::string_view w) {
    if (PersonBySurname(AsciiLower(w), 0) >= 0) return false;
    for (const EntityInfo& e : out_.entities) {
      if (e.type == EntityType::kPerson && e.name.size() > w.size() && e.name[w.size()] == ' ' &&
          std::string_view(e.name).substr(0, w.size()) == w)
        return true;
    }
    return false;
  };
  // "West said the plan was ready. Later, Kanye West toured ...": a word
  // that speaks before the full name is given is someone else's (the
  // speaking-surname rules decide as much, speaking_surnames.cc).
  std::unordered_map<std::string_view, uint32_t> first_slot;
  for (uint32_t t : slots) first_slot.emplace(d_.Text(t), t);
  for (auto& [w, count] : uses) {
    if (count < 2) continue;
    const uint32_t first = first_slot[w];
    const uint32_t f =
        PersonBySurname(AsciiLower(w), first) < 0 ? FullNameElsewhere(first) : UINT32_MAX;
    if (first_name_of_someone(w) || (f != UINT32_MAX && f > first)) count = 0;
  }
  std::unordered_map<std::string_view, int> by_surname;  // surname text -> entity
  for (uint32_t t : slots) {
    if (uses[d_.Text(t)] < 2 || out_.mention_at[t] != -1) continue;
    AddMention(t, t + 1, LoneSurnamePerson(t, &by_surname));
  }
  if (by_surname.empty()) return;
  // Its other lone uses in the positions the slot accepts ("Sheriff Dean
  // described", "West also discussed").
  for (uint32_t t = NextCap(0); t < n; t = NextCap(t + 1)) {
    auto it = by_surname.find(d_.Text(t));
    if (it == by_surname.end() || !d_.IsFact(t) || !WordSurnameSlot(t)) continue;
    AddMention(t, t + 1, it->second);
  }
}

}  // namespace kg::extract::mention_internal
