// Support announced without its object (stop 25): "Sen. X announced her
// support on Thursday", "A and B declared their support Monday". News says
// whom the support is for once, in the candidacy or nomination the sentence
// names ("Y's nomination cleared a hurdle after X declared her support") or
// in the sentence right before ("Republicans continue to line up behind Y. A
// and B announced their support Monday."), and leaves it out after. Kept
// apart from endorsement_cues.cc, whose SupportFor needs "support for Y".
#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// The verbs of announcing one's support: "announced|declared|pledged|voiced|
// expressed her support". Not "offered|gave|lent" (help, often to a policy or
// a grieving family) nor "signaled" (a hint).
bool AnnounceVerb(std::string_view w) {
  return In(w, {"announce", "announced", "announces", "announcing", "declare", "declared",
                "declares", "declaring", "pledge", "pledged", "pledges", "pledging", "voiced",
                "voicing", "expressed", "expressing", "reiterated", "reiterating"});
}

// Nouns that name a person's candidacy or nomination after a possessive
// ("Y's nomination", "Y's path to confirmation", "Y's Senate bid").
bool CandidacyNoun(std::string_view w) {
  return In(w, {"nomination", "confirmation", "candidacy", "bid", "campaign", "reelection",
                "re-election"});
}

// Words that tie the sentence before to a candidacy: support, backing or a
// nomination ("line up behind Y", "win confirmation with unified support").
bool SupportContextWord(std::string_view w) {
  return In(w, {"support", "backing", "behind", "confirmation", "nomination", "nominee",
                "candidacy", "endorsement", "endorsements", "endorsed", "backed", "bid"});
}

}  // namespace

// The verb of "X announced her (full) support" for "support" at `t`, with
// no object after it up to the end of the clause; -1 otherwise. "announced
// her support for Y" is SupportFor's, "pledged their support to Y"
// SupportTo's.
int RelationFinder::AnnouncedSupportVerb(uint32_t t, uint32_t sb, uint32_t se) const {
  if (d_.Lower(t) != "support" || t < sb + 2) return -1;
  uint32_t k = t;
  if (In(d_.Lower(k - 1), {"full", "strong", "public", "formal", "official", "unequivocal",
                           "enthusiastic", "wholehearted", "unwavering"}))
    --k;
  if (k < sb + 2 || !In(d_.Lower(k - 1), {"his", "her", "their", "its"}) ||
      !AnnounceVerb(d_.Lower(k - 2)))
    return -1;
  // Nothing it is for: "announced their support Tuesday for starting an
  // inquiry" is about the inquiry.
  for (uint32_t a = t + 1; a < se; ++a) {
    if (d_.tokens[a].kind == TokKind::kPunct && d_.Text(a) != "-") break;
    if (In(d_.Lower(a), {"for", "of", "to", "behind", "from", "among", "with"})) return -1;
  }
  return static_cast<int>(k - 2);
}

// "X, who had been on the fence for months, announced ...", "Sen. X, R-Maine,
// who ..., declared": the person a comma-closed relative clause right before
// the verb at `v` describes (past a home state or party tag), else -1. The
// clause holds no other punctuation or quotation and at most 16 words.
int RelationFinder::ClosedRelativeSubject(uint32_t sb, uint32_t v) const {
  uint32_t p = v;
  while (p > sb && SkippableBeforeVerb(p - 1)) --p;
  if (p < sb + 4 || d_.Text(p - 1) != ",") return -1;
  for (uint32_t k = p - 2; k > sb + 1 && k + 18 > p; --k) {
    // Money and numbers may carry "$" and "%"; other punctuation ends it.
    if ((d_.tokens[k].kind == TokKind::kPunct && !In(d_.Text(k), {"$", "%"})) || in_quote_[k])
      return -1;
    if (d_.Lower(k) != "who" || d_.Text(k - 1) != ",") continue;
    if (k + 2 >= p) return -1;
    uint32_t x = SkipNameTail(sb, k - 1);
    if (!MentionEndsAt(x)) x = PartyTagTail(sb, k);
    return MentionEndsAt(x) && IsType(Ent(x - 1), EntityType::kPerson) ? Ent(x - 1) : -1;
  }
  return -1;
}

// The person whose candidacy sentence `s` or the one before it names, for
// support announced without its object; never one of `exclude`; -1 when
// none or more than one. In the sentence itself: a person before a
// possessive and a candidacy noun ("Y's nomination", "Y's path to
// confirmation") or after "the nomination|confirmation of". Else the only
// person named in the sentence right before, in the same paragraph, when it
// speaks of support or a nomination ("line up behind Y").
int RelationFinder::AnnouncedSupportCandidate(uint32_t s, const std::vector<int>& exclude) const {
  const auto excluded = [&](int e) {
    return std::find(exclude.begin(), exclude.end(), e) != exclude.end();
  };
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  int found = -1;
  for (uint32_t k = sb; k < se; ++k) {
    if (!IsType(Ent(k), EntityType::kPerson) || MentionBegin(k) != k || in_quote_[k]) continue;
    const uint32_t e = MentionEnd(k);
    bool candidacy = false;
    if (e < se &&
        (d_.tokens[e].kind == TokKind::kPossessive || In(d_.Text(e), {"'", "\xe2\x80\x99"}))) {
      for (uint32_t a = e + 1; a < se && a < e + 5 && !candidacy; ++a) {
        if (d_.tokens[a].kind != TokKind::kWord) break;
        candidacy = CandidacyNoun(d_.Lower(a));
      }
    }
    if (k >= sb + 3 && d_.Lower(k - 1) == "of" &&
        In(d_.Lower(k - 2), {"nomination", "confirmation", "candidacy"}))
      candidacy = true;
    if (!candidacy || excluded(Ent(k))) continue;
    if (found >= 0 && found != Ent(k)) return -1;
    found = Ent(k);
  }
  if (found >= 0 || s == 0 || d_.sentences[s - 1].para != d_.sentences[s].para) return found;
  const uint32_t pb = d_.sentences[s - 1].tok_begin, pe = d_.sentences[s - 1].tok_end;
  bool context = false;
  for (uint32_t k = pb; k < pe; ++k) {
    if (in_quote_[k]) return -1;  // a quotation's names are the speaker's
    context |= SupportContextWord(d_.Lower(k));
    if (!IsType(Ent(k), EntityType::kPerson)) continue;
    if (found >= 0 && found != Ent(k)) return -1;
    found = Ent(k);
  }
  return context && !excluded(found) ? found : -1;
}

// "Sen. X declared her support in a speech on the Senate floor", "Reps. A
// and B announced their support Monday", "X became the first Democrat to
// announce her support": in an election sentence or article, the named
// subject (or the listed ones) endorses the candidate AnnouncedSupportCandidate
// finds. `t` is "support". Not hedged ("refused to pledge their support",
// "has yet to announce"), not an infinitive other than "the first ... to"
// ("plans to announce her support"), not a pronoun subject.
void RelationFinder::AnnouncedSupport(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  if (in_quote_[t]) return;
  const int vi = AnnouncedSupportVerb(t, sb, se);
  if (vi < 0) return;
  const uint32_t v = static_cast<uint32_t>(vi);
  if (HedgedBefore(sb, v)) return;
  const bool infinitive = v > sb && d_.Lower(v - 1) == "to";
  uint32_t subject_end = v;  // where Subjects looks back for a list
  int src = -1;
  if (infinitive) {
    src = FirstToEndorse(sb, v - 1);  // "the first Democrat to announce her support"
    if (src < 0) return;
  } else {
    src = RelativeSubject(sb, v);
    if (src < 0) src = SubjectOf(sb, v, false);
    if (src < 0) src = ClosedRelativeSubject(sb, v);  // "X, who ..., announced"
    // "Reps. A (R-Nev.) and B (R-Nev.) announced": past the last name's tag.
    const uint32_t x = SkipNameTail(sb, v);
    if (src < 0 && x < v && MentionEndsAt(x)) {
      src = Ent(x - 1);
      subject_end = x;
    }
    if (src < 0) src = PartyTagSubject(sb, v);  // "Sen. X, R-Maine, declared her support"
  }
  if (!IsType(src, EntityType::kPerson) && !IsType(src, EntityType::kOrganization)) return;
  const std::vector<int> sources =
      infinitive ? std::vector<int>{src} : Subjects(sb, subject_end, src);
  const int y = AnnouncedSupportCandidate(s, sources);
  if (!IsType(y, EntityType::kPerson)) return;
  for (int x : sources) Add("ENDORSES", x, y, s, "endorse.support");
  // "After A announced her support Thursday, B and C followed suit": the
  // ellipsis rule needs the endorsee named before its cue; here it is the
  // one just found.
  for (uint32_t k = t + 1; k < se; ++k) {
    if (!In(d_.Lower(k), {"did", "does", "suit", "same", "likewise"})) continue;
    bool opens = false;
    uint32_t clause = k;
    for (int x : EllipsisSubjects(sb, se, k, &opens, &clause)) {
      if (x != y) Add("ENDORSES", x, y, s, "endorse.ellipsis");
    }
  }
}

}  // namespace kg::extract::internal
