// Titles of works in quotation marks: 'On "Fox News Sunday," Pompeo
// said ...', 'author of "Bill and Hillary: Politics of the Personal."',
// 'Jane Roe, who wrote "Tides of the Old Harbor Town," spoke ...'. A
// quotation in title case that a word before it marks as a work's name
// (a preposition, a possessive, a noun for a work, `titled`, `wrote`) is
// no speech, even when it ends in a comma the way '"Yes," he said' does
// (TitleLike in quote_carryover.cc leaves those alone). See
// quote_attribution.h.
#include <string_view>

#include "extract/quote_attribution.h"

namespace kg::extract {
namespace {

// A noun for a work, or a verb that names one: the title follows it.
bool WorkWord(std::string_view w) {
  for (std::string_view n :
       {"book",      "memoir",   "novel",     "film",    "movie",    "documentary", "show",
        "program",   "series",   "song",      "album",   "play",     "musical",     "essay",
        "op-ed",     "column",   "article",   "piece",   "podcast",  "episode",     "poem",
        "titled",    "entitled", "headlined", "wrote",   "authored", "directed",    "produced",
        "published", "hosts",    "hosted",    "anchors", "anchored", "bestseller",  "best-seller"})
    if (w == n) return true;
  return false;
}

}  // namespace

bool WorkTitle(const Document& d, const RawQuote& q) {
  if (q.open == 0 || !q.closed || q.first_para != q.last_para || q.close <= q.open + 2)
    return false;
  int words = 0, caps = 0, shouted = 0;
  for (uint32_t t = q.open + 1; t < q.close; ++t) {
    if (d.tokens[t].kind != TokKind::kWord) continue;
    ++words;
    if (d.tokens[t].cap || d.Has(t, kFunctionWord)) ++caps;
    if (d.tokens[t].allcaps) ++shouted;
  }
  // "LIBERATE MICHIGAN!" is a shout, not a title.
  if (words < 2 || caps != words || !d.tokens[q.open + 1].cap || shouted * 2 > words) return false;
  const uint32_t k = q.open - 1;
  if (d.sentence_of[k] != d.sentence_of[q.open]) return false;
  // 'ABC's "This Week,"', 'on "Face the Nation,"', 'author of "Title"'.
  const std::string_view w = d.Lower(k);
  const bool place = d.tokens[k].kind == TokKind::kPossessive || w == "on" || w == "in" ||
                     w == "of" || w == "from";
  if (place) return words <= 8;
  return d.tokens[k].kind == TokKind::kWord && !d.tokens[k].cap && WorkWord(w) && words <= 14;
}

}  // namespace kg::extract
