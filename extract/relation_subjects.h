// Internal to extract/: the subject, object, list and description helpers
// that both relation rule families call: who is the subject of a verb
// (SubjectOf and the apposition, participle and relative-clause heads it
// tries), the object after a verb or the agent after "by", the entities
// coordinated in a list, the person or organisation a description ("the
// senator", "the group", "it") names, and Add, which records a fact. It
// sits between the shared state (RelationContext, relation_context.h) and
// the rules: RoleRules (role_rules.h, HAS_ROLE) and RelationFinder
// (relation_finder.h, ENDORSES) derive from it, so a helper here may call
// only other helpers here, never a rule.
#ifndef KG_EXTRACT_RELATION_SUBJECTS_H_
#define KG_EXTRACT_RELATION_SUBJECTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/relation_context.h"
#include "extract/relation_words.h"
#include "extract/relations.h"

namespace kg::extract::internal {

class RelationSubjects : protected RelationContext {
 protected:
  RelationSubjects(const Document& d, const MentionTable& m, const std::vector<QuoteFact>& quotes)
      : RelationContext(d, m, quotes) {}

  bool Boundary(uint32_t t) const;
  int PossessedApposition(uint32_t sb, uint32_t c) const;
  int SubjectBefore(uint32_t sb, uint32_t v) const;
  // The subject of the verb at `v`; without `first_of_clause`, only a
  // subject next to the verb (a mention, pronoun, description or relative).
  int SubjectOf(uint32_t sb, uint32_t v, bool first_of_clause = true) const;
  int DashAsideSubject(uint32_t sb, uint32_t t) const;
  // relative_asides.cc: "Y, who is running for governor, was endorsed".
  int CommaRelativeSubject(uint32_t sb, uint32_t t, uint32_t v) const;
  // relative_asides.cc: the commas around an aside after a name ("Y, who is
  // running for governor,", "Y, a former state senator,", "Y, 45,").
  bool AsideOpener(uint32_t k) const;
  uint32_t AsideEnd(uint32_t c, uint32_t se) const;
  uint32_t AsideStart(uint32_t sb, uint32_t c) const;
  // relative_asides.cc: past a party tag "(D-Ohio)" and an aside after a name.
  uint32_t TagEnd(uint32_t k, uint32_t se) const;
  uint32_t PastNameAside(uint32_t k, uint32_t se) const;
  uint32_t BeforeNameAside(uint32_t sb, uint32_t t) const;
  // subject_asides.cc: a relative clause, apposition, age or party tag
  // between a name and the token `t` ("X, who is seeking re-election,
  // was"): where one aside opens, the token after the name the asides
  // trail (`t` when none), and that name's entity (-1 when none).
  uint32_t AsideOpening(uint32_t sb, uint32_t t) const;
  uint32_t TrailedNameEnd(uint32_t sb, uint32_t t) const;
  int TrailedName(uint32_t sb, uint32_t t) const;
  bool PoliticalAside(uint32_t sb, uint32_t t) const;
  bool SkippableBeforeVerb(uint32_t t) const;
  int AppositionSubject(uint32_t sb, uint32_t c) const;
  // endorsement_participle_heads.cc: "those backing Y"; "X (R-Ky.) backing Y".
  bool PronounHeadsParticiple(uint32_t sb, uint32_t t, uint32_t v) const;
  int TaggedParticipleSubject(uint32_t sb, uint32_t t, uint32_t v) const;
  uint32_t SkipNameTail(uint32_t sb, uint32_t t) const;
  int ObjectAfter(uint32_t v, uint32_t se) const;
  // endorsement_after_object.cc: the comma at `c` opens a description's
  // apposition naming a person ("endorsed Y's opponent, the former governor X").
  bool DescribedApposition(uint32_t c) const;
  // endorsement_object_appositions.cc: "endorsed a candidate: Y", "backed
  // one of his rivals -- Y": the position of Y after the noun phrase at `t`.
  int ContenderApposition(uint32_t t, uint32_t se) const;
  // endorsement_org_ends.cc: "Everytown" for "Everytown for Gun Safety".
  int OrgShortForm(uint32_t k) const;
  int ObjectPos(uint32_t v, uint32_t se) const;
  uint32_t FriendNameStart(uint32_t p, uint32_t se) const;
  // The entities coordinated with the one at `first`; a verb after the last
  // one ends the list unless `subject_phrase` (the list is inside a subject:
  // "the backing by A and B has helped").
  std::vector<int> Coordinated(uint32_t first, uint32_t se, bool subject_phrase = false) const;
  // endorsement_after_object.cc: a time adverb at `k` after a listed object
  // ("endorsed A and B shortly after", "nearly a year ago", "the day before").
  bool TimeAdverbAt(uint32_t k, uint32_t se) const;
  // endorsement_after_object.cc: the end of a time phrase at `k` that closes
  // its clause ("on Tuesday.", "last week,", "earlier this year."), else `k`.
  uint32_t TrailingTimeEnd(uint32_t k, uint32_t se) const;
  // endorsement_after_object.cc: past "and campaigned for|donated to|praised"
  // at the "and" at `a` right after an endorsing verb; `a` when no such
  // second predicate of support follows.
  uint32_t SharedObjectStart(uint32_t a, uint32_t se) const;
  // list_joiners.cc: past "as well as", "and then", "but also", a repeated
  // preposition ("from A, as well as from B").
  uint32_t ListJoinerEnd(uint32_t first, uint32_t t, uint32_t se, bool* joined) const;
  // list_joiners.cc: `t - 1` when "and even|then|also" stands before the listed name at `t`.
  uint32_t ListAdverbBefore(uint32_t sb, uint32_t t) const;
  // list_joiners.cc: whether an endorsing verb ("endorsed", "is backing") stands right before `t`.
  bool EndorsingVerbBefore(uint32_t t) const;
  // list_joiners.cc: whether the agent `e` after "by" at `from` only owns the
  // named agent after its possessive ("by X's powerful Acme Review").
  bool OwnerOfNamedAgent(int e, uint32_t from, uint32_t se) const;
  // list_descriptions.cc: the name after a description of a person at `t`
  // (", soccer star A"), else `t`.
  uint32_t ListedDescriptionEnd(uint32_t t, uint32_t se, bool after_and) const;
  // list_descriptions.cc: the token after "two former secretaries of
  // defense:" opening a list of endorsers at `k`, else `k`.
  uint32_t CountedGroupEnd(uint32_t k, uint32_t se) const;
  // list_descriptions.cc: the token after "Washington, D.C.," (a city and
  // its state set off by commas) before a titled name at `t`, else `t`.
  uint32_t CommaPlaceEnd(uint32_t t, uint32_t se) const;
  // endorsement_colon_lists.cc: whether the colon at `colon` opens the names
  // of a plural object from `v` ("endorsed three candidates: A, B and C").
  bool ColonOpensPlural(uint32_t v, uint32_t colon, uint32_t se) const;
  int SpeakerOf(uint32_t tok) const;
  bool AgentOfParticiple(uint32_t t) const;
  int RelativeHead(uint32_t sb, uint32_t t) const;
  int PassiveAgent(uint32_t by, uint32_t se) const;
  bool HedgedBefore(uint32_t sb, uint32_t v) const;
  int EntityNamed(std::string_view name) const;
  void Add(const char* type, int src, int dst, uint32_t sent, const char* rule,
           std::string title = "");
  // endorsement_list_items.cc: for the organisation `e` named at *t before a
  // title and a person ("House Speaker X"), the person, *t moved to her
  // name; else `e`.
  int TitledPersonAfterOrg(int e, uint32_t* t, uint32_t se) const;
  int PersonAfterOrgTitle(int e, uint32_t from, uint32_t se) const;
  // "'s (Senate|presidential|2020 ...) bid|campaign|candidacy" at `after`
  // (endorsement_bids.cc).
  bool CandidacyAfter(uint32_t after, uint32_t se) const;
  bool OfficeAt(uint32_t k, uint32_t se) const;
  uint32_t OfficePhraseEnd(uint32_t k, uint32_t se) const;  // endorsement_cues.cc
  // "New York Times data expert Nate": an organisation's name that only
  // describes the person named after it (endorsement_org_ends.cc).
  bool OrgBeforePersonNoun(uint32_t after, uint32_t se) const;
  // endorsement_org_ends.cc: the organisation a description at noun `n`
  // ("the group", "his union") names; whether `e` is a labour union.
  int OrgDescriptionReferent(uint32_t sb, uint32_t n) const;
  bool LabourOrg(int e) const;
  bool PaperOrg(int e) const;
  int OnePaperBefore(uint32_t k) const;
  // endorsement_org_ends.cc: the organisation that says "it" at `it` does
  // something ("when Q announced (that) it was backing Y"), or -1.
  int ReportedItSubject(uint32_t sb, uint32_t it) const;
  // endorsement_org_anaphora.cc: whether "it|its" at `it` opens its
  // sentence; the organisation it stands for ("The Q Club endorsed A. It
  // also endorsed B": the one organisation opening the sentence before,
  // `depth` more steps through such an "it").
  bool ItOpensSentence(uint32_t it) const;
  int ItOrgAntecedent(uint32_t it, int depth) const;
  bool GovernmentBody(int e) const;
  // endorsement_descriptions.cc: the person a description names ("the
  // senator", "the activist") at `the`, never one of `exclude`; *end is the
  // token after it. DescribedSubject: such a description right before the
  // verb at `v`.
  // With `possessive`, the description must own what follows ("the
  // president's endorsement"); *end is then the possessive token.
  int DescribedPerson(uint32_t the, const std::vector<int>& exclude, bool object, uint32_t* end,
                      bool possessive = false) const;
  int DescribedSubject(uint32_t sb, uint32_t v) const;
  // endorsement_descriptions.cc: "the Democratic nominee" for a person the
  // article marks as a Republican.
  bool OtherParty(int person, uint32_t the, uint32_t e) const;
  // coordinated_relatives.cc: "X, who led the effort and who endorsed Y".
  int CoordinatedRelativeHead(uint32_t sb, uint32_t who) const;
  // endorsement_cataphora.cc: the person named after the comma of "Though
  // she backed Y, X ..." for the pronoun at `p`, else -1.
  int FrontedClausePronoun(uint32_t sb, uint32_t p) const;
  int TitleAt(uint32_t t) const;
  // role_descriptions.cc: "the French newspaper Y", "Democratic polling firm Y".
  uint32_t OrgDescriptionEnd(uint32_t o, uint32_t se) const;
  bool IsLegislature(int e) const;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_RELATION_SUBJECTS_H_
