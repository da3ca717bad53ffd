#include "extract/word_lists.h"

namespace kg::extract {
namespace {

constexpr const char* kOrgHeads[] = {
    "council",     "union",        "department",   "university",    "college",
    "school",      "agency",       "association",  "party",         "post",
    "news",        "committee",    "commission",   "court",         "administration",
    "bureau",      "service",      "office",       "board",         "institute",
    "foundation",  "federation",   "league",       "society",       "coalition",
    "alliance",    "fund",         "center",       "centre",        "corporation",
    "corp.",       "inc.",         "co.",          "company",       "group",
    "network",     "times",        "journal",      "tribune",       "herald",
    "gazette",     "press",        "magazine",     "examiner",      "review",
    "observer",    "chronicle",    "inquirer",     "globe",         "monitor",
    "headlines",   "caucus",       "congress",     "senate",        "enforcement",
    "patrol",      "protection",   "police",       "army",          "navy",
    "corps",       "guard",        "ministry",     "church",        "academy",
    "force",       "club",         "institution",  "panel",         "museum",
    "library",     "organization", "organisation", "organizations", "project",
    "initiative",  "campaign",     "action",       "trust",         "bank",
    "reserve",     "exchange",     "authority",    "conference",    "assembly",
    "legislature", "parliament",   "cabinet",      "clinic",        "hospital",
    "laboratory",  "laboratories", "industries",   "holdings",      "brotherhood",
    "guild",       "chamber",      "forum",        "watch",         "daily",
    "weekly",      "radio",        "channel",      "broadcasting",  "media",
    "tv",          "wire",         "beacon",       "register",      "sentinel",
    "dispatch",    "telegraph",    "standard",     "mirror",        "express",
    "insider",     "klan",         "services",     "centers",       "command"};

constexpr const char* kOfHeads[] = {
    "department", "university",  "college",    "school",    "bureau",      "office",
    "board",      "court",       "council",    "society",   "association", "federation",
    "league",     "chamber",     "academy",    "center",    "centre",      "church",
    "museum",     "library",     "commission", "committee", "panel",       "coalition",
    "alliance",   "foundation",  "fund",       "union",     "institute",   "ministry",
    "house",      "secretary",   "friends",    "bank",      "daughters",   "sons",
    "knights",    "brotherhood", "conference", "corps",     "order",       "administration",
    "agency",     "service",     "city",       "army",      "party",       "organization",
    "assembly",   "network",     "services",   "centers"};

constexpr const char* kUnionHeads[] = {"union",       "council", "association", "federation",
                                       "brotherhood", "guild",   "local",       "lodge"};

constexpr const char* kSpeechVerbs[] = {
    "said",         "says",       "say",        "saying",    "told",       "tells",
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
    "retorted",     "recounted",  "testifies",  "bragged",   "touted",     "recalls",
    "promised",     "pledged",    "demanded",   "accused",   "decried",    "denounced",
    "condemned",    "criticized", "praised",    "thanked",   "alleges",    "underscored",
    "underscores",  "intoned",    "intones",    "vented",    "vents",      "bristled",
    "quips",        "muses",      "scoffs",     "concedes",  "cautions",   "admits"};

constexpr const char* kNonOrgAcronyms[] = {
    "US",     "USA",       "UK",    "DC",        "NYC",    "LA",    "TV",   "CEO",   "CFO",
    "COO",    "COVID",     "AM",    "PM",        "ID",     "GDP",   "LGBT", "LGBTQ", "HIV",
    "AIDS",   "DNA",       "DACA",  "OK",        "II",     "III",   "IV",   "VI",    "AR",
    "MS",     "IQ",        "FY",    "PHD",       "MP",     "AI",    "IT",   "PR",    "VP",
    "ACA",    "NAFTA",     "TPP",   "USMCA",     "GOP",    "EST",   "PST",  "CST",   "ET",
    "PT",     "MD",        "RN",    "US-Mexico", "SUV",    "ATM",   "PDF",  "URL",   "FAQ",
    "DIY",    "PPE",       "ICU",   "ER",        "CT",     "NY",    "NJ",   "CA",    "TX",
    "FL",     "MAGA",      "RINO",  "BREAKING",  "UPDATE", "WATCH", "READ", "VIDEO", "PHOTO",
    "PHOTOS", "EXCLUSIVE", "NEW",   "HERE",      "THE",    "AND",   "OF",   "TO",    "IN",
    "A",      "I",         "ON",    "FOR",       "IS",     "NOT",   "NO",   "YES",   "ALL",
    "DNI",    "SCOTUS",    "POTUS", "FLOTUS",    "VPOTUS", "MS-13", "SARS", "WHO",   "USSR",
    "UAE",    "PRC",       "DPRK",  "PAC",       "PACS",   "SUPER", "AG",   "DA",    "GM",
    "LOL",    "OMG",       "RSVP",  "ASAP"};

// GOP and WHO are organisations, but bare they are also an adjective (GOP
// senators) or a word: found through definitions. Not listed: EU, UN, NATO,
// ISIS, named bodies even as modifiers ("NATO allies") in the guidelines.
constexpr const char* kNonPersonTails[] = {
    "blvd",       "ave",        "rd",          "hwy",           "pkwy",       "county",
    "street",     "avenue",     "road",        "park",          "beach",      "garden",
    "gardens",    "day",        "hall",        "river",         "island",     "islands",
    "lake",       "mountain",   "mountains",   "valley",        "act",        "bill",
    "amendment",  "show",       "city",        "state",         "states",     "bay",
    "square",     "bridge",     "tower",       "building",      "airport",    "station",
    "highway",    "boulevard",  "drive",       "coast",         "north",      "south",
    "east",       "west",       "america",     "americans",     "award",      "prize",
    "war",        "era",        "plan",        "deal",          "law",        "order",
    "program",    "doctrine",   "rule",        "effect",        "syndrome",   "disease",
    "virus",      "cup",        "series",      "bowl",          "games",      "olympics",
    "festival",   "church",     "cathedral",   "district",      "center",     "jail",
    "prison",     "mall",       "hotel",       "casino",        "arena",      "stadium",
    "field",      "ranch",      "farm",        "creek",         "canyon",     "desert",
    "forest",     "heights",    "hills",       "springs",       "falls",      "port",
    "harbor",     "point",      "village",     "town",          "township",   "parish",
    "province",   "region",     "republic",    "kingdom",       "empire",     "nation",
    "capitol",    "memorial",   "monument",    "cemetery",      "trail",      "lane",
    "way",        "place",      "circle",      "court",         "plaza",      "terrace",
    "week",       "month",      "year",        "times",         "news",       "post",
    "media",      "book",       "books",       "movie",         "film",       "album",
    "song",       "tv",         "online",      "magazine",      "university", "college",
    "school",     "foundation", "institute",   "party",         "campaign",   "administration",
    "department", "democrats",  "republicans", "conservatives", "liberals"};

constexpr const char* kFunctionWords[] = {"tonight",
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
                                          "thanks"};

constexpr const char* kMonthsDays[] = {
    "january",   "february",  "march",   "april",       "may",      "june",   "july",
    "august",    "september", "october", "november",    "december", "monday", "tuesday",
    "wednesday", "thursday",  "friday",  "saturday",    "sunday",   "jan.",   "feb.",
    "mar.",      "apr.",      "aug.",    "sept.",       "sep.",     "oct.",   "nov.",
    "dec.",      "christmas", "easter",  "thanksgiving"};

// Transliterated Arabic nouns: brigade, battalions, army, front, movement,
// supporters, leagues, companies; and monastery, spring, gate, hill,
// valley, house, village, mountain. Not "Umm" or "Abu" (mother, father
// of) nor "Ras" (cape; "Ras Baraka"), which open people's names too.
constexpr std::string_view kArabicGroupOpeners[] = {
    "liwa", "kataib", "kata'ib", "jaish", "jabhat", "harakat", "ansar", "asaib", "saraya", "jund"};
constexpr std::string_view kArabicPlaceOpeners[] = {"deir", "ain",  "bab",  "tel",
                                                    "wadi", "beit", "kafr", "jabal"};

bool InList(std::span<const std::string_view> list, std::string_view w) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

}  // namespace

bool ArabicGroupOpener(std::string_view lower) { return InList(kArabicGroupOpeners, lower); }
bool ArabicPlaceOpener(std::string_view lower) { return InList(kArabicPlaceOpeners, lower); }

WordList OrgHeads() { return kOrgHeads; }
WordList OfHeads() { return kOfHeads; }
WordList UnionHeads() { return kUnionHeads; }
WordList SpeechVerbs() { return kSpeechVerbs; }
WordList NonOrgAcronyms() { return kNonOrgAcronyms; }
WordList NonPersonTails() { return kNonPersonTails; }
WordList FunctionWords() { return kFunctionWords; }
WordList MonthsDays() { return kMonthsDays; }

}  // namespace kg::extract
