// Internal to the mention stage (mentions.h is the public face): the
// Finder that turns one Document into a MentionTable. Its work is split by
// responsibility over the files that share this declaration: mentions.cc
// (capitalised chunks -> titles, names, the driver), person_mentions.cc (is
// this a person name? bylines, surname and first-name look-ups),
// org_mentions.cc (organisation names, acronyms, org keys, "the union"),
// org_cues.cc, role_org_cues.cc and cued_orgs.cc (organisations without a
// head word, named by their context) and coreference.cc (one entity per
// real-world thing: merging candidates, linking later surnames/acronyms/short
// forms, entity names).
#ifndef KG_EXTRACT_MENTION_FINDER_H_
#define KG_EXTRACT_MENTION_FINDER_H_

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extract/mentions.h"

namespace kg::extract::mention_internal {

enum class CandKind { kPerson, kOrg, kUnknown };

struct Candidate {
  uint32_t b = 0, e = 0;  // name tokens
  CandKind kind = CandKind::kUnknown;
  bool cued = false;      // a title or speech cue made it a person
  int title = -1;         // index of the title span right before the name
  std::string acronym;    // org defined as "Long Form (ACR)"
  std::string canonical;  // fixed name (U.S. Senate)
  bool byline = false;
  bool weak = false;        // person name ending in a common word: needs confirmation
  uint32_t suffix_end = 0;  // end of "Jr." / "III" after the surname, 0 when none
  uint32_t NameEnd() const { return suffix_end ? suffix_end : e; }
};

inline bool Contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// Bytes that no plain name holds: a period, hyphen, apostrophe or digit
// ("U.S.", "D-Hawaii", "O'Rourke", "2016"); a table, not find_first_of's
// memchr per byte (text.h).
inline constexpr ByteSet kNameMarksOrDigits(".-'0123456789");
// A period or digit: no acronym or shouted name holds one ("U.S.", "F16").
inline constexpr ByteSet kDotOrDigit(".0123456789");

class Finder {
 public:
  explicit Finder(const Document& d) : d_(d), gz_(Gazetteer::Get()) {}
  MentionTable Run();

 private:
  bool Word(uint32_t t) const {
    return t < d_.tokens.size() && d_.tokens[t].kind == TokKind::kWord;
  }
  bool CapWord(uint32_t t) const { return Word(t) && (d_.tokens[t].cap || d_.tokens[t].allcaps); }
  // The first token at or after `t` (at most the token count + 1) that is
  // a CapWord, or the token count. The passes that look only at capitalised
  // words (one word in five) jump from one to the next instead of testing
  // every token: the test mispredicted at random words.
  uint32_t NextCap(uint32_t t) const { return next_cap_[t]; }
  bool Punct(uint32_t t, std::string_view p) const {
    return t < d_.tokens.size() && d_.tokens[t].kind == TokKind::kPunct && d_.Text(t) == p;
  }
  bool SentenceInitial(uint32_t t) const {
    return d_.sentences[d_.sentence_of[t]].tok_begin == t ||
           (t > 0 && d_.tokens[t - 1].kind == TokKind::kOpenQuote &&
            d_.sentences[d_.sentence_of[t]].tok_begin == t - 1);
  }
  bool IsFirstName(uint32_t t) const {
    const Token& tok = d_.tokens[t];
    (void)tok;
    return d_.Has(t, kFirstName);
  }
  bool NameToken(uint32_t t) const;
  bool IsPersonName(uint32_t k, uint32_t e, bool cued, bool* weak = nullptr) const;
  bool HasPersonEvidence(uint32_t b, uint32_t e) const;
  bool ForeignSpeakerName(uint32_t b, uint32_t e) const;
  bool SurnameAlone(uint32_t k) const;
  bool RepeatedSpeaker(uint32_t k) const;
  bool PlaceSurnameNamed(uint32_t k) const;
  bool PartyAside(uint32_t k) const;  // surname_mentions.cc
  void CountPersonUses() const;       // fills speaker_counts_
  bool ModifiedNoun(uint32_t t) const;
  bool HeOpensNext(uint32_t t) const;
  bool UsedAsSurname(uint32_t k) const;
  // "Doe has often highlighted his record": a person's verb phrase after a
  // word standing alone (surname_mentions.cc).
  bool OwnVerbPhrase(uint32_t v) const;
  bool WholeName(uint32_t k) const;
  // "Jo Beth Roe": `j` a given name before the name [k, e) (three_part_names.cc).
  bool GivenNameBefore(uint32_t j, uint32_t k, uint32_t e) const;
  bool InitialledSurname(uint32_t k, uint32_t e, bool cued) const;    // initial_names.cc
  bool SpeakingWordSurname(uint32_t k, uint32_t e, bool cued) const;  // speaking_surnames.cc
  bool SpeaksAlone(std::string_view name) const;
  bool AccordingToFullName(uint32_t b, uint32_t e) const;  // speaker_mentions.cc
  bool UnlistedWord(uint32_t k) const;
  bool OtherFirstWord(std::string_view surname, std::string_view first) const;
  mutable std::unordered_set<std::string_view> speaking_names_;  // filled on first use
  mutable bool speaking_names_done_ = false;
  bool ProperPair(uint32_t k) const;  // full_name_evidence.cc, as GroupPair and Confirmed
  bool GroupPair(uint32_t k) const;
  bool PlainFullName(const Candidate& c) const;
  bool CommonFirstName(uint32_t k, uint32_t l) const;
  bool OpeningNameEvidence(uint32_t b, uint32_t e) const;
  bool QuestionAuxiliary(uint32_t t) const;  // opening_names.cc: "Will Trump ...?"
  bool ModalAsks(uint32_t t) const;          // its clause test, for a modal at t
  bool OwnerTitleApposition(uint32_t b,
                            uint32_t e) const;        // opening_names.cc     // opening_names.cc
  bool UnlistedGivenName(uint32_t k) const;           // coordinated_names.cc
  bool ApostropheName(uint32_t k, uint32_t e) const;  // coordinated_names.cc
  bool CoordinatedCommonFirst(uint32_t k, uint32_t e) const;  // coordinated_names.cc
  int PersonByInitials(std::string_view acronym) const;
  // Whether the sentence of token `t` is a question ("Will Trump ...?").
  bool EndsQuestion(uint32_t t) const {
    const uint32_t last = d_.sentences[d_.sentence_of[t]].tok_end - 1;
    return Punct(last, "?");
  }
  // A capitalised word of letters in no gazetteer nor dictionary: before a
  // known person's surname, a first name ("Reince Priebus").
  bool UnknownWord(uint32_t t) const {
    const std::string_view w = d_.Text(t);
    return (d_.lex[t] & kWordListBits) == 0 && w.size() >= 2 && !d_.tokens[t].allcaps &&
           std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  }
  mutable std::unordered_map<std::string_view, int> speaker_counts_;  // filled on first use
  mutable bool speakers_done_ = false;
  // RepeatedSpeaker's whole-article scan, once per word: a famous surname
  // has dozens of mentions, and rescanning for each made the rule quadratic.
  mutable std::unordered_map<std::string_view, bool> repeated_speaker_;
  // PlaceSurnameNamed's whole-article scan, once per word.
  mutable std::unordered_map<std::string_view, bool> place_surname_named_;
  bool InPluralTitleList(uint32_t b) const;
  bool PlaceOrThingNamedLikePerson(uint32_t k, uint32_t e) const;
  bool StrongTitle(int title) const;  // a phrase, or a word used before names
  size_t ThenPrefix(uint32_t t) const;
  uint32_t OutletBeatSplit(uint32_t b, uint32_t e) const;  // outlet_beats.cc
  bool LineIsWeak(uint32_t t) const {
    LineKind k = d_.paragraphs[d_.sentences[d_.sentence_of[t]].para].kind;
    return k == LineKind::kHeadline || k == LineKind::kCaption;
  }
  std::string Surface(uint32_t b, uint32_t e) const {
    return std::string(
        d_.bytes.substr(d_.tokens[b].start, d_.tokens[e - 1].end - d_.tokens[b].start));
  }

  void FindTitles();
  void FindBylines();
  void AddBylineOutlet(size_t para, bool after_headline);    // org_mentions.cc
  bool AddWritersLine(uint32_t b, uint32_t e, size_t para);  // byline_writers.cc
  void ScanChunks(uint32_t sb, uint32_t se);
  void FindDatelines();                                            // datelines.cc
  bool InDateline(uint32_t t) const;                               // datelines.cc
  bool ToJoinsName(uint32_t t, uint32_t b, uint32_t se) const;     // org_name_joins.cc
  bool ToTheJoinsName(uint32_t t, uint32_t b, uint32_t se) const;  // org_name_joins.cc
  bool OfContinuesFor(uint32_t t, uint32_t b, uint32_t se) const;  // org_name_joins.cc
  bool ArticleJoinsName(uint32_t t, uint32_t se) const;            // org_name_joins.cc
  uint32_t OfComplementList(uint32_t b, uint32_t c, uint32_t se) const;
  bool NameListAt(uint32_t t, uint32_t se) const;
  // Inline: asked of every small word a run or name scan meets; a hyphen
  // as third byte ("al-", "el-") is rare and decides most calls.
  bool ArticleSurname(uint32_t t) const {
    if (!Word(t)) return false;
    const Token& k = d_.tokens[t];
    return k.end - k.start >= 5 && d_.bytes[k.start + 2] == '-' && ArticleSurnameWord(t);
  }
  bool ArticleSurnameWord(uint32_t t) const;            // mention_chunks.cc
  bool SpeakerBeforeAnd(uint32_t b, uint32_t a) const;  // mention_chunks.cc
  bool AcronymBeforeAnd(uint32_t b, uint32_t a) const;
  uint32_t CampusEnd(uint32_t b, uint32_t c, uint32_t se) const;
  void ParseChunk(uint32_t b, uint32_t e);
  // "Teamsters Local 25": the end of a union's local after chunk [b, e).
  uint32_t UnionLocal(uint32_t b, uint32_t e, uint32_t se, uint32_t* start) const;
  void AddOrg(uint32_t b, uint32_t e);
  bool GopAsNoun(uint32_t after) const;
  bool ShoutedName(uint32_t b, uint32_t e) const;  // shouted_names.cc
  bool DottedAcronymOrg(uint32_t t) const;         // shouted_names.cc
  void BuildEntities();
  bool Confirmed(const Candidate& c) const;
  bool AcronymIsOrg(uint32_t tok) const;
  bool SpelledOut(std::string_view acronym) const;
  int AddEntity(EntityType type, const std::string& name);
  void AddMention(uint32_t b, uint32_t e, int entity, bool descriptor = false);
  std::vector<std::string> OrgKey(uint32_t b, uint32_t e) const;
  bool OrgKeyBack(uint32_t b, uint32_t e, std::string_view* back) const;
  // The one walk behind OrgKey and OrgKeyBack: `fn` gets each key word in
  // order (defined in org_mentions.cc, its only user).
  template <typename Fn>
  void ForEachOrgKeyWord(uint32_t b, uint32_t e, Fn&& fn) const;
  int FindOrgByKey(const std::vector<std::string>& key, bool exact = false) const;
  // person_index.cc: the person a lone surname names.
  int PersonBySurname(std::string_view surname, uint32_t before) const;
  void LinkRemaining();
  void LinkUnions();
  // Organisations without a head word, named by their context: "X, a group
  // that", "the website X", "X spokeswoman Y", "told X", "(X) -" datelines.
  void FindCuedOrgs();
  bool ListedKind(uint32_t b, bool groups, bool including) const;  // org_cues.cc
  bool OrgCue(uint32_t b, uint32_t e) const;
  bool RunCutShort(uint32_t e) const;                              // org_cues.cc
  bool ImperativeName(uint32_t b, uint32_t e, uint32_t se) const;  // cued_orgs.cc
  bool GroupNounBefore(uint32_t b, uint32_t e) const;              // group_noun_names.cc
  bool AppositionBody(uint32_t b, uint32_t e) const;               // group_noun_names.cc
  bool BodyApposition(uint32_t comma) const;
  // "Novo Nordisk, a Danish pharmaceutical company": a name taken for a
  // person that an apposition calls a body becomes an organisation.
  void RetypeAppositiveBodies();
  bool RoleAtSlot(const Mention& m) const;  // role_slot_bodies.cc
  void RetypeRoleSlotBodies();
  void MoveOrgShortForms();  // org_short_forms.cc: a lone "Fox" beside "Fox News"
  bool WeakOrgCue(uint32_t b, uint32_t e) const;
  bool SpeakerCalledIt(uint32_t b, uint32_t e) const;
  bool EndorserSlot(uint32_t b, uint32_t e) const;
  bool EndorserListMember(uint32_t b, uint32_t e) const;                 // endorser_list_cues.cc
  uint32_t ListMemberStart(uint32_t end, uint32_t lo, bool* org) const;  // endorser_list_cues.cc
  uint32_t ListMemberEnd(uint32_t b, uint32_t hi, bool* org) const;      // endorser_list_cues.cc
  bool OutletSpeaker(uint32_t b, uint32_t e) const;
  bool ArticleSpeaker(uint32_t b, uint32_t e) const;
  // The organisation slot of a role: "Acme professor X", "editor at Acme".
  bool RoleOrgCue(uint32_t b, uint32_t e) const;
  bool OpeningBodyCue(uint32_t b, uint32_t sb) const;    // role_org_cues.cc
  bool AcademicShortName(uint32_t b, uint32_t e) const;  // role_org_cues.cc
  bool RoleOrgName(uint32_t b, uint32_t e, bool common_ok = false) const;
  bool SpokespersonSlot(uint32_t p, uint32_t b, uint32_t e, bool modifier) const;  // role_spokes.cc
  bool TitlePhraseEnds(uint32_t te) const;
  bool PlaceEndsClause(uint32_t t) const;
  bool EmployeeTitle(int title) const;
  // A dictionary word only in lower case: "defense", "political".
  bool CommonOnly(uint32_t t) const {
    return d_.Has(t, kCommonWord) && !d_.Has(t, kProperNoun | kSurname | kFirstName);
  }
  bool OwnerModifier(uint32_t t) const;
  void FindSpeakerNames();  // "Peres said": speaker_mentions.cc
  // "Mr. King said": a surname after a courtesy title (honorific_names.cc).
  void FindHonorificNames();
  bool HonorificSurname(uint32_t t) const;
  uint32_t HonorificFullName(uint32_t t) const;
  uint32_t FullNameElsewhere(uint32_t t) const;
  int LoneSurnamePerson(uint32_t t, std::unordered_map<std::string_view, int>* by_surname);
  // "King said" twice: a Census surname that is also a dictionary, title or
  // place word, speaking alone (speaking_word_surnames.cc).
  void FindSpeakingWordSurnames();
  bool WordSurnameSlot(uint32_t t) const;
  // "Billy Graham's son Franklin" is Franklin Graham (kin_first_names.cc).
  void FindKinFirstNames();
  bool SpeakerNameToken(uint32_t t) const;
  // The name [*b, *end) of 'Jane Roe, director of Acme, said' before the
  // speech verb's subject end `e` (speaker_appositions.cc).
  bool AppositionSpeaker(const Sentence& s, uint32_t e, uint32_t* b, uint32_t* end) const;
  bool SpeakerTailSurname(uint32_t t) const;
  bool AfterCloseQuote(uint32_t b) const;
  bool QuoteSlot(uint32_t b) const;
  bool FullNameFirstWord(uint32_t f) const;
  bool CamelCaseName(uint32_t t) const;
  bool GivenNameAfterSurname(uint32_t t) const;
  bool PlaceSurname(uint32_t t) const;
  bool ShortSurname(uint32_t t) const;
  bool NameLike(uint32_t b, uint32_t e, uint32_t sentence_begin, bool strong) const;
  bool PlaceOrThing(uint32_t t) const;
  void Finish();

  const Document& d_;
  const Gazetteer& gz_;
  MentionTable out_;
  std::vector<uint32_t> next_cap_;  // NextCap; one entry per token and two past the last
  std::vector<Candidate> cands_;
  // Place words of datelines ("SIOUX CITY, Iowa"): never a mention.
  std::vector<std::pair<uint32_t, uint32_t>> datelines_;
  std::vector<std::pair<uint32_t, uint32_t>> unknown_;  // chunks to link later
  // Keyed by std::string, found by std::string_view without a copy.
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename V>
  using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
  StringMap<int> acronyms_;  // "ICE" -> entity
  std::vector<uint32_t> person_first_seen_;
  std::vector<int> mention_count_;
  std::vector<char> byline_person_;  // created by a byline's name (a writer)
  mutable std::unordered_map<std::string_view, int> acronym_counts_;  // filled on first use
  bool LeadsOffice(std::string_view name) const;
  mutable std::unordered_set<std::string_view> office_names_;  // filled on first use
  mutable bool office_names_done_ = false;
  bool ActsAlone(std::string_view name) const;
  // "Bill de Blasio", "Osama bin Laden": token `f` opens a name whose
  // surname follows a lower-case particle (full_name_evidence.cc).
  bool ParticleName(uint32_t f) const;
  uint32_t ParticleLen(uint32_t f) const;                  // "de la Roe": 2
  uint32_t ParticleNameLen(uint32_t f, uint32_t p) const;  // its tests after the particle
  // Names of words no list knows: "Democrat Mikie Sherrill", "Qasem
  // Soleimani" beside "Soleimani was" (surname_mentions.cc).
  bool UnknownNameEvidence(uint32_t b, uint32_t e) const;
  // "Snuffy Main, 64, who" (full_name_evidence.cc).
  bool AgeApposition(uint32_t b, uint32_t e) const;
  mutable std::unordered_set<std::string_view> lone_words_;  // filled on first use
  mutable bool lone_words_done_ = false;
  mutable std::unordered_set<std::string_view> acting_names_;  // filled on first use
  mutable bool acting_names_done_ = false;
  StringMap<std::vector<int>> surnames_;  // lower-case surname -> people
  WordFilter surname_filter_;             // the keys of surnames_; add through SurnameList
  std::vector<int>& SurnameList(const std::string& surname) {
    surname_filter_.Add(surname);
    return surnames_[surname];
  }
  StringMap<std::vector<int>> family_owners_;  // "xi" -> people named family name first
  void IndexFamilyName(const std::string& family, int entity);  // family_names.cc
  // person_index.cc: the surname index and the lookup by first name.
  void IndexSurname(int entity);
  Gender TitleGender(uint32_t name_begin) const;
  int PersonByFirstName(uint32_t tok) const;
  // The person first named at token `f` was introduced as someone's
  // relative ("first lady X", "his wife X", "X, the president's
  // daughter-in-law"): a titled or earlier bare surname is someone else.
  bool IntroducedAsRelative(uint32_t f) const;
};

// Nouns that say a name is an organisation: "a group", "the website".
bool OrgNoun(std::string_view lower);

// "Chinese", "Peruvian", "British", "Israeli": nationality adjectives take
// the same titles as organisations.
bool LooksNational(std::string_view lower);

// Party labels ("republican", "gop") and "white", "federal".
bool PartyWord(std::string_view lower);

// "jr.", "sr.", "ii", "iii", "iv": a generational suffix after a surname
// (person_index.cc).
bool IsNameSuffix(std::string_view lower);
std::string FamilyNameFirst(std::string_view name);  // family_names.cc
// "Virginia Democrat", "Nevada Republican": a party label, never a surname.
bool PartyNoun(std::string_view lower);

// Key `a` names the same org as key `b` when a's words appear in b in order
// and both end with the same head word ("ice council" in "national ice council").
bool Subsequence(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace kg::extract::mention_internal

#endif  // KG_EXTRACT_MENTION_FINDER_H_
