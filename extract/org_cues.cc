// Cues that say a capitalised name is an organisation although it has no
// head word ("Infowars", "Justice Democrats", "Elections Canada"): an
// apposition or a preceding noun that says what it is, a role title after
// it, a reporting context ("told X", "according to X"), or a dateline.
// cued_orgs.cc finds the candidate names and applies these tests.
#include <algorithm>
#include <string>

#include "extract/mention_finder.h"
#include "extract/unit_names.h"

namespace kg::extract::mention_internal {
// Nouns that say a name is an organisation: "a group", "the website".
bool OrgNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "group",    "organization", "organisation", "nonprofit",    "non-profit",  "outlet",
      "site",     "website",      "blog",         "company",      "corporation", "firm",
      "network",  "magazine",     "newspaper",    "publication",  "tank",        "pac",
      "charity",  "platform",     "watchdog",     "publisher",    "startup",     "broadcaster",
      "tabloid",  "daily",        "weekly",       "conglomerate", "retailer",    "manufacturer",
      "division", "subsidiary",   "affiliate",    "automaker",    "airline",     "insurer",
      "channel",  "station",      "pollster",     "marketplace"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// "Chinese", "Peruvian", "British", "Israeli": nationality adjectives take
// the same titles as organisations. Most end in one of a few suffixes; the
// irregular ones ("the Swiss writer X", "Greek President X") are listed.
bool LooksNational(std::string_view w) {
  if (w.ends_with("ese") || w.ends_with("an") || w.ends_with("ish") || w.ends_with("ic") ||
      w.ends_with("i"))
    return true;
  static constexpr std::string_view kIrregular[] = {
      "french",    "swiss", "greek", "dutch",  "czech",   "welsh",      "basque",  "scots",
      "slovak",    "serb",  "croat", "kazakh", "uzbek",   "tajik",      "cypriot", "filipino",
      "argentine", "thai",  "lao",   "kyrgyz", "turkmen", "monegasque", "malagasy"};
  return std::find(std::begin(kIrregular), std::end(kIrregular), w) != std::end(kIrregular);
}

// Party labels and words that start party-like names ("White House").
bool PartyWord(std::string_view w) {
  return w == "republican" || w == "democratic" || w == "democrat" || w == "republicans" ||
         w == "democrats" || w == "gop" || w == "white" || w == "federal";
}

namespace {

// "firms like X", "companies such as X": plurals of the nouns above.
bool OrgNounOrPlural(std::string_view w) {
  if (w == "companies" || w == "charities") return true;
  return OrgNoun(w) || (w.size() > 3 && w.back() == 's' && OrgNoun(w.substr(0, w.size() - 1)));
}

// Nouns after a name that say it is a publication: "The Hill newspaper",
// "Christianity Today magazine".
bool MediaNoun(std::string_view w) {
  return w == "newspaper" || w == "magazine" || w == "website" || w == "tabloid" ||
         w == "broadcaster" || w == "publication" || w == "blog";
}

// Nouns before "of X" that only companies take: "shares of X", "a
// division of X", "employees of X".
bool CompanyOfNoun(std::string_view w) {
  return w == "shares" || w == "stock" || w == "employees" || w == "subsidiary" ||
         w == "division" || w == "unit" || w == "shareholders" || w == "ceo" || w == "founder" ||
         w == "co-founder" || w == "cofounder";
}

// Titles of people who lead or speak for a body: "president of X".
// Offices of places ("governor of", "mayor of", "prime minister of") are
// not among them.
bool LeaderTitle(std::string_view w) {
  return w == "president" || w == "chairman" || w == "chairwoman" || w == "chair" ||
         w == "director" || w == "spokesman" || w == "spokeswoman" || w == "spokesperson" ||
         w == "treasurer" || w == "founder" || w == "co-founder" || w == "ceo";
}

// Titles that, after a name, say the name is an organisation: "Elections
// Canada spokeswoman Y", "Acme CEO Y". Broader titles ("leader",
// "president") also follow places and parties.
bool OrgOnlyTitle(std::string_view w) {
  return w == "spokesman" || w == "spokeswoman" || w == "spokesperson" || w == "ceo" ||
         w == "founder" || w == "co-founder" || w == "cofounder" || w == "lobbyist";
}

}  // namespace

// "Acme-owned", "state-run", "Kremlin-operated": a modifier saying the
// next name is a company or outlet.
bool Finder::OwnerModifier(uint32_t t) const {
  if (d_.tokens[t].kind != TokKind::kWord) return false;
  std::string_view w = d_.Lower(t);
  if (w.size() < 5 || (w.back() != 'd' && w.back() != 'n')) return false;  // cheap first
  return w.ends_with("-owned") || w.ends_with("-run") || w.ends_with("-operated");
}

// Whether a capitalised run ending before `e` is only part of a name: a
// capitalised word, a number or a possessive and a capitalised word goes
// on ("Make America Number 1", "Time's Up"), or a lower-case function
// word before a capitalised one ("Fix the Court", "Soldiers in T-Shirts").
bool Finder::RunCutShort(uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (e >= n) return false;
  if (CapWord(e) || d_.tokens[e].kind == TokKind::kNumber) return true;
  if (e + 1 < n && d_.tokens[e].kind == TokKind::kPossessive && CapWord(e + 1)) return true;
  return e + 1 < n && Word(e) && !d_.tokens[e].cap && d_.Has(e, kFunctionWord) && CapWord(e + 1);
}

// A cue that names the kind of thing: "X, a far-right group that", "the
// website X", "X spokeswoman Y", "X's CEO".
// Whether the list holding the name at b follows "NOUNS like", "NOUNS such
// as" (or, with `including`, "NOUNS, including") for a plural of a body's
// kind noun ("companies such as Amazon, General Mills and Boeing"); "groups"
// only when `groups` says so (a name no people have).
bool Finder::ListedKind(uint32_t b, bool groups, bool including) const {
  uint32_t list = b;
  while (list >= 2 && (Punct(list - 1, ",") || d_.IsWord(list - 1, "and"))) {
    uint32_t k = list - 1;
    if (d_.IsWord(k, "and") && k > 0 && Punct(k - 1, ",")) --k;  // ", and"
    uint32_t name = k;
    // "Americans for Tax Reform": an inner "of" or "for" is the name's.
    while (name > 1 && k - name < 5 &&
           (CapWord(name - 1) || ((d_.IsWord(name - 1, "for") || d_.IsWord(name - 1, "of")) &&
                                  name < k && CapWord(name - 2))))
      --name;
    if (name == k) break;
    if (d_.IsWord(name - 1, "the")) --name;  // "X, the American Conservative Union and Y"
    list = name;
  }
  auto kind = [&](uint32_t t) {
    return OrgNounOrPlural(d_.Lower(t)) && (groups || !d_.IsWord(t, "groups"));
  };
  if (list >= 2 && d_.IsWord(list - 1, "like") && kind(list - 2)) return true;
  if (list >= 3 && d_.IsWord(list - 1, "as") && d_.IsWord(list - 2, "such") && kind(list - 3))
    return true;
  return including && list >= 3 && d_.IsWord(list - 1, "including") && Punct(list - 2, ",") &&
         kind(list - 3);
}

bool Finder::OrgCue(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // "the group X", "conspiracy site X"; not "a group X is courting" (a
  // relative clause), "; group X and Y" (a verb) or "the site of".
  // A pollster is a firm or a person: only "the pollster X" names a firm;
  // "GOP pollster X", "veteran pollster X" use it as a person's title.
  if (b > 1 && d_.tokens[b - 1].kind == TokKind::kWord && !d_.tokens[b - 1].cap &&
      OrgNoun(d_.Lower(b - 1)) && d_.tokens[b - 2].kind == TokKind::kWord &&
      !d_.IsWord(b - 2, "a") && !d_.IsWord(b - 2, "an") &&
      (!d_.IsWord(b - 1, "pollster") || d_.IsWord(b - 2, "the")))
    return true;
  // "a group called X", "a super PAC named X", "a new organisation,
  // called X": the noun names the kind of the name after the participle.
  // Not a verb's subject ("Time magazine named X Person of the Year"), nor
  // a name the run cut short (RunCutShort: "called Fix the Court").
  if (b >= 4 &&
      (d_.IsWord(b - 1, "called") || d_.IsWord(b - 1, "named") || d_.IsWord(b - 1, "dubbed"))) {
    const uint32_t k = Punct(b - 2, ",") ? b - 3 : b - 2;
    if (Word(k) && (!d_.tokens[k].cap || d_.tokens[k].allcaps) && OrgNoun(d_.Lower(k)) &&
        !CapWord(k - 1) && !RunCutShort(e))
      return true;
  }
  // A name with an inner "for" before a capitalised word ("groups such as
  // Citizens for Fair Rents, the ...", "groups, including Veterans for
  // Peace") is an advocacy group's, "groups" too may list it: no people are
  // named so. Asked before an apposition after it, which may be the next
  // name of the list.
  bool for_name = false;
  for (uint32_t k = b + 1; k + 1 < e && !for_name; ++k)
    for_name = d_.IsWord(k, "for") && d_.tokens[k + 1].cap;
  if (for_name && ListedKind(b, true, true)) return true;
  // "Democracy for America (DFA)", "Concerned Women for America (CWA)": a
  // name with an inner "for" before a capitalised word defining an acronym
  // of its initials (with or without the "for"). People have no acronyms;
  // programmes have them too ("Temporary Assistance for Needy Families
  // (TANF)", "Deferred Action for ..."), so no programme's noun.
  if (for_name && e + 2 < n && Punct(e, "(") && d_.tokens[e + 1].allcaps &&
      !d_.tokens[e + 1].abbrev && Punct(e + 2, ")")) {
    static constexpr std::string_view kProgramme[] = {
        "assistance", "action", "actions", "relief",   "plan", "program",   "programme",
        "study",      "act",    "incomes", "benefits", "aid",  "insurance", "credit"};
    std::string all, caps;
    bool programme = false;
    for (uint32_t t = b; t < e; ++t) {
      if (!Word(t)) continue;
      programme |= std::find(std::begin(kProgramme), std::end(kProgramme), d_.Lower(t)) !=
                   std::end(kProgramme);
      const char c = d_.Text(t)[0];
      all.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c));
      if (d_.tokens[t].cap) caps.push_back(c);
    }
    const std::string_view acr = d_.Text(e + 1);
    if (!programme && acr.size() >= 3 && (acr == all || acr == caps)) return true;
  }
  // "Liberty in North Korea, a human rights group": a place after "in" or
  // "of" is the tail of a longer name the apposition describes, not a body.
  bool place_tail = b > 0 && (d_.IsWord(b - 1, "in") || d_.IsWord(b - 1, "of"));
  for (uint32_t t = b; t < e && place_tail; ++t) place_tail = d_.Has(t, kPlaceWord);
  if (Punct(e, ",") && e + 1 < n && !place_tail) {
    std::string_view det = d_.Lower(e + 1);
    if (det == "a" || det == "an" || det == "the" || det == "another") {
      for (uint32_t t = e + 2; t < n && t < e + 8; ++t) {
        if (d_.tokens[t].kind == TokKind::kWord) {
          std::string_view w = d_.Lower(t);
          if (OrgNoun(w)) return !d_.tokens[t].cap || d_.tokens[t].allcaps;  // "an upstart PAC"
          if (w == "of" || w == "who" || w == "that" || w == "which" || w == "for" || w == "with" ||
              out_.title_at[t] >= 0)
            return false;
        } else if (!Punct(t, ",") && !Punct(t, "-")) {
          return false;
        }
      }
    }
  }
  // "The Hill newspaper", "Acme stock", "Acme share price". Not a
  // description before another name ("the French newspaper Le Monde"), nor
  // a place that no one is named ("a Texas newspaper", "the Iowa
  // newspaper"; "The Hill" is also a surname).
  if (e < n && Word(e) && !d_.tokens[e].cap &&
      ((MediaNoun(d_.Lower(e)) && !CapWord(e + 1) &&
        !(e - b == 1 && d_.Has(b, kPlaceWord) && !d_.Has(b, kSurname | kFirstName))) ||
       d_.IsWord(e, "stock") || (d_.IsWord(e, "share") && d_.IsWord(e + 1, "price"))))
    return true;
  // "Acme is a division of", "Acme is a company that".
  if (d_.IsWord(e, "is") && (d_.IsWord(e + 1, "a") || d_.IsWord(e + 1, "an")) && e + 2 < n &&
      OrgNoun(d_.Lower(e + 2)))
    return true;
  // "shares of Acme", "a division of Acme", "firms like Acme", "companies
  // such as Acme".
  uint32_t before = b;
  if (before > 0 && d_.IsWord(before - 1, "the")) --before;
  if (before >= 2 && d_.IsWord(before - 1, "of") && CompanyOfNoun(d_.Lower(before - 2)))
    return true;
  // "another Democratic PAC, End Citizens United, has ...": the noun
  // before a name set off by commas.
  if (b >= 2 && Punct(b - 1, ",") && Punct(e, ",") && Word(b - 2) &&
      (!d_.tokens[b - 2].cap || d_.tokens[b - 2].allcaps) && OrgNoun(d_.Lower(b - 2)))
    return true;
  // "companies such as Amazon, General Mills and Boeing": every name of the
  // list. Not "groups like Mexicans": groups are also of people.
  if (ListedKind(b, false, false)) return true;
  // "president of Concerned Women for America", "president of General
  // Electric": a leader's title before "of" names a body, unless the name
  // looks like a place ("president of France", "New York").
  if (before >= 2 && d_.IsWord(before - 1, "of") && out_.title_at[before - 2] >= 0 &&
      !d_.tokens[before - 2].cap && LeaderTitle(d_.Lower(before - 2))) {
    auto place_like = [&](uint32_t t) {
      return d_.Has(t, kProperNoun) && !d_.Has(t, kCommonWord | kSurname | kFirstName);
    };
    bool inner = false, common = false;
    for (uint32_t t = b; t < e; ++t) {
      inner |= d_.IsWord(t, "for") || d_.IsWord(t, "of");
      common |= d_.Has(t, kCommonWord) || (d_.lex[t] & (kProperNoun | kFirstName | kSurname)) == 0;
    }
    // The name must end its phrase: not "director of the Speech, Privacy,
    // and Technology Project".
    const bool ends = !(Punct(e, ",") && e + 1 < n && CapWord(e + 1));
    if (common && ends && (inner || e - b >= 3 || !place_like(e - 1)) && !UnitBeforeBody(d_, b, e))
      return true;
  }
  // "Acme-owned X", "state-run X": only companies and outlets are owned.
  // The name must end its phrase: not "state-owned Acme bank".
  const bool phrase_ends =
      e >= n || d_.tokens[e].kind != TokKind::kWord || d_.tokens[e].cap || d_.Has(e, kFunctionWord);
  if (b > 0 && OwnerModifier(b - 1) && phrase_ends) return true;
  // "Iowa GOP", "New Hampshire GOP": a state party, named after a place
  // (proper nouns only: not "Retiring GOP", "The GOP", "Senate GOP"), and
  // not a modifier of a courtesy title ("Texas GOP Sen. X").
  if (e - b >= 2 && e - b <= 3 && d_.Lower(e - 1) == "gop" &&
      !(e < n && d_.tokens[e].abbrev && out_.title_at[e] >= 0)) {
    bool places = true;
    for (uint32_t k = b; k + 1 < e; ++k)
      places = places && d_.Has(k, kProperNoun) && !d_.Has(k, kFunctionWord) &&
               !d_.Has(k, kOrgHead) && !d_.IsWord(k, "senate") && !d_.IsWord(k, "house");
    if (places) return true;
  }
  // "Order of Foresters leader X": a name with "of" before a title and a
  // person is a body, not a place ("Republic of X", "Gulf of X").
  static constexpr std::string_view kPlaceFirst[] = {
      "republic", "kingdom", "state",  "states",   "commonwealth", "city",    "county",
      "province", "isle",    "island", "islands",  "gulf",         "bay",     "sea",
      "cape",     "lake",    "mount",  "district", "duchy",        "emirate", "sultanate"};
  const bool place_first = std::find(std::begin(kPlaceFirst), std::end(kPlaceFirst), d_.Lower(b)) !=
                           std::end(kPlaceFirst);
  for (uint32_t k = b + 1; k + 1 < e && !place_first; ++k) {
    if (d_.IsWord(k, "of") && e < n && out_.title_at[e] >= 0 && !d_.tokens[e].cap && e + 1 < n &&
        out_.EntityAt(e + 1) >= 0 &&
        out_.entities[out_.EntityAt(e + 1)].type == EntityType::kPerson)
      return true;
  }
  uint32_t after = e;
  if (after < n && d_.tokens[after].kind == TokKind::kPossessive) {
    ++after;
    // "X's editorial board"; "X's Jane Doe wrote" (a writer of X).
    if (d_.IsWord(after, "editorial")) return true;
    // Nouns only organisations have: "X's users", "X's shareholders".
    static constexpr std::string_view kOwned[] = {
        "users",      "employees",  "shareholders", "subscribers", "headquarters", "newsroom",
        "algorithm",  "algorithms", "app",          "platform",    "stock",        "shares",
        "subsidiary", "parent",     "advertisers",  "moderators",  "pac"};
    if (after < n &&
        std::find(std::begin(kOwned), std::end(kOwned), d_.Lower(after)) != std::end(kOwned))
      return true;
    const int who = out_.EntityAt(after);
    if (who >= 0 && out_.entities[who].type == EntityType::kPerson) {
      uint32_t v = after;
      while (v < n && out_.EntityAt(v) == who) ++v;
      if (d_.IsWord(v, "has") || d_.IsWord(v, "had")) ++v;  // "X's Jane Doe has reported"
      if (d_.IsWord(v, "wrote") || d_.IsWord(v, "writes") || d_.IsWord(v, "reported") ||
          d_.IsWord(v, "reports"))
        return true;
    }
  }
  // "Twitter users", "Acme executives", "Netflix subscribers": a plural
  // only companies have right after one word that is no place, nationality
  // or party ("Texas employees", "Chinese investors", "Democratic users"),
  // no acronym ("LGBT employees"), after a lower-case word or a comma: not
  // opening a sentence or a headline ("Several investors", "Read more:
  // Angry shareholders"), nor the end of a longer name ("Peacock Free").
  if (e - b == 1 && after == e && e < n && Word(e) && !d_.tokens[e].cap && !d_.tokens[b].allcaps &&
      !d_.tokens[b].abbrev && b > 0 &&
      ((Word(b - 1) && !d_.tokens[b - 1].cap) || Punct(b - 1, ",")) && !d_.Has(b, kPlaceWord) &&
      !LooksNational(d_.Lower(b)) && !PartyWord(d_.Lower(b))) {
    static constexpr std::string_view kCompanyPlurals[] = {
        "users", "employees", "executives", "shareholders", "subscribers", "accounts", "investors"};
    if (std::find(std::begin(kCompanyPlurals), std::end(kCompanyPlurals), d_.Lower(e)) !=
        std::end(kCompanyPlurals))
      return true;
  }
  if (after < n && d_.tokens[after].kind == TokKind::kWord && OrgOnlyTitle(d_.Lower(after))) {
    // Single words that are also nationalities or parties take these titles
    // too ("Democratic spokesman").
    if (e - b == 1 && PartyWord(d_.Lower(b))) return false;
    if (after + 1 < n && (CapWord(after + 1) || Punct(after + 1, ","))) return true;
    // "a Boeing spokesman said", "an Acme spokesperson told": an unnamed
    // spokesperson of a name no dictionary calls a place, nationality or
    // party speaks for a body, also when the article names it only there.
    return b > 0 && (d_.IsWord(b - 1, "a") || d_.IsWord(b - 1, "an")) &&
           d_.Lower(after).starts_with("spokes") && !d_.Has(e - 1, kPlaceWord) &&
           !LooksNational(d_.Lower(e - 1)) && !PartyWord(d_.Lower(b));
  }
  // "Acme Executive Chairman Jane Doe", "AFL-CIO President Jane Doe": one
  // word that no dictionary knows (or an acronym) before a title that only
  // bodies give and a known person. Places, parties and nationalities take
  // offices ("Texas Gov.", "Republican Sen.") and are in the dictionaries.
  if (e - b == 1 && e < n && out_.title_at[e] >= 0) {
    const TitleSpan& title = out_.titles[out_.title_at[e]];
    static constexpr std::string_view kBodyTitles[] = {
        "president", "chairman",  "chairwoman", "director", "executive", "professor",
        "editor",    "publisher", "analyst",    "counsel",  "economist", "treasurer"};
    const int who = title.tok_end < n ? out_.EntityAt(title.tok_end) : -1;
    std::string_view w = d_.Lower(b);
    if (title.tok_begin == e && !d_.tokens[title.tok_end - 1].abbrev &&
        std::find(std::begin(kBodyTitles), std::end(kBodyTitles), d_.Lower(title.tok_end - 1)) !=
            std::end(kBodyTitles) &&
        who >= 0 && out_.entities[who].type == EntityType::kPerson && !PartyWord(w) &&
        !d_.tokens[b].abbrev && !(b > 0 && d_.IsWord(b - 1, "former"))) {
      if (d_.tokens[b].allcaps) return w.size() >= 3 && w != "usa";
      return (d_.lex[b] & (kCommonWord | kProperNoun | kFirstName | kSurname)) == 0 &&
             !LooksNational(w);
    }
  }
  return false;
}

// Reporting contexts: "told X", "according to X", "X reported". They also
// take people, so the name must not look like one.
bool Finder::WeakOrgCue(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // The name must end its phrase: not "told Republican leaders", "according
  // to Indianapolis' Fox affiliate".
  // A political leaning between "the" and a name that looks like no
  // person's, tested before the end of the phrase as a verb may follow:
  // "the left-leaning Public Policy Polling found", "according to the
  // anti-smoking Campaign for Tobacco-Free Kids".
  if (b >= 2 && d_.IsWord(b - 2, "the") && Word(b - 1) && !d_.tokens[b - 1].cap) {
    const std::string_view m = d_.Lower(b - 1);
    if (m.ends_with("-leaning") || m.starts_with("anti-") || m.starts_with("pro-") ||
        m == "nonpartisan" || m == "bipartisan" || m == "nonprofit" || m == "non-profit")
      return true;
  }
  // "one recent Public Policy Polling poll", "a Quorum survey" (before
  // the phrase test: the noun follows).
  if (e < n && (d_.IsWord(e, "poll") || d_.IsWord(e, "polls") || d_.IsWord(e, "survey")) &&
      !(d_.Has(e - 1, kProperNoun) && !d_.Has(e - 1, kCommonWord | kSurname | kFirstName)) &&
      !(e - b == 1 && SentenceInitial(b) && d_.Has(b, kCommonWord)))  // "New polls are out"
    return true;
  // "according to the Acme average of polls", "the Acme polling average":
  // a name before "average" in a sentence about polls is the aggregator
  // (not "the Dow Jones average", whose sentence has no poll, nor a place's:
  // "the Nevada average").
  if (e + 1 < n && b > 0 && d_.IsWord(b - 1, "the") && !d_.Has(e - 1, kPlaceWord) &&
      (d_.IsWord(e, "average") || (d_.IsWord(e, "polling") && d_.IsWord(e + 1, "average")))) {
    const Sentence& s = d_.sentences[d_.sentence_of[b]];
    for (uint32_t t = s.tok_begin; t < s.tok_end; ++t)
      if (Word(t) && d_.Lower(t).starts_with("poll")) return true;
  }
  // "according to Democrat James Carville": a label before a person.
  if (e < n && out_.EntityAt(e) >= 0 && out_.entities[out_.EntityAt(e)].type == EntityType::kPerson)
    return false;
  // An embedded tweet's signature: "- Acme News (@AcmeNews) March 23, 2017".
  // People sign too ("Newt Gingrich (@newtgingrich)"): only one word or a
  // name with an acronym ("CNN Politics").
  bool caps = e - b == 1;
  for (uint32_t t = b; t < e; ++t) caps |= d_.tokens[t].allcaps;
  if (caps && Punct(e, "(") && e + 1 < n && d_.tokens[e + 1].start > 0 &&
      (d_.bytes[d_.tokens[e + 1].start] == '@' || d_.bytes[d_.tokens[e + 1].start - 1] == '@'))
    return true;
  if (SpeakerCalledIt(b, e) || EndorserSlot(b, e) || OutletSpeaker(b, e) || ArticleSpeaker(b, e))
    return true;
  if (e < n &&
      (d_.tokens[e].kind == TokKind::kPossessive ||
       (d_.tokens[e].kind == TokKind::kWord && !d_.tokens[e].cap && !d_.Has(e, kFunctionWord) &&
        !d_.IsWord(e, "that") && !d_.IsWord(e, "on") && !d_.IsWord(e, "in") &&
        !d_.IsWord(e, "last") && !d_.IsWord(e, "reported") && !d_.IsWord(e, "reports") &&
        !d_.IsWord(e, "revealed") && !d_.IsWord(e, "wrote") && !d_.IsWord(e, "writes"))))
    return false;
  uint32_t p = b;
  const bool the_before = (p > 0 && d_.IsWord(p - 1, "the")) || d_.Text(b) == "The";
  if (p > 0 && d_.IsWord(p - 1, "the")) --p;
  // "the Atlantic wrote", "The Hill writes": people take no article.
  if (the_before && e < n && (d_.IsWord(e, "wrote") || d_.IsWord(e, "writes"))) return true;
  // "at The Intercept": a capitalised "The" inside a sentence names a
  // publication.
  if (d_.Text(b) == "The" && p > 0 && d_.IsWord(p - 1, "at")) return true;
  // "first reported by Politico".
  if (p > 1 && d_.IsWord(p - 1, "by") &&
      (d_.IsWord(p - 2, "reported") || d_.IsWord(p - 2, "published")))
    return true;
  if (p > 0 && d_.IsWord(p - 1, "tells")) return true;
  // "wrote in an email to POLITICO", "in a statement to X".
  if (p > 1 && d_.IsWord(p - 1, "to") &&
      (d_.IsWord(p - 2, "email") || d_.IsWord(p - 2, "e-mail") || d_.IsWord(p - 2, "statement")))
    return true;
  // "told Politico", "told the Gateway Pundit". On the corpus a bare
  // unknown capitalised word after "told" is an outlet about nine times in
  // ten (the rest are TV hosts known by surname only).
  if (p > 0 && d_.IsWord(p - 1, "told")) return true;
  // "according to Odile Brannock": two words no list knows are a person's
  // name (speaker_mentions.cc takes it), not a body's.
  if (p > 1 && d_.IsWord(p - 1, "to") && d_.IsWord(p - 2, "according"))
    return !AccordingToFullName(b, e);
  if (p > 1 && d_.IsWord(p - 1, "with") && d_.IsWord(p - 2, "interview")) return true;
  if (e < n && (d_.IsWord(e, "reported") || d_.IsWord(e, "reports") || d_.IsWord(e, "revealed")))
    return true;
  // Dateline: "WASHINGTON (X) -", "DES MOINES, Iowa (X) -" (datelines.cc).
  if (b >= 2 && Punct(b - 1, "(") && Punct(e, ")") && e + 1 < n &&
      (Punct(e + 1, "-") || Punct(e + 1, "\xe2\x80\x94") || Punct(e + 1, "\xe2\x80\x93")) &&
      ((d_.tokens[b - 2].allcaps &&
        d_.paragraphs[d_.sentences[d_.sentence_of[b]].para].tok_begin + 3 >= b) ||
       InDateline(b - 2)))  // "SANTA FE, Texas (X) -": after the state
    return true;
  return false;
}

}  // namespace kg::extract::mention_internal
