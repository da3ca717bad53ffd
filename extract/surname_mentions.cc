// Famous people written by surname alone ("Trump said", "Spicer said",
// "Putin's"): the tests that a capitalised word standing alone is a
// person's surname, from the Census list or from how the article uses it,
// and the evidence of an unknown word's name that such a lone surname gives
// (UnknownNameEvidence). Evidence for full names is in full_name_evidence.cc.
#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

// Person-only nouns after a possessive: "Doe's son", "Doe's lawyer".
bool KinNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "son",      "daughter", "wife",         "husband",       "father",    "mother", "brother",
      "sister",   "widow",    "grandson",     "granddaughter", "nephew",    "niece",  "lawyer",
      "attorney", "stepson",  "stepdaughter", "ex-wife",       "ex-husband"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// Nouns after a name that only companies take: "Facebook CEO", "Acme's
// users".
bool CompanyNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "ceo",   "founder",      "co-founder", "cofounder", "users",      "employees",
      "stock", "shareholders", "executives", "platform",  "app",        "headquarters",
      "inc.",  "inc",          "corp.",      "shares",    "subscribers"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// What a candidate or officeholder has: "Obama's campaign", "Romney's
// aides".
bool OfficeNoun(std::string_view w) {
  return w == "campaign" || w == "administration" || w == "presidency" || w == "candidacy" ||
         w == "aides" || w == "supporters";
}

// What only a politician's name has after its possessive: "Trump's
// removal", "Obama's reelection", "Sanders' allies".
bool PoliticianNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "removal", "impeachment", "reelection",  "re-election", "inauguration", "tweets",
      "tweet",   "allies",      "adviser",     "advisers",    "advisor",      "advisors",
      "aide",    "spokesman",   "spokeswoman", "nominee",     "nominees",     "endorsement",
      "running", "rally",       "rallies"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// Verbs whose object is a person or candidate when a bare capitalised word
// follows: "endorsed Clinton", "impeaching Trump", "defeat Cruz".
bool PersonObjectVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "endorsed",  "endorsing", "endorse",   "endorses",   "impeach",       "impeaching",
      "impeached", "reelect",   "re-elect",  "defeated",   "defeating",     "unseat",
      "unseating", "pardoned",  "nominated", "nominating", "congratulated", "interviewed"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

// Verbs only a person does, after a bare capitalised word: "Trump
// tweeted", "Obama vowed".
bool PersonActVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"tweeted",  "vowed",     "campaigned", "pardoned",
                                                "endorsed", "nominated", "endorses",   "campaigns"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

// A word between a subject and a verb only a person does that keeps the
// verb's cue: an adverb ("Doe also endorsed") or an auxiliary ("Doe has
// endorsed").
bool SubjectAdverb(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "also",     "formally", "officially", "later",   "then", "quickly", "publicly",
      "recently", "already",  "eventually", "finally", "once", "again",   "initially",
      "first",    "never",    "reportedly", "has",     "had",  "have"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool InquiryNoun(std::string_view w) {
  return w == "report" || w == "investigation" || w == "probe" || w == "inquiry" || w == "dossier";
}

}  // namespace

// A Census surname alone, not after an article, as the subject of a speech
// verb or with a kin noun: "Spicer said", "Mueller told", "Graham's son".
bool Finder::SurnameAlone(uint32_t k) const {
  if (d_.tokens[k].allcaps || d_.tokens[k].abbrev ||
      d_.Has(k, kOrgHead | kOutletHead | kTitleWord | kNonPersonTail | kFunctionWord))
    return false;
  const bool census = d_.Has(k, kSurname);
  if (!census && !RepeatedSpeaker(k)) return false;
  // "the Mueller report", "the Starr investigation": an inquiry named after
  // the person who led it.
  if (k > 0 && d_.IsWord(k - 1, "the") && k + 1 < d_.tokens.size() && Word(k + 1) &&
      InquiryNoun(d_.Lower(k + 1)) && !d_.IsWord(k, "house") && !d_.IsWord(k, "white"))
    return true;
  // Not the last word of a longer name ("the White House said").
  if (k > 0 && (d_.IsWord(k - 1, "the") || d_.IsWord(k - 1, "a") || d_.IsWord(k - 1, "an") ||
                (CapWord(k - 1) && !SentenceInitial(k - 1))))
    return false;
  if (SentenceInitial(k) && d_.Has(k, kCommonWord)) return false;
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // "Washington said", "Washington accused": a place's name that is also a
  // Census surname speaks for its government unless a person is meant: the
  // article names one by it ("Rep. Jim Jordan" ... "Washington said"), the
  // word is also a given name ("Jordan said") or it speaks right after a
  // quotation ('"...," Richmond said').
  if (d_.Has(k, kPlaceWord) && !d_.Has(k, kCommonWord | kFirstName) && !QuoteSlot(k) &&
      !PlaceSurnameNamed(k))
    return false;
  if (k + 1 < n && Word(k + 1) && !d_.tokens[k + 1].cap && d_.Has(k + 1, kSpeechVerb)) return true;
  if (k + 2 < n && d_.tokens[k + 1].kind == TokKind::kPossessive && KinNoun(d_.Lower(k + 2)))
    return true;
  // A surname the article shows to be a person's stands alone anywhere
  // ("Obama won Iowa" once "Obama said" and "Obama and Clinton" are seen),
  // not after a capitalised word, which may be its first name ("Sajjan
  // Gohel, director of ...": coreference joins them).
  if (k > 0 && CapWord(k - 1)) return false;
  return !census || RepeatedSpeaker(k);
}

// The Census list holds only the commonest surnames; a word outside it is
// a surname when the article uses it as a person's at least twice
// (PersonUses: "Trump said" ... "Trump told", "Obama's wife", "Romney, who",
// "Obama and Clinton", "the Obama administration"), in the positions
// SurnameAlone accepts. Not: a place, a first name, a month, a party ("Democrat said"),
// a lower-case dictionary word only, a dictionary word also written in
// lower case in the article, a word after "in" ("in Nice"), a glued or contracted word
// ("NewsBusters", "I'm"; "McCain" is a name), a plural ("Montanans",
// "Brexiteers", "Trumpists"), a
// word an organisation-only noun follows somewhere ("Facebook CEO",
// "Facebook's users") or that says "it" ("Cigna said it would").
bool Finder::RepeatedSpeaker(uint32_t k) const {
  if (d_.Has(k, kPlaceWord | kMonthOrDay | kFirstName) || !NameToken(k) ||
      (d_.Has(k, kCommonWord) && !d_.Has(k, kProperNoun)) || PartyNoun(d_.Lower(k)))
    return false;
  const std::string_view w = d_.Text(k);
  const size_t rest = w.starts_with("Mc") ? 2 : w.starts_with("Mac") ? 3 : 1;
  if (w.size() < 3 || w.ends_with("ites") || w.ends_with("ans") || w.ends_with("eers") ||
      w.ends_with("ists") ||
      !std::all_of(w.begin() + rest, w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return false;
  if (!speakers_done_) CountPersonUses();
  auto it = speaker_counts_.find(w);
  int uses = it == speaker_counts_.end() ? 0 : it->second;
  if (uses == 1 && LeadsOffice(w)) ++uses;
  if (uses < 2) return false;
  auto [cached, fresh] = repeated_speaker_.try_emplace(w, false);
  if (!fresh) return cached->second;
  cached->second = UsedAsSurname(k);
  return cached->second;
}

// Whether the article names a person by the place's word at `k`: a Census
// first name before it ("Denzel Washington", "Jim Jordan"), a title
// ("Rep. Jordan", "Gov. Jordan") or, for a word that is also a first name,
// a surname after it ("Jordan Peterson"). A lone "Washington" or "Jordan"
// otherwise speaks for a government.
bool Finder::PlaceSurnameNamed(uint32_t k) const {
  const std::string_view w = d_.Text(k);
  auto [cached, fresh] = place_surname_named_.try_emplace(w, false);
  if (!fresh) return cached->second;
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  bool named = false;
  for (uint32_t t = 0; t < n && !named; ++t) {
    if (!CapWord(t) || d_.tokens[t].allcaps || d_.Text(t) != w) continue;
    if (t > 0 && out_.title_at[t - 1] >= 0 && StrongTitle(out_.title_at[t - 1])) named = true;
    if (t > 0 && CapWord(t - 1) && IsFirstName(t - 1) && !d_.tokens[t - 1].allcaps &&
        !d_.Has(t - 1, kPlaceWord | kTitleWord | kCommonWord | kOrgHead))
      named = true;
    if (t + 1 < n && IsFirstName(t) && CapWord(t + 1) && !d_.tokens[t + 1].allcaps &&
        d_.Has(t + 1, kSurname) && !d_.Has(t + 1, kPlaceWord | kCommonWord | kOrgHead | kTitleWord))
      named = true;
  }
  cached->second = named;
  return named;
}

// Whether the token after a coordination `A and B` is a noun they modify
// ("Yazidi and Christian people", "Arapahoe and Jefferson counties"):
// people coordinated end a phrase or act ("Obama and Clinton met",
// "between Trump and Clinton,").
bool Finder::ModifiedNoun(uint32_t t) const {
  if (t >= d_.tokens.size() || !Word(t) || d_.tokens[t].cap) return false;
  static constexpr std::string_view kActs[] = {
      "are",     "were",  "is",     "was",   "have",  "had",     "has",    "will",
      "would",   "both",  "each",   "who",   "did",   "do",      "can",    "could",
      "may",     "might", "also",   "to",    "in",    "on",      "at",     "for",
      "as",      "than",  "but",    "and",   "or",    "from",    "with",   "by",
      "of",      "met",   "won",    "lost",  "took",  "used",    "spoke",  "debated",
      "against", "after", "before", "about", "over",  "into",    "during", "together",
      "now",     "still", "then",   "when",  "while", "because", "if",     "so",
      "that",    "which", "all",    "say",   "says",  "said",    "agree",  "agreed"};
  const std::string_view w = d_.Lower(t);
  if (d_.Has(t, kSpeechVerb) || std::find(std::begin(kActs), std::end(kActs), w) != std::end(kActs))
    return false;
  return !w.ends_with("ed");
}

// Whether the sentence after the one `t` opens starts with "He" or "She"
// in the same paragraph ("Obama won on policy. He ..."): companies are
// "it".
bool Finder::HeOpensNext(uint32_t t) const {
  const uint32_t s = d_.sentence_of[t] + 1;
  if (s >= d_.sentences.size() || d_.sentences[s].para != d_.sentences[s - 1].para) return false;
  const uint32_t f = d_.sentences[s].tok_begin;
  return d_.IsWord(f, "he") || d_.IsWord(f, "she");
}

// RepeatedSpeaker's one scan of the article: for each capitalised word
// standing alone (not after "the", "a", "an" or another capitalised word),
// how often a person's construction follows it: a speech verb ("Romney
// said"; a word that says "it" is no person: "Cigna said it would"), a kin
// or office noun after its possessive ("Obama's wife", "Romney's
// campaign"), "He" or "She" opening the next sentence when the word opens
// its own ("Obama won. He ..."), ", who" ("Romney, who"), or
// a coordination with a Census name or another word that speaks alone
// ("Obama and Clinton", "Rubio or Trump").
// Whether a verb phrase of lower-case words from `v` reaches "his" within
// four words: "Doe has often highlighted his record", "can Doe overcome his
// gaffe" (a company's is "its"; not "mocks Dems against his plan"), for a word no dictionary knows
// (not "Twitter can alter his account", "Kevlar helmet saved his life"). The first word is a verb
// or an auxiliary, not a preposition or a noun's start ("Doe on his side", "Doe and his").
bool Finder::OwnVerbPhrase(uint32_t v) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  static constexpr std::string_view kAux[] = {"has",  "had",   "have",  "can",  "could",
                                              "will", "would", "did",   "does", "should",
                                              "must", "may",   "might", "is",   "was"};
  static constexpr std::string_view kStops[] = {"and",  "or",  "but",   "the", "a",  "an",
                                                "that", "who", "which", "of",  "to", "in",
                                                "on",   "for", "with",  "by",  "at", "from"};
  const auto in = [](std::string_view w, const auto& set) {
    return std::find(std::begin(set), std::end(set), w) != std::end(set);
  };
  // A verb: an auxiliary ("has often highlighted"), a past form ("proved"),
  // or any word after a modal before the name ("can Doe overcome his").
  // "his" within reach first: asked of every capitalised word before a
  // lower-case one, and the pronoun is rare.
  bool his = false;
  for (uint32_t t = v + 1; t < n && t < v + 4 && !his; ++t) his = d_.IsWord(t, "his");
  if (!his) return false;
  const std::string_view first = d_.Lower(v);
  if (!in(first, kAux) && !(first.size() > 3 && first.ends_with("ed")) &&
      !(v >= 2 && in(d_.Lower(v - 2), kAux)))
    return false;
  for (uint32_t t = v + 1; t < n && t < v + 4; ++t) {
    if (!Word(t) || d_.tokens[t].cap) return false;
    if (d_.IsWord(t, "his")) return true;
    if (in(d_.Lower(t), kStops)) return false;
  }
  return false;
}

// A party aside at `k` after a bare capitalised word: " (D-Ohio)", ", a
// Democrat,", ", a longtime Republican," (stop 32: "Trump, a Republican,
// endorsed Y" is as much a person's use as "Trump endorsed Y").
bool Finder::PartyAside(uint32_t k) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (k + 2 < n && Punct(k, "(") && Punct(k + 2, ")")) {
    const std::string_view tag = d_.Text(k + 1);
    return tag.size() >= 3 && tag[1] == '-' && (tag[0] == 'D' || tag[0] == 'R' || tag[0] == 'I');
  }
  if (k + 3 >= n || !Punct(k, ",") || !(d_.IsWord(k + 1, "a") || d_.IsWord(k + 1, "an")))
    return false;
  for (uint32_t j = k + 2; j < n && j < k + 5 && Word(j); ++j) {
    if (d_.IsWord(j, "democrat") || d_.IsWord(j, "republican"))
      return j + 1 < n && Punct(j + 1, ",");
  }
  return false;
}

void Finder::CountPersonUses() const {
  speakers_done_ = true;
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  auto alone = [&](uint32_t t) {
    return t > 0 && Word(t) && d_.tokens[t].cap && !d_.tokens[t].allcaps &&
           !d_.IsWord(t - 1, "the") && !d_.IsWord(t - 1, "a") && !d_.IsWord(t - 1, "an") &&
           !(CapWord(t - 1) && !SentenceInitial(t - 1)) && !(t + 1 < n && CapWord(t + 1));
  };
  std::vector<std::pair<uint32_t, uint32_t>> pairs;  // coordinated words
  // Through a local pointer: the map updates below made the compiler reload
  // d_.tokens for every word.
  const Token* const tokens = d_.tokens.data();
  for (uint32_t t = NextCap(1); t + 2 < n; t = NextCap(t + 1)) {
    // The cue after the word first, cheapest tests first; whether the word
    // stands alone only for the few with a cue.
    const Token& tok = tokens[t];
    if (!tok.cap || tok.allcaps || tok.kind != TokKind::kWord) continue;
    const Token& next = tokens[t + 1];
    int gain = 0;
    bool pair = false;
    if (next.kind == TokKind::kWord) {
      if (!next.cap && d_.Has(t + 1, kSpeechVerb)) {
        if (!d_.IsWord(t + 1, "state") && !d_.IsWord(t + 1, "states"))  // "Gulf states"
          gain = d_.IsWord(t + 2, "it") || d_.IsWord(t + 2, "its") ? -99 : 1;
      } else if (d_.IsWord(t + 1, "himself") || d_.IsWord(t + 1, "herself")) {
        gain = 1;  // "the return of Romney himself"
      } else if (!next.cap && PersonActVerb(d_.Lower(t + 1))) {
        gain = 1;  // "Trump tweeted"
      } else if (!next.cap && !d_.Has(t, kCommonWord | kPlaceWord) && OwnVerbPhrase(t + 1)) {
        gain = 1;  // "Biden has often highlighted his record"
      } else if (!next.cap && SubjectAdverb(d_.Lower(t + 1)) && Word(t + 2) && !tokens[t + 2].cap) {
        // "Trump also endorsed", "Doe has endorsed": a verb only a person
        // does (not a speech verb: "Beijing also said", "Acme later said").
        if (PersonActVerb(d_.Lower(t + 2))) gain = 1;
      } else if (d_.IsWord(t + 1, "and") || d_.IsWord(t + 1, "or")) {
        pair = alone(t + 2) && !ModifiedNoun(t + 3) &&
               !d_.IsWord(t - 1, "in");  // "in Charlotte and Tulsa"
      }
    } else if (next.kind == TokKind::kPossessive) {
      if (Word(t + 2) && (KinNoun(d_.Lower(t + 2)) || OfficeNoun(d_.Lower(t + 2)) ||
                          PoliticianNoun(d_.Lower(t + 2))))
        gain = 1;
    } else if (Punct(t + 1, ",") && d_.IsWord(t + 2, "who")) {
      gain = 1;
    } else if (PartyAside(t + 1)) {
      gain = 1;  // "Trump, a Republican,", "Doe (D-Ohio)"
    }
    if (gain == 0 && !pair && SentenceInitial(t) && HeOpensNext(t)) gain = 1;
    // "endorsed Clinton,", "impeaching Trump for": the object of a verb
    // only people take, ending its phrase.
    if (gain == 0 && !pair && Word(t - 1) && !tokens[t - 1].cap &&
        PersonObjectVerb(d_.Lower(t - 1)) && !(next.kind == TokKind::kWord && next.cap))
      gain = 1;
    if ((gain == 0 && !pair) || !alone(t)) continue;
    if (pair) {
      pairs.emplace_back(t, t + 2);
    } else {
      speaker_counts_[d_.Text(t)] += gain;
    }
  }
  // A partner counts when it is a Census name (Clinton is listed as a first
  // name only) or speaks alone; both words of a pair gain.
  auto person_like = [&](uint32_t t) {
    if (d_.Has(t, kPlaceWord | kMonthOrDay | kOrgHead)) return false;
    auto it = speaker_counts_.find(d_.Text(t));
    return d_.Has(t, kSurname | kFirstName) || (it != speaker_counts_.end() && it->second > 0);
  };
  std::vector<std::string_view> gains;
  for (auto [a, b] : pairs) {
    if (person_like(b)) gains.push_back(d_.Text(a));
    if (person_like(a)) gains.push_back(d_.Text(b));
  }
  for (std::string_view w : gains) ++speaker_counts_[w];
}

// The article-wide half of RepeatedSpeaker: no use of the word `k` says it
// is a common word, a place or a company.
bool Finder::UsedAsSurname(uint32_t k) const {
  const bool common = d_.Has(k, kCommonWord);
  const std::string_view lower = d_.Lower(k);
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // Every token of the article for each word asked: its length first, read
  // from the token through a local pointer (most words differ in it).
  const Token* const tokens = d_.tokens.data();
  const uint32_t len = static_cast<uint32_t>(lower.size());
  for (uint32_t t = 0; t < n; ++t) {
    if (tokens[t].end - tokens[t].start != len || tokens[t].kind != TokKind::kWord ||
        d_.Lower(t) != lower)
      continue;
    if (common && !d_.tokens[t].cap) return false;
    // "in Nice": a place ("in Trump's campaign" is an owner).
    if (t > 0 && d_.IsWord(t - 1, "in") &&
        !(t + 1 < n && d_.tokens[t + 1].kind == TokKind::kPossessive))
      return false;
    uint32_t next = t + 1;
    if (next < n && d_.tokens[next].kind == TokKind::kPossessive) ++next;
    if (Word(next) && CompanyNoun(d_.Lower(next))) return false;
  }
  return true;
}

// Whether `name` stands alone before a speech verb or a possessive
// somewhere in the article ("Putin said", "Putin's"), as people's surnames do.
bool Finder::ActsAlone(std::string_view name) const {
  if (!acting_names_done_) {
    acting_names_done_ = true;
    const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
    // Only capitalised words: from one to the next (NextCap).
    for (uint32_t k = NextCap(1); k + 1 < n; k = NextCap(k + 1)) {
      if (d_.tokens[k].allcaps || CapWord(k - 1)) continue;
      if (d_.tokens[k + 1].kind == TokKind::kPossessive ||
          (Word(k + 1) && d_.Has(k + 1, kSpeechVerb)))
        acting_names_.insert(d_.Text(k));
    }
  }
  return acting_names_.count(name) > 0;
}

// Whether `name` is used as "the NAME administration|presidency|campaign|
// era" or "NAME-era" somewhere in the article: the name of a person.
bool Finder::LeadsOffice(std::string_view name) const {
  if (!office_names_done_) {
    office_names_done_ = true;
    const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
    // Only capitalised words: from one to the next (NextCap).
    for (uint32_t k = NextCap(1); k + 1 < n; k = NextCap(k + 1)) {
      if (!d_.tokens[k].cap || d_.tokens[k].allcaps) continue;
      const std::string_view w = d_.Text(k);
      if (w.size() > 4 && w.ends_with("-era")) {
        office_names_.insert(w.substr(0, w.size() - 4));
        continue;
      }
      if (!d_.IsWord(k - 1, "the") || !Word(k + 1) || d_.tokens[k + 1].cap) continue;
      const std::string_view next = d_.Lower(k + 1);
      if (next == "administration" || next == "presidency" || next == "campaign" || next == "era")
        office_names_.insert(w);
    }
  }
  return office_names_.count(name) > 0;
}

// Evidence for a name of two or three words that opens with a word no list
// knows (the Census lists hold only the commonest names, so such first
// names are never cued): a party noun before it ("Democrat Mikie Sherrill",
// "Republican Yvette Herrell": only people are labelled so; not "Republican
// Jewish Coalition", which the head word keeps an organisation), or, for two
// such words, the second standing alone elsewhere in the article, as
// surnames do ("Qasem Soleimani is dead." ... "The killing of Soleimani";
// not after "the" or next to another capitalised word, nor before a noun
// only companies take: "Zentrix shares").
bool Finder::UnknownNameEvidence(uint32_t b, uint32_t e) const {
  if (e - b < 2 || e - b > 3 || !(CapWord(b) && UnknownWord(b)) || d_.Has(e - 1, kPlaceWord))
    return false;
  // Not a quoted phrase ("the \"Kooperative Ozero\"", "\"Heil Pritzker\"") nor
  // a name set off after an organisation noun ("the newspaper, Novaya Gazeta").
  if (b > 0 && d_.tokens[b - 1].kind == TokKind::kOpenQuote) return false;
  const uint32_t noun = b > 1 && Punct(b - 1, ",") ? b - 2 : b - 1;
  if (b > 0 && Word(noun) && !d_.tokens[noun].cap && OrgNoun(d_.Lower(noun))) return false;
  for (uint32_t t = b + 1; t < e; ++t) {
    if (CommonOnly(t)) return false;
  }
  if (b > 0 && d_.tokens[b - 1].cap) {
    const std::string_view before = d_.Lower(b - 1);
    if (before == "democrat" || before == "republican" || before == "libertarian") return true;
  }
  if (e - b != 2 || !(CapWord(e - 1) && UnknownWord(e - 1)) || d_.Has(b, kPlaceWord) ||
      !(SentenceInitial(b) || WholeName(b)))
    return false;
  // Not one of two coordinated first names ("Ulwin and Qasha Drelling"; a
  // full name may come first: "Cheryl Mills and Huma Abedin"), nor a
  // relative named after the surname stood alone as a person's ("Zorbaugh
  // said ... Zorbaugh told ... His daughter Ulwina Zorbaugh").
  if (b >= 2 && (d_.IsWord(b - 1, "and") || d_.IsWord(b - 1, "or")) && CapWord(b - 2) &&
      !CapWord(b - 3))
    return false;
  for (uint32_t t = 1; t < b; ++t) {
    if (d_.Text(t) == d_.Text(e - 1) && !CapWord(t - 1)) return !RepeatedSpeaker(e - 1);
  }
  if (!lone_words_done_) {
    lone_words_done_ = true;
    const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
    for (uint32_t k = 1; k < n; ++k) {
      if (!d_.tokens[k].cap || (d_.lex[k] & kWordListBits) != 0 || !Word(k) || CapWord(k - 1) ||
          d_.IsWord(k - 1, "the") || CapWord(k + 1))
        continue;
      uint32_t next = k + 1;
      if (next < n && d_.tokens[next].kind == TokKind::kPossessive) ++next;
      if (Word(next) && CompanyNoun(d_.Lower(next))) continue;
      lone_words_.insert(d_.Text(k));
    }
  }
  return lone_words_.count(d_.Text(e - 1)) > 0 && UsedAsSurname(e - 1);
}

}  // namespace kg::extract::mention_internal
