// Internal to extract/: the HAS_ROLE rules (roles.cc and the role_*.cc
// files): a person's title at an organisation from an apposition ("X, the
// chairman of Y"), a title before a name ("Acme CEO X"), a clause ("X leads
// Y", "X joined the board of Y"), "said X of Y" and an organisation's
// possessive ("CNN's X"), with the title, field and organisation helpers
// they use. RelationFinder (relation_finder.h) derives from it, runs these
// rules on each sentence after the ENDORSES ones and uses a few of the
// helpers (TitleAt, PersonBeforeComma) in its own rules; the subject and
// description helpers the role rules share with ENDORSES are in
// RelationSubjects (relation_subjects.h).
#ifndef KG_EXTRACT_ROLE_RULES_H_
#define KG_EXTRACT_ROLE_RULES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extract/relation_subjects.h"

namespace kg::extract::internal {

class RoleRules : protected RelationSubjects {
 protected:
  RoleRules(const Document& d, const MentionTable& m, const std::vector<QuoteFact>& quotes)
      : RelationSubjects(d, m, quotes) {}

  void Roles(uint32_t s);
  void AppositionRoles(uint32_t s);
  void FrontedAsRoles(uint32_t s);  // role_fronted_as.cc
  void BoardRoles(uint32_t s);
  bool LeadsOrg(int p, uint32_t v, uint32_t se, uint32_t s);
  uint32_t SkipUnknownOrg(uint32_t b, uint32_t se) const;
  uint32_t CopulaSubjectEnd(uint32_t sb, uint32_t k) const;
  void MemberRoles(uint32_t s);
  void SharedTitleRoles(uint32_t s);
  void PluralRoles(uint32_t s);  // role_plurals.cc
  int PersonBeforeComma(uint32_t sb, uint32_t c) const;
  // role_now.cc: "X, a former aide to Y who is now a lobbyist at Z".
  int NowHolder(uint32_t sb, uint32_t t, uint32_t se, uint32_t* start) const;
  bool IsModifierOrg(uint32_t end, uint32_t se) const;
  bool MediaNounAfter(uint32_t end, uint32_t se) const;
  void SpokenForRoles(uint32_t s);
  void OfRoles(uint32_t s);            // role_of.cc: "said X of the Y"
  void PossessedRoles(uint32_t s);     // role_of.cc: "CNN's X"
  bool ShowNoun(uint32_t t) const;     // role_of.cc: "show", "host", "podcast"
  bool ShowNamed(int p) const;         // role_of.cc: "on MSNBC's Morning Joe"
  void ChamberTitleRoles(uint32_t s);  // role_chamber_titles.cc: "Speaker X"
  void ChamberTitleAt(uint32_t s, uint32_t sb, uint32_t se, uint32_t t);
  int PersonChambers(int p, bool* tagged) const;
  bool StateChamberNamed() const;
  bool ChamberTitleHeld(int p, int chamber, std::string_view a, std::string_view b) const;
  bool OtherChamberBareTitle(int p, int chamber) const;
  void PassiveLeadRoles(uint32_t s);
  void MainClauseRoles(uint32_t s);
  bool TopPartyMember(int p, uint32_t k, uint32_t se, uint32_t s);
  bool TopPartyTitle(uint32_t k, uint32_t se) const;
  uint32_t FieldEnd(uint32_t k, uint32_t se) const;
  // With `long_field`, also LongFieldEnd (not for a former title).
  uint32_t DescriptionBeforeOrg(uint32_t k, uint32_t se, bool long_field = true) const;
  uint32_t LongFieldEnd(uint32_t k, uint32_t se) const;  // role_descriptions.cc
  // role_description_titles.cc: "X, a physician and the director of Y".
  uint32_t DescriptionThenTitle(uint32_t k, uint32_t se) const;
  // role_title_first.cc: "the chairman of Y, Rep. X, said".
  int AppositionHolder(uint32_t c, uint32_t se) const;
  bool ListedOrClause(uint32_t sb, uint32_t tb) const;
  // role_party_descriptions.cc: "X, a Maryland Democrat and chairman of Y".
  uint32_t PartyDescriptionEnd(uint32_t k, uint32_t se) const;
  uint32_t RegionFieldEnd(uint32_t k, uint32_t se) const;
  int BioSubject(uint32_t sb, uint32_t t) const;
  uint32_t CompoundTitleEnd(uint32_t te, uint32_t se) const;
  bool LongerBody(uint32_t t) const;
  bool Envoy(uint32_t t, uint32_t se) const;
  int DescribedOrg(uint32_t t, uint32_t se, bool bare = false) const;
  int OrgAfterTitle(uint32_t te, uint32_t se, uint32_t* org_end, int* owned = nullptr) const;
  // role_in_bodies.cc: "X, a lawyer in the Y", "X, the Z Professor of law at Y".
  int OrgInAfterTitle(uint32_t te, uint32_t se, uint32_t* org_end, int* owned) const;
  uint32_t CapitalTitleRun(uint32_t k, uint32_t se) const;
  // role_cap_titles.cc: "NATO Secretary General X", "Y Deputy Chairman X".
  uint32_t CapTitleRunEnd(uint32_t tb, uint32_t te, uint32_t se) const;
  // role_media_beats.cc: "CBS News White House correspondent X".
  int MediaBeatOrg(uint32_t sb, uint32_t tb, uint32_t* org_begin) const;
  bool DepartmentSecretary(uint32_t tb, uint32_t te, uint32_t sb, uint32_t se, uint32_t s,
                           const std::string& title);
  int OrgBeforeTitle(uint32_t sb, uint32_t tb, uint32_t* org_begin = nullptr) const;
  bool TitleModifier(uint32_t j) const;
  // role_topic_titles.cc: a lower-case "expert|specialist" ends the title at
  // `t`; the organisation `e` before such a title is a place of research.
  bool TopicTitle(uint32_t t) const;
  bool ResearchBody(int e) const;
  // role_topic_titles.cc: "U.S." as the beat of "chief U.S. economist".
  bool CountryBeat(uint32_t t) const;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_ROLE_RULES_H_
