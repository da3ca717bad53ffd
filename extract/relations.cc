// The ENDORSES sentence loop of RelationFinder: Endorsements walks a
// sentence that Triggers let through and sends each cue word to its rule
// (a hyphenated "-endorsed", "support for", "came out for", "backer(s)",
// "got behind", "threw support behind", an endorsement noun, a form of
// "endorse" or a backing verb), then falls back to the frame, the from/by
// and the effect rules when none of them added a fact. The verb rules start
// here with the hedges every verb shares (VerbHedged) and continue in
// endorsement_passive.cc ("Y was endorsed by X") and endorsement_active.cc
// ("X endorsed Y").
#include "extract/relations.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

void RelationFinder::Endorsements(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  const size_t facts_before = out_.size();
  // Run calls this only for sentences with a word the rules below start
  // from: the endorsement test in Triggers, which such a word must pass.
  bool election = false;
  bool endorsement_word = false;  // "endorsement(s)", "endorsed" elsewhere in the sentence
  for (uint32_t t = sb; t < se; ++t) {
    std::string_view w = d_.Lower(t);
    if (!in_quote_[t] && In(w, {"endorsement", "endorsements", "endorsed"}))
      endorsement_word = true;
    if (In(w, {"candidate",  "campaign",    "election",   "primary",   "race",       "nominee",
               "nomination", "re-election", "reelection", "bid",       "ticket",     "caucus",
               "caucuses",   "runoff",      "seat",       "candidacy", "candidates", "nominees",
               "primaries",  "races",       "campaigns"}))
      election = true;
    if (w == "for" && t + 1 < se &&
        In(d_.Lower(t + 1), {"president", "senate", "governor", "congress", "mayor"}))
      election = true;
  }
  for (uint32_t t = sb; t < se; ++t) {
    std::string_view w = d_.Lower(t);
    // "Acme Action, a super PAC backing Y": the apposition names the group,
    // not the last organisation before it; "I'm proud to endorse Y," X said
    // is the speaker's own endorsement.
    if (GroupBacking(sb, se, s, t) || SpeakerEndorses(sb, se, s, t)) continue;
    // "re-endorsed": a renewed endorsement is one.
    const bool endorse_verb = In(w, {"endorse", "endorses", "endorsed", "endorsing", "re-endorse",
                                     "re-endorses", "re-endorsed", "re-endorsing"});
    // "the backing of X" is a noun, handled with "endorsement" below.
    const bool back_verb = BackingVerb(t, sb, se, election);
    // "X threw her support behind Y": an endorsement idiom.
    // "the Acme-endorsed candidate Y", "Trump-backed Y" (backed: elections only).
    // The tokenizer splits the participle off the name (endorsement_hyphens.cc).
    if (d_.GluedEndorsement(t) && !in_quote_[t] &&
        (w == "-endorsed" || election || ElectionArticle())) {
      GluedEndorser(sb, se, s, t);
      continue;
    }
    // "X announced her support for Y", "X's support for Y" in an election
    // sentence.
    if (w == "support" && t + 2 < se && d_.Lower(t + 1) == "for" && !in_quote_[t] &&
        (election || ElectionArticle())) {
      SupportFor(sb, se, s, t);
      continue;
    }
    // "X announced his support of Y" (SupportFor wants the verb); "the
    // support of X" goes on to the noun rules.
    if (w == "support" && t + 2 < se && d_.Lower(t + 1) == "of" && !in_quote_[t] &&
        (election || ElectionArticle()))
      SupportFor(sb, se, s, t);
    if (w == "out" && !in_quote_[t]) {
      if (election || ElectionArticle()) CameOutFor(sb, se, s, t);
      continue;
    }
    if (w == "supporter" || w == "backer") SupporterOfCandidacy(sb, se, s, t);
    // "His biggest backer in the Senate was Sen. X" (endorsement_backers.cc).
    if (In(w, {"supporter", "backer", "endorser"}) && !in_quote_[t])
      PossessedBackerIs(sb, se, s, t);
    if ((w == "backer" || w == "endorser") && !in_quote_[t]) {
      Backer(sb, se, s, t);
      BackerOf(sb, se, s, t);  // "X, an early backer of Y"
      continue;
    }
    if ((w == "backers" || w == "endorsers") && !in_quote_[t]) {
      ListedBackers(se, s, t);
      OneOfBackers(sb, s, t, election);
      continue;
    }
    // "X was one of Y's earliest supporters" (endorsement_one_of.cc).
    if (w == "supporters" && !in_quote_[t]) OneOfBackers(sb, s, t, election);
    // "X announced her support Monday" (endorsement_support_ellipsis.cc).
    if (w == "support" && (election || ElectionArticle())) AnnouncedSupport(sb, se, s, t);
    // "X has gotten behind Y" (endorsement_support_verbs.cc).
    if (w == "behind") GotBehind(sb, se, s, t, election);
    // "X threw|lent his support to Y" (endorsement_support_verbs.cc).
    if (w == "to" && t > sb && In(d_.Lower(t - 1), {"support", "backing", "vote"})) {
      SupportTo(sb, se, s, t, election);
      continue;
    }
    // "X threw his support|backing|weight behind Y".
    // "X threw his support -- and his fortune -- behind Y": the noun before
    // a dash aside (endorsement_support_verbs.cc).
    const uint32_t noun = w == "behind" ? AsideNoun(sb, t) : t - 1;
    if (w == "behind" && noun >= sb + 2 && In(d_.Lower(noun), {"support", "backing", "weight"}) &&
        !in_quote_[t]) {
      SupportBehind(sb, se, s, t, noun, election);
      continue;
    }
    // "X said he would back|support|endorse Y" (endorsement_said_would.cc).
    // "X said he would be backing Y" too.
    if ((In(w, {"endorse", "back", "support"}) ||
         (In(w, {"endorsing", "backing", "supporting"}) && t > sb && d_.Lower(t - 1) == "be")) &&
        SaidWouldEndorse(sb, se, s, t, election))
      continue;
    // "Y, who is backed by X": a person backed by a named endorser, also
    // outside an election sentence; "Y is supported by X" the same way
    // (the passive's guards keep bills, polls and evidence out).
    const bool backed_by =
        !back_verb && (w == "backed" || w == "supported") && t + 1 < se && d_.Lower(t + 1) == "by";
    // "X, the first senator to back|support Y": the ordinal description
    // makes backing a person an endorsement anywhere.
    const bool first_to = !back_verb && In(w, {"back", "support"}) && t > sb &&
                          d_.Lower(t - 1) == "to" && !in_quote_[t] &&
                          (FirstToEndorse(sb, t - 1) >= 0 || PurposeSubject(sb, t - 1, w) >= 0 ||
                           ChosenToBack(sb, t));
    // "Many Republican senators support Y, including A and B": a group's
    // named members (IncludedEndorsers), also with the verb "support".
    if (!back_verb && In(w, {"support", "supports", "supported", "supporting"}) && !in_quote_[t] &&
        (election || ElectionArticle()) && !VerbHedged(sb, se, t))
      IncludedEndorsers(sb, se, s, t);
    if (endorse_verb || back_verb || backed_by || first_to) {
      VerbEndorsement(sb, se, s, t, {endorse_verb, back_verb, backed_by, first_to}, election);
      continue;
    }
    // "has the backing of X" also outside an election sentence, with a
    // named subject next to it (below).
    // Outside an election sentence, support from named people is an
    // endorsement when they are listed as examples of a group ("Y has
    // support from big-name Democrats such as X") or set beside
    // endorsements ("While Y has the endorsements of A, Z has the support
    // of B").
    const bool support_noun = (w == "support" && (election || SupportListFollows(t, se) ||
                                                  ElectionArticle() || endorsement_word)) ||
                              w == "backing";
    // "Gov. X, Y's latest endorsement, said", "X's endorsement is a get
    // for Y" (endorsement_predicates.cc).
    if ((w == "endorsement" || w == "backing") && EndorsementPredicate(s, t)) continue;
    // "Y thanked X for his endorsement" (endorsement_thanks.cc).
    if ((w == "endorsement" || w == "backing") && ThankedEndorsement(s, t)) continue;
    if (w == "endorsement" || w == "endorsements" || support_noun)
      NominalEndorsement(s, t, support_noun, election);
  }
  // No specific rule used the sentence: the general frame.
  if (out_.size() == facts_before) EndorsementFrame(s, election);
  // Nor the frame: "endorsement(s) from|by X" with any verb.
  if (out_.size() == facts_before) EndorsementFromBy(s);
  // Nor that: "X's endorsement carried Y to victory".
  if (out_.size() == facts_before) EffectEndorsements(s);
  // "..., the second senator to do so after Z" (endorsement_do_so.cc).
  if (out_.size() > facts_before) DoSoAfterEndorsers(s, facts_before);
}

// "X threw|put (his) support behind Y", "X threw his weight behind Y" at
// "behind" `t`: only a person Y for "weight" (a bill's more often).
void RelationFinder::SupportBehind(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, uint32_t noun,
                                   bool election) {
  const bool weight = d_.Lower(noun) == "weight";
  uint32_t v = noun - 1;
  if (In(d_.Lower(v), {"full", "whole", "his", "her", "its", "their"})) --v;
  if (In(d_.Lower(v), {"his", "her", "its", "their"}) && v > sb) --v;
  if (In(d_.Lower(v), {"threw", "throws", "throw", "throwing", "thrown", "put", "puts"})) {
    bool hedged = false;
    for (uint32_t k = v > sb + 4 ? v - 4 : sb; k < v; ++k)
      hedged |=
          In(d_.Lower(k), {"not",      "n't",      "never",  "may",       "might",      "could",
                           "would",    "whether",  "if",     "refused",   "declined",   "won't",
                           "didn't",   "unlikely", "likely", "reluctant", "reluctance", "expected",
                           "hesitant", "urged",    "asked",  "should",    "will"});
    // "former Acme aides have thrown their support behind Y": the aides.
    // "X throws support behind Y: 'YouTube is not the Star Chamber'": a
    // cause, not a candidacy, outside an election sentence or article.
    int src = hedged || ModifiedGroupNoun(sb, v) || !(election || ElectionArticle())
                  ? -1
                  : SubjectOf(sb, v);
    // "The group threw its support behind Y" (endorsement_org_ends.cc).
    if (src < 0 && !hedged && !ModifiedGroupNoun(sb, v) && (election || ElectionArticle()))
      src = GroupSubject(sb, v);
    int pos = src >= 0 ? ObjectPos(t + 1, se) : -1;
    if (pos >= 0 && weight && !IsType(Ent(pos), EntityType::kPerson)) pos = -1;
    if (pos >= 0) {
      for (int x : Subjects(sb, v, src)) {
        for (int dst : Coordinated(static_cast<uint32_t>(pos), se)) {
          if (!weight || IsType(dst, EntityType::kPerson))
            Add("ENDORSES", x, dst, s, "endorse.support");
        }
      }
    } else if (src >= 0) {
      // "threw his support behind the Texan" (endorsement_described_givers.cc).
      const std::vector<int> subjects = Subjects(sb, v, src);
      // Nor a person named in an aside on the subject ("X, who served in
      // the Z administration, threw her support behind the nominee").
      std::vector<int> exclude = subjects;
      uint32_t a = v;
      while (a > sb && SkippableBeforeVerb(a - 1)) --a;
      for (uint32_t k = TrailedNameEnd(sb, a); k < a; ++k) {
        if (IsType(Ent(k), EntityType::kPerson)) exclude.push_back(Ent(k));
      }
      const int y = DescribedObjectPerson(t + 1, exclude);
      for (int x : subjects) Add("ENDORSES", x, y, s, "endorse.support");
    }
  }
}

// Whether the endorsing verb at `t` states no fact: hedged or denied.
bool RelationFinder::VerbHedged(uint32_t sb, uint32_t se, uint32_t t) const {
  // Hedged or denied endorsements are not facts: "may endorse", "has not
  // endorsed", "whether he'll endorse", "refused to endorse".
  // "not ready to support or endorse Y": the hedge before the first of
  // coordinated verbs covers the last; a choice ("or") or an infinitive
  // of coordinated verbs is no fact.
  const uint32_t first_verb = CoordinatedVerbStart(t, sb);
  if (first_verb < t &&
      (d_.Lower(t - 1) == "or" || (first_verb > sb && d_.Lower(first_verb - 1) == "to")))
    return true;
  bool hedged = false;
  // Four words before the verb, not counting an aside on its subject ("if
  // X, a Democrat, endorsed Y" is hedged; "X, who may run, endorsed Y" is not).
  uint32_t a = first_verb;
  while (a > sb && SkippableBeforeVerb(a - 1)) --a;
  const uint32_t aside = TrailedNameEnd(sb, a);
  uint32_t from = first_verb;
  for (int n = 0; from > sb && n < 4; ++n) from = aside < a && from == a ? aside - 1 : from - 1;
  for (uint32_t k = from; k < t; ++k) {
    if (aside < a && k >= aside && k < a) continue;
    std::string_view x = d_.Lower(k);
    // "who has not only endorsed Y but ...": an addition, not a denial.
    if (x == "not" && k + 1 < t && d_.Lower(k + 1) == "only") continue;
    // "instead of backing Y" is none; "but instead endorsed Y" is one.
    if (x == "instead" && !(k + 1 < t && d_.Lower(k + 1) == "of")) continue;
    // "who left the race in May, endorsed Y": a capitalised "May" inside
    // the sentence is the month (or a surname), not the modal.
    if (x == "may" && k > sb && d_.Text(k)[0] == 'M') continue;
    if (In(x, {"not",          "n't",         "never",      "no",          "may",
               "might",        "could",       "would",      "should",      "whether",
               "if",           "none",        "refused",    "declined",    "unwilling",
               "nor",          "won't",       "didn't",     "doesn't",     "hasn't",
               "haven't",      "wouldn't",    "'ll",        "considering", "urged",
               "asked",        "pressing",    "lobbying",   "expected",    "plans",
               "likely",       "insinuating", "suggesting", "implying",    "claiming",
               "falsely",      "rumored",     "imply",      "implies",     "implied",
               "misleadingly", "instead",     "without",    "nary",        "\xe2\x80\x99ll",
               "short"}) ||               // "stopped just short of endorsing Y"
        x.ends_with("n\xe2\x80\x99t") ||  // "hasn’t": a curly apostrophe
        x.ends_with("\xe2\x80\x99ll") ||
        x.ends_with("'ll"))  // "he’ll"
      hedged = true;
  }
  // "X denied (reports) that he had endorsed Y": a denial of the clause
  // after it ("X, who denied wrongdoing, endorsed Y" is no denial of it).
  for (uint32_t k = first_verb > sb + 7 ? first_verb - 7 : sb; k + 1 < t && !hedged; ++k) {
    hedged = In(d_.Lower(k), {"denied", "denies", "deny", "denying"}) &&
             In(d_.Lower(k + 1), {"that", "he", "she", "it", "they", "having", "ever", "reports"});
  }
  hedged |= NeitherNorBefore(sb, first_verb) || ChoiceOrQuestion(sb, t, se);
  // "endorsed neither X nor Y".
  return hedged || (t + 1 < se && In(d_.Lower(t + 1), {"neither", "none", "nobody", "no"}));
}

// A form of "endorse" or a backing verb at `t` that is no hedge: the passive
// "Y was endorsed by X" (endorsement_passive.cc) or the active "X endorsed
// Y" (endorsement_active.cc).
void RelationFinder::VerbEndorsement(uint32_t sb, uint32_t se, uint32_t s, uint32_t t,
                                     EndorsingVerb v, bool election) {
  if (VerbHedged(sb, se, t)) return;
  const std::string_view w = d_.Lower(t);
  // "endorsed by X", "endorsed Friday by X", "endorsed on Monday by X".
  uint32_t by = t + 1;
  while (by < se && by < t + 4 &&
         (d_.Has(by, kMonthOrDay) || In(d_.Lower(by), {"on", "last", "this", "week", "today",
                                                       "yesterday", "month", "earlier"})))
    ++by;
  if (by < se && d_.Lower(by) != "by") by = PassiveAdjunctBy(t, se);
  const bool passive =
      (w == "endorsed" || w == "backed" || w == "supported") && by < se && d_.Lower(by) == "by";
  if (passive)
    PassiveEndorsement(sb, se, s, t, by, v.backed_by, election);
  else
    ActiveEndorsement(sb, se, s, t, v, election);
}

}  // namespace kg::extract::internal
