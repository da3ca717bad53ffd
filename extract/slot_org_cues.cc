// Organisations named by the slot they fill in a fact: a speaker that its
// clause calls "it" ("Acme said in a statement that its ..."), and the
// endorser of an endorsement ("Planned Parenthood endorsed Jane Roe").
// Called from WeakOrgCue (org_cues.cc) on the capitalised runs that
// cued_orgs.cc finds, so a known person is never turned into one.
#include <algorithm>
#include <iterator>
#include <string_view>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {
namespace {

// Words between a speech verb and the "it" of its clause: "said in a
// statement that it", "announced on Monday in a news release that its".
bool ItClauseFiller(std::string_view w) {
  static constexpr std::string_view kWords[] = {"in",      "a",    "an",      "statement", "that",
                                                "on",      "news", "release", "press",     "email",
                                                "written", "also", "late",    "early"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// "has endorsed", "also formally backed".
bool EndorseAuxiliary(std::string_view w) {
  return w == "has" || w == "have" || w == "had" || w == "also" || w == "formally" ||
         w == "officially" || w == "already" || w == "quickly";
}

// "Later", "Meanwhile", "Separately": adverbs that open a sentence.
bool OpeningAdverb(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "later", "earlier",   "meanwhile", "instead", "still", "now", "then",
      "today", "yesterday", "also",      "thus",    "soon",  "next"};
  return w.ends_with("ly") ||
         std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool EndorseVerb(std::string_view w) {
  return w == "endorsed" || w == "endorses" || w == "backed" || w == "backs";
}

}  // namespace

// "Acme said in a statement that its ...", "the Pentagon said it had ...":
// the subject of a speech verb that the clause after it calls "it" or
// "its". People say "it" too ("Roe said it was time"), so a lone "it" only
// counts for a name no person has: several words, a capital inside
// ("PayPal"), all capitals, after "the", or a dictionary proper noun that
// is no Census name ("Disney"). Not places ("China said it would"),
// parties or nationalities.
bool Finder::SpeakerCalledIt(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (e >= n || !Word(e) || d_.tokens[e].cap || !d_.Has(e, kSpeechVerb)) return false;
  int pronoun = 0;  // 1 "it", 2 "its"
  for (uint32_t k = e + 1; k < n && k < e + 9 && pronoun == 0; ++k) {
    if (d_.IsWord(k, "it")) {
      pronoun = 1;
    } else if (d_.IsWord(k, "its")) {
      pronoun = 2;
    } else if (!Punct(k, ",") && !d_.Has(k, kMonthOrDay) &&
               !(Word(k) && !d_.tokens[k].cap && ItClauseFiller(d_.Lower(k)))) {
      return false;
    }
  }
  if (pronoun == 0) return false;
  // "Later Vortaxo said it": a sentence-initial adverb is no part of a name.
  if (SentenceInitial(b) && OpeningAdverb(d_.Lower(b))) return false;
  bool places = true;
  for (uint32_t t = b; t < e; ++t) {
    const std::string_view w = d_.Lower(t);
    if (PartyWord(w) || PartyNoun(w) || (LooksNational(w) && !d_.tokens[t].allcaps)) return false;
    places = places && (d_.Has(t, kPlaceWord) || d_.Has(t, kFunctionWord));
  }
  if (places) return false;
  const std::string_view w = d_.Text(b);
  // "the Trumps said it": a family.
  if (e - b == 1 && w.ends_with("s") && !d_.tokens[b].allcaps) return false;
  // "The Hunter said it was fine": a common word after "the" may be a person.
  const bool the_before = b > 0 && d_.IsWord(b - 1, "the") && !d_.Has(b, kCommonWord);
  if (pronoun == 2 || e - b >= 2 || the_before) return true;
  const bool inner_cap =
      std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return inner_cap || d_.tokens[b].allcaps ||
         (d_.Has(b, kProperNoun) && !d_.Has(b, kFirstName | kSurname | kCommonWord));
}

// "USA Today noted", "..., explains Acme News.": the subject of a finite
// speech verb (or the name after one that closes a sentence behind a
// quotation) with no "it" in sight is an organisation only when its shape
// is no person's: several words ending in an outlet word ("News") or
// holding one acronym ("USA Today", "NBC Nightly"; not roman numerals,
// initials, titles or shouted headlines: "Pope Benedict XVI", "S.E. Cupp",
// "Labour MP", "MUST WATCH Report"). A lone word is left alone: "Reuters
// said" and "Romney said" look alike.
bool Finder::OutletSpeaker(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  auto finite_speech = [&](uint32_t v) {
    if (!Word(v) || d_.tokens[v].cap || !d_.Has(v, kSpeechVerb)) return false;
    const std::string_view w = d_.Lower(v);
    return !w.ends_with("ing") && w != "say" && w != "states" && w != "notes" && w != "claims" &&
           w != "posted" && w != "charged" && w != "told" && w != "tells" && w != "asked";
  };
  const bool subject = e < n && finite_speech(e);
  const bool inverted = b >= 2 && finite_speech(b - 1) &&
                        d_.tokens[b - 2].kind == TokKind::kPunct &&
                        (e >= n || Punct(e, ".") || Punct(e, ","));
  // "Jane Roe of Acme USA said": Roe speaks.
  if ((!subject && !inverted) || e - b < 2 || out_.title_at[b] >= 0 ||
      (b > 0 && Word(b - 1) && d_.Has(b - 1, kFunctionWord)))
    return false;
  if (SentenceInitial(b) && OpeningAdverb(d_.Lower(b))) return false;
  bool places = true;
  int acronyms = 0;
  for (uint32_t t = b; t < e; ++t) {
    const std::string_view w = d_.Lower(t);
    if (PartyWord(w) || PartyNoun(w) || (LooksNational(w) && !d_.tokens[t].allcaps)) return false;
    places = places && (d_.Has(t, kPlaceWord) || d_.Has(t, kFunctionWord));
    if (!d_.tokens[t].allcaps) continue;
    const std::string_view text = d_.Text(t);
    const bool letters = text.size() >= 2 && std::all_of(text.begin(), text.end(), [](char c) {
                           return c >= 'A' && c <= 'Z';
                         });
    const bool roman = text.find_first_not_of("IVXLC") == std::string_view::npos;
    if (!letters || roman || d_.Has(t, kTitleWord)) return false;
    // "Labour MP": an acronym that names no body counts only opening the
    // name ("USA Today").
    if (t > b && gz_.IsNonOrgAcronym(text)) return false;
    ++acronyms;
  }
  if (places || acronyms > 1) return false;
  return acronyms == 1 || d_.Has(e - 1, kOutletHead);
}

// "the Pentagon said", "the Kremlin denied", "the Hill first reported": one
// word after "the" as the subject of a past-tense speech verb. People take
// no article, and documents speak in the present ("the Bible says", "the
// Constitution says"), so the past tense keeps them out. Not a first name
// ("the Donald said"), a plural ("the Clintons said", "the Mercers"), a
// party or nationality word; titles and head words never reach here. Not
// "added", which markets do ("the Dow added 0.7%").
bool Finder::ArticleSpeaker(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (e - b != 1 || b == 0 || !d_.IsWord(b - 1, "the") || e >= n) return false;
  uint32_t v = e;
  // "the Hill first reported", "the Pentagon also said".
  if (v + 1 < n && (d_.IsWord(v, "first") || d_.IsWord(v, "also") || d_.IsWord(v, "later"))) ++v;
  if (!Word(v) || d_.tokens[v].cap) return false;
  const std::string_view verb = d_.Lower(v);
  static constexpr std::string_view kPast[] = {
      "said",     "told",      "announced", "confirmed",   "noted",    "stated",
      "denied",   "declined",  "reported",  "warned",      "insisted", "responded",
      "revealed", "explained", "disclosed", "acknowledged"};
  if (std::find(std::begin(kPast), std::end(kPast), verb) == std::end(kPast)) return false;
  // Not a nickname in quotation marks ("\"The Mooch,\" Scaramucci"), nor a
  // side or a kin word ("the Left said", "the Father denied").
  if (b >= 2 && d_.tokens[b - 2].kind == TokKind::kOpenQuote) return false;
  const std::string_view w = d_.Lower(b);
  if (w == "left" || w == "right" || w == "father" || w == "mother") return false;
  return !w.ends_with("s") && !d_.Has(b, kFirstName) && !PartyWord(w) && !PartyNoun(w) &&
         !LooksNational(w) && !d_.tokens[b].allcaps;
}

// The endorser slot of an endorsement: "Planned Parenthood endorsed Jane
// Roe", "End Citizens United has backed Sen. Roe", "the endorsement of
// Acme Action", "endorsed by Acme Action." A place endorses only as its
// voters ("Nevada backed Obama"), so no name of place words counts; a
// pronoun object ("endorsed him") only for a name no lone surname could be
// (several words, or after "the").
bool Finder::EndorserSlot(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // A name after a title is a person's ("Sens. A of Arizona and B of North
  // Carolina backed Y"), and so is one whose "of" introduces a place.
  if ((b > 0 && out_.title_at[b - 1] >= 0) || (SentenceInitial(b) && OpeningAdverb(d_.Lower(b))))
    return false;
  bool places = true, of_place = false;
  for (uint32_t t = b; t < e; ++t) {
    const std::string_view w = d_.Lower(t);
    if (PartyWord(w) || PartyNoun(w) || (LooksNational(w) && !d_.tokens[t].allcaps)) return false;
    if (w == "of")
      of_place = true;
    else if (!d_.Has(t, kPlaceWord))
      of_place = false;
    places = places && (d_.Has(t, kPlaceWord) || d_.Has(t, kFunctionWord));
  }
  if (places || of_place) return false;
  const bool the_before = b > 0 && d_.IsWord(b - 1, "the");
  uint32_t k = e;
  // "..., a strategist for Acme for America, which has endorsed Jane Roe":
  // "which" is never a person's.
  if (k + 1 < n && Punct(k, ",") && d_.IsWord(k + 1, "which")) k += 2;
  const uint32_t verb_from = k;
  while (k < n && k < verb_from + 2 && Word(k) && EndorseAuxiliary(d_.Lower(k))) ++k;
  if (k + 1 < n && Word(k) && !d_.tokens[k].cap && EndorseVerb(d_.Lower(k))) {
    uint32_t o = k + 1;
    while (o < n && out_.title_at[o] >= 0) o = out_.titles[out_.title_at[o]].tok_end;
    const int who = o < n ? out_.EntityAt(o) : -1;
    if (who >= 0 && out_.entities[who].type == EntityType::kPerson) return true;
    if ((e - b >= 2 || the_before) &&
        (d_.IsWord(k + 1, "him") || d_.IsWord(k + 1, "her") || d_.IsWord(k + 1, "them")))
      return true;
  }
  // "endorsement(s) of|from X", "endorsed by X", the name ending its phrase.
  const uint32_t p = the_before ? b - 1 : b;
  const bool ends = e >= n || d_.tokens[e].kind == TokKind::kPunct ||
                    (Word(e) && !d_.tokens[e].cap && d_.Has(e, kFunctionWord));
  if (p >= 2 && ends && Word(p - 1) && Word(p - 2)) {
    const std::string_view prep = d_.Lower(p - 1), noun = d_.Lower(p - 2);
    if (((prep == "of" || prep == "from") && (noun == "endorsement" || noun == "endorsements")) ||
        (prep == "by" && noun == "endorsed"))
      return true;
    // "endorsed last week (in Des Moines) by X", "the endorsement on Tuesday
    // of X": a time phrase, perhaps with a place, between the cue and its
    // preposition (words only, one naming a time).
    bool when = false;
    for (uint32_t q = p - 2; q + 8 > p && q > 0 && Word(q); --q) {
      const std::string_view w = d_.Lower(q);
      when |= d_.Has(q, kMonthOrDay) || w == "week" || w == "month" || w == "weekend";
      if (w == "endorsed" || w == "endorsement" || w == "endorsements") {
        const bool noun_cue = w != "endorsed";
        return when && q + 2 < p && (noun_cue ? prep == "of" || prep == "from" : prep == "by");
      }
      static constexpr std::string_view kTimeWords[] = {"last", "this",  "on",      "in",     "at",
                                                        "week", "month", "weekend", "earlier"};
      if (!d_.tokens[q].cap && !d_.Has(q, kMonthOrDay) &&
          std::find(std::begin(kTimeWords), std::end(kTimeWords), w) == std::end(kTimeWords))
        break;
    }
  }
  // "the backing of the Acme Club and FreedomLeague": a member of a list of
  // endorsers beside a known organisation (endorser_list_cues.cc).
  return EndorserListMember(b, e);
}

}  // namespace kg::extract::mention_internal
