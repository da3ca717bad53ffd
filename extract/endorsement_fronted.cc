// Endorsements in a phrase that opens the sentence and describes the main
// clause's subject (battery of stop 30): "Endorsed by X, Y won the primary"
// (endorse.passive) and "With the endorsement of X, Y won" (NounReceived's
// holder). The subject is the name right after one of the phrase's commas
// that a verb, an apposition or a relative follows; the phrase's names
// before that comma are the endorsers, so a list of agents ("by A, B and C,
// Y won") does not swallow the subject.
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The person named after a comma past `from` who is the subject of the main
// clause (titles before the name skipped), with the comma in *comma; -1 for
// none. The name is followed by a lower-case word that is no conjunction,
// preposition or possessive ("Y won", "Y has"), or by a comma opening an
// apposition or relative ("Y, a former prosecutor, won").
int RelationFinder::FrontedClauseSubject(uint32_t from, uint32_t se, uint32_t* comma) const {
  for (uint32_t c = from; c + 2 < se && c < from + 24; ++c) {
    if (in_quote_[c]) return -1;
    const std::string_view w = d_.Text(c);
    if (d_.tokens[c].kind == TokKind::kPunct && w != "," && w != "." && w != "-") return -1;
    if (w != ",") continue;
    const uint32_t n = NameAfterTitles(c + 1, se);
    if (n >= se || !IsType(Ent(n), EntityType::kPerson) || MentionBegin(n) != n) continue;
    const uint32_t after = MentionEnd(n);
    if (after >= se) return -1;
    const std::string_view a = d_.Lower(after);
    const bool verb = d_.tokens[after].kind == TokKind::kWord && !d_.tokens[after].cap &&
                      (IsVerbLike(a) || !d_.Has(after, kFunctionWord)) &&
                      !In(a, {"and", "or", "nor", "of", "for", "to", "in"});
    const bool apposition =
        a == "," && after + 1 < se && In(d_.Lower(after + 1), {"a", "an", "the", "who", "whose"});
    if (!verb && !apposition) continue;
    *comma = c;
    return Ent(n);
  }
  return -1;
}

// "Endorsed|Backed by X (and Z), Y won ...": the passive participle at
// `t` opens sentence `s`, its agent after `by`. True when the phrase has
// that shape (facts added or not), so the passive rule adds nothing else.
bool RelationFinder::FrontedPassive(uint32_t se, uint32_t s, uint32_t t, uint32_t by,
                                    bool backed_by) {
  const uint32_t sb = d_.sentences[s].tok_begin;
  if (t != sb || in_quote_[t]) return false;
  uint32_t comma = 0;
  const int dst = FrontedClauseSubject(by + 1, se, &comma);
  if (dst < 0) return false;
  // "Backed by X, Y introduced a bill" is about the bill: backing is an
  // endorsement only in an article about a race.
  if (backed_by && !ElectionArticle()) return true;
  const int pos = ObjectPos(by + 1, comma);
  if (pos < 0) return true;
  for (int x : Coordinated(static_cast<uint32_t>(pos), comma)) {
    // "by Ohio Senate President X": the person after the organisation.
    Add("ENDORSES", PersonAfterOrgTitle(x, by + 1, comma), dst, s, "endorse.passive");
  }
  return true;
}

}  // namespace kg::extract::internal
