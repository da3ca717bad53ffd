// The legal forms a company's registered name ends in ("Acme Widgets LLC",
// "Brightvale Partners LLP", "Harlan Shipping Ltd.", "Norwick Mining plc"):
// only bodies carry them, so they end an organisation's name as a head word
// does. "Inc.", "Corp." and "Co." are in the head words already. Kept apart
// from word_lists.cc (at its size limit); the gazetteer merges them into the
// organisation heads.
#include <string_view>

#include "extract/word_lists.h"

namespace kg::extract {
namespace {

constexpr const char* kCompanySuffixes[] = {"llc", "l.l.c.", "llp", "ltd",  "ltd.",
                                            "plc", "inc",    "lp",  "l.p.", "corp"};

}  // namespace

WordList CompanySuffixes() { return kCompanySuffixes; }

bool IsCompanySuffix(std::string_view lower) {
  for (const char* w : kCompanySuffixes)
    if (lower == w) return true;
  return false;
}

}  // namespace kg::extract
