// The backing-verb and support rules of RelationFinder (the ENDORSES
// patterns that do not start from a form of "endorse": "X backs Y", "X
// announced her support for Y", "X urged voters to back Y", "X came out for
// Y"), and the word tests they share with relations.cc. Kept apart from
// relations.cc so each file stays one screenful of rule families; the
// backer nouns ("Y backer X") are in endorsement_backers.cc.
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// Verbs of receiving an endorsement: "won|received|touted the endorsement of".
bool IsReceiveVerb(std::string_view w) {
  return In(w,
            {"won", "win", "wins", "winning", "received", "receives", "receiving", "got", "gets",
             "earned", "secured", "securing", "touting", "touted", "landed", "picked", "scored",
             "nabbed", "clinched", "garnered", "garnering", "gained", "gotten", "earn", "earns",
             "earning", "snagged", "captured", "accepted", "accepting",
             // "racked up|amassed|collected endorsements from X".
             "racked", "racking", "rack", "racks", "amassed", "amassing", "collected", "collecting",
             // Holding it: "Y boasts the endorsement of X".
             "boasts", "boasted", "boasting", "enjoys", "enjoyed", "enjoying"});
}

bool IsTakeVerb(std::string_view w, std::string_view before) {
  // A bare "accept|welcome" is as often a present or an imperative
  // ("they accept", "welcome X's support") as a taking; the infinitive
  // ("honored to receive") is one unless hedged, which the callers check.
  return IsReceiveVerb(w) || In(w, {"welcomed", "welcomes", "welcoming", "touts"}) ||
         (In(w, {"receive", "accept", "welcome"}) && before == "to");
}

// Words that only an election story uses often: "candidate", "primary",
// "nominee" ("race", "seat" and "campaign" have other senses).
bool IsStrictElectionWord(std::string_view w) {
  if (w.size() < 6 || w.size() > 11) return false;
  switch (w[0]) {
    case 'c':
      return In(w, {"candidate", "candidates", "candidacy", "caucus", "caucuses"});
    case 'e':
      return In(w, {"election", "elections"});
    case 'n':
      return In(w, {"nominee", "nominees", "nomination"});
    case 'p':
      return In(w, {"primary", "primaries"});
    case 'r':
      return In(w, {"reelection", "re-election", "runoff"});
    default:
      return false;
  }
}

bool RelationContext::ElectionArticle() const {
  if (election_article_ < 0) {
    int seen = 0;
    for (uint32_t t = 0; t < d_.tokens.size() && seen < 3; ++t)
      seen += IsStrictElectionWord(d_.Lower(t));
    election_article_ = seen >= 3 ? 1 : 0;
  }
  return election_article_ == 1;
}

// The subject of the verb at `v` behind an unbracketed party tag: "Senate
// Majority Leader X, R-Ky., quickly announced" -> X; -1 otherwise.
int RelationFinder::PartyTagSubject(uint32_t sb, uint32_t v) const {
  uint32_t t = v;
  while (t > sb && SkippableBeforeVerb(t - 1)) --t;
  if (t < sb + 4 || d_.Text(t - 1) != ",") return -1;
  uint32_t c = t - 2;  // the tag, maybe followed by its abbreviation point
  if (d_.Text(c) == "." && c > sb) --c;
  std::string_view tag = d_.Text(c);
  if (!IsPartyTag(tag) || c <= sb + 1 || d_.Text(c - 1) != "," || !MentionEndsAt(c - 1)) return -1;
  return Ent(c - 2);
}

// "Y has scored four endorsements, including that of X and the Z": the
// position of the first listed endorser after the noun at `t`; -1 when the
// noun is not followed by such a list.
int RelationFinder::IncludedListAfter(uint32_t t, uint32_t se) const {
  if (t + 3 >= se || d_.Text(t + 1) != "," || d_.Lower(t + 2) != "including") return -1;
  uint32_t a = t + 3;
  if (a + 2 < se && In(d_.Lower(a), {"that", "those"}) && d_.Lower(a + 1) == "of") a += 2;
  // "including one from X", "including the backing of X": the noun again.
  if (a + 3 < se && d_.Lower(a) == "the" &&
      In(d_.Lower(a + 1), {"backing", "endorsement", "support"}))
    ++a;
  if (a + 2 < se && In(d_.Lower(a), {"one", "ones", "backing", "endorsement", "support"}) &&
      In(d_.Lower(a + 1), {"from", "of"}))
    a += 2;
  const int pos = ObjectPos(a, se);
  return pos >= 0 && MentionBegin(static_cast<uint32_t>(pos)) < a + 4 ? pos : -1;
}

// The subject of a participle at `a` ("endorsing", "backing") with no
// auxiliary: -1 when it is found the usual way, -2 when it is a common noun
// ("voters now backing Y": no named endorser), else the named entity of an
// apposition ("X, a superdelegate backing Y").
int RelationFinder::ParticipleSubject(uint32_t sb, uint32_t a, uint32_t se) const {
  // "While still publicly backing Y, the X Committee is ...".
  // "In|By endorsing Y, X said ..." too (stop 30's battery).
  if (a == sb ||
      (a == sb + 1 && In(d_.Lower(sb), {"while", "after", "since", "in", "by", "before"})))
    return FrontedSubject(sb, a, se);
  // "X attacked Z for endorsing Y": the one blamed or praised (a person or
  // organisation) endorsed, the main verb's object (Z), not its subject;
  // "praised him for backing Y" names no one.
  if (a >= sb + 2 && d_.Lower(a - 1) == "for") {
    if (In(d_.Lower(a - 2), {"him", "her", "them", "me", "us", "you"})) return -2;
    if (MentionEndsAt(a - 1)) return Ent(a - 2);
  }
  // "The Times, after endorsing Y over the weekend, went ...": the name
  // that opens the sentence before the clause's comma.
  if (a >= sb + 3 && In(d_.Lower(a - 1), {"after", "since"}) && d_.Text(a - 2) == "," &&
      MentionEndsAt(a - 2)) {
    const uint32_t b = MentionBegin(a - 3);
    if (b == sb || (b == sb + 1 && d_.Lower(sb) == "the")) return Ent(a - 3);
  }
  // "X, who ..., introduced Z on Monday after endorsing her"; also the
  // second of two gerunds the preposition governs ("after ending a
  // presidential campaign and endorsing Y": "and", then plain lower-case
  // words back to the first gerund).
  uint32_t prep = a - 1;
  if (a >= sb + 4 && d_.Lower(a - 1) == "and") {
    for (uint32_t k = a - 2; k > sb + 1 && k + 8 > a; --k) {
      if (d_.tokens[k].kind != TokKind::kWord || d_.tokens[k].cap || Ent(k) >= 0) break;
      const std::string_view w = d_.Lower(k);
      if (w.size() > 4 && w.substr(w.size() - 3) == "ing" &&
          In(d_.Lower(k - 1), {"after", "before"})) {
        prep = k - 1;
        break;
      }
    }
  }
  if (prep >= sb + 2 && In(d_.Lower(prep), {"after", "before"}) && d_.Text(prep - 1) != ",") {
    const int x = GerundClauseSubject(sb, prep);
    if (x >= 0) return x;
  }
  // "X spoke on Tuesday while endorsing Y" (endorsement_participles.cc).
  if (const int x = PostposedGerundSubject(sb, prep); x >= 0) return x;
  // "..., X said in endorsing Y" (endorsement_participles.cc).
  if (const int x = SpeakerGerundSubject(sb, prep); x >= 0) return x;
  // "X campaigned for Y in Ohio, after endorsing her" (endorsement_participles.cc).
  if (const int x = CommaAdjunctSubject(sb, a); x >= 0) return x;
  if (a <= sb || Ent(a - 1) >= 0 || d_.tokens[a - 1].kind != TokKind::kWord ||
      d_.tokens[a - 1].cap || d_.Has(a - 1, kFunctionWord))
    return -1;
  // "began backing Y", "in a speech endorsing Y": the subject is the
  // sentence's.
  if (In(d_.Lower(a - 1),
         {"began",     "begun",   "started", "kept",         "keeps",     "continued",
          "continues", "stopped", "resumed", "speech",       "statement", "letter",
          "video",     "ad",      "op-ed",   "editorial",    "column",    "tweet",
          "post",      "message", "remarks", "announcement", "interview"}))
    return -1;
  uint32_t k = a - 1;
  while (k > sb && k + 3 > a && d_.tokens[k - 1].kind == TokKind::kWord && !d_.tokens[k - 1].cap &&
         !d_.Has(k - 1, kFunctionWord) && Ent(k - 1) < 0)
    --k;
  if (k >= sb + 3 && In(d_.Lower(k - 1), {"a", "an"}) && d_.Text(k - 2) == "," && Ent(k - 3) >= 0)
    return Ent(k - 3);
  // "X, chairman of Z and a superdelegate backing Y" (endorsement_participles.cc).
  if (const int x = CoordinatedAppositionHead(sb, a); x >= 0) return x;
  return -2;
}

// "X announced|pledged|voiced her (full) support for Y", "X's support for
// Y": the support noun at `t`, followed by "for"; "X announced his support
// of Y" after a verb only.
void RelationFinder::SupportFor(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  uint32_t k = t;
  while (k > sb && k + 2 > t &&
         In(d_.Lower(k - 1), {"full", "strong", "public", "early", "formal"}))
    --k;
  int src = -1;
  uint32_t verb = t;  // the verb of "announced their support", for a list of subjects
  // "X voiced|expressed (his) support for Y": with no possessive, only the
  // verbs of saying it (SupportVoiced in endorsement_support_for.cc).
  const uint32_t v = k >= sb + 1 && SupportVoiced(d_.Lower(k - 1), t, se) ? k - 1 : k - 2;
  const bool announced =
      v + 1 == k ||
      (k >= sb + 2 && In(d_.Lower(k - 1), {"his", "her", "its", "their"}) &&
       (In(d_.Lower(k - 2),
           {"announced", "announces", "announcing", "declared", "declares", "pledged", "pledges",
            "voiced", "offered", "expressed", "reiterated", "gave", "lent", "throwing"}) ||
        SignaledSupport(d_.Lower(k - 2), t, se)));
  // "the support of X" is X's, received by another.
  if (d_.Lower(t + 1) == "of" && !announced) return;
  if (announced) {
    if (HedgedBefore(sb, v)) return;
    src = SubjectOf(sb, v, false);
    if (src < 0) src = PartyTagSubject(sb, v);
    // "X, who had donated to Z, declared his support for Y"
    // (endorsement_support_ellipsis.cc).
    if (src < 0) src = ClosedRelativeSubject(sb, v);
    if (d_.Lower(k - 1) == "their") verb = v;
  } else if (k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive) {
    src = Ent(k - 2);
  }
  // "support for (Republican presidential candidate) Y": titles, party
  // words and a description before the name (CandidateStart).
  uint32_t o = t + 2;
  if (o < se && TitleAt(o) >= 0) o = m_.titles[TitleAt(o)].tok_end;
  if (o < se && Ent(o) < 0) o = CandidateStart(o, se, true);
  if (src < 0 || o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o) return;
  const uint32_t after = MentionEnd(o);
  if (after < se && d_.tokens[after].kind == TokKind::kPossessive &&
      ObjectAfter(o, se) != Ent(o))  // "support for Y's plan" is about the plan
    return;
  // "A and B announced their support for Y": every name of the list.
  const std::vector<int> sources = verb == t ? std::vector<int>{src} : Subjects(sb, verb, src);
  for (int x : sources) Add("ENDORSES", x, Ent(o), s, "endorse.support");
}

// "X came out for Y", "X has come out in favor of|in support of Y", "with A
// and B coming out for Y": declaring for a person in an election sentence or
// article is an endorsement. `t` is "out". The subject must stand next to the
// verb (so "after coming out for Y" names no one); hedges are skipped.
void RelationFinder::CameOutFor(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  if (t <= sb || !In(d_.Lower(t - 1), {"come", "came", "comes", "coming"})) return;
  const uint32_t v = t - 1;
  uint32_t o = t + 1;
  // "came out strongly for Y", "coming out Friday for Y".
  if (o < se &&
      (In(d_.Lower(o), {"strongly", "publicly", "early", "formally"}) || d_.Has(o, kMonthOrDay)))
    ++o;
  if (o + 2 < se && d_.Lower(o) == "in" && In(d_.Lower(o + 1), {"favor", "support"}) &&
      d_.Lower(o + 2) == "of") {
    o += 3;
  } else if (o < se && d_.Lower(o) == "for") {
    ++o;
  } else {
    return;
  }
  if (o < se && TitleAt(o) >= 0) o = m_.titles[TitleAt(o)].tok_end;
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o) return;
  const uint32_t after = MentionEnd(o);
  // "for Y's plan" is about the plan; "in support of Y's campaign" is Y's.
  if (after < se && d_.tokens[after].kind == TokKind::kPossessive &&
      !(after + 1 < se && In(d_.Lower(after + 1), {"campaign", "candidacy", "bid", "reelection",
                                                   "re-election", "nomination"})) &&
      !CandidacyAfter(after, se))
    return;
  if (HedgedBefore(sb, v)) return;
  int src = SubjectOf(sb, v, false);
  // "Sen. A (R) of Utah coming out for Y": past a party tag and home state.
  const uint32_t x = SkipNameTail(sb, SkipNameTail(sb, v));
  if (src < 0 && x < v && MentionEndsAt(x)) src = Ent(x - 1);
  if (src < 0) src = GroupSubject(sb, v);  // "the group came out for Y"
  if (src < 0 || src == Ent(o)) return;
  for (int x : Subjects(sb, v, src)) Add("ENDORSES", x, Ent(o), s, "endorse.came_out");
}

// "X urged voters to back|support|elect|vote for Y": asking others to vote
// for a candidate endorses the candidate.
void RelationFinder::UrgedEndorsements(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t t = sb + 2; t + 2 < se; ++t) {
    if (d_.Lower(t) != "to" || in_quote_[t] || In(d_.Lower(t - 1), {"not", "never"})) continue;
    uint32_t o = t + 1;
    if (d_.Lower(o) == "vote" && d_.Lower(o + 1) == "for") {
      o += 2;
    } else if (In(d_.Lower(o), {"back", "support", "elect", "reelect", "re-elect"})) {
      ++o;
    } else {
      continue;
    }
    // The urging verb, with only the urged group (no named entity) between.
    uint32_t urge = t;
    for (uint32_t k = t; k > sb && k + 5 > t; --k) {
      if (Ent(k - 1) >= 0) break;
      if (In(d_.Lower(k - 1),
             {"urged", "urges", "urging", "encouraged", "encourages", "encouraging", "called",
              "calls", "calling", "implored", "asked", "asks", "exhorted"})) {
        urge = k - 1;
        break;
      }
    }
    if (urge == t || urge + 2 > t || HedgedBefore(sb, urge)) continue;
    // "encouraged his supporters on Twitter to vote for X" in a dance
    // contest: a vote for a candidate only in a sentence or an article
    // about a race.
    bool race = ElectionArticle();
    for (uint32_t k = sb; k < se && !race; ++k)
      race = In(d_.Lower(k),
                {"primary", "election", "race", "candidate", "campaign", "nomination", "caucus",
                 "caucuses", "runoff", "ballot", "reelection", "re-election", "nominee", "seat"}) ||
             (d_.Lower(k) == "for" && k + 1 < se &&
              In(d_.Lower(k + 1), {"president", "senate", "governor", "congress", "mayor"}));
    if (!race) continue;
    if (o < se && TitleAt(o) >= 0) o = m_.titles[TitleAt(o)].tok_end;
    if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o) continue;
    const uint32_t after = MentionEnd(o);
    if (after < se && d_.tokens[after].kind == TokKind::kPossessive) continue;
    Add("ENDORSES", SubjectOf(sb, urge, false), Ent(o), s, "endorse.urged");
  }
}

// Whether "support" at `t` is followed by what its rules need ("support of
// X", "support for X", "supporting X for president", "support among
// Democrats such as X"): most are about bills.
bool RelationFinder::SupportFollowed(uint32_t t, uint32_t se) const {
  for (uint32_t k = t + 1; k < se && k < t + 9; ++k) {
    if (In(d_.Lower(k), {"for", "of", "from", "among"})) return true;
  }
  return false;
}

// Whether the backing verb at `t` is an endorsement: "X backs|backed|is
// backing Y" in a sentence about an election; outside one only when a
// person named right after the verb ends the clause ("is now also backing
// Y, after ...", "will back Y.") or runs for an office ("backs Y for
// Speaker"); "support" only for an office ("is supporting Y for
// president"), since supporting a person is often no endorsement.
bool RelationFinder::BackingVerb(uint32_t t, uint32_t sb, uint32_t se, bool election) const {
  std::string_view w = d_.Lower(t);
  if (w.size() < 4 || (w[0] != 'b' && w[0] != 's')) return false;  // called for every word
  // "will back Y"; "continues to back|support Y" (ContinuedVerb).
  const bool future = (t > sb && d_.Lower(t - 1) == "will") || ContinuedVerb(t, sb);
  // "X is (very) proud to support Y" (endorsement_active.cc's copula lead-in).
  if (In(w, {"back", "support"}) && t > sb + 2 && d_.Lower(t - 1) == "to" &&
      In(d_.Lower(t - 2),
         {"proud", "pleased", "honored", "delighted", "thrilled", "excited", "happy", "glad"}) &&
      CopulaBefore(sb, t - 2) > 0)
    return true;
  const bool back = In(w, {"backs", "backed", "backing"}) || (future && w == "back");
  const bool support = In(w, {"supports", "supported", "supporting"}) || (future && w == "support");
  if (!back && !support) return false;
  if (t > sb && In(d_.Lower(t - 1), {"the", "his", "her", "their", "its", "a"})) return false;
  // "X walked back(ed) her comments" retracts them.
  if (t > sb && In(d_.Lower(t - 1), {"walk", "walks", "walked", "walking"})) return false;
  // "has scored backing from X" is the noun.
  if (w == "backing" && t > sb &&
      (IsReceiveVerb(d_.Lower(t - 1)) || In(d_.Lower(t - 1), {"has", "have", "had"})))
    return false;
  // "with X's backing, Y ..." is the noun too: nobody is named right after
  // it ("X's backing Y" may be "X is backing Y").
  if (w == "backing" && t > sb && d_.tokens[t - 1].kind == TokKind::kPossessive &&
      (t + 1 >= se || Ent(t + 1) < 0))
    return false;
  if (back && election) return true;
  // "Y, whom X backed when he was in the state": in an election article the
  // person heading "whom" is the candidate (ActiveEndorsement adds it).
  if (back && w != "backing" && !in_quote_[t] && t > sb + 4 && Ent(t - 1) >= 0 &&
      ElectionArticle()) {
    const uint32_t b = MentionBegin(t - 1);
    if (b > sb + 3 && d_.Lower(b - 1) == "whom" && d_.Text(b - 2) == "," &&
        IsType(Ent(b - 3), EntityType::kPerson) && IsType(Ent(t - 1), EntityType::kPerson))
      return true;
  }
  // "is backing him again for 2020", "backed her in 2016": an election year
  // dates the backing of a person a pronoun names (RacePhraseAt).
  if (back && t + 2 < se && In(d_.Lower(t + 1), {"him", "her"}) && RacePhraseAt(t + 2, se, true))
    return true;
  // In an article about an election, a finite "backs|backed|is backing" with
  // a person right after it ("X, who backed Y until he dropped out"); not
  // the noun ("Y's backing of X") nor a bill ("backed TPA").
  // "X is also backing Y": past adverbs to the form of "be".
  uint32_t be = t;
  while (be > sb + 1 && In(d_.Lower(be - 1), {"also", "now", "still", "currently", "already",
                                              "publicly", "openly", "formally", "officially"}))
    --be;
  if (back &&
      (w != "backing" ||
       (be > sb && In(d_.Lower(be - 1), {"is", "was", "are", "were", "been", "be"}))) &&
      !in_quote_[t] && ElectionArticle()) {
    // "backed Ohio Gov. Y", "backs former state Sen. Y".
    const uint32_t o = CandidateStart(SharedObjectStart(t + 1, se), se, true);
    if (o < se && IsType(Ent(o), EntityType::kPerson) && MentionBegin(o) == o) return true;
    // "X is backing him." (endorsement_pronoun_objects.cc).
    if (PronounEndsBacking(t, se)) return true;
  }
  // A headline's "X backs Y, says ..." is as often about a policy fight as
  // a race; only "X Backs Y" with persons X and Y, Y ending the headline.
  const LineKind kind = d_.paragraphs[d_.sentences[d_.sentence_of[t]].para].kind;
  // A court or agency that "Backs Trump" in a headline rules for him: only
  // a person right before the verb.
  if (kind != LineKind::kBody && (kind != LineKind::kHeadline || !back || w == "backing" ||
                                  t == sb || !IsType(Ent(t - 1), EntityType::kPerson)))
    return false;
  // "backed and campaigned for Y" (SharedObjectStart).
  const uint32_t o = CandidateStart(SharedObjectStart(t + 1, se), se, back);
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o || in_quote_[o])
    return false;
  uint32_t after = MentionEnd(o);
  if (after < se && d_.Text(after) == "(") {  // "(D-Calif.)"
    uint32_t c = after;
    while (c < se && c < after + 6 && d_.Text(c) != ")") ++c;
    if (c < se && d_.Text(c) == ")") after = c + 1;
  }
  // "supported Y and Z in the general election": a second person
  // coordinated with Y; the clause ends after Z.
  if (kind == LineKind::kBody && after + 1 < se && d_.Lower(after) == "and") {
    uint32_t z = after + 1;
    while (z < se && z < after + 4 && Ent(z) < 0 && m_.title_at[z] >= 0) ++z;
    if (z < se && IsType(Ent(z), EntityType::kPerson) && MentionBegin(z) == z && !in_quote_[z])
      after = MentionEnd(z);
  }
  if (kind == LineKind::kHeadline) {
    // A headline names a person word by word ("Backs Hillary Clinton").
    while (after < se && Ent(after) == Ent(o)) after = MentionEnd(after);
    return after >= se;
  }
  if (after < se && d_.Lower(after) == "for" && !RacePhraseAt(after, se, back))
    return OfficeAt(after + 1, se);
  // "supported Y in the 2016 primary": the race names the candidacy.
  const bool race = RacePhraseAt(after, se, back);
  // "supports Y's candidacy|bid|reelection": the noun names the candidacy.
  // "supports Y's presidential bid" (endorsement_bids.cc).
  const bool candidacy = CandidacyAfter(after, se);
  // "X, a strategist who supported Y in the race, said", "said X, who
  // supported Y" beside "candidate": a relative clause on a named person in
  // a sentence about an election dates the support to that race (a voter's
  // is still none; in an election article alone it may be any cycle's).
  uint32_t rel = t;
  while (rel > sb + 1 && In(d_.Lower(rel - 1), {"had", "has", "also", "initially", "publicly"}))
    --rel;
  const bool described_past =
      w == "supported" && election && rel > sb + 2 && d_.Lower(rel - 1) == "who";
  if (support && !SupportsCandidate(t, sb, race || candidacy || described_past)) return false;
  // "is supporting Y on Tuesday.": a time phrase closing the clause.
  after = TrailingTimeEnd(after, se);
  // "is supporting Y despite their differences": a subordinate clause or
  // phrase after Y ends the clause too.
  return race || candidacy || after >= se ||
         In(d_.Text(after), {".", ",", ";", ":", "\xe2\x80\x94", "\xe2\x80\x93", "--"}) ||
         In(d_.Lower(after), {"despite", "because", "although", "though"}) ||
         // "are supporting Y and were scheduled to campaign with her": a
         // coordinated predicate, not a second object.
         (after + 1 < se && d_.Lower(after) == "and" &&
          In(d_.Lower(after + 1), {"was", "were", "is", "are", "has", "have", "had", "will"}));
}

// In an article about an election, a finite "X supports Y" or "X is
// supporting Y" is backing of a candidate ("X, who supports Y."); the caller
// has checked that the person Y ends the clause. A voter's support is no
// endorsement ("a voter who supports Y"), nor a participle ("supporting Y,
// he ...") or a past "supported" that may be any cycle's, unless a race
// after Y dates it (`race`: "who supported Y in the 2016 primary").
bool RelationFinder::SupportsCandidate(uint32_t t, uint32_t sb, bool race) const {
  std::string_view w = d_.Lower(t);
  // "X continues to support Y" (ContinuedVerb) is finite through "continues".
  const bool continued = w == "support" && ContinuedVerb(t, sb);
  // "X and Z are also supporting Y": adverbs between the form of "be" and
  // the participle.
  uint32_t be = t;
  // The adverbs BackingVerb passes before "backing" too.
  while (w == "supporting" && be > sb + 1 &&
         In(d_.Lower(be - 1), {"now", "also", "still", "currently", "already", "publicly", "openly",
                               "formally", "officially"}))
    --be;
  const bool finite =
      w == "supports" || (w == "supported" && race) || continued ||
      (w == "supporting" && be > sb && In(d_.Lower(be - 1), {"is", "are", "was", "were", "been"}));
  // "X would follow Z's lead by supporting Y's Senate bid": the gerund of
  // a means, its subject the clause's (endorsement_bids.cc).
  if (!finite && w == "supporting" && race && t > sb && d_.Lower(t - 1) == "by" && !in_quote_[t])
    return ElectionArticle();
  if (!finite || in_quote_[t] || !ElectionArticle()) return false;
  // The subject is a name or "who|which" right before the verb: "she says
  // she supports Y" is as often a voter's answer as an endorsement.
  uint32_t p = continued ? t - 2 : w == "supporting" ? be - 1 : t;
  while (p > sb && (In(d_.Lower(p - 1), {"now", "also", "still", "currently", "publicly", "openly",
                                         "formally", "officially"}) ||
                    (w == "supported" && SkippableBeforeVerb(p - 1))))
    --p;  // "who has (publicly) supported Y in the primary"
  // "X, who won the district in the primary, is supporting Y" too.
  // "X, D-Ill., is supporting Y", "President X, a close ally of Z, is
  // supporting Y" (endorsement_supporting.cc).
  // "X endorsed Z but now supports Y" (endorsement_supporting.cc).
  // "X, along with Gov. Z, supports Y": past an accompaniment phrase.
  std::vector<int> along;
  const uint32_t accompanied = p > sb ? AccompanimentBefore(sb, p, &along) : p;
  if (p == sb ||
      !(In(d_.Lower(p - 1), {"who", "which"}) || MentionEndsAt(p) ||
        (PoliticalAside(sb, p) && TrailedName(sb, p) >= 0) || ClosedRelativeBefore(sb, p) ||
        (accompanied < p && MentionEndsAt(accompanied)) || DescribedSupporterBefore(sb, p) >= 0 ||
        (w == "supports" && CoordinatedSupports(sb, p))))
    return false;
  // "the Acme grand wizard, who is supporting Y": the relative is about
  // the unnamed title holder, not the organisation before the title; a name
  // must end right before the comma.
  if (In(d_.Lower(p - 1), {"who", "which"}) && p >= sb + 3 && d_.Text(p - 2) == "," &&
      !MentionEndsAt(SkipNameTail(sb, p - 2)))
    return false;
  for (uint32_t k = sb; k < t; ++k) {
    if (In(d_.Lower(k), {"voter", "voters", "caucusgoer", "caucusgoers", "caucus-goer",
                         "caucus-goers", "resident", "residents", "attendee", "attendees"}))
      return false;
  }
  return true;
}

}  // namespace kg::extract::internal
