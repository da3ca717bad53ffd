// "the group No Labels", "the super PAC Fight Back California", "the
// union-backed organization Working Washington": a kind noun after "the"
// and before a capitalised name says the name is a body's. The name may
// then open with a function word ("No", "My", "By") and end with a place
// ("... California"): with no such noun, cued_orgs.cc strips the first and
// takes the second for a place.
#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// True when the tokens right before `b` are "the [modifiers] NOUN", NOUN a
// kind of body in lower case ("group", "website"), "super PAC" or
// "political action committee". The determiner must be "the": "a group X
// is courting" may be a relative clause. "the daily X", "the weekly X"
// are more often adjectives ("the weekly Capitol Hill huddle"). The run
// [b, e) must be the whole name: not one cut short by a lower-case
// function word before a capitalised one ("Correct the Record", "More in
// Common"), by a token that is no word ("American Bridge 21st Century")
// or by a word glued to a dot ("You.Gov").
bool Finder::GroupNounBefore(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // The noun first: it rules out almost every run, cheaply.
  if (b < 2 || e <= b || !Word(b - 1)) return false;
  uint32_t k = b - 1;  // the noun
  // Most runs follow a function word ("the", "of") or a capitalised one.
  if ((d_.tokens[k].cap && !d_.tokens[k].allcaps) || d_.Has(k, kFunctionWord)) return false;
  const std::string_view noun = d_.Lower(k);
  if (d_.tokens[k].allcaps != (noun == "pac")) return false;  // only "PAC" is shouted
  if (noun == "pac") {
    if (!d_.IsWord(k - 1, "super")) return false;
    --k;
  } else if (noun == "committee") {
    if (k < 2 || !d_.IsWord(k - 1, "action") || !d_.IsWord(k - 2, "political")) return false;
    k -= 2;
  } else if (!OrgNoun(noun) || noun == "pollster" || noun == "daily" || noun == "weekly") {
    return false;  // "GOP pollster X" is a person's title
  }
  // Up to three lower-case modifiers: "the anti-abortion group", "the
  // union-backed organization", "the nonpartisan advocacy group".
  bool the = false;
  for (uint32_t m = 0; m < 4 && k > 0 && !the; ++m) {
    --k;
    if (!Word(k)) return false;
    the = d_.IsWord(k, "the");
    if (!the && (d_.tokens[k].cap || d_.tokens[k].allcaps || d_.Has(k, kFunctionWord)))
      return false;
  }
  if (!the || e >= n) return the;
  const Token& next = d_.tokens[e];
  if (CapWord(e)) return false;  // another stage's name goes on ("One America News")
  if (Word(e) && d_.Has(e, kFunctionWord) && CapWord(e + 1)) return false;
  const std::string_view text = d_.Text(e);
  if (!text.empty() && text[0] >= '0' && text[0] <= '9') return false;
  if (next.kind != TokKind::kWord && next.kind != TokKind::kPunct &&
      next.kind != TokKind::kPossessive)
    return false;
  // "You.Gov": a dot glued to both sides.
  return !(next.kind == TokKind::kPunct && next.start == d_.tokens[e - 1].end && e + 1 < n &&
           d_.tokens[e + 1].start == next.end);
}

}  // namespace kg::extract::mention_internal

namespace kg::extract::mention_internal {

// "Unite Ohio, a group that backs ...", "Euler Hermes North America, an
// insurance firm": an apposition whose head is an organisation noun. Not
// "Capitol Hill, a group of liberals" (a group of people), nor "Jane Town, a
// think tank fellow" (the noun modifies another), nor the tail of a longer
// name ("Meals on Wheels America", "Republicans for the Rule of Law").
bool Finder::AppositionBody(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (e + 2 >= n || !Punct(e, ",") || !(d_.IsWord(e + 1, "a") || d_.IsWord(e + 1, "an")))
    return false;
  auto function = [&](uint32_t t) {
    return Word(t) && !d_.tokens[t].cap && d_.Has(t, kFunctionWord);
  };
  if (b >= 2 && function(b - 1) &&
      (CapWord(b - 2) || (b >= 3 && function(b - 2) && CapWord(b - 3))))
    return false;
  for (uint32_t t = e + 2; t < n && t < e + 8; ++t) {
    if (!Word(t)) return false;
    const std::string_view w = d_.Lower(t);
    if (OrgNoun(w)) {
      if (d_.tokens[t].cap && !d_.tokens[t].allcaps) return false;
      if (t + 1 >= n || !Word(t + 1)) return true;
      return !d_.IsWord(t + 1, "of") && (d_.tokens[t + 1].cap || d_.Has(t + 1, kFunctionWord));
    }
    if (w == "of" || w == "who" || w == "that" || w == "which" || w == "for" || w == "with" ||
        out_.title_at[t] >= 0)
      return false;
  }
  return false;
}

}  // namespace kg::extract::mention_internal
