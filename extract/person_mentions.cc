// Whether a capitalised chunk names a person: the words a name can hold
// (NameToken), the name tests (IsPersonName) and the evidence that makes a
// chunk of words no list knows a person's (HasPersonEvidence: an age, a
// party tag, an apposition, a speech verb, a surname the article uses
// alone), and the byline names (FindBylines). Finding the person a lone
// surname names is person_index.cc's.
#include <algorithm>
#include <iterator>

#include "extract/mention_finder.h"
#include "extract/word_lists.h"

namespace kg::extract::mention_internal {

bool Finder::NameToken(uint32_t t) const {
  if (!Word(t)) return false;
  const Token& tok = d_.tokens[t];
  if (!tok.cap && !ArticleSurname(t)) return false;
  std::string_view l = d_.Lower(t);
  if (tok.abbrev) {
    // An initial "J." or initials "H.W.", not "Sen." or "U.S.".
    std::string_view w = d_.Text(t);
    if (w.size() == 2) return true;
    if (w.size() != 4 || w[1] != '.' || w[3] != '.') return false;
    return w[0] >= 'A' && w[0] <= 'Z' && w[2] >= 'A' && w[2] <= 'Z' && w != "U.S." && w != "U.N." &&
           w != "D.C." && w != "L.A.";
  }
  // A title word that FindTitles left as a first name ("Sen. Dean Heller").
  if (d_.Has(t, kOrgHead | kFunctionWord | kMonthOrDay) ||
      (d_.Has(t, kTitleWord) && (out_.title_at[t] >= 0 || !IsFirstName(t))))
    return false;
  // Most names have no period, hyphen or apostrophe: one scan decides.
  static constexpr ByteSet kMarks(".-'\xe2");  // \xe2: a curly apostrophe's lead byte
  if (!kMarks.AnyIn(l)) return true;
  if (Contains(l, ".")) return false;
  if (l.size() > 2 && l[1] == '-') return false;  // a party tag: "D-Hawaii"
  // "Rich-types", "Trump-style" (not "Ki-moon"), and contractions ("Isn't").
  static constexpr std::string_view kSuffixes[] = {
      "-types",      "-type", "-style", "-like",  "-based",  "-led",         "-backed",
      "-owned",      "-born", "-era",   "-esque", "-minded", "-leaning",     "-friendly",
      "-controlled", "n't",   "'re",    "'ve",    "'ll",     "\xe2\x80\x99t"};
  for (std::string_view suffix : kSuffixes) {
    if (l.ends_with(suffix)) return false;
  }
  return true;
}

// "Virginia Democrat", "Nevada Republican": a party label, never a surname.
bool PartyNoun(std::string_view w) {
  return w == "democrat" || w == "republican" || w == "independent" || w == "libertarian" ||
         w == "democrats" || w == "republicans";
}

// Whether a name starting at `k` is not the tail of a longer capitalised
// run ("Make Hillary Clinton President"): only a title or a party may come
// before it ("Lt. Gov. Patty Judge", "Democrat Patty Judge"). Not a place.
bool Finder::WholeName(uint32_t k) const {
  if (d_.Has(k, kPlaceWord)) return false;
  return k == 0 || !CapWord(k - 1) || out_.title_at[k - 1] >= 0 || PartyNoun(d_.Lower(k - 1));
}

// "Sens. A, D-Hawaii, B and C": every name of a list opened by a plural
// title is a person.
bool Finder::InPluralTitleList(uint32_t b) const {
  // Most names follow neither a comma nor "and": a one-byte test first.
  if (b == 0) return false;
  const char before = d_.bytes[d_.tokens[b - 1].start];
  if ((before != ',' && before != 'a') || !(Punct(b - 1, ",") || d_.IsWord(b - 1, "and")))
    return false;
  const uint32_t sb = d_.sentences[d_.sentence_of[b]].tok_begin;
  if (b <= sb) return false;
  bool listed = false;  // a comma or "and" between the title and `b`
  for (uint32_t t = b; t-- > sb && b - t < 40;) {
    if (Punct(t, ",") || d_.IsWord(t, "and")) {
      listed = true;
      continue;
    }
    std::string_view w = d_.Lower(t);
    // "Associated Press writers A, B and C contributed": an outlet's staff.
    if ((w == "writers" || w == "reporters") && !d_.tokens[t].cap && t > sb && CapWord(t - 1))
      return listed && t + 1 < b && CapWord(b + 1);
    if (!CapWord(t) && !Punct(t, "(") && !Punct(t, ")")) return false;
    if (w == "sens." || w == "reps." || w == "senators" || w == "representatives")
      return listed && t + 1 < b;
  }
  return false;
}

bool Finder::IsPersonName(uint32_t k, uint32_t e, bool cued, bool* weak) const {
  if (weak) *weak = false;
  const uint32_t len = e - k;
  // Five or six words only around a lower-case particle: "Carlos Roe de la
  // Serna", "Salman bin Abdulaziz Al Saud".
  if (len < 1 || len > 6) return false;
  // "the Florida House", "Key Georgia House races": a state's chamber, not
  // a first name that is also a place's before the surname "House".
  if (len == 2 && d_.Has(k, kPlaceWord) && IsFirstName(k) && d_.IsWord(e - 1, "house"))
    return false;
  // "the Cleveland Cavaliers", "Jordan Warriors": a place's name before the
  // plural of a dictionary word is a team or a group, not a first name and a
  // surname (a Census surname stays one: "Georgia Banks"; so does a name
  // after a title: "spokesperson Kent Landers").
  if (len == 2 && !cued && d_.Has(k, kPlaceWord) && d_.tokens[e - 1].cap &&
      !d_.tokens[e - 1].allcaps) {
    const std::string_view last = d_.Lower(e - 1);
    if (last.size() > 4 && last.back() == 's' &&
        gz_.IsCommonWord(last.substr(0, last.size() - 1)) && !gz_.IsSurname(d_.Text(e - 1)))
      return false;
  }
  if (len > 4) {
    // Not a title's words before it, nor dictionary words ("Senate
    // President Pro Tem Kevin de Roe").
    bool particle = false;
    for (uint32_t t = k + 1; t + 1 < e && !particle; ++t) {
      particle = Word(t) && !d_.tokens[t].cap &&
                 (ParticleLen(t - 1) > 0 || (t > k + 1 && ParticleLen(t - 2) == 2));
      if (!particle && d_.tokens[t - 1].cap && d_.Has(t - 1, kTitleWord | kCommonWord))
        return false;
    }
    if (!particle) return false;
  }
  // "Kataib Hezbollah", "Liwa al-Thawra" (armed groups), "Deir al-Balah"
  // (a place): an Arabic noun opens the name, no given name.
  if (len >= 2 &&
      (ArabicGroupOpener(d_.Lower(k)) || (ArticleSurname(k + 1) && ArabicPlaceOpener(d_.Lower(k)))))
    return false;
  // "Georgia Democrat Vernon Roe", "the South Carolina Democratic primary",
  // "chief GOP deputy whip": a party label is no word of a name; the name,
  // if any, starts after it.
  for (uint32_t t = k; t < e; ++t) {
    if (d_.tokens[t].cap && (PartyNoun(d_.Lower(t)) || d_.IsWord(t, "democratic") ||
                             d_.IsWord(t, "gop") || d_.IsWord(t, "labour") || d_.IsWord(t, "mps")))
      return false;
  }
  if (len == 1 && !cued) return SurnameAlone(k);
  if (SpeakingWordSurname(k, e, cued)) return true;  // "Gov. Nathan Deal" ... "Deal said"
  // "chief White House correspondent X", "deputy White House press secretary
  // X": dictionary words between two lower-case titles are the beat of the
  // second title, no name (not a first name: "senior Bill Gates adviser").
  // One word too when a place's ("chief Washington correspondent X").
  if (cued && (len >= 2 || d_.Has(k, kPlaceWord)) && k > 0 && out_.title_at[k - 1] >= 0 &&
      !d_.tokens[k - 1].cap && e < d_.tokens.size() && out_.title_at[e] >= 0 && !d_.tokens[e].cap &&
      !IsFirstName(k) &&
      std::all_of(d_.tokens.begin() + k, d_.tokens.begin() + e, [&](const Token& tok) {
        return (d_.lex[&tok - d_.tokens.data()] & (kCommonWord | kPlaceWord)) != 0;
      }))
    return false;
  // "Sen. Frank Church", "Lt. Gov. Dan Forest", "Mayor Jim Lane": after a
  // capitalised person's title, a first name and a word that is also an
  // organisation's head or a place's or thing's last word, ending the
  // capitalised run, are a person's name. Not after a royal title ("Prince
  // William County") nor "the" ("the President Lincoln Memorial").
  auto titled_thing_surname_at = [&]() {
    if (!cued || len != 2 || k == 0 || out_.title_at[k - 1] < 0 || !d_.tokens[k - 1].cap ||
        !StrongTitle(out_.title_at[k - 1]) || !IsFirstName(k) ||
        d_.Has(k, kPlaceWord | kOrgHead | kTitleWord | kNonPersonTail) ||
        !d_.Has(e - 1, kOrgHead | kNonPersonTail) ||
        d_.Has(e - 1, kFunctionWord | kMonthOrDay | kOutletHead) || !d_.tokens[e - 1].cap ||
        d_.tokens[e - 1].allcaps || CapWord(e))
      return false;
    const uint32_t tb = out_.titles[out_.title_at[k - 1]].tok_begin;
    if (tb > 0 && d_.IsWord(tb - 1, "the")) return false;
    const std::string_view title = d_.Lower(tb);
    return title != "prince" && title != "king" && title != "queen" && title != "princess";
  };
  const bool titled_thing_surname = titled_thing_surname_at();
  for (uint32_t t = k; t < e; ++t) {
    // A title word may be a surname after a first name: "Sen. Dan Bishop".
    const bool title_surname = t == e - 1 && t > k && IsFirstName(k) &&
                               (d_.Has(t, kSurname) || (len == 2 && WholeName(k))) &&
                               d_.Has(t, kTitleWord) && !d_.Has(t, kOrgHead) &&
                               !d_.tokens[t].abbrev && !d_.tokens[t].allcaps;
    // A month after a first name is a surname: "Theresa May".
    const bool month_surname = t == e - 1 && t > k && IsFirstName(t - 1) &&
                               d_.Has(t, kMonthOrDay) && d_.tokens[t].cap &&
                               !d_.tokens[t].allcaps && !d_.Lower(t).ends_with("day");
    if (!NameToken(t) && !title_surname && !month_surname && !(titled_thing_surname && t > k) &&
        !(t > k && t + 1 < e && ParticleLen(t - 1) > 0) &&     // "Bill de Blasio"
        !(t > k + 1 && t + 1 < e && ParticleLen(t - 2) == 2))  // "Elena de la Roe"
      return false;
    if (d_.tokens[t].allcaps && !d_.tokens[t].abbrev &&
        (d_.tokens[t].end - d_.tokens[t].start > 3 || (t == e - 1 && t > k)) &&
        !d_.Has(t, kFirstName | kSurname))
      return false;  // ICE, DHS, "Mac PAC": acronyms are not names
  }
  if (d_.tokens[e - 1].abbrev) return false;
  // Initials open a name only before a Census surname: "E.W. Jackson".
  if (d_.tokens[k].abbrev) {
    if (len < 2 || !(d_.Has(e - 1, kSurname) || InitialledSurname(k, e, cued))) return false;
    cued = true;
  }
  // A thing's word that is also a Census surname ends a Census first name's
  // name when a title or an age is set off after it: "Kristen Day, executive
  // director of X", "Jack Hall, 54, said"; not "Grant Park, a ...".
  const bool titled_tail =
      len == 2 && IsFirstName(k) && d_.Has(e - 1, kSurname) && Punct(e, ",") &&
      (AgeApposition(k, e) ||
       (e + 1 < d_.tokens.size() && out_.title_at[e + 1] >= 0 && !d_.tokens[e + 1].cap));
  if ((d_.Has(e - 1, kNonPersonTail) && !titled_tail && !titled_thing_surname) ||
      PartyNoun(d_.Lower(e - 1)))
    return false;
  // A word no dictionary knows before a Census surname ("Jeb Bush") or a
  // dictionary proper noun that is no place, first name, common word or
  // nationality ("Mitt Romney", "Shinzo Abe"; not "Trumpian Chinese"), the
  // whole name (not "Ku Klux Klan", "Twitter Pinterest Obama") and not a
  // quoted phrase ("Allahu Akbar").
  auto nationality = [](std::string_view w) {
    return w.ends_with("ese") || w.ends_with("ian") || w.ends_with("ish") || w.ends_with("ans");
  };
  const bool proper_surname =
      len == 2 && d_.Has(e - 1, kProperNoun) &&
      !d_.Has(e - 1, kCommonWord | kPlaceWord | kFirstName | kOrgHead) &&
      !d_.tokens[e - 1].allcaps && !nationality(d_.Text(e - 1)) && WholeName(k) &&
      !(k > 0 && d_.tokens[k - 1].kind == TokKind::kOpenQuote) &&
      std::all_of(d_.Text(k).begin() + 1, d_.Text(k).end(),
                  [](char c) { return c >= 'a' && c <= 'z'; });  // not "UMass", "Shi’a"
  if (len == 2 && !cued && (d_.Has(e - 1, kSurname) || proper_surname) && !d_.tokens[k].allcaps &&
      d_.Text(k).size() >= 3 &&
      (d_.lex[k] & (kCommonWord | kProperNoun | kFirstName | kSurname)) == 0 &&
      !kNameMarksOrDigits.AnyIn(d_.Text(k)))
    cued = true;
  // "General Electric": a title before a common word is not a name cue,
  // unless the word is also a known name ("President Trump").
  if (cued && len == 1 && d_.Has(k, kCommonWord) && !d_.Has(k, kSurname | kProperNoun))
    return false;
  // "Miss" opens no name ("Miss Universe Alicia Machado").
  if (len >= 2 && d_.IsWord(k, "miss")) return false;
  // "former Miss Universe Alicia Machado": after a title, a first name
  // further in starts the name.
  if (cued && len >= 3 && !d_.tokens[k].abbrev && !IsFirstName(k) && !d_.Has(k, kSurname) &&
      IsFirstName(k + 1))
    return false;
  if (len == 3 && !d_.tokens[k + 1].cap && ParticleName(k)) return true;
  if (len == 4 && !d_.tokens[k + 1].cap && ParticleLen(k) == 2) return true;
  if (cued) return true;
  if (IsFirstName(k)) {
    const bool common_last = d_.Has(e - 1, kCommonWord) && !d_.Has(e - 1, kSurname);
    // "Will Power", "Grant Park" at a sentence start; but "Mike Pence
    // endorsed", "Bill Weld, a former governor," (opening_names.cc).
    if (SentenceInitial(k) && d_.Has(k, kCommonWord) && common_last)
      return OpeningNameEvidence(k, e);
    // "Chelsea Mourning", "America Great Again": confirmed later, if at all;
    // not a three-word name with a name in the middle ("Lindsey Davis Stover").
    const bool named_middle =
        len >= 3 && d_.Has(k + 1, kFirstName | kSurname) && !d_.Has(k + 1, kCommonWord);
    if (weak) *weak = common_last && !d_.Has(e - 1, kProperNoun) && !named_middle;
    return true;
  }
  if (len <= 3 && HasPersonEvidence(k, e)) return true;
  if (ApostropheName(k, e) || CoordinatedCommonFirst(k, e)) return true;
  // "Barack Obama", "Vladimir Putin": two dictionary proper nouns that are
  // no place, first name, common word or head word make a weak name, which
  // the surname standing alone elsewhere confirms ("Obama said"); not
  // "Goldman Sachs" (no "Sachs" alone), "Buenos Aires" (a place word).
  if (weak != nullptr && len == 2 && ProperPair(k) && WholeName(k)) {
    *weak = true;
    return true;
  }
  return false;
}

// Two or three capitalised words that are not dictionary words, next to a
// speech verb or an apposition: "Xi Jinping said", "said Bo Dietl".
bool Finder::StrongTitle(int ti) const {
  const TitleSpan& ts = out_.titles[ti];
  if (ts.tok_end - ts.tok_begin > 1 || d_.Has(ts.tok_begin, kNameTitle)) return true;
  // "then-President X": the title after the prefix.
  const size_t prefix = ThenPrefix(ts.tok_begin);
  return prefix > 0 && gz_.IsNameTitle(d_.Lower(ts.tok_begin).substr(prefix));
}

bool Finder::HasPersonEvidence(uint32_t b, uint32_t e) const {
  // People take no article: "the White House said".
  if (b > 0 && d_.IsWord(b - 1, "the")) return false;
  if (AgeApposition(b, e)) return true;
  // A person of an outlet: "CNN's Wolf Blitzer", "Fox's Brit Hume" (the
  // first word may be a common one, the last may not).
  if (b >= 2 && d_.tokens[b - 1].kind == TokKind::kPossessive && e - b == 2 &&
      (d_.tokens[b - 2].allcaps || d_.Has(b - 2, kOutletHead)) &&
      !d_.Has(e - 1, kCommonWord | kNonPersonTail | kOrgHead))
    return true;
  // A country's leader: "Russia's Vladimir Putin", when the surname also
  // speaks or owns alone ("Putin said", "Putin's"): not "Japan's Asahi
  // Shimbun", "Iraq's Mount Sinjar".
  if (b >= 2 && d_.tokens[b - 1].kind == TokKind::kPossessive && e - b == 2 &&
      d_.Has(b - 2, kPlaceWord) && !d_.Has(b, kCommonWord | kPlaceWord) &&
      !d_.Has(e - 1, kCommonWord | kNonPersonTail | kOrgHead | kPlaceWord) &&
      ActsAlone(d_.Text(e - 1)))
    return true;
  // A party tag needs no more: "Mitt Romney (R-Utah)", "Mitt Romney, R-Utah".
  const uint32_t tag = Punct(e, "(") || Punct(e, ",") ? e + 1 : 0;
  // A first name further in starts the name: "Speaker of the House Paul
  // Ryan (R-WI)" is tried again from "Paul".
  for (uint32_t t = b + 1; t < e; ++t) {
    if (IsFirstName(t)) return false;
  }
  if (tag && tag < d_.tokens.size()) {
    std::string_view p = d_.Text(tag);
    if (p.size() > 3 && (p[0] == 'R' || p[0] == 'D' || p[0] == 'I') && p[1] == '-' && p[2] >= 'A' &&
        p[2] <= 'Z')
      return true;
  }
  if (UnknownNameEvidence(b, e)) return true;
  // Common words that are also Census names may be part of one ("Shepard
  // Smith said"); so may others in a speech verb's slot before a surname
  // the dictionary also spells capitalised ("Hakim Khan said", "said Raj
  // Shah."): a name from outside the Census lists.
  const bool foreign_speaker = ForeignSpeakerName(b, e);
  for (uint32_t t = b; t < e && !foreign_speaker; ++t) {
    if (d_.Has(t, kCommonWord) && !d_.Has(t, kSurname | kFirstName)) return false;
  }
  // A name set off after a title: "his campaign manager, Faiz Shakir, said".
  if (b >= 2 && Punct(b - 1, ",") && out_.title_at[b - 2] >= 0 && !d_.tokens[b - 2].cap &&
      (Punct(e, ",") || (e < d_.tokens.size() && d_.Has(e, kSpeechVerb))))
    return true;
  // A name in no dictionary set off by commas before a speech verb:
  // "Wasserman's Republican counterpart, Reince Priebus, said".
  if (b > 0 && Punct(b - 1, ",") && Punct(e, ",") && e + 1 < d_.tokens.size() && Word(e + 1) &&
      !d_.tokens[e + 1].cap && d_.Has(e + 1, kSpeechVerb)) {
    bool unknown = true;
    for (uint32_t t = b; t < e && unknown; ++t)
      unknown =
          (d_.lex[t] & (kCommonWord | kProperNoun | kPlaceWord)) == 0 && !d_.tokens[t].allcaps;
    if (unknown) return true;
  }
  // An apposition with a title: "Vladimir Putin, the Russian president".
  if (Punct(e, ",") && d_.IsWord(e + 1, "the")) {
    for (uint32_t t = e + 2; t < d_.tokens.size() && t < e + 6 && Word(t); ++t) {
      if (out_.title_at[t] >= 0 && !d_.tokens[t].cap) return true;
    }
  }
  if (OwnerTitleApposition(b, e)) return true;  // "X, Acme's chief executive" (opening_names.cc)
  if (e < d_.tokens.size() && d_.Has(e, kSpeechVerb) && Word(e)) return true;
  if (b > 0 && (d_.Lower(b - 1) == "said" || d_.Lower(b - 1) == "says") &&
      (e >= d_.tokens.size() || d_.tokens[e].kind == TokKind::kPunct))
    return true;
  // Any speech verb inverted right after a quotation: '"...," wrote Jane
  // Roe.', '"...," tweeted Jane Roe, director of X'.
  if (b > 1 && Word(b - 1) && !d_.tokens[b - 1].cap && d_.Has(b - 1, kSpeechVerb) &&
      AfterCloseQuote(b - 1) && (e >= d_.tokens.size() || d_.tokens[e].kind == TokKind::kPunct))
    return true;
  if (Punct(e, ",") && e + 1 < d_.tokens.size() &&
      (d_.Lower(e + 1) == "a" || d_.Lower(e + 1) == "an" || d_.Lower(e + 1) == "who" ||
       d_.Lower(e + 1) == "whose"))
    return true;
  if (Punct(e, "(") && e + 1 < d_.tokens.size()) {
    std::string_view p = d_.Text(e + 1);
    if (p.size() > 2 && (p[0] == 'R' || p[0] == 'D' || p[0] == 'I') && p[1] == '-') return true;
  }
  // "Barack Obama" once, and "the Obama administration" elsewhere: a first
  // and last name whose last word names an administration, presidency,
  // campaign or era.
  if ((e - b == 2 || e - b == 3) && !d_.Has(b, kPlaceWord | kCommonWord) &&
      !d_.Has(e - 1, kPlaceWord) && LeadsOffice(d_.Text(e - 1)))
    return true;
  // A first name before a surname the article uses as a person's ("Barack
  // Obama" beside "Obama said" and "Obama's wife": RepeatedSpeaker). Not
  // the tail of a longer run ("Facebook Twitter Pinterest Obama"), and a
  // pair opening a sentence must recur: a photo credit glued to a caption
  // is no first name ("Getty Obama slams ...", "... House. | Getty Obama
  // turns to ...").
  if (e - b != 2 || d_.Has(b, kPlaceWord | kCommonWord | kOrgHead) || d_.tokens[b].allcaps ||
      d_.Has(e - 1, kSurname) || !WholeName(b) ||
      (b > 0 && (Punct(b - 1, "|") || Punct(b - 1, "/"))) || !RepeatedSpeaker(e - 1))
    return false;
  // Not one of two coordinated first names ("Ulwin and Qasha Drelling"),
  // nor a relative named after the surname was used alone ("Zorbaugh said
  // ... His daughter Ulwina Zorbaugh").
  if (b >= 2 && (d_.IsWord(b - 1, "and") || d_.IsWord(b - 1, "or")) && CapWord(b - 2)) return false;
  const std::string_view surname = d_.Text(e - 1);
  for (uint32_t t = 0; t < b; ++t) {
    if (d_.Text(t) == surname) return false;
  }
  if (!SentenceInitial(b)) return true;
  for (uint32_t t = e; t + 1 < d_.tokens.size(); ++t) {
    if (d_.Text(t) == d_.Text(b) && d_.Text(t + 1) == surname) return true;
  }
  return false;
}

// A lone name line near the top ("Susan Jones", "Tyler Durden,"), "By Name",
// or "(Name, Outlet)" opening the body.
void Finder::FindBylines() {
  int seen = 0;
  if (d_.paragraphs.size() > 1 && d_.paragraphs[0].kind == LineKind::kHeadline)
    AddBylineOutlet(1, /*after_headline=*/true);  // "Headline" / "USA TODAY"
  for (size_t i = 0; i < d_.paragraphs.size(); ++i) {
    const Paragraph& p = d_.paragraphs[i];
    if (++seen > 8 && p.kind != LineKind::kByline) continue;
    if (p.kind == LineKind::kFurniture) continue;
    uint32_t b = p.tok_begin, e = p.tok_end;
    if (e > b && Punct(e - 1, ",")) --e;
    if (d_.IsWord(b, "by") && d_.tokens[b].cap) ++b;
    if (e - b >= 2 && e - b <= 4 && seen > 1) {
      bool ok = IsFirstName(b);
      for (uint32_t t = b; t < e && ok; ++t) ok = NameToken(t) || d_.tokens[t].allcaps;
      if (ok && !d_.Has(e - 1, kNonPersonTail)) {
        Candidate c;
        c.b = b, c.e = e, c.kind = CandKind::kPerson, c.cued = true, c.byline = true;
        cands_.push_back(c);
        if (out_.byline.empty()) out_.byline = Surface(b, e);
        AddBylineOutlet(i + 1, /*after_headline=*/false);  // "Jane Roe" / "USA TODAY"
        continue;
      }
    }
    if (seen > 1 && e - b >= 5 && e - b <= 17 && AddWritersLine(b, e, i)) continue;
    if (Punct(p.tok_begin, "(")) {
      uint32_t t = p.tok_begin + 1, comma = 0, close = 0;
      for (uint32_t k = t; k < p.tok_end && k < t + 12; ++k) {
        if (Punct(k, ",") && !comma) comma = k;
        if (Punct(k, ")")) {
          close = k;
          break;
        }
      }
      if (comma && close && comma - t >= 2 && comma - t <= 4 && IsFirstName(t) &&
          close > comma + 1) {
        bool ok = true;
        for (uint32_t k = t; k < comma; ++k) ok = ok && NameToken(k);
        for (uint32_t k = comma + 1; k < close; ++k) ok = ok && CapWord(k);
        if (ok) {
          Candidate c;
          c.b = t, c.e = comma, c.kind = CandKind::kPerson, c.cued = true, c.byline = true;
          cands_.push_back(c);
          if (out_.byline.empty()) out_.byline = Surface(t, comma);
          Candidate o;
          o.b = comma + 1, o.e = close, o.kind = CandKind::kOrg;
          cands_.push_back(o);
        }
      }
    }
  }
}

// A two-word name in a speech verb's slot ("X said", "said X.", '"...,"
// told X') whose last word is a dictionary proper noun ("Khan", "Shah"),
// and neither word a place, head, title, month, people or party word.
bool Finder::ForeignSpeakerName(uint32_t b, uint32_t e) const {
  if (e != b + 2) return false;
  for (uint32_t t = b; t < e; ++t) {
    const std::string_view w = d_.Text(t);
    if (!Word(t) || d_.tokens[t].allcaps || d_.tokens[t].abbrev || w.size() < 3 ||
        !std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
        d_.Has(t, kPlaceWord | kOrgHead | kOutletHead | kTitleWord | kNonPersonTail | kMonthOrDay |
                      kFunctionWord | kSpeechVerb) ||
        LooksNational(d_.Lower(t)) || PartyWord(d_.Lower(t)) || PartyNoun(d_.Lower(t)))
      return false;
    // A common word only when the dictionary also spells it as a name:
    // "Raj", not "Despite", "Team" or "Amnesty".
    if (d_.Has(t, kCommonWord) && !d_.Has(t, kProperNoun | kFirstName | kSurname)) return false;
  }
  if (!d_.Has(e - 1, kProperNoun) || !WholeName(b)) return false;
  // A relative named by kin and surname ("Cousin Roe chimed in").
  static constexpr std::string_view kKin[] = {"cousin",  "uncle",   "aunt",   "auntie",
                                              "grandpa", "grandma", "granny", "brother",
                                              "sister",  "papa",    "mama",   "nana"};
  if (std::find(std::begin(kKin), std::end(kKin), d_.Lower(b)) != std::end(kKin)) return false;
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (e < n && Word(e) && !d_.tokens[e].cap && d_.Has(e, kSpeechVerb)) return true;
  const bool ends = e >= n || d_.tokens[e].kind == TokKind::kPunct;
  return ends && b > 1 && Word(b - 1) && !d_.tokens[b - 1].cap && d_.Has(b - 1, kSpeechVerb) &&
         (d_.IsWord(b - 1, "said") || d_.IsWord(b - 1, "says") || AfterCloseQuote(b - 1));
}

}  // namespace kg::extract::mention_internal
