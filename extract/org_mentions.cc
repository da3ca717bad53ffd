#include <algorithm>

#include "extract/mention_finder.h"
#include "extract/word_lists.h"

namespace kg::extract::mention_internal {

// "AFL-CIO", "AP-NORC", "KABC-TV": two acronyms of two to four capitals
// joined by a hyphen name one body. Not a party tag ("D-MD": one letter),
// not two places or a place code ("US-UK", "NYC-NJ"), not shouted words
// ("EX-SPY", "MAIL-IN", "FACT-CHECK": a part is a dictionary word). A
// station's call letters (four, opening with K or W) may end in TV, FM, AM.
static bool HyphenedAcronym(std::string_view w, const Gazetteer& gz) {
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos) return false;
  const std::string_view first = w.substr(0, dash), second = w.substr(dash + 1);
  auto part = [&](std::string_view p) {
    if (p.size() < 2 || p.size() > 4) return false;
    std::string lower;
    for (char c : p) {
      if (c < 'A' || c > 'Z') return false;
      lower.push_back(static_cast<char>(c - 'A' + 'a'));
    }
    return !gz.IsCommonWord(lower) && !gz.IsNonOrgAcronym(p);
  };
  const bool call_sign = first.size() == 4 && (first[0] == 'K' || first[0] == 'W') &&
                         (second == "TV" || second == "FM" || second == "AM");
  return part(first) && (part(second) || call_sign);
}

// "the GOP" ending its noun phrase ("left the GOP in July", "the GOP's
// chances", "the GOP just lost") is the party; "the GOP caucus" is an
// adjective (optional in the gold data, like "GOP senators").
bool Finder::GopAsNoun(uint32_t t) const {
  if (t >= d_.tokens.size() || d_.tokens[t].kind != TokKind::kWord) return true;
  if (d_.tokens[t].cap || d_.Has(t, kFunctionWord | kSpeechVerb)) return true;
  static constexpr std::string_view kVerbal[] = {
      "just", "has",   "had",  "is",  "was",  "will", "would", "could", "should", "can",
      "may",  "might", "must", "did", "does", "now",  "still", "also",  "never",  "is",
      "are",  "were",  "and",  "or",  "but",  "in",   "on",    "to",    "for",    "with"};
  const std::string_view w = d_.Lower(t);
  return w.ends_with("ed") ||
         std::find(std::begin(kVerbal), std::end(kVerbal), w) != std::end(kVerbal);
}

void Finder::AddOrg(uint32_t b, uint32_t e) {
  // Leading "U.S." belongs to the name; leading "Acting" ("Former",
  // "Retired") does not, nor a rank, which is the title's after the name:
  // "Deputy FBI Director X".
  while (b < e && (d_.Lower(b) == "acting" || d_.Lower(b) == "former" || d_.Lower(b) == "retired" ||
                   ((d_.Lower(b) == "deputy" || d_.Lower(b) == "assistant") && b + 1 < e)))
    ++b;
  // "New York-based Acme Partners", "Utah-based Church of ...": the place
  // a body is based in describes it and is no part of its name.
  for (uint32_t t = e - 1; t > b; --t) {
    if (d_.Text(t - 1).ends_with("-based")) {
      b = t;
      break;
    }
  }
  // "Jane Roe of the University of Chicago and John Doe of ...": a chunk cut
  // before a person keeps the joining word, which ends no name.
  while (e > b && (d_.IsWord(e - 1, "and") || d_.Text(e - 1) == "&" || d_.IsWord(e - 1, "of"))) --e;
  if (b >= e) return;
  // "the Soviet Union", "the Union of Soviet Socialist Republics": a former
  // state, a place like its acronym USSR (NonOrgAcronyms), not a body for
  // its head word.
  if (d_.IsWord(b, "soviet") && e == b + 2 && d_.IsWord(b + 1, "union")) return;
  if (e - b == 5 && d_.IsWord(b, "union") && d_.IsWord(b + 2, "soviet") &&
      d_.IsWord(b + 3, "socialist"))
    return;
  Candidate c;
  c.b = b, c.e = e, c.kind = CandKind::kUnknown;
  std::string_view last = d_.Lower(e - 1);
  // "Senate Armed Services Chairman X", "the Financial Services panel",
  // "serves on Armed Services": a committee named without its head word,
  // not a body called "... Services" ("Health and Human Services
  // Secretary X" is the department's).
  // A plural head names a body only with a complement inside ("Centers
  // for ...", "Citizenship and Immigration Services"); alone it is as
  // often a kind ("VA Medical Centers", "June Medical Services v. Gee").
  if (last == "services" || d_.IsWord(b, "centers")) {
    bool inner = false;
    for (uint32_t t = b + 1; t + 1 < e; ++t)
      inner = inner || d_.IsWord(t, "and") || d_.IsWord(t, "for") || d_.IsWord(t, "of") ||
              d_.Text(t) == "&";
    if (!inner && (last == "services" || last == "centers")) return;
  }
  if (last == "centers" && e - b < 3) return;
  if (last == "services") {
    auto chamber = [&](uint32_t t) { return d_.IsWord(t, "house") || d_.IsWord(t, "senate"); };
    static constexpr std::string_view kCommittee[] = {
        "chairman", "chairwoman", "chair",   "committee", "committees",
        "panel",    "panels",     "hearing", "ranking",   "subcommittee"};
    const std::string_view next = e < d_.tokens.size() ? d_.Lower(e) : std::string_view();
    if (chamber(b) || (b > 0 && (chamber(b - 1) || d_.IsWord(b - 1, "on"))) ||
        std::find(std::begin(kCommittee), std::end(kCommittee), next) != std::end(kCommittee))
      return;
  }
  // Acronym definition right after: "Department of Homeland Security (DHS)".
  if (Punct(e, "(") && e + 2 < d_.tokens.size() && d_.tokens[e + 1].allcaps && Punct(e + 2, ")")) {
    std::string initials;
    for (uint32_t t = b; t < e; ++t) {
      if (d_.tokens[t].cap && !d_.tokens[t].abbrev) initials.push_back(d_.Text(t)[0]);
    }
    std::string acr(d_.Text(e + 1));
    if (d_.Has(e - 1, kNonPersonTail) && !d_.Has(e - 1, kOrgHead)) {
      // "Foreign Agents Registration Act (FARA)": a law, not a body.
    } else if (initials == acr) {
      c.kind = CandKind::kOrg;
      c.acronym = acr;
    } else if (initials.size() > acr.size() &&
               initials.compare(initials.size() - acr.size(), acr.size(), acr) == 0) {
      // "the National Immigration and Customs Enforcement (ICE)": the
      // acronym names the last words only.
      uint32_t s = e;
      size_t matched = 0;
      while (s > b && matched < acr.size()) {
        --s;
        if (d_.tokens[s].cap && !d_.tokens[s].abbrev) ++matched;
      }
      Candidate inner;
      inner.b = s, inner.e = e, inner.kind = CandKind::kOrg, inner.acronym = acr;
      cands_.push_back(inner);
      return;
    }
  }
  // Inner definition: "National Immigration and Customs Enforcement (ICE) Council".
  for (uint32_t p = b + 1; p + 3 < e; ++p) {
    if (!Punct(p, "(") || !Punct(p + 2, ")")) continue;
    std::string acr(d_.Text(p + 1));
    uint32_t s = p;
    size_t matched = 0;
    while (s > b && matched < acr.size()) {
      --s;
      if (d_.tokens[s].cap) {
        if (d_.Text(s)[0] != acr[acr.size() - 1 - matched]) break;
        ++matched;
      }
    }
    if (matched == acr.size()) {
      Candidate inner;
      inner.b = s, inner.e = p, inner.kind = CandKind::kOrg, inner.acronym = acr;
      cands_.push_back(inner);
    }
  }
  bool shouting = e - b >= 2;
  for (uint32_t t = b; t < e && shouting; ++t) shouting = d_.tokens[t].allcaps;
  if (shouting && c.acronym.empty()) {
    if (!ShoutedName(b, e)) return;  // "MUST WATCH"
    c.kind = CandKind::kOrg;         // "told USA TODAY"
  }
  // Legislatures named without their country are the US ones, also with a
  // party adjective ("the Republican Congress").
  uint32_t nb = b;
  while (nb + 1 < e && (d_.Lower(nb) == "republican" || d_.Lower(nb) == "democratic" ||
                        d_.Lower(nb) == "gop" || d_.Lower(nb).ends_with("-led") ||
                        d_.Lower(nb).ends_with("-controlled") || d_.Lower(nb).ends_with("-held") ||
                        d_.Lower(nb).ends_with("-backed") || d_.Lower(nb).ends_with("-run")))
    ++nb;
  if (d_.Lower(nb) == "u.s." || d_.Lower(nb) == "us") ++nb;
  if (nb + 1 < e && d_.Lower(nb) == "united" && d_.Lower(nb + 1) == "states") nb += 2;
  const bool state_before = b > 0 && (d_.Lower(b - 1) == "state" || d_.Lower(b - 1) == "state's");
  if (e - nb == 1 && !state_before) {
    if (d_.Lower(nb) == "senate") c.canonical = "U.S. Senate";
    if (d_.Lower(nb) == "congress") c.canonical = "U.S. Congress";
  }
  if (e - nb == 3 && d_.Lower(nb) == "house" && d_.Lower(nb + 2) == "representatives")
    c.canonical = "U.S. House of Representatives";
  // "the House", "the Republican House", "House Speaker X", "Speaker of the
  // House X" (not "White House", "House Republicans").
  // "a 2013 House floor speech", "a House vote".
  auto title_after = [&] {
    return e < d_.tokens.size() &&
           (out_.title_at[e] >= 0 || d_.IsWord(e, "floor") || d_.IsWord(e, "vote") ||
            d_.IsWord(e, "votes") || d_.IsWord(e, "seat") || d_.IsWord(e, "race") ||
            d_.IsWord(e, "majority") || d_.IsWord(e, "minority") || d_.IsWord(e, "leadership"));
  };
  if (e - nb == 1 && d_.Lower(nb) == "house" && !state_before &&
      ((b > 0 && d_.Lower(b - 1) == "the") || nb > b || title_after()) &&
      !(e < d_.tokens.size() && d_.tokens[e].cap && out_.title_at[e] < 0 && !IsFirstName(e)))
    c.canonical = "U.S. House of Representatives";
  if (e - b == 1 && d_.Lower(b) == "gop" && b > 0 && d_.IsWord(b - 1, "the") && GopAsNoun(e))
    c.canonical = "Republican Party";
  if (e - b == 3 && d_.IsWord(b, "grand") && d_.IsWord(b + 1, "old") && d_.IsWord(b + 2, "party"))
    c.canonical = "Republican Party";  // what GOP stands for
  if (!c.canonical.empty()) c.kind = CandKind::kOrg;
  // "Kataib Hezbollah", "Liwa al-Thawra": an armed group's Arabic head
  // word opens its name.
  if (e - b >= 2 && d_.tokens[b].cap && ArabicGroupOpener(d_.Lower(b))) c.kind = CandKind::kOrg;
  // "a retired Army colonel": a head word alone before a lower-case title.
  if (e - b == 1 && d_.tokens[b].cap && !d_.tokens[b].allcaps && d_.Has(b, kOrgHead) &&
      !SentenceInitial(b) && e < d_.tokens.size() && out_.title_at[e] >= 0 && !d_.tokens[e].cap &&
      !d_.Has(b, kOutletHead) && !d_.IsWord(b, "court"))
    c.kind = CandKind::kOrg;
  if (c.kind == CandKind::kUnknown) {
    uint32_t h = e;
    for (uint32_t t = b; t < e; ++t) {
      if (d_.Has(t, kOrgHead) && d_.tokens[t].cap) h = t;
    }
    bool head = h == e - 1 && e - b >= 2;
    // A hyphenated masthead alone is a paper ("the Post-Gazette", "Sun-Times
    // reporter X"): only mastheads are outlet heads with a hyphen.
    if (e - b == 1 && d_.Has(b, kOutletHead) && Contains(d_.Text(b), "-")) head = true;
    if (h < e - 1 && d_.Has(h, kOfHead) && (d_.Lower(h + 1) == "of" || d_.Lower(h + 1) == "on"))
      head = true;  // "House Committee on Agriculture"
    // "Center for Responsive Politics", "Committee to Protect Journalists".
    // A capitalised "To" is a headline's or a new sentence's ("Inc. To
    // read", "Days For Media To Ask"), never inside a name.
    if (h < e - 1 && d_.Lower(h + 1) == "for") head = true;
    if (h + 2 < e && d_.Text(h + 1) == "to") head = true;
    // "California State University, Long Beach" (CampusEnd).
    if (h < e - 1 && d_.IsWord(h, "university") && (Punct(h + 1, ",") || d_.IsWord(h + 1, "at")))
      head = true;
    if (h < e - 1 && h + 1 < e && d_.tokens[e - 1].allcaps) head = false;
    std::string_view txt = d_.Text(b);
    // Most words hold no period: a table test before the three searches
    // (each a memchr call through the PLT).
    static constexpr ByteSet kPeriod(".");
    bool domain = e - b == 1 && kPeriod.AnyIn(txt) &&
                  (Contains(txt, ".com") || Contains(txt, ".org") || Contains(txt, ".net")) &&
                  d_.tokens[b].cap;
    // POLICE, CLOSE: shouted common words are not acronyms.
    const bool shouted_word = txt.size() >= 4 && d_.Has(b, kCommonWord);
    // Nor a party tag ("D-MD"), a word of shouted text ("ALL THE WAY"), or a
    // transcript's speaker label ("SIEGEL: Has he ...").
    auto shouted_neighbour = [&](uint32_t t) {
      return t < d_.tokens.size() && Word(t) && d_.tokens[t].allcaps && !d_.tokens[t].abbrev;
    };
    auto label = [&] {
      return Punct(e, ":") && b == d_.paragraphs[d_.sentences[d_.sentence_of[b]].para].tok_begin;
    };
    // Only a lone capitalised word is looked up: this runs for every chunk.
    auto short_acronym = [&] {
      return txt.size() >= 2 && txt.size() <= 6 && !gz_.IsNonOrgAcronym(txt) &&
             !kDotOrDigit.AnyIn(txt) && !(txt.size() > 2 && txt[1] == '-');
    };
    bool acronym = !shouted_word && e - b == 1 && d_.tokens[b].allcaps && !d_.tokens[b].abbrev &&
                   (short_acronym() || HyphenedAcronym(txt, gz_)) && !label() &&
                   !(b > 0 && shouted_neighbour(b - 1)) && !shouted_neighbour(e);
    if (head || domain) c.kind = CandKind::kOrg;
    if (e - b == 1 && d_.tokens[b].abbrev && d_.tokens[b].allcaps && DottedAcronymOrg(b))
      c.kind = CandKind::kOrg;                  // "the F.B.I."
    if (acronym) c.acronym = std::string(txt);  // resolved in BuildEntities
    (void)last;
  }
  cands_.push_back(std::move(c));  // its strings are moved, not copied
}

// The line right after a byline's name line, when it is a short name in
// capitals ("Jessica Estepa" / "USA TODAY", "Arizona Republic"), names the
// writer's outlet, shouted or not. Not a lower-case label ("Opinion
// contributor"), a caption, an e-mail address, nor a second writer's name.
// Right after the headline only two to four shouted words opening with no
// dictionary word ("USA TODAY"; not "ADVERTISEMENT", "NEWS ANALYSIS").
void Finder::AddBylineOutlet(size_t para, bool after_headline) {
  if (para >= d_.paragraphs.size()) return;
  const Paragraph& p = d_.paragraphs[para];
  if (p.kind == LineKind::kFurniture || p.kind == LineKind::kCaption) return;
  const uint32_t b = p.tok_begin, e = p.tok_end;
  if (e - b < 1 || e - b > 4 || IsFirstName(b) || d_.IsWord(b, "by")) return;
  for (uint32_t t = b; t < e; ++t) {
    if (!Word(t) || !(d_.tokens[t].cap || d_.tokens[t].allcaps) || d_.tokens[t].abbrev ||
        out_.title_at[t] >= 0)
      return;
    static constexpr ByteSet kAtOrDigit("@0123456789");
    if (kAtOrDigit.AnyIn(d_.Text(t))) return;
  }
  if (e - b == 1 && !d_.tokens[b].allcaps) return;  // "Opinion", "Washington"
  if (after_headline) {
    if (e - b < 2 || d_.Has(b, kCommonWord)) return;
    for (uint32_t t = b; t < e; ++t) {
      if (!d_.tokens[t].allcaps) return;
    }
  }
  Candidate o;
  o.b = b, o.e = e, o.kind = CandKind::kOrg;
  cands_.push_back(o);
}

// A name's key: its lower-cased words without a leading "the", "U.S." or
// "United States", an acronym in a longer name replaced by its long form's
// key, "(ACR)" left out.
template <typename Fn>
void Finder::ForEachOrgKeyWord(uint32_t b, uint32_t e, Fn&& fn) const {
  uint32_t t = b;
  while (t < e && (d_.Lower(t) == "the" || d_.Lower(t) == "u.s." || d_.Lower(t) == "us")) ++t;
  if (t + 1 < e && d_.Lower(t) == "united" && d_.Lower(t + 1) == "states") t += 2;
  for (; t < e; ++t) {
    if (Punct(t, "(")) {
      t += 2;  // skip "(ACR)"
      continue;
    }
    if (d_.tokens[t].kind != TokKind::kWord) continue;
    // The look-up only for acronyms in longer names: it hashed every word.
    auto it = d_.tokens[t].allcaps && e - b > 1 ? acronyms_.find(d_.Text(t)) : acronyms_.end();
    if (it != acronyms_.end()) {
      for (const std::string& k : out_.entities[it->second].key_tokens) fn(std::string_view(k));
      continue;
    }
    fn(d_.Lower(t));
  }
}

std::vector<std::string> Finder::OrgKey(uint32_t b, uint32_t e) const {
  std::vector<std::string> key;
  key.reserve(e - b);  // one allocation, not one per doubling
  ForEachOrgKeyWord(b, e, [&](std::string_view w) { key.emplace_back(w); });
  return key;
}

// The last word of OrgKey(b, e) without building the key (false when the key
// is empty): LinkRemaining asks only whether the key ends like an
// organisation's, and most chunks do not, so their keys, a string per word,
// were built for nothing (15,600 allocations per 300 articles). The view
// lives as long as the document and the entities.
bool Finder::OrgKeyBack(uint32_t b, uint32_t e, std::string_view* back) const {
  bool any = false;
  ForEachOrgKeyWord(b, e, [&](std::string_view w) { *back = w, any = true; });
  return any;
}

// Key `a` names the same org as key `b` when a's words appear in b in order
// and both end with the same head word ("ice council" in "national ice council").
bool Subsequence(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty() || a.size() >= b.size()) return a == b && !a.empty();
  // "Anne Frank Center" is "Anne Frank Center for Mutual Respect": a prefix
  // ending where "for", "of" or "on" continues the name.
  if (std::equal(a.begin(), a.end(), b.begin()) &&
      (b[a.size()] == "for" || b[a.size()] == "of" || b[a.size()] == "on"))
    return true;
  if (a.back() != b.back()) return false;
  size_t j = 0;
  for (size_t i = 0; i < b.size() && j < a.size(); ++i) {
    if (a[j] == b[i]) ++j;
  }
  return j == a.size();
}

int Finder::FindOrgByKey(const std::vector<std::string>& key, bool exact) const {
  int found = -1;
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    const EntityInfo& e = out_.entities[i];
    if (e.type != EntityType::kOrganization) continue;
    if (e.key_tokens == key) return static_cast<int>(i);
  }
  if (exact) return -1;
  // Short forms end in a head word ("The Post", "ICE Council"), never in a
  // place ("Florida" is not the Republican Party of Florida).
  // Nor in a hyphenated masthead ("the Post-Gazette").
  if (!d_.lex.empty() && !key.empty() && !gz_.IsOrgHead(key.back()) && !MastheadKey(key.back()))
    return -1;
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    const EntityInfo& e = out_.entities[i];
    if (e.type != EntityType::kOrganization) continue;
    if (Subsequence(key, e.key_tokens)) {
      if (found >= 0) return -2;  // ambiguous
      found = static_cast<int>(i);
    }
  }
  return found;
}

// An undefined acronym names an organisation when it is not a word of the
// dictionary's proper nouns (IOWA), unless the dictionary also lists it as
// an acronym (ISIS beside Isis) -- a short one (EU beside the element Eu;
// VA, KY, IRA, VAT collide with states, names and things) only after "the"
// and ending its noun phrase ("leave the EU.", not "the SEC primary") --
// and is used like one: repeated, or with "the", a possessive, or a word
// such as "said", "spokesman", "agents".
bool Finder::AcronymIsOrg(uint32_t t) const {
  if (d_.Has(t, kProperNoun)) {
    const bool ends_phrase = t + 1 >= d_.tokens.size() || !Word(t + 1);
    const bool the_short = t > 0 && d_.IsWord(t - 1, "the") && ends_phrase;
    if (!d_.Has(t, kDictAcronym) || (d_.Text(t).size() < 4 && !the_short)) return false;
  }
  if (acronym_counts_.empty()) {
    // Words only, from one capitalised word to the next (NextCap): a number
    // ("2GB") never shares an asked word's text; every token cost a third.
    const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
    for (uint32_t k = NextCap(0); k < n; k = NextCap(k + 1)) {
      if (d_.tokens[k].allcaps) ++acronym_counts_[d_.Text(k)];
    }
  }
  auto it = acronym_counts_.find(d_.Text(t));
  if (it != acronym_counts_.end() && it->second >= 2) return true;
  if (HyphenedAcronym(d_.Text(t), gz_)) return true;  // "AFL-CIO": no word, no initials
  // Three letters or more that are no word of the dictionary ("an FBI
  // investigation", "a CIA operative", "the Siberia of CNN"); "ICE", "PAC"
  // alone need more.
  // Not one defined in parentheses: the long form was no organisation
  // ("Foreign Agents Registration Act (FARA)").
  // Not a thing ("a GIF.", "an MRI,"), nor a suffix of a company name
  // ("Acme LLC").
  const bool article = t > 0 && (d_.IsWord(t - 1, "a") || d_.IsWord(t - 1, "an"));
  const bool noun_after = t + 1 < d_.tokens.size() && Word(t + 1) && !d_.tokens[t + 1].cap;
  const bool after_name = t > 0 && CapWord(t - 1);
  if (d_.Text(t).size() >= 3 && d_.Text(t).size() <= 5 &&
      !d_.Has(t, kCommonWord | kFirstName | kSurname) && !(t > 0 && Punct(t - 1, "(")) &&
      !(article && !noun_after) && !after_name && !SpelledOut(d_.Text(t)))
    return true;
  if (t > 0 && (d_.Lower(t - 1) == "the" || d_.Lower(t - 1) == "told" || d_.Lower(t - 1) == "by"))
    return true;
  if (t + 1 < d_.tokens.size()) {
    if (d_.tokens[t + 1].kind == TokKind::kPossessive) return true;
    std::string_view n = d_.Lower(t + 1);
    if (d_.Has(t + 1, kSpeechVerb | kTitleWord) || n == "agents" || n == "officials" ||
        n == "officers" || n == "reported" || n == "poll" || n == "report")
      return true;
  }
  return false;
}

// Whether the article writes out `acr` as capitalised words ("Paycheck
// Protection Program" for PPP); called only when no organisation has
// these initials, so the long form is something else (a law, a program).
bool Finder::SpelledOut(std::string_view acr) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // The long form opens with a capitalised word: NextCap, not every token.
  for (uint32_t t = NextCap(0); t < n; t = NextCap(t + 1)) {
    // The first byte first: one load, most words fail it.
    if (d_.bytes[d_.tokens[t].start] != acr[0] || d_.tokens[t].allcaps) continue;
    size_t matched = 1;
    for (uint32_t k = t + 1; k < n && matched < acr.size(); ++k) {
      if (d_.IsWord(k, "of") || d_.IsWord(k, "and") || d_.IsWord(k, "for")) continue;
      if (!CapWord(k) || d_.Text(k)[0] != acr[matched]) break;
      ++matched;
    }
    if (matched == acr.size()) return true;
  }
  return false;
}

// "University of California, Berkeley", "University of Texas at Austin",
// "California State University, Long Beach": a state university's name
// (place words after "University of", or before "State University") runs
// on over a comma or "at" to its campus, one to three capitalised words
// that end the phrase. Not a list ("University of Phoenix, Laureate
// International and ITT Tech"), a person ("University of Virginia, Thomas
// Jefferson wrote"), nor a longer name ("University of California, Irvine
// School of Law" keeps its school apart). Returns the new end of chunk
// b..c, or c.
uint32_t Finder::CampusEnd(uint32_t b, uint32_t c, uint32_t se) const {
  if (!(Punct(c, ",") || d_.IsWord(c, "at")) || c + 1 >= se || !CapWord(c + 1)) return c;
  if (d_.Text(b) == "The") ++b;
  uint32_t places = 0, places_end = 0;
  if (c - b >= 3 && d_.IsWord(b, "university") && d_.IsWord(b + 1, "of")) {
    places = b + 2, places_end = c;
  } else if (c - b >= 3 && d_.IsWord(c - 1, "university") && d_.IsWord(c - 2, "state")) {
    places = b, places_end = c - 2;
  } else {
    return c;
  }
  if (places_end - places > 2) return c;
  for (uint32_t t = places; t < places_end; ++t) {
    if (!d_.Has(t, kPlaceWord) || !d_.tokens[t].cap) return c;
  }
  uint32_t end = c + 1;
  while (end < se && CapWord(end) && end - c <= 3) {
    if (d_.Has(end, kOrgHead | kTitleWord)) return c;
    ++end;
  }
  if (end - c > 3) return c;
  // Not a person's name after a comma: "University of Virginia, Thomas
  // Jefferson wrote".
  if (end - c >= 3 && IsFirstName(c + 1) && !d_.Has(c + 1, kPlaceWord)) return c;
  // The campus ends its phrase: punctuation, a possessive or a lower-case
  // word other than a coordinator follows.
  if (end < se && Word(end) &&
      (d_.tokens[end].cap || d_.IsWord(end, "and") || d_.IsWord(end, "or")))
    return c;
  if (end < se && Punct(end, "(")) return c;
  return end;
}

}  // namespace kg::extract::mention_internal
