// "X voiced|expressed support for Y" with no possessive before the
// noun (SupportFor in endorsement_cues.cc asks this; stop 30's battery):
// only verbs of saying the support aloud, right before "support for"
// ("X voiced support for Y on Monday"); "announced support for" too. Not
// "has support for Y" or "found support for" (no verb of saying), and the
// caller still needs a named subject next to the verb and a person Y that
// is not a possessor of a plan ("support for Y's plan"). Not "tweeted": on
// the pool, "X tweeted her support for Y" was sympathy for a mayor in a
// dispute, not a candidacy.
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

bool RelationFinder::SupportVoiced(std::string_view verb, uint32_t t, uint32_t se) const {
  if (t + 2 >= se || d_.Lower(t) != "support" || d_.Lower(t + 1) != "for") return false;
  return In(verb, {"voiced", "voices", "voicing", "expressed", "expresses", "expressing",
                   "announced", "announces", "declared", "declares", "pledged", "pledges",
                   "reiterated", "reiterates"});
}

// "X signaled|reaffirmed|tweeted his support for|of Y" (the verb before a
// possessive and the noun at `t`): support shown rather than announced. For
// "tweeted", the race must be named after the noun ("tweeted his support
// for Y on Election Day", "for Y's Senate bid"): a tweeted support is as
// often sympathy ("tweeted her support for Cruz" in a mayor's dispute with
// the president; the nominee then is the tweeter).
bool RelationFinder::SignaledSupport(std::string_view verb, uint32_t t, uint32_t se) const {
  if (In(verb, {"signaled", "signalled", "signals", "reaffirmed", "reaffirms"})) return true;
  if (verb != "tweeted" && verb != "tweets") return false;
  for (uint32_t k = t + 1; k < se; ++k) {
    if (In(d_.Lower(k), {"candidate", "campaign", "election", "primary", "race", "bid", "candidacy",
                         "reelection", "re-election", "runoff", "nomination"}))
      return true;
  }
  return false;
}

}  // namespace kg::extract::internal
