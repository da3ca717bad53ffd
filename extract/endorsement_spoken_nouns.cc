// A speaker's own endorsement told with "my endorsement|support" inside a
// quotation (RelationFinder helper for endorsement_held_support.cc): the
// noun phrases a statement uses where a reporter would write "endorsed".
//   "Today I am announcing my endorsement of Y," X said
//   "I'm proud to throw my support behind Y," X said
//   "I am giving my full endorsement to Y," / "I'm lending my support to Y"
//   "My endorsement goes to Y," X said
//   "I'm proud to give Y my endorsement," X said
// The verb must be the speaker's own (an "I" before it, or the quotation
// opening with it) and neither negated, asked, conditional nor a modal's.
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

// Words between "I" and the verb that keep the statement the speaker's
// announcement ("I am proud to", "I have decided to", "I want to today").
bool LeadInWord(std::string_view w) {
  return In(w, {"am",      "'m",       "\xe2\x80\x99m", "be",       "will",    "want",  "going",
                "decided", "have",     "'ve",           "to",       "proud",   "happy", "glad",
                "pleased", "honored",  "honoured",      "thrilled", "excited", "today", "now",
                "hereby",  "proudly",  "officially",    "formally", "also",    "so",    "very",
                "fully",   "publicly", "delighted"});
}

bool FirstPersonSubjectWord(std::string_view w) {
  return In(w,
            {"i", "i'm", "i\xe2\x80\x99m", "i've", "i\xe2\x80\x99ve", "i'll", "i\xe2\x80\x99ll"});
}

}  // namespace

bool RelationFinder::SpokenNounEndorsement(uint32_t sb, uint32_t se, uint32_t s, uint32_t t,
                                           uint32_t n) {
  if (d_.Lower(t) != "my" || n + 2 >= se) return false;
  const uint32_t p = n + 1;  // after the noun
  const std::string_view prep = d_.Lower(p);
  uint32_t verb = 0, obj = 0;
  int y = -1;
  if (In(prep, {"goes", "went"}) && d_.Lower(p + 1) == "to") {
    // "My endorsement goes to Y": the noun phrase opens the quotation.
    if (!(t == sb || d_.tokens[t - 1].kind == TokKind::kOpenQuote)) return false;
    verb = t, obj = p + 2;
  } else if (In(prep, {"of", "to", "behind"}) && t > sb) {
    const std::string_view v = d_.Lower(t - 1);
    const bool ok = prep == "of" ? In(v, {"announce", "announcing", "formalize", "formalizing"})
                    : prep == "to"
                        ? In(v, {"give", "giving", "lend", "lending", "offer", "offering", "extend",
                                 "extending", "pledge", "pledging", "throw", "throwing"})
                        : In(v, {"throw", "throwing", "put", "putting"});
    if (!ok) return false;
    verb = t - 1, obj = p + 1;
  } else if (t > sb + 1 && IsType(Ent(t - 1), EntityType::kPerson) && MentionEnd(t - 1) == t) {
    // "give Y my endorsement": the clause ends after the noun.
    const uint32_t m = MentionBegin(t - 1);
    if (m == sb || !In(d_.Lower(m - 1), {"give", "giving", "offer", "offering", "extend"}))
      return false;
    if (d_.tokens[p].kind == TokKind::kWord && d_.Lower(p) != "for") return false;
    verb = m - 1, y = Ent(t - 1);
  } else {
    return false;
  }
  if (y < 0) {
    const int pos = ObjectPos(obj, se);
    if (pos < 0 || !IsType(Ent(pos), EntityType::kPerson)) return false;
    for (uint32_t x = obj; x < static_cast<uint32_t>(pos); ++x) {
      if (d_.tokens[x].kind != TokKind::kWord || (!d_.tokens[x].cap && m_.title_at[x] < 0))
        return false;
    }
    const uint32_t after = MentionEnd(static_cast<uint32_t>(pos));
    if (after < se && In(d_.Lower(after), {"'s", "\xe2\x80\x99s", "'"})) return false;
    y = Ent(pos);
  }
  // The verb's subject: "I" through lead-in words, or none at the
  // quotation's start ("Proud to throw my support behind Y!").
  uint32_t k = verb;
  while (k > sb && k + 8 > verb && in_quote_[k - 1] && LeadInWord(d_.Lower(k - 1))) --k;
  const bool opens = k == sb || d_.tokens[k - 1].kind == TokKind::kOpenQuote;
  if (verb != t && !opens && !(in_quote_[k - 1] && FirstPersonSubjectWord(d_.Lower(k - 1))))
    return false;
  for (uint32_t x = t; x < se && in_quote_[x]; ++x) {
    if (d_.Text(x) == "?") return false;
  }
  if (NestedQuoteAt(sb, verb) || QuotedCondition(sb, verb)) return false;
  const int src = SpeakerOf(t);
  if (!IsType(src, EntityType::kPerson) || NamedSpeakerOf(t) != src || src == y) return false;
  Add("ENDORSES", src, y, s, "endorse.spoken_noun");
  return true;
}

}  // namespace kg::extract::internal
