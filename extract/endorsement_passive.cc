// The passive endorsement clause of RelationFinder (rule endorse.passive):
// "Y was endorsed by X", "Y, endorsed by X, ...", "Y, a candidate backed by
// X", "A and B were endorsed by X and Y". The agent after "by" is the
// endorser (a person, else an organisation named or described); the
// endorsed is the passive's subject, near the verb and not a thing it owns
// ("Y's speech was endorsed"), or the head of an apposition, a relative
// clause or a description before the participle. Split from relations.cc,
// whose sentence loop calls it once the verb passed the hedges.
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// Where "by" stands after the participle `t` and a longer time adjunct (since
// stop 31): "endorsed early in his campaign by X", "endorsed in 2018 by X",
// "endorsed two years ago by X", "endorsed during the primary by X". The
// adjunct opens with a time word (so "X endorsed the plan by ..." stays
// active) and holds only time and campaign words; the agent after "by" is no
// gerund ("X endorsed early by calling Y" is the active). A place may stand
// in it ("last week in Des Moines"). Else `t + 1`.
uint32_t RelationFinder::PassiveAdjunctBy(uint32_t t, uint32_t se) const {
  auto timely = [&](uint32_t k) {
    return d_.Has(k, kMonthOrDay) || ElectionYearAt(k) ||
           In(d_.Lower(k),
              {"early",  "earlier", "late",     "later",    "last",       "this", "in",      "on",
               "during", "two",     "three",    "four",     "five",       "six",  "several", "a",
               "few",    "again",   "publicly", "formally", "officially", "also"});
  };
  if (t + 2 >= se || !timely(t + 1)) return t + 1;
  bool time = false;    // a word that names a time or a campaign
  bool placed = false;  // the word before is a place's
  uint32_t by = t + 1;
  for (; by < se && by < t + 7 && d_.Lower(by) != "by"; ++by) {
    const std::string_view w = d_.Lower(by);
    const bool when =
        d_.Has(by, kMonthOrDay) || ElectionYearAt(by) ||
        In(w, {"week",   "weeks",  "month",   "months",    "year",   "years",     "day",
               "days",   "ago",    "today",   "yesterday", "summer", "fall",      "spring",
               "winter", "autumn", "morning", "evening",   "night",  "afternoon", "campaign",
               "race",   "bid",    "primary", "primaries", "cycle",  "run",       "contest",
               "season", "early",  "earlier", "late"});
    time |= when;
    // "endorsed last week in Des Moines by X": a place, capitalised words
    // after "in|at" that name no one.
    const bool place = d_.tokens[by].kind == TokKind::kWord && d_.tokens[by].cap && Ent(by) < 0 &&
                       !in_quote_[by] &&
                       (In(d_.Lower(by - 1), {"in", "at"}) || (placed && d_.tokens[by - 1].cap));
    placed = place;
    if (!when && !place && !timely(by) &&
        !In(w, {"his", "her", "their", "the", "its", "presidential", "congressional", "reelection",
                "re-election", "first"}))
      return t + 1;
  }
  if (!time || by + 1 >= se || d_.Lower(by) != "by") return t + 1;
  const std::string_view agent = d_.Lower(by + 1);
  if (!d_.tokens[by + 1].cap && agent.ends_with("ing")) return t + 1;
  return by;
}

// The passive clause at the verb `t`, with "by" at `by`; `backed_by` for
// "backed by" without a backing-verb context.
void RelationFinder::PassiveEndorsement(uint32_t sb, uint32_t se, uint32_t s, uint32_t t,
                                        uint32_t by, bool backed_by, bool election) {
  // "Endorsed by X, Y won the primary" (endorsement_fronted.cc).
  if (FrontedPassive(se, s, t, by, backed_by)) return;
  int src = PersonAfterOrgTitle(PassiveAgent(by, se), by + 1, se);
  if (OwnerOfNamedAgent(src, by + 1, se)) src = -1;      // "by X's powerful Acme Review"
  if (src < 0) src = DescribedOrgAfter(sb, by + 1, se);  // "endorsed by the paper"
  // "by the president", "by his former guru, X": the phrase ends there.
  const bool described_agent = src < 0 && (src = DescribedPassiveAgent(by, se)) >= 0;
  // "Y is backed by X on the water bill" is about an issue: outside an
  // election sentence the agent ends the clause.
  // "Y is supported by X in the Senate race": a race after the agent names
  // the candidacy.
  if (backed_by && src >= 0 && !described_agent && !AgentEndsClause(by, se) &&
      !RaceAfterAgent(by, se))
    src = -1;
  // "Hook, backed by Pompeo, had sought to extend waivers": outside an
  // election sentence, backing is an endorsement only in an article
  // about a race (a policy's, a project's or an aide's backer is none).
  if (backed_by && !ElectionArticle()) src = -1;
  int dst = -1;
  uint32_t k = t;
  // "was also recently endorsed by": adverbs too, with a form of "be"
  // ("a perspective recently endorsed by X" is no passive clause).
  bool be_seen = false;
  while (k > sb && k + 5 > t &&
         (In(d_.Lower(k - 1), {"was", "been", "just", "is", "has", "had", "were", "formally",
                               "also", "being", "officially", "already"}) ||
          SkippableBeforeVerb(k - 1))) {
    be_seen |= In(d_.Lower(k - 1), {"was", "been", "is", "were", "being"});
    --k;
  }
  if (!be_seen) {
    k = t;
    while (k > sb && k + 4 > t &&
           In(d_.Lower(k - 1), {"just", "has", "had", "formally", "also", "officially", "already"}))
      --k;
  }
  // "who's been endorsed", "he's been endorsed": the contracted "has".
  if (k < t && k > sb + 1 && d_.tokens[k - 1].kind == TokKind::kPossessive &&
      In(d_.Lower(k - 2), {"who", "he", "she", "it", "that"}))
    --k;
  // "I've been endorsed by X", "we were endorsed by X" inside a
  // quotation: the speaker (endorsement_first_person.cc).
  const int first_person = k < t && k > sb ? FirstPersonSubject(k - 1, true) : -2;
  // A reduced relative: no form of "be", adverbs at most ("two lawmakers
  // also endorsed by the group"); after a noun, not a name or a comma, it
  // has no subject to look for.
  bool reduced = !be_seen;
  for (uint32_t x = k; x < t && reduced; ++x)
    reduced = In(d_.Lower(x), {"formally", "also", "officially", "already", "just"});
  const bool noun_head = reduced && k < t && k > sb && Ent(k - 1) < 0 && d_.Text(k - 1) != "," &&
                         d_.tokens[k - 1].kind == TokKind::kWord && !d_.tokens[k - 1].cap;
  if (k < t && k > sb && !noun_head) {
    if (first_person != -2) {
      dst = first_person;
    } else {
      dst = SubjectOf(sb, k);
      // The subject of a passive is close, or a pronoun or description.
      uint32_t len = 0;
      uint32_t r = k - 1;  // "He's been endorsed": the pronoun before "'s"
      if (r > sb && d_.tokens[r].kind == TokKind::kPossessive) --r;
      if (r > sb && d_.Lower(r - 1) == "the") --r;
      bool near = ResolveReference(d_, m_, &in_quote_, r, &len) == dst;
      for (uint32_t x = k; !near && x > sb && x + 12 > k; --x) near = Ent(x - 1) == dst;
      // "The front-runner was endorsed by X" (endorsement_descriptions.cc).
      if (!near && dst >= 0) near = DescribedSubject(sb, k) == dst;
      if (!near) dst = -1;
    }
  }
  // "Y, endorsed by X, ...": a participle apposition.
  if (k == t && t >= sb + 2 && d_.Text(t - 1) == ",") dst = Ent(t - 2);
  // "Y is a sitting senator from Z who was endorsed by X".
  if (dst < 0 && k < t && k > sb && d_.Lower(k - 1) == "who") dst = CopulaRelativeHead(sb, k - 1);
  // "Y, a (controversial) candidate endorsed by X": a reduced relative
  // on the description of the apposition's head.
  if (k == t && dst < 0 && t >= sb + 4 &&
      In(d_.Lower(t - 1), {"candidate", "challenger", "contender", "nominee"})) {
    uint32_t a = t - 1;
    while (a > sb && a + 4 > t && d_.tokens[a - 1].kind == TokKind::kWord &&
           !d_.tokens[a - 1].cap && !d_.Has(a - 1, kFunctionWord) && Ent(a - 1) < 0)
      --a;
    if (a >= sb + 3 && In(d_.Lower(a - 1), {"a", "an", "the"}) && d_.Text(a - 2) == "," &&
        MentionEndsAt(a - 2))
      dst = Ent(a - 3);
  }
  // "two lawmakers (also) endorsed by the group: A and B"
  // (endorsement_colon_lists.cc): no form of "be", adverbs at most.
  if (reduced && dst < 0 && src >= 0 &&
      (IsType(src, EntityType::kPerson) || IsType(src, EntityType::kOrganization))) {
    const int listed = ColonListedEndorsee(k, by, se);
    if (listed >= 0) {
      for (int y : Coordinated(static_cast<uint32_t>(listed), se)) {
        if (y != src && IsType(y, EntityType::kPerson))
          Add("ENDORSES", src, y, s, "endorse.passive");
      }
      return;
    }
  }
  // "Y, a law professor backed by X": any description of a person.
  const bool described =
      k == t && dst < 0 && src >= 0 && (dst = DescribedPassiveHead(sb, t, by, se, election)) >= 0;
  // "Y's speech was endorsed by X" is about the speech; "Y's campaign|bid
  // was endorsed by X" names the candidacy, which stands for Y.
  bool candidacy = false;
  if (dst >= 0 && k < t && k > sb && d_.tokens[k - 1].kind != TokKind::kPossessive) {
    for (uint32_t x = k; x > sb && x + 4 > k; --x) {
      if (Ent(x - 1) == dst) {
        const uint32_t e = MentionEnd(x - 1);
        if (e < k && d_.tokens[e].kind == TokKind::kPossessive) {
          candidacy = CandidacyAfter(e, se) &&
                      In(d_.Lower(k - 1), {"campaign", "candidacy", "bid", "reelection"});
          if (!candidacy) dst = -1;
        }
        break;
      }
    }
  }
  // "Y's campaign is backed by X" needs no race in the article: the noun is one.
  if (candidacy && backed_by && src < 0) {
    src = PersonAfterOrgTitle(PassiveAgent(by, se), by + 1, se);
    if (OwnerOfNamedAgent(src, by + 1, se) || !AgentEndsClause(by, se)) src = -1;
  }
  if (src >= 0 && (IsType(dst, EntityType::kPerson) ||
                   (!backed_by && IsType(dst, EntityType::kOrganization)))) {
    // "A and B were endorsed by X": every name of a plural subject.
    std::vector<int> endorsed = {dst};
    bool plural = false;
    for (uint32_t x = k; x < t; ++x) plural |= In(d_.Lower(x), {"were", "are", "have"});
    if (!described && plural && k > sb && first_person == -2) endorsed = Subjects(sb, k, dst);
    // "endorsed by X and Y": every coordinated endorser.
    int pos = ObjectPos(by + 1, se);
    for (int y : endorsed) {
      if (pos >= 0 && Ent(pos) == src && !described) {
        for (int x : Coordinated(static_cast<uint32_t>(pos), se))
          Add("ENDORSES", x, y, s, "endorse.passive");
        // "endorsed by A, by B and by C".
        for (int x : RepeatedAgents(static_cast<uint32_t>(pos), se))
          Add("ENDORSES", x, y, s, "endorse.passive");
      }
      Add("ENDORSES", src, y, s, "endorse.passive");
    }
  }
}

}  // namespace kg::extract::internal
