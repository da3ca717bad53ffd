// The from/by fallback of RelationFinder (rule endorse.from_by): a sentence
// with "endorsement(s) from|by X" that no other ENDORSES rule used, not even
// the frame (endorsement_frame.cc), which needs one of its receiving verbs.
// "from" and "by" name the endorser whatever the verb ("of" names either end:
// "the endorsement of the union", "his endorsement of Y"), so the shape is
// general: the endorsee is a person named as a modifier of the noun ("the
// early Y endorsement from X"), its possessor ("Y's surprise endorsement by
// X"), or the subject of the verb whose object the noun phrase is ("Y rolled
// out an endorsement by X", "Y has locked down endorsements from A and B"),
// unless that verb says Y lacks, wants, lost or rejects it, the usual hedges
// apply, or the endorsement moves ("switched her endorsement from X to Z").
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// Verbs whose object is an endorsement the subject does not hold: wanting,
// losing, refusing or attacking it ("condemn the endorsement from X"), or
// moving one ("switched his endorsement from X to Z").
bool LacksEndorsement(std::string_view w) {
  return In(w, {"sought",     "seek",       "seeks",      "seeking",    "want",        "wants",
                "wanted",     "wanting",    "need",       "needs",      "needed",      "needing",
                "lack",       "lacks",      "lacked",     "lacking",    "lost",        "lose",
                "loses",      "losing",     "reject",     "rejects",    "rejected",    "rejecting",
                "refuse",     "refused",    "refuses",    "decline",    "declined",    "declines",
                "disavow",    "disavowed",  "disavows",   "disavowing", "denounce",    "denounced",
                "repudiate",  "repudiated", "condemn",    "condemned",  "condemning",  "mock",
                "mocked",     "mocking",    "dismiss",    "dismissed",  "dismissing",  "question",
                "questioned", "criticized", "criticised", "criticize",  "blasted",     "slammed",
                "downplayed", "waved",      "brushed",    "shrugged",   "ridiculed",   "withheld",
                "withhold",   "withdrew",   "withdraw",   "pulled",     "rescinded",   "revoked",
                "returned",   "switched",   "shifted",    "moved",      "transferred", "courted",
                "courting",   "court",      "pursued",    "pursuing",   "requested",   "requesting",
                "ask",        "asked",      "asking",     "begged",     "begging",     "expect",
                "expects",    "expected",   "expecting",  "await",      "awaits",      "awaited",
                "awaiting",   "denied",     "denies",     "deny",       "disputed",    "feared",
                "fears",      "lamented",   "regretted",  "mourned",    "missed",      "forfeited",
                "without",    "get",        "earn",       "win",        "receive",     "land",
                "secure",     "attract",    "draw",       "like",       "love",        "welcome",
                "imagine",    "predicted",  "predicts",   "rumored",    "rumoured",    "touting"});
}

// Verbs of making public that the noun-phrase walk would take for
// modifiers: "His campaign released|announced endorsements from X" (the
// subject receives them).
bool PublishVerb(std::string_view w) {
  return In(w, {"released", "releases", "releasing", "announced", "announces", "announcing",
                "unveiled", "unveils", "unveiling", "issued", "issues", "published", "posted",
                "touted", "trumpeted", "highlighted", "listed", "added"});
}

// Particles and adverbs between a verb and the noun phrase it takes ("rolled
// out", "locked down", "called in", "picked up").
bool Particle(std::string_view w) { return In(w, {"out", "up", "down", "in", "on", "off"}); }

}  // namespace

// "from the state's marquee Democrats (namely Rep. A and Sen. B)": the first
// person named after a short description without names and "namely|such
// as|including|like", else -1.
int RelationFinder::NamedAfterDescription(uint32_t from, uint32_t se) const {
  for (uint32_t a = from; a + 1 < se && a < from + 8; ++a) {
    if (in_quote_[a] || Ent(a) >= 0) return -1;
    const std::string_view w = d_.Lower(a);
    uint32_t o = 0;
    if (w == "namely" || w == "including" || w == "like") o = a + 1;
    if (w == "such" && d_.Lower(a + 1) == "as") o = a + 2;
    if (o == 0) {
      // Only words, possessives, commas and an opening parenthesis.
      if (d_.tokens[a].kind == TokKind::kPunct && d_.Text(a) != "," && d_.Text(a) != "(") return -1;
      continue;
    }
    const int e = ObjectAfter(o, se);
    if (!IsType(e, EntityType::kPerson)) return -1;
    for (uint32_t k = o; k < se && k < o + 6; ++k) {
      if (Ent(k) == e) return static_cast<int>(k);
    }
    return -1;
  }
  return -1;
}

// The candidate whose campaign is the subject ending at `end`: "Y's
// campaign", "His|Her campaign" (the person the pronoun stands for, not an
// endorser), after "also", "has" and the like; else -1.
int RelationFinder::CampaignOwner(uint32_t sb, uint32_t end,
                                  const std::vector<int>& endorsers) const {
  uint32_t c = end;
  while (c > sb && (SkippableBeforeVerb(c - 1) || d_.Has(c - 1, kMonthOrDay) ||
                    In(d_.Lower(c - 1), {"also", "on", "last", "this", "week"})))
    --c;
  if (c < sb + 2 || !In(d_.Lower(c - 1), {"campaign", "campaigns"}) || in_quote_[c - 1]) return -1;
  const uint32_t p = c - 2;
  int owner = -1;
  if (In(d_.Lower(p), {"his", "her"})) {
    // The pronoun opens its clause ("But his campaign ...").
    if (p > sb && !In(d_.Lower(p - 1), {"and", "but", "meanwhile"}) && d_.Text(p - 1) != ",")
      return -1;
    owner = PronounReferent(p, d_.Lower(p) == "her" ? Gender::kFemale : Gender::kMale, endorsers);
  } else if (p > sb && d_.tokens[p].kind == TokKind::kPossessive && MentionEndsAt(p)) {
    owner = Ent(p - 1);
  }
  return IsType(owner, EntityType::kPerson) ? owner : -1;
}

void RelationFinder::EndorsementFromBy(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  // A question asks whether one exists ("is an endorsement from X required?").
  if (se > sb && d_.Text(se - 1) == "?") return;
  for (uint32_t t = sb + 1; t + 2 < se; ++t) {
    const std::string_view w = d_.Lower(t);
    if ((w != "endorsement" && w != "endorsements") || in_quote_[t]) continue;
    uint32_t prep = t + 1;
    if (!In(d_.Lower(prep), {"from", "by"})) continue;
    // The endorsers: named right after the preposition, or after a
    // description that introduces them ("from key leaders including A").
    int pos = FrameEndorserAt(prep + 1, se);
    if (pos < 0) pos = NamedAfterDescription(prep + 1, se);
    if (pos < 0) continue;
    std::vector<int> endorsers;
    for (int x : Coordinated(static_cast<uint32_t>(pos), se)) {
      x = PersonAfterOrgTitle(x, static_cast<uint32_t>(pos), se);
      if (!IsType(x, EntityType::kPerson) && !IsType(x, EntityType::kOrganization)) continue;
      if (ModifierOnly(x, static_cast<uint32_t>(pos), se)) continue;
      endorsers.push_back(x);
    }
    if (endorsers.empty()) continue;
    // "an organisation before a role noun" ("from the state's House member")
    // names a description, not the endorser.
    const uint32_t after = MentionEnd(static_cast<uint32_t>(pos));
    if (IsType(Ent(pos), EntityType::kOrganization) && after < se &&
        d_.tokens[after].kind == TokKind::kWord && !d_.tokens[after].cap &&
        !d_.Has(after, kFunctionWord) && !IsVerbLike(d_.Lower(after)))
      continue;
    // "switched his endorsement from X to Z": the endorsement moved.
    uint32_t list_end = after;
    for (uint32_t k = after; k < se && k < after + 12; ++k) {
      if (Ent(k) >= 0) list_end = MentionEnd(k);
    }
    if (list_end < se && d_.Lower(list_end) == "to") continue;
    // The noun phrase: lower-case modifiers, and a person's name as one
    // ("the immediate Y endorsement"), back to its determiner or possessor.
    uint32_t k = t;
    int modifier = -1, owner = -1;
    while (k > sb && k + 6 > t) {
      const uint32_t p = k - 1;
      if (in_quote_[p]) break;
      if (Ent(p) >= 0 && modifier < 0 && MentionEnd(p) == k &&
          IsType(Ent(p), EntityType::kPerson)) {
        modifier = Ent(p);
        k = MentionBegin(p);
        continue;
      }
      if (d_.tokens[p].kind == TokKind::kWord && !d_.tokens[p].cap && Ent(p) < 0 &&
          !d_.Has(p, kFunctionWord) && !d_.Has(p, kSpeechVerb) && !IsVerbLike(d_.Lower(p)) &&
          !IsReceiveVerb(d_.Lower(p)) && !LacksEndorsement(d_.Lower(p)) && !Particle(d_.Lower(p)) &&
          !PublishVerb(d_.Lower(p))) {
        --k;
        continue;
      }
      break;
    }
    // "Y's apparent endorsement by X": the possessor.
    // A bare apostrophe after an s is a possessive too ("Sanders' ...").
    if (k >= sb + 2 &&
        (d_.tokens[k - 1].kind == TokKind::kPossessive ||
         In(d_.Text(k - 1), {"'", "\xe2\x80\x99"})) &&
        modifier < 0 && IsType(Ent(k - 2), EntityType::kPerson)) {
      owner = Ent(k - 2);
      k = MentionBegin(k - 2);
    }
    bool pronoun = false;
    if (k > sb && In(d_.Lower(k - 1), {"the", "a", "an", "another", "his", "her", "their"})) {
      pronoun = In(d_.Lower(k - 1), {"his", "her"});
      --k;
    }
    // The verb whose object the phrase is, with its particle.
    uint32_t v = k;
    if (v > sb && Particle(d_.Lower(v - 1))) --v;
    const bool has_verb = v > sb && d_.tokens[v - 1].kind == TokKind::kWord &&
                          !d_.tokens[v - 1].cap && Ent(v - 1) < 0 && !d_.Has(v - 1, kFunctionWord);
    // "Y did (indeed) receive an endorsement from X": a base form after
    // "did" is a past fact, elsewhere an intention ("to win", "will get").
    bool did = false;
    for (uint32_t a = v > sb + 3 ? v - 3 : sb; v > sb && a + 1 < v; ++a)
      did |= d_.Lower(a) == "did" && In(d_.Lower(v - 1), {"receive", "get", "win", "earn", "land",
                                                          "secure", "draw", "attract"});
    if (v > sb && LacksEndorsement(d_.Lower(v - 1)) && !did) continue;
    // Hedges and denials anywhere before the phrase: "did not receive",
    // "may have sealed", "hopes the endorsement from X".
    if (HedgedBefore(sb, k) || HedgedBefore(sb, t)) continue;
    int receiver = modifier >= 0 ? modifier : owner;
    if (receiver < 0 && v > sb && d_.Lower(v - 1) == "with" && v == k) {
      // "Y built on that win with big endorsements from X": the one person
      // named in the clause before "with" (from the last comma).
      int only = -1;
      for (uint32_t a = v - 1; a > sb; --a) {
        const uint32_t p = a - 1;
        if (d_.Text(p) == "," || d_.Text(p) == ";" || in_quote_[p]) break;
        if (Ent(p) < 0) continue;
        if (!IsType(Ent(p), EntityType::kPerson) || (only >= 0 && Ent(p) != only)) {
          only = -2;
          break;
        }
        only = Ent(p);
      }
      if (only >= 0) receiver = only;
    }
    if (receiver < 0 && has_verb) {
      uint32_t subj_end = v - 1;
      // "Y this week touted ...": a time phrase between subject and verb.
      while (subj_end > sb &&
             (d_.Has(subj_end - 1, kMonthOrDay) ||
              In(d_.Lower(subj_end - 1), {"last", "this", "week", "earlier", "did", "indeed"}) ||
              (In(d_.Lower(subj_end - 1), {"in", "on"}) && subj_end < v - 1 &&
               d_.Has(subj_end, kMonthOrDay))))
        --subj_end;
      receiver = SubjectOf(sb, subj_end, false);
      if (receiver < 0) receiver = CampaignOwner(sb, subj_end, endorsers);
    }
    // "a Y endorsement by X may speed up ...": an indefinite endorsement
    // with a modal after it is hypothetical ("His endorsement from X could
    // help him" presupposes one).
    if (!has_verb || receiver == modifier) {
      bool indefinite = k < t && In(d_.Lower(k), {"a", "an", "another"});
      bool modal = false;
      for (uint32_t a = t + 1; a < se; ++a)
        modal |= In(d_.Lower(a), {"may", "might", "could", "would", "should", "will", "can"});
      if (indefinite && modal) continue;
    }
    // "His recent endorsement from X ...": the pronoun's person.
    if (receiver < 0 && pronoun && !has_verb)
      receiver =
          PronounReferent(k, d_.Lower(k) == "her" ? Gender::kFemale : Gender::kMale, endorsers);
    if (!IsType(receiver, EntityType::kPerson)) continue;
    for (int x : endorsers) {
      if (x != receiver) Add("ENDORSES", x, receiver, s, "endorse.from_by");
    }
    return;
  }
}

}  // namespace kg::extract::internal
