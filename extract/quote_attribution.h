// Internal to the quotation stage (quotes.cc): decides who said each
// quotation span FindRawQuotes found. The Attributor tries the attribution
// patterns in order (after the quotation: '"...," X said'; a colon-ended
// paragraph: 'X released the following statement:'; before it: 'X said:
// "..."'; reported speech: 'X said that ... "..."'), skips scare quotes and
// titles, and carries the last speaker to unattributed quotations of the same
// or the next paragraph. quote_attribution.cc, quote_any_verb.cc (a name
// or he/she and any verb after the quotation), quote_reported.cc and
// quote_characterized.cc hold the patterns, quote_speakers.cc the speaker
// phrases they share (names, pronouns, clause subjects), quote_unnamed.cc
// unnamed people and described subjects, quote_descriptions.cc people
// described by party, place and office, quote_organisations.cc
// organisations and documents as speakers, quote_carryover.cc the
// attribution loop and when a quotation carries the previous speaker.
#ifndef KG_EXTRACT_QUOTE_ATTRIBUTION_H_
#define KG_EXTRACT_QUOTE_ATTRIBUTION_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "extract/gazetteer.h"
#include "extract/mentions.h"
#include "extract/quotes.h"

namespace kg::extract {

struct RawQuote {
  uint32_t open = 0;   // token of the opening mark
  uint32_t close = 0;  // token of the closing mark, or last token when unclosed
  bool closed = false;
  std::vector<std::pair<uint32_t, uint32_t>> parts;  // content bytes per paragraph
  uint32_t first_para = 0, last_para = 0;
};

inline bool IsBody(const Document& d, uint32_t para) {
  return d.paragraphs[para].kind == LineKind::kBody;
}

// Words of a quotation as the scorer counts them ("pro-incest" is two).
int QuoteWords(const Document& d, const RawQuote& q);

// The paragraph before `para` past advertising breaks ("ADVERTISEMENT"
// between a quotation and the paragraph that continues it); `para` itself
// when there is none.
inline uint32_t ParaBefore(const Document& d, uint32_t para) {
  uint32_t p = para;
  while (p > 0 && (p == para || d.paragraphs[p].ad_break)) {
    --p;
    if (!d.paragraphs[p].ad_break) return p;
  }
  return para;
}

// A title in quotation marks that the word before it marks as a work's
// ('on "Face the Nation,"', 'the book "Title,"'; quote_work_titles.cc).
bool WorkTitle(const Document& d, const RawQuote& q);

// "accusing", "praising", "slamming": a participle of praise or blame that,
// after a comma, passes on its clause subject's words (quote_participles.cc).
bool CriticismParticiple(std::string_view w);

// The lower-case particles of surnames ("de Blasio", "van Hollen", "bin
// Salman"; quote_speakers.cc).
bool IsNameParticle(std::string_view w);

class Attributor {
 public:
  Attributor(const Document& d, const MentionTable& m, const std::vector<bool>& in_quote)
      : d_(d), m_(m), gz_(Gazetteer::Get()), in_quote_(in_quote) {
    InitTitles();
  }

  std::vector<QuoteFact> Run(const std::vector<RawQuote>& raw);

 private:
  bool Verb(uint32_t t) const {
    return t < d_.tokens.size() && d_.tokens[t].kind == TokKind::kWord && d_.Has(t, kSpeechVerb) &&
           !d_.tokens[t].cap;
  }
  bool SentenceEnd(uint32_t t) const {
    if (t >= d_.tokens.size()) return true;
    std::string_view x = d_.Text(t);
    return d_.tokens[t].kind == TokKind::kPunct && (x == "." || x == "!" || x == "?" || x == ";");
  }
  // A speech verb, or a phrase that works like one before a quotation:
  // "points out (that)", "put it".
  bool CueVerb(uint32_t t) const {
    if (Verb(t)) return true;
    if (t + 1 >= d_.tokens.size() || d_.tokens[t].cap) return false;
    const std::string_view w = d_.Lower(t);
    return ((w == "points" || w == "pointed" || w == "point") && d_.IsWord(t + 1, "out")) ||
           (w == "put" && d_.IsWord(t + 1, "it"));
  }
  // "was asked", "is quoted", "were told": the subject did not speak.
  bool Passive(uint32_t v) const {
    if (v == 0) return false;
    std::string_view aux = d_.Lower(v - 1);
    return aux == "was" || aux == "were" || aux == "is" || aux == "are" || aux == "been" ||
           aux == "being" || aux == "be";
  }

  // A speech verb with a speaker of its own before the quotation in its
  // sentence ('Trump said Thursday a deal has to be on "our terms,"
  // according to Fox Business'): the source after the quotation only
  // reports it (quote_outlets.cc).
  bool SpokenBefore(const RawQuote& q) const;

  // Speaker phrases (quote_speakers.cc).
  int FirstMention(uint32_t b, uint32_t e, EntityType type) const;
  // `t` is the lower-case particle of the person named from t + 1 ("de" in
  // '"...," de Blasio said' after Bill de Blasio): the mention leaves it out.
  uint32_t ParticleOfName(uint32_t t) const;  // particle words, 0 when none
  int SpeakerIn(uint32_t b, uint32_t e) const;
  // `s`, first named in the sentence after a preposition, is no subject of
  // the verb at `v`, whose clause (from `sb`, or after its first comma)
  // opens with a capitalised word that is no mention, before a verb: a
  // subject we cannot name ('X has praised his ties with Y, saying "..."';
  // quote_unknown_subject.cc).
  bool ObjectBesideUnknownSubject(uint32_t sb, uint32_t v, int s) const;
  // Whether `s`, the first name of a sentence whose cue at `v` is a
  // participle, is first named as the possessor of an object after a
  // lower-case word ('Officials took issue with X's testimony, saying "..."'):
  // the participle speaks for the subject, whom we cannot name
  // (quote_unknown_subject.cc).
  bool PossessorInObject(uint32_t sb, uint32_t v, int s) const;
  // A verb of '"...," it said' (quote_attribution.cc).
  bool ItVerb(uint32_t v) const;
  // The person or organisation whose mention ends right before the verb
  // ("..., union president Chris Crane said"), skipping adverbs.
  int NearestSubject(uint32_t sb, uint32_t v) const;
  // The first token at or after `n` (before `end`) past titles, and past an
  // organisation mention followed by a title ("Senate Minority Leader X",
  // "House Judiciary Committee Chairman X"): where the name should start.
  uint32_t SkipTitles(uint32_t n, uint32_t end) const;
  int DescribedSpeaker(uint32_t t) const;
  // "the president said", "a spokesman said", "one official told": a
  // person noun after a determiner right before the verb. The person a
  // "the" description resolves to, kUnresolved when it names nobody we
  // know (then the first name of the sentence is not the speaker), -1 when
  // no such description stands there.
  static constexpr int kUnresolved = -2;
  // Returns kUnresolved and remembers that the current quotation has an
  // unnamed speaker, so that it does not continue the previous one's.
  int Unresolved() const {
    unnamed_ = true;
    return kUnresolved;
  }
  int DescribedSubject(uint32_t sb, uint32_t v) const;
  bool IsOutlet(const EntityInfo& e) const;
  // An adverb before a speech verb ("also", "bitterly"); SkipAdverbsBack
  // steps back over up to two of them from `v`.
  bool AdverbAt(uint32_t t) const;
  uint32_t SkipAdverbsBack(uint32_t sb, uint32_t v) const;
  uint32_t SkipTimeBack(uint32_t sb, uint32_t t) const;
  // The '(' of a party tag or short parenthesis after a name that ends
  // right before `t` ('Lee (D-Ohio) said'), else t (quote_asides.cc).
  uint32_t SkipAsideBack(uint32_t sb, uint32_t t) const;
  // The subject before an apposition or a relative clause that ends in the
  // comma at t - 1 ('X, a Democrat, said'), else -1 (quote_asides.cc).
  int SubjectBeforeAside(uint32_t sb, uint32_t t) const;
  // Whether the name starting at `mb` opens its clause, looking back to
  // `stop` (quote_asides.cc).
  bool OpensClauseBack(uint32_t mb, uint32_t stop, bool exact) const;
  // "one senior Republican member of Congress", "the member of Congress", "a
  // Facebook spokesperson": a person noun after a determiner in [b, e). The
  // organisation for a spokesperson, kUnresolved for anyone else, -1 when
  // the phrase is not such a description (or names its person).
  int UnnamedSpeaker(uint32_t b, uint32_t e) const;
  // The organisation mention starting at `ob` only says whom an unnamed
  // person belongs to: "a member of Congress", "an official at the agency".
  bool AffiliationOfUnnamed(uint32_t ob) const;
  // The person opening the clause before `of`/`at`/`from` and the
  // organisation mention starting at `ob`: 'X of the Brookings Institution
  // said' (quote_affiliations.cc); -1 when there is none.
  int AffiliatedPerson(uint32_t sb, uint32_t ob) const;
  // The speech verb at `v` has an unnamed subject of its own inside an
  // earlier speech verb's clause: 'X said his father used to say, "..."'
  // (quote_relayed.cc).
  bool RelayedSpeech(uint32_t sb, uint32_t v) const;
  // "the spokesman" at `the`: the organisation the last spokesperson of the
  // previous sentences spoke for ("a spokesman for the NFL", "an NFL
  // spokeswoman"); -1 when none or when that spokesperson was named.
  int SpokespersonPrincipal(uint32_t the) const;
  // The sentence of `t`, or, when `t` follows a quotation ('"A. B. C," the
  // company said'), the sentence that quotation opens in: the sentences
  // before it are the ones a description looks back to.
  uint32_t SentenceBeforeQuotation(uint32_t t) const;
  // "the spokesman", "the representative" at `the` when an unnamed
  // spokesperson spoke in the sentences before: whom that one spoke for
  // (before "the representative" is read as a congressman); -1 otherwise.
  int SpokespersonAt(uint32_t the) const;
  // The person mention starting at `pb` only says whom an unnamed person
  // is close to or works for: "a source close to X", "an aide to X".
  bool PersonOfUnnamed(uint32_t sb, uint32_t pb) const;
  // He or she at `pronoun` after a quotation that follows a sentence opening
  // with an unnamed person ('A respected political insider told me ...
  // "...," he said'): the pronoun is that person, whom we cannot name.
  bool UnnamedAntecedent(uint32_t pronoun) const;
  // [c, v) is exactly a subject: a name (with titles, a party tag or an
  // apposition), he/she, or a short description, then adverbs.
  bool SubjectEndsAt(uint32_t c, uint32_t v) const;
  // Where the main clause of a sentence opening at `sb` starts: past a
  // conjunction ("But X said") and an introductory phrase up to its comma
  // ("In a speech on Monday, X said"; not one holding a speech verb: "As X
  // said, ..."). `limit` bounds the search; `strict` skips only phrases
  // that cannot hold the subject (see IntroductoryReach).
  uint32_t MainClauseStart(uint32_t sb, uint32_t limit, bool strict = false) const;
  // The subject of the clause a participle ("saying", "adding") hangs on:
  // the name, pronoun or description opening the sentence, or its main
  // clause after an introductory phrase; -1 when unsure.
  int ClauseSubject(uint32_t sb, uint32_t v) const;
  // "the Kentucky Republican", "the former vice president" at `the`
  // (quote_descriptions.cc): the person the article marked with that party,
  // place and office; -1 when none. Sets *end after the description.
  int DescribedPerson(uint32_t the, uint32_t* end) const;
  // The described person whose description ends right before `t`.
  int DescribedPersonBefore(uint32_t sb, uint32_t t) const;
  // "the Vermont senator" spanning exactly [the, e) (quote_places.cc) when
  // the article tied no one to that place: the one person the sentence
  // before the quotation names; -1 otherwise.
  int UnplacedPerson(uint32_t the, uint32_t e) const;
  // Nothing the article says of `person` before `the` contradicts the
  // description [the, e) UnplacedPerson() reads: titles, party, place.
  bool FitsPlaced(int person, uint32_t the, uint32_t e) const;
  // "the real estate mogul", "the 57-year-old nurse" spanning exactly
  // [the, e) (quote_descriptions.cc): a description by what a person is
  // stands for the person its sentence, or else the sentence before it, is
  // about (its subject, or the one person it names); -1 when unsure or
  // when an unnamed person was introduced since. Remembers the person in
  // epithet_.
  int EpithetPerson(uint32_t the, uint32_t e) const;
  bool MostNamedPerson(int person, uint32_t before) const;

  // The organisation a head noun description stands for: "the center" for
  // the most recent organisation named with "Center"; -1 when none.
  int HeadNounOrganisation(uint32_t the) const;
  // '"...," it read': the author of the document this or the previous
  // sentence names ("X's memo", "his letter", "the statement"); -1 when none.
  int DocumentAuthor(uint32_t it) const;
  // '"...," it said' after a sentence that opens with an organisation
  // ('Xinhua said in a commentary that ...'): that organisation, when the
  // quotation opens the next sentence; -1 otherwise.
  int OpeningOrganisation(const RawQuote& q) const;

  // Attribution patterns (quote_attribution.cc, quote_reported.cc,
  // quote_characterized.cc).
  bool Characterized(const RawQuote& q, QuoteFact* f) const;
  bool DashSigned(const RawQuote& q, uint32_t dash, QuoteFact* f) const;
  bool TrailingAttribution(const RawQuote& q, uint32_t c, QuoteFact* f) const;
  // The sentence ends at t or after at most n more tokens of a phrase with no
  // clause in it (no comma, quotation, speech verb or 'that').
  bool ClosesSentence(uint32_t t, uint32_t n) const;
  bool OutletReported(const RawQuote& q, uint32_t c, QuoteFact* f) const;
  bool OutletReportsBefore(const RawQuote& q, uint32_t sb, QuoteFact* f) const;
  bool ClosesClause(const RawQuote& q) const;
  bool PlainDescriptionWord(uint32_t k, bool first) const;
  bool DescribedNameAfter(const RawQuote& q, uint32_t c, QuoteFact* f) const;
  bool AsPutIt(const RawQuote& q, uint32_t c, QuoteFact* f) const;
  bool FollowsSpeech(const RawQuote& q, QuoteFact* f) const;
  // FollowsSpeech() after a sentence opening with a person, without a
  // speech verb.
  bool FollowsSubject(const RawQuote& q, const Sentence& prev, QuoteFact* f) const;
  // [sb, v) is a name and a long apposition between commas ('Jane Roe, a
  // fellow at X, a think tank, said'), for FollowsSpeech().
  bool LongAppositionSubject(uint32_t sb, uint32_t v) const;
  // The speaker an attribution ending sentence [sb, se) names ('..., he
  // said.', '..., argues X of Y.'); -1 when none.
  int EndAttribution(uint32_t sb, uint32_t se) const;
  bool AccordingToClause(const RawQuote& q, uint32_t sb, QuoteFact* f) const;
  bool Reported(const RawQuote& q, QuoteFact* f) const;
  // Reported() with the clause starting at `sb`.
  bool ReportedFrom(const RawQuote& q, uint32_t sb, QuoteFact* f) const;
  // ReportedFrom() past a long apposition or relative clause of its subject.
  bool ReportedPastApposition(const RawQuote& q, uint32_t sb, QuoteFact* f) const;
  // Reported() by a later clause of the sentence: the speech verb closest
  // before the quotation, with its subject opening that clause.
  bool ReportedNearest(const RawQuote& q, uint32_t sb, QuoteFact* f) const;
  bool ColonIntroduced(const RawQuote& q, uint32_t sb, bool ends, QuoteFact* f) const;
  bool PronounColon(const RawQuote& q, uint32_t sb, QuoteFact* f) const;
  bool ColonIntroducedAfterPhrase(const RawQuote& q, uint32_t sb, bool ends, QuoteFact* f) const;
  bool After(const RawQuote& q, QuoteFact* f) const;
  // After()'s parts: whether an attribution starts at `c`, the speech verb
  // right after the quotation, how far a verb after the speaker may come,
  // and a verb after a quotation closed by its own period.
  bool OpensAttribution(uint32_t c, uint32_t end) const;
  bool VerbAfter(const RawQuote& q, uint32_t c, QuoteFact* f) const;
  uint32_t SpeakerReach(uint32_t c, uint32_t end) const;
  bool NewSentenceVerb(const RawQuote& q, uint32_t c, uint32_t v) const;
  // quote_any_verb.cc: a name or he/she and any verb closing the sentence.
  bool NameAnyVerb(const RawQuote& q, uint32_t c, bool comma, QuoteFact* f) const;
  bool PronounAnyVerb(const RawQuote& q, uint32_t c, bool comma, QuoteFact* f) const;
  // "the statement read" at [c, v]: a document's noun and "read(s)".
  bool DocumentReads(uint32_t c, uint32_t v) const;
  bool Before(const RawQuote& q, QuoteFact* f) const;
  // 'Said Ryan: "..."', 'Adds X, "..."': a sentence opening with its speech
  // verb and the speaker (quote_inverted.cc).
  bool InvertedOpening(const RawQuote& q, uint32_t sb, QuoteFact* f) const;
  bool Colon(const RawQuote& q, QuoteFact* f) const;
  // Colon() without a speech verb: the name the colon's sentence gives.
  bool ColonSubject(const RawQuote& q, uint32_t sb, uint32_t colon, QuoteFact* f) const;
  bool Subheading(const RawQuote& q) const;
  // The quotation has an attribution of its own that names someone other
  // than `previous`, the last speaker ('"...," said Pat Doe, a pollster',
  // '"...," one source said'), so it does not carry that speaker
  // (quote_carryover.cc).
  bool OwnAttribution(const RawQuote& q, int previous) const;
  // The speaker of `q`, named by a bare surname that several people of the
  // article share, is the namesake whose full name opens one of the two
  // sentences before ('Carl Doe recounted ... "...," Doe said' after Jane
  // Doe was the story's subject); `speaker` otherwise (quote_surnames.cc).
  int NamesakeSubject(const RawQuote& q, int speaker) const;
  // The person whose name opens sentence [sb, se) as its subject, after
  // titles (and a conjunction or introductory phrase): not a possessor
  // ("Doe's lawyer said"); -1 when none (quote_surnames.cc).
  int OpeningPerson(uint32_t sb, uint32_t se) const;
  // The speaker `q`'s rule found before the quotation is only the object of
  // a preposition ('he turned to Mr. Doe and said, "..."', 'hit back at
  // X ... after the president suggested "..."'): not the speaker
  // (quote_surnames.cc).
  bool ObjectSpeaker(const RawQuote& q, int speaker) const;
  // 'Trump's lawyer, Rudy Giuliani, said that ... "..."': the speaker a rule
  // found before the quotation owns a role whose holder the apposition
  // names; that holder (person or organisation), kUnresolved when the
  // apposition names no one we know ('Litvinenko's widow, Marina, said'),
  // -1 when the speaker's mention is no such possessor (quote_surnames.cc).
  int PossessorAppositive(const RawQuote& q, int speaker) const;
  bool NamesPrevious(uint32_t b, uint32_t e, int previous) const;
  // [b, e), between two quotations of one sentence, is only the attribution
  // of the first, by `speaker`: the second is the rest of the first.
  bool ApposedAttribution(uint32_t b, uint32_t e, int speaker) const;
  bool InterruptedBy(uint32_t b, uint32_t e, int speaker) const;
  // The quotation opens a new sentence the split missed after an attribution
  // of `speaker` ending in an abbreviation ('said X, D-Calif. "..."').
  bool AfterAbbreviatedAttribution(const RawQuote& q, uint32_t last_close, int speaker) const;
  void Fill(const RawQuote& q, int speaker, uint32_t ev_b, uint32_t ev_e, std::string cue,
            const char* rule, QuoteFact* f) const;

  const Document& d_;
  const MentionTable& m_;
  const Gazetteer& gz_;
  const std::vector<bool>& in_quote_;
  // The mention table's titles, with 'former' before a title counted as
  // part of it ('former Gov. X said'; quote_asides.cc).
  std::vector<int> title_at_;
  void InitTitles();
  mutable bool unnamed_ = false;  // see Unresolved()
  mutable int epithet_ = -1;      // see EpithetPerson()
  // An attribution After() found in the next sentence whose verb introduces
  // a quotation of its own: used only when no other pattern names a speaker.
  mutable QuoteFact fallback_;
  mutable bool has_fallback_ = false;
  // The speaker of the last attributed quotation, for EndAttribution().
  mutable int previous_ = -1;
  // The speaker of the last attributed quotation before the one being
  // attributed, for a pronoun closing its sentence (TrailingAttribution()).
  mutable int last_speaker_ = -1;
  // The last paragraph of that quotation (DescribedSpeaker()).
  mutable uint32_t last_para_ = 0;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_QUOTE_ATTRIBUTION_H_
