// The last words of news outlets' names ("Washington Post", "Houston
// Chronicle", "Cincinnati Enquirer"), moved out of word_lists.cc (at its
// size limit). A newspaper head that no other list holds ("enquirer") is
// also an organisation head (PaperHeads, merged by the gazetteer), so that
// "the Cincinnati Enquirer endorsed Y" names a body as "the Houston
// Chronicle" does.
#include <string>

#include "extract/word_lists.h"

namespace kg::extract {
namespace {

constexpr const char* kOutletHeads[] = {
    "post",         "news",       "times",      "journal",   "tribune",   "herald",    "gazette",
    "press",        "magazine",   "examiner",   "review",    "observer",  "chronicle", "inquirer",
    "globe",        "monitor",    "headlines",  "daily",     "weekly",    "radio",     "channel",
    "broadcasting", "media",      "tv",         "wire",      "beacon",    "register",  "sentinel",
    "dispatch",     "telegraph",  "reporter",   "standard",  "mirror",    "express",   "insider",
    "caller",       "blaze",      "federalist", "intercept", "spectator", "network",   "enquirer",
    "ledger",       "advertiser", "picayune"};

// Newspaper heads that only a paper's name ends in: "enquirer" (the
// British spelling of "inquirer", kept by American papers), "ledger",
// "advertiser", "picayune" ("the Pinecrest Ledger"; not "telegram", also a
// messaging app).
constexpr const char* kPaperHeads[] = {"enquirer", "ledger", "advertiser", "picayune"};

// The parts of a hyphenated masthead ("Richmond Times-Dispatch",
// "Atlanta Journal-Constitution", "Sun-Times"). kMastheadEnds end only a
// paper's name, whatever comes before the hyphen; kMastheadParts are
// newspaper words too, but also a party's, a star's or a person's
// ("Republican-Democrat", "All-Star"), so they make a masthead only beside
// a newspaper word ("News-Democrat", "Star-Ledger", "Citizen-Times").
constexpr std::string_view kMastheadEnds[] = {
    "times",    "journal",      "tribune",    "herald",    "gazette",  "dispatch",
    "sentinel", "register",     "telegraph",  "chronicle", "inquirer", "enquirer",
    "examiner", "observer",     "review",     "globe",     "picayune", "ledger",
    "telegram", "constitution", "advertiser", "statesman", "bulletin", "courier"};
constexpr std::string_view kMastheadParts[] = {
    "post",   "news",    "press",     "star",       "sun",       "democrat", "leader",  "citizen",
    "record", "mail",    "miner",     "enterprise", "standard",  "mirror",   "express", "world",
    "banner", "capital", "avalanche", "clarion",    "spokesman", "caller",   "delta"};

template <size_t N>
bool InParts(const std::string_view (&list)[N], std::string_view w) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

// A part of two letters or more, lower case past its first letter (which
// may be a capital: "Times", "times").
bool WordPart(std::string_view p, bool capital) {
  if (p.size() < 2 || p[0] < (capital ? 'A' : 'a') || p[0] > (capital ? 'Z' : 'z')) return false;
  for (char c : p.substr(1)) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

}  // namespace

bool MastheadKey(std::string_view lower) {
  const size_t dash = lower.find('-');
  if (dash == std::string_view::npos) return false;
  const std::string_view first = lower.substr(0, dash), second = lower.substr(dash + 1);
  if (!WordPart(first, false) || !WordPart(second, false)) return false;
  auto paper = [](std::string_view w) {
    return InParts(kMastheadEnds, w) || InParts(kMastheadParts, w);
  };
  return InParts(kMastheadEnds, second) || (paper(first) && paper(second));
}

bool PaperNameEnd(std::string_view lower) {
  if (InParts(kMastheadEnds, lower) || MastheadKey(lower)) return true;
  for (std::string_view w : {"post", "star", "sun", "daily", "bee"}) {
    if (w == lower) return true;
  }
  return false;
}

bool HyphenedMasthead(std::string_view word) {
  const size_t dash = word.find('-');
  if (dash == std::string_view::npos || !WordPart(word.substr(0, dash), true) ||
      !WordPart(word.substr(dash + 1), true))
    return false;
  std::string lower(word);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  lower[dash + 1] = static_cast<char>(lower[dash + 1] - 'A' + 'a');
  return MastheadKey(lower);
}

WordList OutletHeads() { return kOutletHeads; }
WordList PaperHeads() { return kPaperHeads; }

}  // namespace kg::extract
