// Endorsees that are no candidate in their sentence (RelationFinder helper
// for the check of new ENDORSES facts in endorsement_pronoun_ends.cc). The
// verb rules stop at the first person after the verb; what follows the name
// can show that the backing is of a policy, not of the person's candidacy:
// "backed Y's bid to block the merger" (a bid for no office), "backed Y on
// the tax bill" (an issue), "endorsed the Y dossier" (a name modifying a
// noun), or an endorsement taken back ("walked back his endorsement of Y").
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// What a bid for office is to do: "Y's bid to unseat Z", "to become governor".
bool OfficeBidVerb(std::string_view w) {
  return In(
      w, {"become", "win",    "unseat",    "succeed",   "replace", "be",      "lead",   "run",
          "defeat", "retain", "keep",      "hold",      "return",  "reclaim", "retake", "regain",
          "take",   "flip",   "challenge", "represent", "serve",   "chair",   "head",   "capture",
          "secure", "earn",   "land",      "claim",     "seek",    "fill",    "face"});
}

// Nouns of issues and measures: "backed Y on the tax bill".
bool IssueNoun(std::string_view w) {
  return In(w, {"bill",    "bills",     "legislation", "measure",  "issue",     "issues",
                "plan",    "policy",    "policies",    "proposal", "amendment", "resolution",
                "deal",    "budget",    "tax",         "taxes",    "trade",     "immigration",
                "tariffs", "sanctions", "law",         "reform",   "package",   "spending",
                "vote",    "votes",     "impeachment", "question", "matter"});
}

// Nouns a name modifies that still mean the person's candidacy ("the Trump
// campaign", "the Clinton ticket") or an endorsement of it ("a Clinton
// backer", endorse.backer's own shape).
bool CandidacyNoun(std::string_view w) {
  return In(w, {"campaign", "candidacy", "ticket", "bid", "run", "reelection", "re-election",
                "presidency", "nomination", "administration", "backer", "backers", "endorser",
                "endorsers", "supporter", "supporters", "endorsee", "surrogate", "surrogates"});
}

}  // namespace

// Whether the mention of the endorsee at `k` (its first token) is no
// candidate by what stands around it.
bool RelationFinder::PolicyObjectAt(uint32_t k, uint32_t sb, uint32_t se) const {
  const uint32_t end = MentionEnd(k);
  // "Jordan will almost certainly have the support of X": a forecast of
  // support, no endorsement given.
  if (end < se && In(d_.Lower(end), {"will", "would", "could", "might"})) {
    for (uint32_t j = end + 1; j < se && j < end + 5; ++j) {
      if (In(d_.Lower(j), {"have", "win", "get", "receive", "earn", "secure", "gain", "garner",
                           "enjoy", "land"}))
        return true;
      if (!SkippableBeforeVerb(j) && !In(d_.Lower(j), {"almost", "surely"})) break;
    }
  }
  // "walked back his endorsement of Y", "walks back support for Y".
  for (uint32_t j = k > sb + 8 ? k - 8 : sb; j + 1 < k; ++j) {
    if (In(d_.Lower(j), {"walk", "walks", "walked", "walking"}) && d_.Lower(j + 1) == "back")
      return true;
  }
  // The rest needs the mention as the verb's object ("backed Y's bid"), not
  // a name elsewhere in the sentence ("a rivalry with the Y family to
  // endorse her").
  bool object = false;
  for (uint32_t j = k > sb + 4 ? k - 4 : sb; j < k; ++j) {
    const std::string_view w = d_.Lower(j);
    object |= w.starts_with("endors") || In(w, {"back", "backs", "backed", "backing", "support",
                                                "supports", "supported", "supporting"});
  }
  if (!object) return false;
  // "he's backed up Trump in investigations": support in a fight, no
  // endorsement.
  if (k >= sb + 2 && d_.Lower(k - 1) == "up" &&
      In(d_.Lower(k - 2), {"back", "backs", "backed", "backing"}))
    return true;
  if (end + 3 < se && d_.tokens[end].kind == TokKind::kPossessive && d_.Lower(end + 1) == "bid" &&
      d_.Lower(end + 2) == "to")
    return !OfficeBidVerb(d_.Lower(end + 3));
  // "backed Y on the tax bill", "over trade": an issue within four words.
  if (end + 1 < se && In(d_.Lower(end), {"on", "over"})) {
    for (uint32_t j = end + 1; j < se && j < end + 5; ++j) {
      if (d_.tokens[j].kind != TokKind::kWord) break;
      if (IssueNoun(d_.Lower(j))) return true;
    }
  }
  // "endorsed the Y dossier": a name between a determiner and a noun.
  if (k > sb && In(d_.Lower(k - 1), {"the", "a", "an"}) && end < se &&
      d_.tokens[end].kind == TokKind::kWord && !d_.tokens[end].cap) {
    const std::string_view w = d_.Lower(end);
    if (!CandidacyNoun(w) && !gz_.IsFunctionWord(w) && !IsVerbLike(w) &&
        !In(w, {"and", "or", "for", "in", "on", "at", "as", "to", "who", "of", "with", "after",
                "before", "when", "while", "last", "this", "early", "over"}))
      return true;
  }
  return false;
}

// Whether the endorser `src` is named in sentence `s` only as the subject
// of a false report ("headlines falsely reporting that Pope X had endorsed
// Y", "hoax websites pushing out lies like \"X endorses Y\""): a
// false-report word within twelve words before every mention.
bool RelationFinder::FalseReport(uint32_t s, int src) const {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  bool any = false;
  for (uint32_t k = sb; k < se; ++k) {
    if (Ent(k) != src || MentionBegin(k) != k) continue;
    bool hedged = false;
    for (uint32_t j = k > sb + 12 ? k - 12 : sb; j < k && !hedged; ++j)
      hedged = In(d_.Lower(j), {"falsely", "fake", "bogus", "hoax", "hoaxes", "erroneously",
                                "wrongly", "debunked", "fabricated", "lies", "satirical"});
    if (!hedged) return false;
    any = true;
  }
  return any;
}

// Whether every mention of the endorser `src` in sentence `s` (outside
// quotations) shows it is not the one who endorses: a name modifying a group
// noun ("where Cruz backers indicated ..., 21 of the 36 members had endorsed
// Y": the members, not Cruz), or support on an issue ("Ryan won the support
// of the X Caucus for the spending bill").
bool RelationFinder::NotEndorser(uint32_t s, int src) const {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  bool any = false;
  for (uint32_t k = sb; k < se; ++k) {
    if (Ent(k) != src || MentionBegin(k) != k || in_quote_[k]) continue;
    const uint32_t end = MentionEnd(k);
    bool modifier = end < se && d_.tokens[end].kind == TokKind::kWord && !d_.tokens[end].cap &&
                    In(d_.Lower(end), {"backers", "supporters", "voters", "delegates", "fans",
                                       "loyalists", "surrogates", "aides", "staffers", "donors"});
    if (!modifier && end + 1 < se && In(d_.Lower(end), {"for", "on", "over"})) {
      for (uint32_t j = end + 1; j < se && j < end + 5 && !modifier; ++j) {
        if (d_.tokens[j].kind != TokKind::kWord) break;
        modifier = IssueNoun(d_.Lower(j));
      }
    }
    if (!modifier) return false;
    any = true;
  }
  return any;
}

// Whether every mention of the endorsee `dst` in sentence `s` (outside
// quotations) is no candidate.
bool RelationFinder::PolicyObject(uint32_t s, int dst) const {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  bool any = false;
  for (uint32_t k = sb; k < se; ++k) {
    if (Ent(k) != dst || MentionBegin(k) != k || in_quote_[k]) continue;
    if (!PolicyObjectAt(k, sb, se)) return false;
    any = true;
  }
  return any;
}

}  // namespace kg::extract::internal
