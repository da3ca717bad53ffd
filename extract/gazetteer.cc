#include "extract/gazetteer.h"

#include <cstring>
#include <initializer_list>

namespace kg::extract {
namespace {

#include "extract/gazetteer_data.inc"

template <typename Set>
void AddLines(const char* blob, Set* set) {
  std::string_view all(blob);
  size_t pos = 0;
  while (pos < all.size()) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    if (nl > pos) set->insert(all.substr(pos, nl - pos));
    pos = nl + 1;
  }
}

void AddAll(std::unordered_set<std::string_view>* set, std::initializer_list<const char*> words) {
  for (const char* w : words) set->insert(w);
}

// Multi-word person titles, lower case. Single words are in kTitleWords.
constexpr const char* kTitlePhrases[] = {"acting director",
                                         "acting secretary",
                                         "acting commissioner",
                                         "acting administrator",
                                         "acting attorney general",
                                         "attorney general",
                                         "vice president",
                                         "executive director",
                                         "deputy director",
                                         "managing director",
                                         "press secretary",
                                         "chief executive",
                                         "chief executive officer",
                                         "general counsel",
                                         "senior fellow",
                                         "research fellow",
                                         "law professor",
                                         "associate professor",
                                         "assistant professor",
                                         "chief of staff",
                                         "campaign manager",
                                         "communications director",
                                         "national director",
                                         "policy director",
                                         "political director",
                                         "legislative director",
                                         "senior adviser",
                                         "senior advisor",
                                         "senior counsel",
                                         "senior vice president",
                                         "executive vice president",
                                         "majority leader",
                                         "minority leader",
                                         "house speaker",
                                         "deputy secretary",
                                         "secretary of state",
                                         "national security adviser",
                                         "editor in chief",
                                         "editor-in-chief",
                                         "founding director",

                                         "deputy press secretary",
                                         "chief operating officer",
                                         "u.s. attorney",
                                         "district attorney",
                                         "supreme court justice",
                                         "chief justice",
                                         "deputy chief",
                                         "field director",
                                         "state director",
                                         "board member",
                                         "staff writer",
                                         "senior editor",
                                         "executive editor",
                                         "managing editor",
                                         "senior writer",
                                         "chief economist"};

}  // namespace

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* g = new Gazetteer();
  return *g;
}

Gazetteer::Gazetteer() {
  std::unordered_set<std::string_view> male, female;
  AddLines(kMaleFirstNames, &male);
  AddLines(kFemaleFirstNames, &female);
  for (auto w : male) first_names_[w] = female.count(w) ? Gender::kUnknown : Gender::kMale;
  for (auto w : female) {
    if (!male.count(w)) first_names_[w] = Gender::kFemale;
  }
  AddLines(kSurnames, &surnames_);
  AddLines(kLowercaseWords, &common_);
  AddLines(kProperNouns, &proper_);

  AddAll(&title_words_, {"president",      "director",
                         "secretary",      "spokesman",
                         "spokeswoman",    "spokesperson",
                         "professor",      "co-founder",
                         "cofounder",      "founder",
                         "chairman",       "chairwoman",
                         "chair",          "ceo",
                         "head",           "leader",
                         "commissioner",   "administrator",
                         "chief",          "counsel",
                         "editor",         "reporter",
                         "correspondent",  "columnist",
                         "analyst",        "economist",
                         "researcher",     "fellow",
                         "host",           "anchor",
                         "member",         "manager",
                         "treasurer",      "organizer",
                         "strategist",     "adviser",
                         "advisor",        "pollster",
                         "ambassador",     "senator",
                         "sen.",           "rep.",
                         "representative", "congressman",
                         "congresswoman",  "governor",
                         "gov.",           "mayor",
                         "judge",          "justice",
                         "speaker",        "attorney",
                         "lawyer",         "superintendent",
                         "sheriff",        "officer",
                         "official",       "lobbyist",
                         "deputy",         "principal",
                         "dean",           "provost",
                         "chancellor",     "coordinator",
                         "partner",        "owner",
                         "publisher",      "writer",
                         "contributor",    "commentator",
                         "scholar",        "instructor",
                         "lecturer",       "trustee",
                         "vice-president", "ex-president",
                         "co-chair",       "co-chairman",
                         "cochairman",     "co-director",
                         "executive",      "lt.",
                         "gen.",           "col.",
                         "capt.",          "sgt.",
                         "adm.",           "maj.",
                         "rev.",           "dr.",
                         "prof.",          "mr.",
                         "mrs.",           "ms.",
                         "supt.",          "atty.",
                         "sens.",          "reps.",
                         "govs.",          "agent",
                         "detective",      "captain",
                         "lieutenant",     "general",
                         "sergeant",       "colonel",
                         "admiral",        "commander",
                         "pastor",         "rabbi",
                         "bishop",         "reverend",
                         "pope",           "king",
                         "queen",          "prince",
                         "princess",       "premier",
                         "minister",       "chancellor",
                         "councilman",     "councilwoman",
                         "councilmember",  "alderman",
                         "delegate",       "assemblyman",
                         "assemblywoman",  "legislator",
                         "lawmaker",       "comptroller",
                         "auditor",        "inspector",
                         "prosecutor",     "solicitor",
                         "clerk",          "marshal",
                         "nominee",        "candidate",
                         "activist"});
  for (const char* p : kTitlePhrases) {
    title_phrases_.insert(p);
    std::string_view v(p);
    title_starts_.insert(std::string(v.substr(0, v.find(' '))));
  }
  // Titles that, capitalised before a name, mark the name as a person.
  AddAll(&name_titles_, {"president",
                         "senator",
                         "sen.",
                         "sens.",
                         "rep.",
                         "reps.",
                         "representative",
                         "congressman",
                         "congresswoman",
                         "governor",
                         "gov.",
                         "govs.",
                         "mayor",
                         "judge",
                         "justice",
                         "speaker",
                         "secretary",
                         "director",
                         "commissioner",
                         "administrator",
                         "chairman",
                         "chairwoman",
                         "mr.",
                         "mrs.",
                         "ms.",
                         "dr.",
                         "prof.",
                         "professor",
                         "rev.",
                         "lt.",
                         "gen.",
                         "col.",
                         "capt.",
                         "sgt.",
                         "adm.",
                         "maj.",
                         "sheriff",
                         "attorney",
                         "ambassador",
                         "spokesman",
                         "spokeswoman",
                         "vice-president",
                         "pope",
                         "king",
                         "queen",
                         "prince",
                         "princess",
                         "premier",
                         "minister",
                         "chancellor",
                         "councilman",
                         "councilwoman",
                         "assemblyman",
                         "assemblywoman",
                         "former",
                         "acting",
                         "general",
                         "leader",
                         "detective",
                         "officer",
                         "agent",
                         "pastor",
                         "rabbi",
                         "bishop",
                         "reverend",
                         "captain",
                         "lieutenant",
                         "sergeant",
                         "colonel",
                         "admiral",
                         "commander",
                         "chief",
                         "superintendent",
                         "deputy",
                         "prosecutor",
                         "inspector",
                         "comptroller",
                         "host",
                         "anchor",
                         "candidate",
                         "nominee",
                         "first",
                         "lady",
                         "sir",
                         "dame",
                         "supt.",
                         "atty.",
                         "u.s.",
                         "state",
                         "sen",
                         "rep",
                         "gov"});
  AddAll(&org_heads_,
         {"council",    "union",       "department",   "university",   "college",
          "school",     "agency",      "association",  "party",        "post",
          "news",       "committee",   "commission",   "court",        "administration",
          "bureau",     "service",     "office",       "board",        "institute",
          "foundation", "federation",  "league",       "society",      "coalition",
          "alliance",   "fund",        "center",       "centre",       "corporation",
          "corp.",      "inc.",        "co.",          "company",      "group",
          "network",    "times",       "journal",      "tribune",      "herald",
          "gazette",    "press",       "magazine",     "examiner",     "review",
          "observer",   "chronicle",   "inquirer",     "globe",        "monitor",
          "headlines",  "caucus",      "congress",     "senate",       "enforcement",
          "patrol",     "protection",  "police",       "army",         "navy",
          "corps",      "guard",       "ministry",     "church",       "academy",
          "museum",     "library",     "organization", "organisation", "project",
          "initiative", "campaign",    "action",       "trust",        "bank",
          "reserve",    "exchange",    "authority",    "commission",   "conference",
          "assembly",   "legislature", "parliament",   "cabinet",      "clinic",
          "hospital",   "laboratory",  "laboratories", "industries",   "holdings",
          "group",      "brotherhood", "guild",        "chamber",      "forum",
          "watch",      "council",     "times",        "daily",        "weekly",
          "radio",      "channel",     "broadcasting", "media",        "tv",
          "wire",       "beacon",      "register",     "sentinel",     "dispatch",
          "telegraph",  "standard",    "mirror",       "express",      "insider"});
  AddAll(&of_heads_,
         {"department",   "university", "college",    "school",    "bureau",      "office",
          "board",        "court",      "council",    "society",   "association", "federation",
          "league",       "chamber",    "academy",    "center",    "centre",      "church",
          "museum",       "library",    "commission", "committee", "coalition",   "alliance",
          "foundation",   "fund",       "union",      "institute", "ministry",    "house",
          "secretary",    "friends",    "bank",       "daughters", "sons",        "knights",
          "brotherhood",  "conference", "corps",      "order",     "house",       "administration",
          "agency",       "service",    "court",      "city",      "army",        "party",
          "organization", "federation", "assembly",   "network"});
  AddAll(
      &outlet_heads_,
      {"post",         "news",      "times",      "journal",   "tribune",   "herald",    "gazette",
       "press",        "magazine",  "examiner",   "review",    "observer",  "chronicle", "inquirer",
       "globe",        "monitor",   "headlines",  "daily",     "weekly",    "radio",     "channel",
       "broadcasting", "media",     "tv",         "wire",      "beacon",    "register",  "sentinel",
       "dispatch",     "telegraph", "reporter",   "standard",  "mirror",    "express",   "insider",
       "caller",       "blaze",     "federalist", "intercept", "spectator", "network"});
  AddAll(&union_heads_, {"union", "council", "association", "federation", "brotherhood", "guild",
                         "local", "lodge"});
  AddAll(&speech_verbs_,
         {"said",         "says",       "say",        "saying",    "told",       "tells",
          "asked",        "asks",       "replied",    "replies",   "wrote",      "writes",
          "added",        "adds",       "adding",     "boasted",   "boasts",     "slammed",
          "stated",       "states",     "explained",  "explains",  "noted",      "notes",
          "argued",       "argues",     "claimed",    "claims",    "insisted",   "insists",
          "continued",    "declared",   "declares",   "tweeted",   "tweets",     "posted",
          "warned",       "warns",      "responded",  "responds",  "remarked",   "recalled",
          "acknowledged", "admitted",   "concluded",  "suggested", "countered",  "announced",
          "announces",    "emphasized", "stressed",   "vowed",     "predicted",  "lamented",
          "complained",   "quipped",    "joked",      "charged",   "contended",  "observed",
          "testified",    "urged",      "echoed",     "conceded",  "cautioned",  "blasted",
          "shouted",      "yelled",     "exclaimed",  "mused",     "pleaded",    "snapped",
          "scoffed",      "chimed",     "opined",     "affirmed",  "asserted",   "maintained",
          "reiterated",   "confirmed",  "explaining", "noting",    "arguing",    "warning",
          "telling",      "asking",     "writing",    "tweeting",  "declaring",  "insisting",
          "stating",      "texted",     "emailed",    "commented", "commenting", "answered",
          "retorted",     "recounted",  "testifies",  "bragged",   "touted",     "added:",
          "promised",     "pledged",    "demanded",   "accused",   "decried",    "denounced",
          "condemned",    "criticized", "praised",    "thanked"});
  AddAll(&non_org_acronyms_,
         {"US",        "USA",    "UK",        "DC",       "NYC",    "LA",     "TV",    "CEO",
          "CFO",       "COO",    "COVID",     "AM",       "PM",     "ID",     "GDP",   "LGBT",
          "LGBTQ",     "HIV",    "AIDS",      "DNA",      "DACA",   "OK",     "II",    "III",
          "IV",        "VI",     "AR",        "MS",       "IQ",     "FY",     "PHD",   "MP",
          "AI",        "IT",     "PR",        "VP",       "ACA",    "NAFTA",  "TPP",   "USMCA",
          "GOP",       "EST",    "PST",       "CST",      "ET",     "PT",     "MD",    "RN",
          "US-Mexico", "SUV",    "ATM",       "PDF",      "URL",    "FAQ",    "DIY",   "PPE",
          "ICU",       "ER",     "CT",        "NY",       "NJ",     "CA",     "TX",    "FL",
          "KKK",       "MAGA",   "RINO",      "BREAKING", "UPDATE", "WATCH",  "READ",  "VIDEO",
          "PHOTO",     "PHOTOS", "EXCLUSIVE", "NEW",      "HERE",   "THE",    "AND",   "OF",
          "TO",        "IN",     "A",         "I",        "ON",     "FOR",    "IS",    "IT",
          "NOT",       "NO",     "YES",       "ALL",      "DNI",    "SCOTUS", "POTUS", "FLOTUS",
          "VPOTUS",    "ISIS",   "ISIL",      "MS-13",    "SARS",   "EU",     "UN",    "NATO",
          "OPEC",      "WHO",    "USSR",      "UAE",      "PRC",    "DPRK",   "PAC",   "PACS",
          "SUPER",     "AG",     "DA",        "GM",       "LOL",    "OMG",    "RSVP",  "ASAP"});
  // GOP, EU, UN, NATO, WHO are organisations, but as bare acronyms they are
  // also used as adjectives or words; they are found through definitions.
  AddAll(&non_person_tails_,
         {"blvd",       "ave",       "rd",          "hwy",           "pkwy",
          "county",     "street",    "avenue",      "road",          "park",
          "beach",      "garden",    "gardens",     "day",           "hall",
          "river",      "island",    "islands",     "lake",          "mountain",
          "mountains",  "valley",    "act",         "bill",          "amendment",
          "show",       "city",      "state",       "states",        "bay",
          "square",     "bridge",    "tower",       "building",      "airport",
          "station",    "highway",   "boulevard",   "drive",         "coast",
          "north",      "south",     "east",        "west",          "america",
          "americans",  "award",     "prize",       "war",           "era",
          "plan",       "deal",      "law",         "order",         "program",
          "doctrine",   "rule",      "effect",      "syndrome",      "disease",
          "virus",      "cup",       "series",      "bowl",          "games",
          "olympics",   "festival",  "church",      "cathedral",     "district",
          "center",     "jail",      "prison",      "mall",          "hotel",
          "casino",     "tower",     "arena",       "stadium",       "field",
          "ranch",      "farm",      "creek",       "canyon",        "desert",
          "forest",     "heights",   "hills",       "springs",       "falls",
          "port",       "harbor",    "point",       "village",       "town",
          "township",   "parish",    "province",    "region",        "republic",
          "kingdom",    "empire",    "nation",      "capitol",       "memorial",
          "monument",   "cemetery",  "trail",       "lane",          "way",
          "place",      "circle",    "court",       "plaza",         "terrace",
          "day",        "week",      "month",       "year",          "times",
          "news",       "post",      "media",       "book",          "books",
          "movie",      "film",      "album",       "song",          "tv",
          "online",     "magazine",  "university",  "college",       "school",
          "foundation", "institute", "party",       "campaign",      "administration",
          "department", "democrats", "republicans", "conservatives", "liberals"});
  AddAll(&function_words_, {"tonight",
                            "watch",
                            "watched",
                            "listen",
                            "breaking",
                            "update",
                            "exclusive",
                            "photo",
                            "video",
                            "close",
                            "advertisement",
                            "sponsored",
                            "the",
                            "a",
                            "an",
                            "he",
                            "she",
                            "it",
                            "they",
                            "we",
                            "i",
                            "you",
                            "in",
                            "on",
                            "at",
                            "of",
                            "for",
                            "but",
                            "and",
                            "or",
                            "so",
                            "if",
                            "as",
                            "this",
                            "that",
                            "these",
                            "those",
                            "his",
                            "her",
                            "its",
                            "their",
                            "our",
                            "my",
                            "your",
                            "when",
                            "while",
                            "after",
                            "before",
                            "since",
                            "with",
                            "from",
                            "by",
                            "to",
                            "there",
                            "here",
                            "then",
                            "now",
                            "today",
                            "yesterday",
                            "tomorrow",
                            "also",
                            "even",
                            "still",
                            "yet",
                            "not",
                            "no",
                            "yes",
                            "all",
                            "some",
                            "many",
                            "most",
                            "more",
                            "one",
                            "two",
                            "three",
                            "what",
                            "who",
                            "why",
                            "how",
                            "where",
                            "which",
                            "meanwhile",
                            "however",
                            "although",
                            "though",
                            "because",
                            "instead",
                            "according",
                            "last",
                            "next",
                            "every",
                            "each",
                            "both",
                            "either",
                            "neither",
                            "other",
                            "another",
                            "such",
                            "like",
                            "just",
                            "only",
                            "please",
                            "click",
                            "read",
                            "more",
                            "dear",
                            "mr",
                            "mrs",
                            "ms",
                            "sir",
                            "madam",
                            "hey",
                            "oh",
                            "well",
                            "thank",
                            "thanks"});
  AddAll(&months_days_,
         {"january",   "february",  "march",   "april",       "may",      "june",   "july",
          "august",    "september", "october", "november",    "december", "monday", "tuesday",
          "wednesday", "thursday",  "friday",  "saturday",    "sunday",   "jan.",   "feb.",
          "mar.",      "apr.",      "aug.",    "sept.",       "sep.",     "oct.",   "nov.",
          "dec.",      "christmas", "easter",  "thanksgiving"});

  // One map from lower-case word to all its lists.
  auto mark = [this](std::string_view w, uint32_t bit) {
    std::string l(w);
    for (char& c : l) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    const uint32_t large =
        kFirstName | kMaleName | kFemaleName | kSurname | kCommonWord | kProperNoun;
    (bit & large ? large_ : small_).Add(l, bit);
  };
  large_.Reserve(first_names_.size() + surnames_.size() + common_.size() + proper_.size());
  small_.Reserve(4096);
  for (auto& [w, g] : first_names_) {
    uint32_t bits = kFirstName;
    if (g == Gender::kMale) bits |= kMaleName;
    if (g == Gender::kFemale) bits |= kFemaleName;
    mark(w, bits);
  }
  for (auto w : surnames_) mark(w, kSurname);
  for (auto w : common_) mark(w, kCommonWord);
  for (auto w : proper_) mark(w, kProperNoun);
  for (auto w : title_words_) mark(w, kTitleWord | kTitleStart);
  for (auto& w : title_starts_) mark(w, kTitleStart);
  for (auto w : name_titles_) mark(w, kNameTitle);
  for (auto w : org_heads_) mark(w, kOrgHead);
  for (auto w : of_heads_) mark(w, kOfHead);
  for (auto w : outlet_heads_) mark(w, kOutletHead);
  for (auto w : union_heads_) mark(w, kUnionHead);
  for (auto w : speech_verbs_) mark(w, kSpeechVerb);
  for (auto w : non_person_tails_) mark(w, kNonPersonTail);
  for (auto w : function_words_) mark(w, kFunctionWord);
  for (auto w : months_days_) mark(w, kMonthOrDay);
}

namespace {
// Word hash: the first and last eight bytes and the length, multiplied
// together; words are short, so this is two loads instead of a byte loop.
inline uint32_t Fnv(std::string_view s) {
  uint64_t a = 0, b = 0;
  const size_t n = s.size();
  std::memcpy(&a, s.data(), n < 8 ? n : 8);
  if (n > 8) std::memcpy(&b, s.data() + n - (n < 16 ? n - 8 : 8), n < 16 ? n - 8 : 8);
  uint64_t h = (a ^ (static_cast<uint64_t>(n) << 56)) * 0x9E3779B97F4A7C15ull;
  h ^= b * 0xC2B2AE3D27D4EB4Full;
  return static_cast<uint32_t>(h >> 32) ^ static_cast<uint32_t>(h);
}
}  // namespace

void Gazetteer::FlatTable::Reserve(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = static_cast<uint32_t>(cap - 1);
}

void Gazetteer::FlatTable::Add(std::string_view key, uint32_t flags) {
  if (key.empty()) return;
  const uint32_t h = Fnv(key);
  for (uint32_t i = h & mask_;; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.len == 0) {
      s.hash = h;
      s.offset = static_cast<uint32_t>(arena_.size());
      s.len = static_cast<uint32_t>(key.size());
      s.flags = flags;
      arena_.append(key);
      return;
    }
    if (s.hash == h && std::string_view(arena_).substr(s.offset, s.len) == key) {
      s.flags |= flags;
      return;
    }
  }
}

uint32_t Gazetteer::FlatTable::Find(std::string_view key) const {
  const uint32_t h = Fnv(key);
  for (uint32_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.len == 0) return 0;
    if (s.hash == h && s.len == key.size() &&
        std::memcmp(arena_.data() + s.offset, key.data(), s.len) == 0)
      return s.flags;
  }
}

uint32_t Gazetteer::Flags(std::string_view lower, bool capitalised) const {
  uint32_t f = small_.Find(lower);
  if (capitalised) f |= large_.Find(lower);
  return f;
}

bool Gazetteer::IsFirstName(std::string_view w) const { return first_names_.count(w) > 0; }
Gender Gazetteer::FirstNameGender(std::string_view w) const {
  auto it = first_names_.find(w);
  return it == first_names_.end() ? Gender::kUnknown : it->second;
}
bool Gazetteer::IsSurname(std::string_view w) const { return surnames_.count(w) > 0; }
bool Gazetteer::IsCommonWord(std::string_view w) const { return common_.count(w) > 0; }
bool Gazetteer::IsProperNoun(std::string_view w) const { return proper_.count(w) > 0; }
bool Gazetteer::IsTitleWord(std::string_view w) const { return title_words_.count(w) > 0; }
bool Gazetteer::IsNameTitle(std::string_view w) const { return name_titles_.count(w) > 0; }
bool Gazetteer::IsOrgHead(std::string_view w) const { return org_heads_.count(w) > 0; }
bool Gazetteer::IsOfHead(std::string_view w) const { return of_heads_.count(w) > 0; }
bool Gazetteer::IsOutletHead(std::string_view w) const { return outlet_heads_.count(w) > 0; }
bool Gazetteer::IsUnionHead(std::string_view w) const { return union_heads_.count(w) > 0; }
bool Gazetteer::IsSpeechVerb(std::string_view w) const { return speech_verbs_.count(w) > 0; }
bool Gazetteer::IsNonOrgAcronym(std::string_view w) const { return non_org_acronyms_.count(w) > 0; }
bool Gazetteer::IsNonPersonTail(std::string_view w) const { return non_person_tails_.count(w) > 0; }
bool Gazetteer::IsFunctionWord(std::string_view w) const { return function_words_.count(w) > 0; }
bool Gazetteer::IsMonthOrDay(std::string_view w) const { return months_days_.count(w) > 0; }

bool Gazetteer::StartsTitle(std::string_view w) const {
  return IsTitleWord(w) || title_starts_.count(std::string(w)) > 0;
}

int Gazetteer::MatchTitle(const std::string_view* words, int n) const {
  if (n == 0) return 0;
  int best = IsTitleWord(words[0]) ? 1 : 0;
  if (n == 1 || !title_starts_.count(std::string(words[0]))) return best;
  // Longest phrase first; phrases are at most five words.
  std::string phrase(words[0]);
  for (int k = 1; k < n && k < 5; ++k) {
    phrase.push_back(' ');
    phrase += words[k];
    if (title_phrases_.count(phrase)) best = k + 1;
  }
  return best;
}

}  // namespace kg::extract
