// An outlet's name run together with a reporter's capitalised beat: "CBS
// News White House correspondent X", "CNN Supreme Court analyst X", "NPR
// Justice Department correspondent X", "Detroit Free Press Washington
// bureau chief X". Capitalised words form one chunk, and "CBS News White
// House" is no body's name, so neither the outlet nor the role was found.
// The split is made only before a media title, so the words before the beat
// are the employer and the beat is what the person covers.
#include <string_view>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {
namespace {

// Titles of people who report or comment for an outlet, singular or plural.
bool MediaTitle(std::string_view w) {
  if (w.size() > 3 && w.back() == 's') w.remove_suffix(1);
  return w == "analyst" || w == "correspondent" || w == "reporter" || w == "contributor" ||
         w == "commentator" || w == "anchor" || w == "editor" || w == "columnist" ||
         w == "producer" || w == "host";
}

// Beats no head word marks: the places of power a reporter covers.
bool BeatPlace(std::string_view a, std::string_view b) {
  if (b.empty()) return a == "pentagon" || a == "washington";
  return (a == "white" && b == "house") || (a == "capitol" && b == "hill");
}

}  // namespace

// The start of the beat in chunk b..e ("White House" in "CBS News White
// House" before "correspondent"), or b when the chunk is not an outlet and
// a beat. The outlet is an acronym ("CNN", "NPR"), a run of shouted words
// ("USA TODAY") or two or more words ending in an outlet head ("CBS News",
// "Associated Press", "New York Times"); the beat is one to three
// capitalised words with no outlet head ("NBC Nightly News anchor" is one
// programme's) that end in an organisation head ("Supreme Court",
// "Justice Department"; two words at least: "Daily Caller News Foundation") or name a place of
// power ("White House", "Capitol Hill", "Pentagon", "Washington").
uint32_t Finder::OutletBeatSplit(uint32_t b, uint32_t e) const {
  if (e - b < 2 || !Word(e) || d_.tokens[e].cap) return b;
  // The media title: a title phrase ending in one ("senior correspondent")
  // or "bureau chief".
  const int title = out_.title_at[e];
  const bool media = (title >= 0 && MediaTitle(d_.Lower(out_.titles[title].tok_end - 1))) ||
                     (d_.IsWord(e, "bureau") && e + 1 < d_.tokens.size() &&
                      (d_.IsWord(e + 1, "chief") || d_.IsWord(e + 1, "chiefs")));
  if (!media) return b;
  for (uint32_t s = e; s-- > b + 1;) {
    if (e - s > 3) break;
    // "Justice Department": a one-word title before a head word is the
    // body's name.
    const int ti = out_.title_at[s];
    const bool names_org = ti >= 0 && out_.titles[ti].tok_begin == s &&
                           out_.titles[ti].tok_end == s + 1 && s + 1 < e && d_.Has(s + 1, kOrgHead);
    if (!CapWord(s) || d_.Has(s, kOutletHead) || (ti >= 0 && !names_org) || d_.tokens[s].abbrev)
      break;
    // A head word alone ends the outlet's own name ("Daily Caller News
    // Foundation reporter"), a beat has two words or more.
    const bool head = e - s >= 2 && d_.tokens[e - 1].cap && d_.Has(e - 1, kOrgHead);
    const bool place = (e - s == 1 && BeatPlace(d_.Lower(s), {})) ||
                       (e - s == 2 && BeatPlace(d_.Lower(s), d_.Lower(s + 1)));
    if (!head && !place) continue;
    bool shouted = true;
    for (uint32_t t = b; t < s && shouted; ++t)
      shouted = Word(t) && d_.tokens[t].allcaps && !d_.tokens[t].abbrev && d_.Text(t).size() >= 2 &&
                out_.title_at[t] < 0;
    const bool outlet_head = s - b >= 2 && d_.tokens[s - 1].cap && d_.Has(s - 1, kOutletHead);
    if (shouted || outlet_head) return s;
  }
  return b;
}

}  // namespace kg::extract::mention_internal
