// Person names whose first word no first-name list holds: a given name that
// is also a common word ("Mitt", "Newt", "Rand", "Mick") named beside other
// people, and a family name written with an apostrophe after O or D
// ("O'Rourke", "D'Souza") after a given name no list knows ("Beto").
#include <string>
#include <string_view>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

// "O'Rourke", "D’Souza": O or D, an apostrophe, a capital, lower-case letters.
bool ApostropheSurname(std::string_view w) {
  size_t i = 0;
  if (w.size() < 4 || (w[0] != 'O' && w[0] != 'D')) return false;
  if (w[1] == '\'') {
    i = 2;
  } else if (w.size() >= 6 && w.substr(1, 3) == "\xE2\x80\x99") {  // ’
    i = 4;
  } else {
    return false;
  }
  if (i + 2 > w.size() || w[i] < 'A' || w[i] > 'Z') return false;
  for (size_t k = i + 1; k < w.size(); ++k) {
    if (w[k] < 'a' || w[k] > 'z') return false;
  }
  return true;
}

}  // namespace

// A capitalised word that may be a given name the lists lack: lower-case
// letters after its capital, three letters or more, no place, title,
// function word, month, head word or nationality; not opening a sentence,
// where any word is capitalised ("But O'Rourke", "Still Romney"), nor after
// "the" ("the Irish O'Neill").
bool Finder::UnlistedGivenName(uint32_t k) const {
  const std::string_view w = d_.Text(k);
  if (!Word(k) || !d_.tokens[k].cap || d_.tokens[k].allcaps || d_.tokens[k].abbrev ||
      w.size() < 3 || out_.title_at[k] >= 0)
    return false;
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i] < 'a' || w[i] > 'z') return false;
  }
  if (d_.Has(k, kPlaceWord | kTitleWord | kFunctionWord | kMonthOrDay | kOrgHead | kSpeechVerb) ||
      LooksNational(d_.Lower(k)) || PartyNoun(d_.Lower(k)))
    return false;
  // A title's plural or a title without its period ("Presidents Obama and
  // Bush", "Gen Flynn").
  const std::string lower(d_.Lower(k));
  if (gz_.IsTitleWord(lower + ".") ||
      (lower.ends_with('s') && gz_.IsTitleWord(lower.substr(0, lower.size() - 1))))
    return false;
  if (SentenceInitial(k) && d_.Has(k, kCommonWord)) return false;
  return !(k > 0 && (d_.IsWord(k - 1, "the") || d_.tokens[k - 1].kind == TokKind::kOpenQuote));
}

// "Beto O'Rourke", "Ford O'Connell": two words, the last an O'/D' family
// name, which no body, place or thing carries without a capitalised word
// after it ("The O'Reilly Factor", "Chicago O'Hare" are places and shows).
bool Finder::ApostropheName(uint32_t k, uint32_t e) const {
  if (e != k + 2 || !ApostropheSurname(d_.Text(k + 1)) || !UnlistedGivenName(k)) return false;
  if (e < d_.tokens.size() && CapWord(e)) return false;
  return k == 0 || !CapWord(k - 1) || out_.title_at[k - 1] >= 0;
}

// "Mitt Romney and John McCain", "Jeb Bush, Newt Gingrich and ...": a common
// word and a family name (a Census surname or a proper noun that is no
// common word, place or first name) with a person's evidence: coordinated
// with a Census first name and a capitalised word, as people are listed with
// people, a speech verb or ", who" after it, or the family name used alone
// as a person's elsewhere. Not a common word that is a first name (those
// are CommonFirstName's).
bool Finder::CoordinatedCommonFirst(uint32_t k, uint32_t e) const {
  if (e != k + 2 || !d_.Has(k, kCommonWord) || IsFirstName(k) || !UnlistedGivenName(k) ||
      d_.Has(k, kSurname) || SentenceInitial(k))
    return false;
  const uint32_t s = k + 1;
  if (!d_.tokens[s].cap || d_.tokens[s].allcaps ||
      d_.Has(s, kCommonWord | kPlaceWord | kFirstName | kOrgHead | kTitleWord | kMonthOrDay) ||
      !d_.Has(s, kSurname | kProperNoun) || LooksNational(d_.Lower(s)))
    return false;
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (e < n && CapWord(e)) return false;
  if (k > 0 && CapWord(k - 1)) return false;
  // A given name is never written in lower case; a common word the article
  // also writes so is the word ("Team Biden", "Does Biden ...?", "Presidents
  // Obama and Bush").
  const std::string_view given = d_.Lower(k);
  for (uint32_t t = 0; t < n; ++t) {
    if (Word(t) && !d_.tokens[t].cap && d_.Lower(t) == given) return false;
  }
  // "Mitt Romney said", "Mitt Romney, who": a person's construction after
  // the pair; or the family name alone elsewhere in one ("Romney's
  // campaign", "Romney said", counted by CountPersonUses) and never as a
  // common word or a company's.
  if (e + 1 < n && ((Word(e) && !d_.tokens[e].cap && d_.Has(e, kSpeechVerb) &&
                     !d_.IsWord(e + 1, "it") && !d_.IsWord(e, "states")) ||
                    (Punct(e, ",") && d_.IsWord(e + 1, "who"))))
    return true;
  // "presidential nominee Mitt Romney", "its nominee, Mitt Romney,": a
  // lower-case title right before, or set off by commas after one.
  auto lower_title = [&](uint32_t t) {
    return Word(t) && out_.title_at[t] >= 0 && !d_.tokens[t].cap;
  };
  if ((k > 0 && lower_title(k - 1)) ||
      (k > 1 && Punct(k - 1, ",") && lower_title(k - 2) && Punct(e, ",")))
    return true;
  // "Mitt Romney, the Republican nominee in 2012": an apposition whose
  // article a person's title follows within four words.
  if (Punct(e, ",") && e + 2 < n &&
      (d_.IsWord(e + 1, "the") || d_.IsWord(e + 1, "a") || d_.IsWord(e + 1, "an"))) {
    for (uint32_t t = e + 2; t < n && t < e + 6 && Word(t); ++t) {
      if (out_.title_at[t] >= 0 && !d_.tokens[t].cap) return true;
    }
  }
  if (!speakers_done_) CountPersonUses();
  auto it = speaker_counts_.find(d_.Text(s));
  if (it != speaker_counts_.end() && it->second >= 1 && UsedAsSurname(s)) return true;
  auto conj = [&](uint32_t t) {
    return t < n && (Punct(t, ",") || d_.IsWord(t, "and") || d_.IsWord(t, "or"));
  };
  // "John McCain and Mitt Romney": a first name two words before the "and".
  if (k >= 3 && conj(k - 1) && CapWord(k - 2) && IsFirstName(k - 3) &&
      !d_.Has(k - 2, kPlaceWord | kOrgHead))
    return true;
  // "Mitt Romney and John McCain".
  return conj(e) && e + 2 < n && IsFirstName(e + 1) && CapWord(e + 2) &&
         !d_.Has(e + 2, kPlaceWord | kOrgHead) && !(e + 3 < n && CapWord(e + 3));
}

}  // namespace kg::extract::mention_internal
