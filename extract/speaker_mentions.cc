// People named only by the slot of a speech verb. A capitalised run that
// no earlier stage claimed, standing as the subject of a speech verb ("Peres
// said", "Coulter wrote") or right after an inverted one after a quotation
// ("...," said Jane Roe, "..."), is someone speaking. A surname alone there
// is the person whose full name the article gives elsewhere ("Tova Peres,
// the former envoy, ..."), or, when no full name is given, a Census surname
// that is no dictionary word or place. Organisations speak too ("Acme
// said"), so a run is only taken when it looks like a personal name.
#include <algorithm>
#include <unordered_map>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

// Finite speech verbs; "say", "saying", "states" and "notes" are too often
// something else ("the United States", "notes from").
bool FiniteSpeechVerb(std::string_view w) {
  if (w.ends_with("ing") || w == "say" || w == "states" || w == "notes" || w == "claims" ||
      w == "posted" || w == "charged")
    return false;
  return true;
}

// A name whose first letters are a Mc/Mac/De/La/Van... prefix: "McMaster",
// "DeSantis", "MacArthur", "LaHood" are people, not camel-case brands.
bool NamePrefix(std::string_view p) {
  return p.size() < 3 || p == "Mac" || p == "Van" || p == "Von" || p == "Fitz" || p == "Della" ||
         p == "Delle" || p == "Del" || p == "Des";
}

}  // namespace

// "YouTube", "WikiLeaks", "SurveyMonkey": one word of letters with a
// capital inside after a first part of three letters or more that is no
// surname prefix. Such a word speaking alone is an organisation's name.
bool Finder::CamelCaseName(uint32_t t) const {
  if (!Word(t) || !d_.tokens[t].cap || d_.tokens[t].allcaps || d_.tokens[t].abbrev) return false;
  // Not a handle or a hashtag: "@BernieSanders", "#NeverTrump".
  const uint32_t start = d_.tokens[t].start;
  if (start > 0 && (d_.bytes[start - 1] == '@' || d_.bytes[start - 1] == '#')) return false;
  const std::string_view w = d_.Text(t);
  size_t inner = 0;
  for (size_t k = 1; k < w.size(); ++k) {
    const char c = w[k];
    if (c >= 'A' && c <= 'Z') {
      if (w[k - 1] < 'a' || w[k - 1] > 'z') return false;  // "USAToday", "AT&T"
      if (inner == 0) inner = k;
    } else if (c < 'a' || c > 'z') {
      return false;
    }
  }
  return inner > 0 && inner + 1 < w.size() && !NamePrefix(w.substr(0, inner));
}

// A given name after a surname that opens the full name ("Xi Jinping",
// "Ri Yong-ho"): a word no list knows, or two such syllables joined by a
// hyphen.
bool Finder::GivenNameAfterSurname(uint32_t t) const {
  if (!Word(t) || !d_.tokens[t].cap || d_.tokens[t].allcaps || (d_.lex[t] & kWordListBits) != 0)
    return false;
  const std::string_view w = d_.Text(t);
  if (w.size() < 2) return false;
  int hyphens = 0;
  for (size_t k = 1; k < w.size(); ++k) {
    if (w[k] == '-' && k + 1 < w.size() && w[k - 1] != '-') {
      ++hyphens;
    } else if (w[k] < 'a' || w[k] > 'z') {
      return false;
    }
  }
  return hyphens <= 1;
}

// A place's or thing's word that may end a personal name after a first
// name ("Darrell West", "Celinda Lake"): capitalised, unclaimed, no title,
// month, organisation head or function word.
bool Finder::PlaceSurname(uint32_t t) const {
  if (!CapWord(t) || out_.mention_at[t] >= 0 || out_.title_at[t] >= 0) return false;
  if (d_.tokens[t].allcaps || d_.tokens[t].abbrev || d_.tokens[t].kind != TokKind::kWord)
    return false;
  // Not a plural ("Virginia Republicans", "Summer Games"), a party word or
  // a nationality.
  const std::string_view lower = d_.Lower(t);
  if ((lower.ends_with("s") && !lower.ends_with("ss")) || LooksNational(lower) ||
      PartyWord(lower) || PartyNoun(lower))
    return false;
  return d_.Has(t, kPlaceWord | kNonPersonTail) &&
         !d_.Has(t,
                 kMonthOrDay | kFunctionWord | kOrgHead | kOutletHead | kTitleWord | kSpeechVerb);
}

// A surname that opens its full name is short ("Xi", "Geng", "Zheng"), and
// a dictionary word only when very short ("Go", "Hu"; not "Amazon").
bool Finder::ShortSurname(uint32_t t) const {
  const size_t len = d_.Text(t).size();
  return len <= 6 && (len <= 3 || !d_.Has(t, kCommonWord));
}

// Not part of a personal name: titles, months, places, party words,
// organisation heads, function words, acronyms.
bool Finder::SpeakerNameToken(uint32_t t) const {
  if (!CapWord(t) || out_.mention_at[t] >= 0 || out_.title_at[t] >= 0) return false;
  if (d_.tokens[t].allcaps || d_.tokens[t].kind != TokKind::kWord) return false;
  if (d_.Has(t, kMonthOrDay | kFunctionWord | kOrgHead | kOutletHead | kNonPersonTail | kTitleWord |
                    kSpeechVerb))
    return false;
  const std::string_view lower = d_.Lower(t);
  return !LooksNational(lower) && !PartyWord(lower) && !PartyNoun(lower);
}

// A surname that is also a place's or a thing's last word ("Lake", "Deal",
// "Forest"): taken alone in the speech slot only when the article gives the
// full name with a first name ("Celinda Lake" ... "Lake said").
bool Finder::SpeakerTailSurname(uint32_t t) const {
  if (!CapWord(t) || out_.mention_at[t] >= 0 || out_.title_at[t] >= 0) return false;
  if (d_.tokens[t].allcaps || d_.tokens[t].kind != TokKind::kWord) return false;
  if (!d_.Has(t, kNonPersonTail) || d_.Has(t, kMonthOrDay | kFunctionWord | kOrgHead | kOutletHead |
                                                  kTitleWord | kSpeechVerb | kPlaceWord))
    return false;
  const std::string_view lower = d_.Lower(t);
  return !LooksNational(lower) && !PartyWord(lower) && !PartyNoun(lower);
}

// Whether token `b` follows a closing quotation mark (and its comma): the
// slot of '"...," Roe said' and '"...," said Roe'.
bool Finder::AfterCloseQuote(uint32_t b) const {
  return b > 0 && (d_.tokens[b - 1].kind == TokKind::kCloseQuote ||
                   (b >= 2 && Punct(b - 1, ",") && d_.tokens[b - 2].kind == TokKind::kCloseQuote));
}

// The slot right after a quotation: '"...," Roe said', '"...," said Roe'.
bool Finder::QuoteSlot(uint32_t b) const {
  return AfterCloseQuote(b) || (b > 0 && Word(b - 1) && !d_.tokens[b - 1].cap &&
                                d_.Has(b - 1, kSpeechVerb) && AfterCloseQuote(b - 1));
}

// The first word of a full name that a surname speaking alone confirms: a
// first name, a word no list knows, or inside a sentence any plain
// capitalised word that is no place's ("Newt Gingrich", "Wolf Blitzer",
// "Barack Obama" ... "Gingrich said").
bool Finder::FullNameFirstWord(uint32_t f) const {
  if (!SpeakerNameToken(f)) return false;
  if (IsFirstName(f) || UnknownWord(f)) return true;
  // Not after an article or a bar: "What a Mighty God", "| Getty Obama".
  if (f > 0 && (d_.IsWord(f - 1, "a") || d_.IsWord(f - 1, "an") || d_.IsWord(f - 1, "the") ||
                Punct(f - 1, "|") || Punct(f - 1, "/")))
    return false;
  const std::string_view w = d_.Text(f);
  return !SentenceInitial(f) && !d_.Has(f, kPlaceWord) && w.size() >= 3 &&
         std::all_of(w.begin(), w.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

// "according to Odile Brannock, director of ...": two capitalised words no
// list knows after "according to", described as a person is (a comma and a
// title, an article, "who" or a quotation; "of|at|from" a body) name a
// person. A body there mostly has a word some list knows ("Morning
// Consult"), and ends its sentence or takes "which" ("according to
// Suddeutsche Zeitung.").
bool Finder::AccordingToFullName(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (e != b + 2 || b < 2 || e + 1 >= n || !d_.IsWord(b - 1, "to") ||
      !d_.IsWord(b - 2, "according") || !UnknownWord(b) || !UnknownWord(b + 1) ||
      out_.title_at[b] >= 0 || out_.title_at[b + 1] >= 0)
    return false;
  if (d_.IsWord(e, "of") || d_.IsWord(e, "at") || d_.IsWord(e, "from"))
    return CapWord(e + 1) || d_.IsWord(e + 1, "the");
  if (!Punct(e, ",")) return false;
  const uint32_t a = e + 1;
  return d_.tokens[a].kind == TokKind::kOpenQuote || d_.IsWord(a, "a") || d_.IsWord(a, "an") ||
         d_.IsWord(a, "the") || d_.IsWord(a, "who") || (out_.title_at[a] >= 0 && !d_.tokens[a].cap);
}

void Finder::FindSpeakerNames() {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  std::vector<std::pair<uint32_t, uint32_t>> runs;  // speaker slots, name tokens
  // "according to X Y" after the word at `a` (AccordingToFullName); found
  // in the loop below by the word's flag, and listed before its runs.
  std::vector<std::pair<uint32_t, uint32_t>> according;
  auto according_at = [&](uint32_t a) {
    const uint32_t t = a + 2;
    if (t + 2 <= n && d_.IsWord(a, "according") && out_.mention_at[t] < 0 &&
        out_.mention_at[t + 1] < 0 && AccordingToFullName(t, t + 2))
      according.push_back({t, t + 2});
  };
  // Every token's flags are tested: through a local pointer (the pushes to
  // `runs` made the compiler reload d_ and its arrays at every token).
  const uint32_t* const lex = d_.lex.data();
  if (n > 0 && (lex[0] & kAccording)) according_at(0);
  for (uint32_t v = 1; v + 1 < n; ++v) {
    if ((lex[v] & (kSpeechVerb | kAccording)) == 0) continue;
    if (lex[v] & kAccording) according_at(v);
    if ((lex[v] & kSpeechVerb) == 0 || d_.tokens[v].cap) continue;
    if (!FiniteSpeechVerb(d_.Lower(v))) continue;
    const Sentence& s = d_.sentences[d_.sentence_of[v]];
    if (d_.paragraphs[s.para].kind != LineKind::kBody) continue;
    // "X said", "X also said": the run ends before the verb.
    uint32_t e = v;
    if (d_.IsWord(e - 1, "also") || d_.IsWord(e - 1, "later")) --e;
    if (e > s.tok_begin && SpeakerNameToken(e - 1)) {
      uint32_t b = e - 1;
      while (b > s.tok_begin && e - b < 3 && SpeakerNameToken(b - 1)) --b;
      // Part of a longer capitalised run or a possessive ("Acme's Roe said").
      // A sentence-initial function word is no part of it ("But Roe said").
      const bool opener = b - 1 == s.tok_begin && d_.Has(b - 1, kFunctionWord);
      const bool longer = b > 0 && ((CapWord(b - 1) && out_.title_at[b - 1] < 0 && !opener) ||
                                    d_.tokens[b - 1].kind == TokKind::kPossessive);
      if (!longer) runs.push_back({b, e});
    } else if (e > s.tok_begin && AfterCloseQuote(e - 1) && SpeakerTailSurname(e - 1)) {
      runs.push_back({e - 1, e});  // '"...," Lake said'
    } else if (e > s.tok_begin + 1 && PlaceSurname(e - 1) && !CapWord(e - 2) &&
               d_.tokens[e - 2].kind != TokKind::kPossessive) {
      runs.push_back({e - 1, e});  // ', West said': only with a full name elsewhere
    }
    // 'Yukiya Amano, director general of the agency, said', '"...," Jane
    // Roe, 67, told ...': a name opening its clause, then an apposition
    // closed by a comma right before the verb (speaker_appositions.cc).
    {
      uint32_t b = 0, end = 0;
      if (AppositionSpeaker(s, e, &b, &end)) runs.push_back({b, end});
    }
    // '"...," said X' and '"...," X said' after a closing quotation mark.
    const bool after_quote =
        d_.tokens[v - 1].kind == TokKind::kCloseQuote ||
        (v >= 2 && Punct(v - 1, ",") && d_.tokens[v - 2].kind == TokKind::kCloseQuote);
    // '"...," said retired welder Odile Roe': up to three lower-case
    // describing words before a full name.
    uint32_t described = v + 1;
    while (after_quote && described < v + 4 && Word(described) && !d_.tokens[described].cap &&
           !d_.Has(described, kFunctionWord | kSpeechVerb))
      ++described;
    if (described > v + 1 && described + 1 < s.tok_end && SpeakerNameToken(described) &&
        SpeakerNameToken(described + 1)) {
      uint32_t end = described + 2;
      if (end < s.tok_end && SpeakerNameToken(end)) ++end;
      if (end == s.tok_end || Punct(end, ",") || Punct(end, ".")) runs.push_back({described, end});
    } else if (after_quote && SpeakerNameToken(v + 1)) {
      uint32_t b = v + 1, end = v + 2;
      while (end < s.tok_end && end - b < 3 && SpeakerNameToken(end)) ++end;
      // '"...," said Darrell West,': a place's word after a first name.
      if (end == b + 1 && IsFirstName(b) && PlaceSurname(end)) ++end;
      // '"...," said Jane Roe of Acme' (also at, from): the name ends before
      // a preposition and a name.
      const bool closed =
          end == s.tok_end || Punct(end, ",") || Punct(end, ".") ||
          ((d_.IsWord(end, "of") || d_.IsWord(end, "at") || d_.IsWord(end, "from")) &&
           (CapWord(end + 1) || d_.IsWord(end + 1, "the")));
      if (closed && !CapWord(end)) runs.push_back({b, end});
    } else if (after_quote && SpeakerTailSurname(v + 1) &&
               (Punct(v + 2, ".") || Punct(v + 2, ","))) {
      runs.push_back({v + 1, v + 2});  // '"...," said Lake.'
    }
  }
  runs.insert(runs.begin(), according.begin(), according.end());
  if (runs.empty()) return;
  // A surname alone: its full name is a name-like word right before the
  // same surname elsewhere ("Tova Peres" for "Peres"). One pass over the
  // article for all such surnames.
  std::unordered_map<std::string_view, uint32_t> full_name_at;  // surname -> first word
  // A surname that opens its full name: "Xi Jinping" ... "Xi said".
  std::unordered_map<std::string_view, uint32_t> surname_first_at;  // surname -> its full name
  for (auto [b, e] : runs) {
    if (e - b == 1) full_name_at.emplace(d_.Text(b), UINT32_MAX);
  }
  for (uint32_t t = NextCap(1); t < n && !full_name_at.empty(); t = NextCap(t + 1)) {
    if (!CapWord(t)) continue;
    auto it = full_name_at.find(d_.Text(t));
    if (it == full_name_at.end() || it->second != UINT32_MAX) continue;
    const uint32_t f = t - 1;
    // "Xi Jinping", "Ri Yong-ho": the surname, then a given name no list
    // knows, ending the capitalised run; the surname is no first name.
    if (!surname_first_at.contains(it->first) && GivenNameAfterSurname(t + 1) && !CapWord(t + 2) &&
        !(CapWord(f) && out_.title_at[f] < 0) && !IsFirstName(t) &&
        !d_.Has(t, kPlaceWord | kFunctionWord | kTitleWord | kOrgHead) && ShortSurname(t) &&
        (out_.mention_at[t] < 0 || out_.mentions[out_.mention_at[t]].tok_begin == t))
      surname_first_at.emplace(it->first, t);
    if (d_.Has(t, kPlaceWord)) {
      // "Texas said" is no surname, but "Gary West" ... "West said" is: a
      // Census first name that is no place's before it, ending the run.
      if (IsFirstName(f) && !d_.Has(f, kPlaceWord) && SpeakerNameToken(f) &&
          !d_.IsWord(f, "miss") && !(SentenceInitial(f) && d_.Has(f, kCommonWord)) &&
          !CapWord(t + 1) && !(f > 0 && CapWord(f - 1) && out_.title_at[f - 1] < 0))
        it->second = f;
      continue;
    }
    // "Celinda Lake": a place's or thing's word takes a Census first name.
    const bool tail = d_.Has(t, kNonPersonTail);
    if (tail ? !(IsFirstName(f) && SpeakerNameToken(f) &&
                 !(SentenceInitial(f) && d_.Has(f, kCommonWord)))
             : !FullNameFirstWord(f))
      continue;
    // A dictionary word opens no name of a plural noun: "Nice Authorities".
    if (!IsFirstName(f) && !UnknownWord(f) && CommonOnly(t) && d_.Lower(t).ends_with("s")) continue;
    if (f > 0 && CapWord(f - 1) && out_.title_at[f - 1] < 0) continue;  // longer run
    // Not the start of an organisation's name: "Thomson Reuters Foundation".
    if (t + 1 < n && CapWord(t + 1) && d_.Has(t + 1, kOrgHead | kOutletHead)) continue;
    if (tail || IsPersonName(f, t + 1, /*cued=*/true)) it->second = f;
  }
  // '"...," Pence said' twice in an article that never writes "pence": a
  // dictionary word speaking after quotations is a surname there.
  std::unordered_map<std::string_view, int> quoted_common;  // lower-case form -> uses
  for (auto [b, e] : runs) {
    if (e - b == 1 && QuoteSlot(b) && d_.Has(b, kCommonWord) &&
        !d_.Has(b, kPlaceWord | kFirstName) && !d_.Lower(b).ends_with("s"))
      ++quoted_common[d_.Lower(b)];
  }
  for (auto it = quoted_common.begin(); it != quoted_common.end();) {
    it = it->second < 2 ? quoted_common.erase(it) : std::next(it);
  }
  for (uint32_t t = 0; t < n && !quoted_common.empty(); ++t) {
    if (Word(t) && !d_.tokens[t].cap) quoted_common.erase(d_.Lower(t));
  }
  std::unordered_map<std::string_view, int> by_surname;  // surname text -> entity
  std::vector<std::pair<std::pair<uint32_t, uint32_t>, int>> full_names;
  for (auto [b, e] : runs) {
    uint32_t nb = b, ne = e;            // the name that makes the entity
    uint32_t surname_tok = UINT32_MAX;  // the surname, when it opens the name
    if (e - b == 1) {
      const uint32_t f = full_name_at[d_.Text(b)];
      auto first = surname_first_at.find(d_.Text(b));
      if (f != UINT32_MAX) {
        nb = f, ne = f + 2;
      } else if (first != surname_first_at.end()) {
        nb = first->second, ne = first->second + 2, surname_tok = first->second;
      } else if (CamelCaseName(b) && QuoteSlot(b) && !d_.Has(b - 1, kFunctionWord)) {
        // '"...," YouTube said': right after a quotation, a brand speaks as
        // an organisation ("NewsBot said this" elsewhere is left alone).
        int org = FindOrgByKey(OrgKey(b, e), /*exact=*/true);
        if (org < 0) org = AddEntity(EntityType::kOrganization, Surface(b, e));
        by_surname.emplace(d_.Text(b), org);
        continue;
      } else if (!d_.Has(b, kSurname) || d_.Has(b, kCommonWord | kPlaceWord | kFirstName) ||
                 d_.tokens[b].abbrev) {
        // '"...," Schnackenberg said': right after a quotation, a word no
        // list knows is a surname. Not "Acme said", "Officials said",
        // "Texas said".
        const bool unknown = UnknownWord(b) && d_.Text(b).size() >= 4;
        if (!QuoteSlot(b) || !(unknown || quoted_common.contains(d_.Lower(b)))) continue;
      }
    } else {
      // Two or three words: a first name, an unknown word or an initial
      // opens a personal name; no word is a place's ("New Hampshire").
      // Right after a quotation a dictionary word may open it when the
      // last word is a name or a word no list knows ('"...," said Tucker
      // Martin, a strategist'; not "said Planned Parenthood").
      const bool quoted_name = QuoteSlot(b) && NameToken(b) &&
                               (d_.Has(e - 1, kSurname | kFirstName) || UnknownWord(e - 1));
      if (!(IsFirstName(b) || UnknownWord(b) || d_.tokens[b].abbrev || quoted_name)) continue;
      bool place = false;
      for (uint32_t t = b; t < e; ++t) place = place || d_.Has(t, kPlaceWord);
      // '"...," said Darrell West, director of ...', 'Gary West said': a
      // place's word as the surname after a Census first name that is no
      // place's and no dictionary word.
      const bool place_surname = e - b == 2 && IsFirstName(b) && !d_.IsWord(b, "miss") &&
                                 PlaceSurname(b + 1) && !d_.Has(b, kPlaceWord | kCommonWord) &&
                                 !CapWord(e);
      if (place_surname) {
        // taken as it stands
      } else if (place || !IsPersonName(b, e, /*cued=*/true)) {
        continue;
      }
    }
    if (surname_tok == UINT32_MAX) surname_tok = ne - 1;
    const std::string_view surname = d_.Text(surname_tok);
    int ent = -1;
    if (surname_tok != ne - 1 && out_.mention_at[surname_tok] >= 0) {
      // "Xi Jinping" is already someone: the lone "Xi" is that person.
      const int known = out_.mentions[out_.mention_at[surname_tok]].entity;
      if (out_.entities[known].type != EntityType::kPerson) continue;
      ent = known;
    } else {
      ent = PersonBySurname(d_.Lower(ne - 1), nb);
    }
    if (ent < 0) {
      auto it = by_surname.find(surname);
      if (it != by_surname.end()) ent = it->second;
    }
    if (ent < 0) {
      ent = AddEntity(EntityType::kPerson, Surface(nb, ne));
      person_first_seen_[ent] = nb;
      out_.entities[ent].gender = d_.Has(nb, kMaleName)     ? Gender::kMale
                                  : d_.Has(nb, kFemaleName) ? Gender::kFemale
                                                            : Gender::kUnknown;
      out_.entities[ent].unisex = d_.Has(nb, kUnisexName);
      IndexSurname(ent);
    }
    by_surname.emplace(surname, ent);
    if (ne - nb >= 2) full_names.push_back({{nb, ne}, ent});
  }
  // Every free occurrence of the full name, then of the surname alone.
  for (auto [span, ent] : full_names) AddMention(span.first, span.second, ent);
  for (uint32_t t = NextCap(0); t < n && !by_surname.empty(); t = NextCap(t + 1)) {
    if (!CapWord(t) || out_.mention_at[t] >= 0 || !d_.IsFact(t)) continue;
    auto it = by_surname.find(d_.Text(t));
    if (it == by_surname.end()) continue;
    if ((t > 0 && CapWord(t - 1) && out_.mention_at[t - 1] < 0 && out_.title_at[t - 1] < 0) ||
        (t + 1 < n && CapWord(t + 1)))
      continue;  // inside another capitalised run
    AddMention(t, t + 1, it->second);
  }
}

}  // namespace kg::extract::mention_internal
