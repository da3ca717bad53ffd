// Internal to extract/: the sentence-level relation finder shared by
// relations.cc (ENDORSES) and roles.cc (HAS_ROLE), and the ENDORSES rules
// with their own helpers. Run() walks the sentences and calls the ENDORSES
// rules listed here, then the HAS_ROLE rules of its base RoleRules
// (role_rules.h). The subject, object, list and description helpers both
// families use are in RelationSubjects (relation_subjects.h), the state
// (the resolved mentions, the quotation mask, the facts found so far) in
// RelationContext (relation_context.h), and the word tests and the verb
// kind the rules share in relation_words.h.
#ifndef KG_EXTRACT_RELATION_FINDER_H_
#define KG_EXTRACT_RELATION_FINDER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/relation_trigger_words.h"
#include "extract/relation_words.h"
#include "extract/relations.h"
#include "extract/role_rules.h"

namespace kg::extract::internal {

// The quoted tokens `in_quote` with the quoted fragments of narrated
// sentences ('was "proud to endorse" Y') unquoted (endorsement_fragments.cc).
std::vector<bool> NarratedFragments(const Document& d, const MentionTable& m,
                                    const std::vector<bool>& in_quote);

class RelationFinder : private RoleRules {
 public:
  RelationFinder(const Document& d, const MentionTable& m, const std::vector<QuoteFact>& quotes)
      : RoleRules(d, m, quotes) {}

  std::vector<RelationFact> Run();

 private:
  int ParticipleSubject(uint32_t sb, uint32_t a, uint32_t se) const;
  // endorsement_participles.cc: "X campaigned for Y, after endorsing her";
  // "X, chairman of Z and a superdelegate backing Y".
  int CommaAdjunctSubject(uint32_t sb, uint32_t a) const;
  int MainClauseSubject(uint32_t sb, uint32_t c) const;
  bool MainClauseHedged(uint32_t sb, uint32_t e) const;
  int PostposedGerundSubject(uint32_t sb, uint32_t prep) const;
  int DescribedOpeningSubject(uint32_t sb, uint32_t p) const;
  bool ChosenToBack(uint32_t sb, uint32_t t) const;
  int SpeakerGerundSubject(uint32_t sb, uint32_t prep) const;
  int CoordinatedAppositionHead(uint32_t sb, uint32_t a) const;
  int FrontedSubject(uint32_t sb, uint32_t v, uint32_t se) const;
  std::vector<int> Subjects(uint32_t sb, uint32_t v, int subject) const;
  // Helpers of Subjects (endorsement_subject_lists.cc): a party tag after a name,
  // an apposition after a list, a description before a listed name.
  uint32_t PartyTagTail(uint32_t sb, uint32_t t) const;
  uint32_t ListApposition(uint32_t sb, uint32_t t) const;
  uint32_t DescriptionBeforeListed(uint32_t sb, uint32_t t, bool serial) const;
  bool PluralTitleBefore(uint32_t sb, uint32_t t) const;   // endorsement_nested_lists.cc
  bool PluralTitledBefore(uint32_t sb, uint32_t a) const;  // endorsement_nested_lists.cc
  bool ListOpensClause(uint32_t sb, uint32_t b) const;     // endorsement_nested_lists.cc
  // endorsement_nested_lists.cc: "A, as well as B, endorsed Y".
  uint32_t AccompanimentBefore(uint32_t sb, uint32_t t, std::vector<int>* names) const;
  uint32_t NameAfterTitles(uint32_t k, uint32_t limit) const;  // endorsement_nested_lists.cc
  std::vector<int> ListOpeningClause(uint32_t sb, uint32_t v, int subject) const;
  bool SingularVerb(uint32_t b, uint32_t v) const;
  bool NeitherNorBefore(uint32_t sb, uint32_t v) const;
  bool ChoiceOrQuestion(uint32_t sb, uint32_t t, uint32_t se) const;
  int GerundClauseSubject(uint32_t sb, uint32_t p) const;
  bool FrontedAdverbial(uint32_t sb, uint32_t comma) const;
  int DescribedWhomHead(uint32_t sb, uint32_t w) const;
  // endorsement_after_object.cc: endorsers after the object at `pos` ("X
  // endorsed Y, as did Z", "the A endorsed Y, along with the B").
  std::vector<int> TrailingEndorsers(uint32_t pos, uint32_t se) const;
  bool TitledAlongGiver(uint32_t pos, uint32_t cue, uint32_t f, uint32_t se) const;
  // endorsement_ellipsis.cc: "X endorsed Y, and so did Z", "Z followed suit".
  void EllipsisEndorsers(uint32_t s);
  // endorsement_hyphens.cc: "the Doe-backed Y", "Y, a Doe-backed progressive".
  void GluedEndorser(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  std::vector<int> EllipsisSubjects(uint32_t sb, uint32_t se, uint32_t k, bool* opens,
                                    uint32_t* clause) const;
  std::vector<int> RepeatableEndorsees(uint32_t s) const;
  bool ClauseAfterEndorsee(uint32_t sb, uint32_t clause, int y) const;
  bool ContinuedVerb(uint32_t t, uint32_t sb) const;
  std::vector<int> JoinedEndorsers(uint32_t sb, uint32_t t, bool* hedged) const;
  uint32_t Triggers(uint32_t sb, uint32_t se) const;
  bool SupportFollowed(uint32_t t, uint32_t se) const;
  void Endorsements(uint32_t s);
  void SupportBehind(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, uint32_t noun,
                     bool election);
  uint32_t AsideNoun(uint32_t sb, uint32_t t) const;
  bool VerbHedged(uint32_t sb, uint32_t se, uint32_t t) const;
  void VerbEndorsement(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, EndorsingVerb v,
                       bool election);
  // endorsement_passive.cc and endorsement_active.cc: the clause at the verb.
  void PassiveEndorsement(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, uint32_t by,
                          bool backed_by, bool election);
  uint32_t PassiveAdjunctBy(uint32_t t, uint32_t se) const;
  // endorsement_colon_lists.cc: "two lawmakers endorsed by the group: A and B".
  int ColonListedEndorsee(uint32_t t, uint32_t by, uint32_t se) const;
  bool ActiveEndorser(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, EndorsingVerb v,
                      bool election, int* src, uint32_t* subject_verb, bool* next_to_verb);
  void ActiveEndorsement(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, EndorsingVerb v,
                         bool election);
  // endorsement_active.cc: the copula of "X is (very) proud to endorse Y".
  uint32_t CopulaBefore(uint32_t sb, uint32_t adj) const;
  // endorsement_fronted.cc ("Endorsed by X, Y won"), _do_so.cc ("the second
  // to do so after Z"), _pronoun_objects.cc ("X is backing him."), _support_for.cc.
  int FrontedClauseSubject(uint32_t from, uint32_t se, uint32_t* comma) const;
  // "Y was endorsed by the president|by his former guru, X"
  // (endorsement_described_agents.cc).
  int DescribedPassiveAgent(uint32_t by, uint32_t se) const;
  int IncludedAgent(uint32_t a, uint32_t se) const;
  uint32_t PrepositionAfterTime(uint32_t t, uint32_t se) const;  // endorsement_nouns.cc
  bool DescribedAgentCloses(uint32_t e, uint32_t se, bool aside, bool kin) const;
  bool FrontedPassive(uint32_t se, uint32_t s, uint32_t t, uint32_t by, bool backed_by);
  void DoSoAfterEndorsers(uint32_t s, size_t facts_before);
  bool PronounEndsBacking(uint32_t t, uint32_t se) const;
  bool SignaledSupport(std::string_view verb, uint32_t t, uint32_t se) const;
  bool SupportVoiced(std::string_view verb, uint32_t t, uint32_t se) const;
  bool ThankedEndorsement(uint32_t s, uint32_t t);         // endorsement_thanks.cc
  int ButPredicateSubject(uint32_t sb, uint32_t v) const;  // endorsement_but_predicates.cc
  bool CountedAmongBackers(uint32_t s, uint32_t a);        // endorsement_among.cc
  void NominalEndorsement(uint32_t s, uint32_t t, bool support_noun, bool election);
  // endorsement_noun_receivers.cc: whether the endorsement noun at `t` (its
  // phrase from `k`) is received or held; where its determiners start, who holds it.
  bool NounReceived(uint32_t sb, uint32_t se, uint32_t t, uint32_t k, uint32_t* det,
                    int* holder) const;
  // "Y, who with the support of X" (endorsement_noun_receivers.cc).
  int SupportHolderBeforeWith(uint32_t sb, uint32_t se, uint32_t with, uint32_t t) const;
  int GiverOf(uint32_t sb, uint32_t det) const;
  // endorsement_recipients.cc: "X's endorsement went to Y", "X's
  // endorsements -- bestowed upon both A and B"; true when it added one.
  bool EndorsementGoneTo(uint32_t s, uint32_t k, uint32_t t);
  // endorsement_switches.cc: "X switched his endorsement from Z to Y"; true
  // when the noun is so switched (whether or not it added X -> Y).
  bool SwitchedEndorsement(uint32_t s, uint32_t k, uint32_t t);
  // endorsement_predicates.cc: "Gov. X, Y's latest endorsement, said" and
  // "X's endorsement is an important get for Y"; true when it added one.
  bool EndorsementPredicate(uint32_t s, uint32_t t);
  // endorsement_displayed.cc: "Y highlighted|leaned on X's endorsement",
  // "Y is running with X's endorsement".
  int DisplayVerbStart(uint32_t sb, uint32_t v) const;
  int DisplayedHolder(uint32_t sb, uint32_t q, uint32_t t, uint32_t se) const;
  int DisplayedPossessive(uint32_t sb, uint32_t k, uint32_t t, uint32_t se) const;
  int RelativeClauseSubject(uint32_t sb, uint32_t v) const;
  int Subject(uint32_t sb, uint32_t v) const;
  // The endorsement-frame fallback (endorsement_frame.cc) for a sentence
  // where no other ENDORSES rule fired.
  void EndorsementFrame(uint32_t s, bool election);
  int FrameEndorserAt(uint32_t from, uint32_t se) const;
  // endorsement_described_givers.cc: the person "the president's" names
  // before the endorsement noun phrase starting at `k` (never one of
  // `exclude`), -1 when none; *the_at is where the description starts.
  int DescribedPossessor(uint32_t sb, uint32_t k, const std::vector<int>& exclude,
                         uint32_t* the_at) const;
  // endorsement_described_givers.cc: the people listed between "joined"
  // and "in" before the gerund at `t` ("Z joined other contenders like A
  // and B in endorsing him"), whether or not they form a list, in *names;
  // the gerund is not so joined (-1); else the position of "joined".
  int JoinedGerund(uint32_t sb, uint32_t t, std::vector<int>* names) const;
  // endorsement_described_givers.cc: "X, a harsh critic of Z, endorsed":
  // the head of the apposition before the verb at `v`, -1 when none.
  int DescribedAppositionHead(uint32_t sb, uint32_t v) const;
  // endorsement_described_givers.cc: the person an object description at
  // `the` names ("endorsement of the billionaire", "support behind the
  // Texan", "won the endorsement of the president"), never one of
  // `endorsers`; -1 when none.
  int DescribedObjectPerson(uint32_t the, const std::vector<int>& endorsers) const;
  // endorsement_from_by.cc: "endorsement(s) from|by X" whatever the verb,
  // for a sentence the frame did not use either.
  void EndorsementFromBy(uint32_t s);
  // endorsement_effects.cc: "X's endorsement carried Y to victory", for a
  // sentence neither the frame nor the from/by fallback used.
  void EffectEndorsements(uint32_t s);
  int EffectObject(uint32_t v, uint32_t se, int src) const;
  int EffectPronoun(uint32_t p, uint32_t se, int src) const;
  int NamedAfterDescription(uint32_t from, uint32_t se) const;
  int CampaignOwner(uint32_t sb, uint32_t end, const std::vector<int>& endorsers) const;
  void Endorsee(uint32_t s, uint32_t t);
  int ReceiverOf(uint32_t sb, uint32_t v, bool first_of_clause) const;
  int RelativeSubject(uint32_t sb, uint32_t v) const;
  int AppositionHead(uint32_t sb, uint32_t c) const;
  int OrgBeforeComma(uint32_t sb, uint32_t c) const;
  // endorsement_lists.cc: round-up shapes of endorsement nouns.
  std::vector<int> ListedEndorsers(uint32_t from, uint32_t se) const;
  // endorsement_list_items.cc: an apposition after a listed endorser, a
  // description before one, the semicolons of a series.
  uint32_t ListedAppositionEnd(uint32_t c, uint32_t se) const;
  uint32_t DescribedListItem(uint32_t k, uint32_t se) const;
  bool SemicolonSeriesAfter(uint32_t j, uint32_t se) const;
  uint32_t UnnamedListItemEnd(uint32_t k, uint32_t se) const;
  int DoubleObjectReceiver(uint32_t sb, uint32_t a, const std::vector<int>& exclude) const;
  // endorsement_one_of.cc: "X, one of Y's earliest backers", "X was one of
  // Y's earliest supporters".
  void OneOfBackers(uint32_t sb, uint32_t s, uint32_t t, bool election);
  int OneOfSubject(uint32_t sb, uint32_t one) const;
  bool NameOpensClause(uint32_t sb, uint32_t b) const;
  bool OneOfBefore(uint32_t sb, uint32_t t) const;
  int CoordinatedAppositionOwner(uint32_t sb, uint32_t a) const;
  // endorsement_said_would.cc: "X said he would back Y".
  int SaidWouldSubject(uint32_t sb, uint32_t m) const;
  int ParticipialAsideSubject(uint32_t sb, uint32_t v) const;  // endorsement_active.cc
  uint32_t ModalBefore(uint32_t sb, uint32_t v) const;
  bool SaidWouldEndorse(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, bool election);
  uint32_t SpeechAdjunctStart(uint32_t sb, uint32_t v) const;
  void IncludedEndorsers(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  int AgentMentionEnd(uint32_t by, uint32_t se) const;
  bool AgentEndsClause(uint32_t by, uint32_t se) const;
  bool RaceAfterAgent(uint32_t by, uint32_t se) const;
  bool ModifierOnly(int e, uint32_t from, uint32_t se) const;
  int NamedDescriptionAfter(uint32_t from, uint32_t se) const;
  int DashAsideGiverAfter(uint32_t from, uint32_t se) const;  // endorsement_named_descriptions.cc
  bool BackingVerb(uint32_t t, uint32_t sb, uint32_t se, bool election) const;
  // endorsement_groups.cc: "Acme Action, a super PAC supporting Y" and "the
  // super PAC backing Y, Acme Action"; true when it named the group.
  bool GroupBacking(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  // endorsement_speaker.cc: "I'm proud to endorse Y," X said; true when it
  // found the candidate.
  bool SpeakerEndorses(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  // Spoken endorsements (endorsement_speaker.cc, _held_support.cc,
  // _spoken_nouns.cc): "my friend Y", "I am proud," X said, "to endorse Y",
  // "it is my honor to", "couldn't be prouder to", "if" before; "Y has my
  // support"; "we at the Q Union", "On behalf of Q, I"; "my endorsement goes
  // to Y"; "we|our" resolved to the speaker's organisation after the roles.
  uint32_t FriendPhraseEnd(uint32_t v, uint32_t se) const;
  uint32_t InterruptedAnnouncement(uint32_t sb, uint32_t to) const;
  uint32_t ItIsMyHonor(uint32_t sb, uint32_t noun) const;
  uint32_t CouldNotBeProuder(uint32_t sb, uint32_t prouder) const;
  bool QuotedCondition(uint32_t sb, uint32_t t) const;
  bool HeldSupport(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  bool ReportedHeldSupport(uint32_t sb, uint32_t s, uint32_t t, uint32_t b, int y);
  bool NestedQuoteAt(uint32_t sb, uint32_t k) const;
  uint32_t GroupSubjectStart(uint32_t sb, uint32_t k, int* org) const;
  int BehalfOrg(uint32_t sb, uint32_t i) const;
  bool SpokenNounEndorsement(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, uint32_t n);
  bool SpokenBackingWord(uint32_t sb, uint32_t t) const;
  void SpokenForEndorsement(int src, int y, uint32_t s);
  void ResolveSpokenFor();
  struct SpokenFor {
    int speaker, candidate;
    uint32_t sentence;
  };
  std::vector<SpokenFor> spoken_for_;
  // endorsement_first_person.cc: the quotation's speaker for a first-person
  // subject ("I've been endorsed by X"; "we" with `plural`; -2: not first
  // person), for a "me|my campaign" object ("X endorsed me"), and the
  // agents of "endorsed by A, by B and by C" after the first.
  int FirstPersonSubject(uint32_t k, bool plural) const;
  int NamedSpeakerOf(uint32_t k) const;
  int QuotedSpeakerObject(uint32_t o, uint32_t se, const std::vector<int>& endorsers) const;
  std::vector<int> RepeatedAgents(uint32_t pos, uint32_t se) const;
  // endorsement_first_person.cc: who "him" or "his reelection" at `v` is in
  // the speaker `src`'s "I endorse him" (said of Y; a person the quotation
  // names just before), else -1.
  uint32_t CoordinatedSpeakerVerb(uint32_t sb, uint32_t conj) const;
  int SaidOfPerson(uint32_t v, int not_this, bool* found) const;
  // endorsement_first_person.cc: "She endorsed Y," X said of Z.
  void QuotedPronounEndorser(uint32_t sb, uint32_t p, uint32_t t, uint32_t se, uint32_t s);
  int SpeakerPronounEndorsee(uint32_t sb, uint32_t t, uint32_t v, uint32_t se, int src) const;
  bool CoordinatedSupports(uint32_t sb, uint32_t p) const;  // endorsement_supporting.cc
  int WhoseClauseSubject(uint32_t sb, uint32_t v) const;
  bool SupportsCandidate(uint32_t t, uint32_t sb, bool race) const;
  // endorsement_support_verbs.cc: where a candidate named after a backing
  // verb starts past "state", a party word, a place and a title; whether a
  // comma before a verb closes a relative clause on a named person; "X has
  // gotten behind Y".
  uint32_t CandidateStart(uint32_t o, uint32_t se, bool described = false) const;
  bool ClosedRelativeBefore(uint32_t sb, uint32_t p) const;
  // endorsement_support_verbs.cc: "in|during the (2016 Democratic) primary",
  // "in 2016", "for 2020" at `k`.
  bool RacePhraseAt(uint32_t k, uint32_t se, bool year = false) const;
  bool ElectionYearAt(uint32_t k) const;
  void GotBehind(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, bool election);
  void SupportTo(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, bool election);
  void SupportFor(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  // endorsement_support_ellipsis.cc: "X announced her support Monday", the
  // candidate named before.
  int AnnouncedSupportVerb(uint32_t t, uint32_t sb, uint32_t se) const;
  int AnnouncedSupportCandidate(uint32_t s, const std::vector<int>& exclude) const;
  void AnnouncedSupport(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  int ClosedRelativeSubject(uint32_t sb, uint32_t v) const;
  // endorsement_supporting.cc: "X, D-Ill., is supporting Y", "President X,
  // a close ally of Z, is supporting Y".
  bool TitledPersonEndsAt(uint32_t sb, uint32_t e) const;
  int DescribedSupporterBefore(uint32_t sb, uint32_t p) const;
  int CoordinatedPredicateSubject(uint32_t sb, uint32_t v) const;
  bool PossessiveSupportHeld(uint32_t sb, uint32_t k) const;
  int GivenSupportVerb(uint32_t sb, uint32_t k) const;
  bool GivenSupport(uint32_t s, uint32_t k);
  void UrgedEndorsements(uint32_t s);
  // endorsement_among.cc: "A and B are among the Ns who endorsed Y", "Among
  // Y's endorsers are A and B".
  void AmongEndorsers(uint32_t s);
  int GroupClauseEndorsee(uint32_t k, uint32_t se, uint32_t* verb) const;
  void Backer(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  // endorsement_appositions.cc: "Y, a law professor backed by X" and "X, an
  // early backer of Y".
  int DescribedPassiveHead(uint32_t sb, uint32_t t, uint32_t by, uint32_t se, bool election) const;
  void BackerOf(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  uint32_t AfterIndefiniteArticle(uint32_t sb, uint32_t t) const;
  // "X was an early supporter of Y's presidential bid" (endorsement_supporter_of.cc).
  void SupporterOfCandidacy(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  void CameOutFor(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  void ListedBackers(uint32_t se, uint32_t s, uint32_t t);
  bool OfBackers(uint32_t t, uint32_t se, uint32_t* y, uint32_t* a) const;
  void PossessedBackerIs(uint32_t sb, uint32_t se, uint32_t s, uint32_t t);
  int PronounReferent(uint32_t t, Gender want, const std::vector<int>& exclude) const;
  // Whether `t` is inside a prepositional phrase opening sentence `sb`
  // before its first comma (endorsement_nouns.cc).
  bool OpeningPhrase(uint32_t sb, uint32_t t) const;
  int PronounObject(uint32_t t, uint32_t se, const std::vector<int>& src) const;
  // endorsement_pronoun_ends.cc: ENDORSES ends a pronoun stands for, checked
  // with PronounReferent for the facts out_[from...] of sentence `s`.
  int PronounEnd(uint32_t s, int e, const std::vector<int>& others) const;
  bool OpeningSubject(uint32_t k, Gender g, int e) const;
  int MainSubjectReferent(uint32_t s, uint32_t t, Gender want,
                          const std::vector<int>& exclude) const;
  void CheckPronounEnds(uint32_t s, size_t from);
  // endorsement_enclosed.cc: the head of an apposition or relative clause
  // holding the endorser `src` between a subject and its verb; `src` when
  // none holds it, -1 when the head is no entity.
  int EnclosedEndorser(uint32_t s, int src) const;
  // endorsement_state_party.cc: `e` unless sentence `s` calls it "the state
  // X Party" and it is not the party of a state named close before (-1).
  int StatePartyEnd(uint32_t s, int e) const;
  // endorsement_heads.cc: `src` unless sentence `s` names it only as a
  // modifier of the endorsing subject ("the son of X endorsed Y", "X's
  // campaign manager endorsed Y"): then the head's name in an apposition, else
  // -1.
  int ModifierEndorser(uint32_t s, int src) const;
  // endorsement_heads.cc: `src` unless sentence `s` names it only as the
  // object of a preposition before an endorsing verb coordinated with the
  // clause's verb ("W, who served under X and Z and endorsed Y"): then the
  // relative's head, else -1.
  int PrepObjectEndorser(uint32_t s, int src, int dst) const;
  // endorsement_heads.cc: the subject of a clause after ", and" that names
  // its own subject before the endorsing verb ("X backed Z, and his wife
  // endorsed Y": nobody; "..., and the arm of Z's group, Q, endorsed Y": Q);
  // `src` when the endorsing verb has no such subject.
  int NewClauseEndorser(uint32_t s, int src, int dst) const;
  // endorsement_heads.cc: the person a role noun after `dst` describes when
  // the object is "Z opponent|ally|aide W" ("backed Trump opponent Ted Cruz"),
  // else `dst`.
  int ModifierEndorsee(uint32_t s, int dst) const;
  // endorsement_objects.cc: whether every mention of the endorsee in
  // sentence `s` shows a policy, not a candidacy ("backed Y's bid to block
  // the merger", "backed Y on the tax bill", "endorsed the Y dossier").
  bool PolicyObject(uint32_t s, int dst) const;
  bool PolicyObjectAt(uint32_t k, uint32_t sb, uint32_t se) const;
  // endorsement_objects.cc: the endorser named only in a false report.
  bool FalseReport(uint32_t s, int src) const;
  // endorsement_objects.cc: the endorser named only as a modifier of a group
  // noun or with an issue after it.
  bool NotEndorser(uint32_t s, int src) const;
  int GroupSubject(uint32_t sb, uint32_t v) const;
  // endorsement_org_ends.cc: "Y has (all but) locked in|up the
  // endorsement of X": the receiving verb's stand-in before the particle at
  // `p`, or 0.
  uint32_t PhrasalReceive(uint32_t sb, uint32_t p) const;
  // endorsement_org_ends.cc: the organisation a description owns the
  // endorsement noun at `k` through: "the group's endorsement", "the group
  // announced its endorsement".
  int DescribedOwner(uint32_t sb, uint32_t k) const;
  // endorsement_org_ends.cc: "the [adj] newspaper" starting at `from` and
  // ending its phrase, as an agent or the giver after "of|from".
  int DescribedOrgAfter(uint32_t sb, uint32_t from, uint32_t se) const;
  // endorsement_org_anaphora.cc: the organisation a description before the
  // possessive of the noun at `k` names ("won the group's endorsement"), *q
  // its "the".
  int DescribedOrgPossessor(uint32_t sb, uint32_t k, uint32_t* q) const;
  int OrgAppositionHead(uint32_t sb, uint32_t c) const;
  // "the senator accepted defeat ..., and went on to endorse Y": the
  // description opening the clause of the coordinated verb at `v`
  // (endorsement_lead_ins.cc).
  int DescribedCoordinatedSubject(uint32_t sb, uint32_t v) const;
  int CopulaRelativeHead(uint32_t sb, uint32_t who) const;
  int FirstToEndorse(uint32_t sb, uint32_t to) const;
  // endorsement_ordinal.cc: the person after the comma that closes an
  // ordinal description opening the sentence ("The first senator to endorse
  // Y, X said ...").
  int FrontedOrdinalSubject(uint32_t to) const;
  uint32_t CoordinatedVerbStart(uint32_t t, uint32_t sb) const;
  bool PartitiveRelative(uint32_t sb, uint32_t v, std::vector<int>* whole) const;
  int ColonListAfter(uint32_t from, uint32_t se) const;
  int OrgRelativeHead(uint32_t sb, uint32_t v) const;
  int RelativePurposeSubject(uint32_t sb, uint32_t to) const;
  // endorsement_purposes.cc: "X dropped out to back Y", "spent $1 million to back Y".
  int PurposeSubject(uint32_t sb, uint32_t to, std::string_view verb) const;
  // endorsement_continued.cc: "continue|keep endorsing Y" at the gerund `t`;
  // the owner of "her decision|choice" whose pronoun is at `p` when the
  // clause's subject reports its own decision ("X explained her decision").
  bool ContinuedGerund(uint32_t sb, uint32_t t) const;
  int OwnDecisionSubject(uint32_t sb, uint32_t p) const;
  // endorsement_continued.cc: the owner of "X's speech endorsing Y" at the
  // participle `t`, else -1.
  int MediumOwner(uint32_t sb, uint32_t t) const;
  bool ModifiedGroupNoun(uint32_t sb, uint32_t v) const;
  bool SupportListFollows(uint32_t t, uint32_t se) const;
  int PartyTagSubject(uint32_t sb, uint32_t v) const;
  int IncludedListAfter(uint32_t t, uint32_t se) const;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_RELATION_FINDER_H_
