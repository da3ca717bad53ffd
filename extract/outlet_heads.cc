// The last words of news outlets' names ("Washington Post", "Houston
// Chronicle", "Cincinnati Enquirer"), moved out of word_lists.cc (at its
// size limit). A newspaper head that no other list holds ("enquirer") is
// also an organisation head (PaperHeads, merged by the gazetteer), so that
// "the Cincinnati Enquirer endorsed Y" names a body as "the Houston
// Chronicle" does.
#include "extract/word_lists.h"

namespace kg::extract {
namespace {

constexpr const char* kOutletHeads[] = {
    "post",         "news",      "times",      "journal",   "tribune",   "herald",    "gazette",
    "press",        "magazine",  "examiner",   "review",    "observer",  "chronicle", "inquirer",
    "globe",        "monitor",   "headlines",  "daily",     "weekly",    "radio",     "channel",
    "broadcasting", "media",     "tv",         "wire",      "beacon",    "register",  "sentinel",
    "dispatch",     "telegraph", "reporter",   "standard",  "mirror",    "express",   "insider",
    "caller",       "blaze",     "federalist", "intercept", "spectator", "network",   "enquirer"};

// Newspaper heads that only a paper's name ends in: "enquirer" (the
// British spelling of "inquirer", kept by American papers).
constexpr const char* kPaperHeads[] = {"enquirer"};

}  // namespace

WordList OutletHeads() { return kOutletHeads; }
WordList PaperHeads() { return kPaperHeads; }

}  // namespace kg::extract
