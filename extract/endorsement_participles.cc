// Subjects of an endorsing participle with no auxiliary that the clause
// shape names (ParticipleSubject in endorsement_cues.cc asks these):
// an adjunct after the main clause's comma ("X campaigned for Y in Ohio,
// after endorsing her in June": the subject of the main clause endorsed),
// an adjunct closing the main clause with no comma ("X spoke Tuesday while
// endorsing Y", "X surprised many by backing Y"), a comma participle or
// "choosing to endorse Y" after the main clause (its subject named or
// described: "The president spoke, endorsing Y"), and
// the second description of a coordinated apposition ("X, chairman of the Z
// Party and a superdelegate backing Y": X, not Z). Kept apart from
// endorsement_cues.cc, near its size limit.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// "X campaigned for Y in Ohio, after|before|while endorsing her", "X spoke
// in Ohio, endorsing Y": the participle at `a` opens an adjunct after a
// comma; its subject is the main clause's (MainClauseSubject). -1 for none.
int RelationFinder::CommaAdjunctSubject(uint32_t sb, uint32_t a) const {
  if (a < sb + 3) return -1;
  // A bare participle right after the comma: "X spoke, endorsing Y".
  if (d_.Text(a - 1) == ",") return MainClauseSubject(sb, a - 1);
  if (a < sb + 4 || !In(d_.Lower(a - 1), {"after", "before", "while", "since"}) ||
      d_.Text(a - 2) != ",")
    return -1;
  return MainClauseSubject(sb, a - 2);
}

// The subject of the main clause that the adjunct after the comma at `c`
// hangs on: a name opening the sentence before a verb (GerundClauseSubject,
// which stops at a clause word or a speech verb: "A said Z, after endorsing
// Y" gives nothing). Not an apposition's comma ("X, endorsing Y, went" is
// the fronted case) and not a main clause that denies or supposes ("X would
// not speak, endorsing Y"). -1 for none.
int RelationFinder::MainClauseSubject(uint32_t sb, uint32_t c) const {
  if (c <= sb || MentionEndsAt(c) || MainClauseHedged(sb, c)) return -1;
  // "Sen. X campaigned ...": the subject's title opens the sentence.
  uint32_t b = sb;
  while (b + 1 < c && Ent(b) < 0 && m_.title_at[b] >= 0) ++b;
  const int x = GerundClauseSubject(b, c);
  return x >= 0 ? x : DescribedOpeningSubject(sb, c);
}

// Whether the main clause in [sb, e) denies, supposes or asks: an adjunct
// after it ("X could gain votes by endorsing Y") reports no endorsement.
bool RelationFinder::MainClauseHedged(uint32_t sb, uint32_t e) const {
  for (uint32_t k = sb; k < e; ++k) {
    const std::string_view x = d_.Lower(k);
    if (In(x, {"not",   "n't",    "never",    "no",      "may",     "might",    "could",
               "would", "should", "if",       "whether", "refused", "declined", "considering",
               "urged", "asked",  "expected", "likely",  "plans",   "planned",  "hopes",
               "hoped", "wants",  "wanted",   "nobody"}) ||
        x.ends_with("n\xe2\x80\x99t"))
      return true;
  }
  return false;
}

// "X spoke on Tuesday while endorsing Y", "X surprised many by backing
// Y": a gerund after "while|by|in" that closes the main clause with no
// comma; its subject is the main clause's. -1 for none.
int RelationFinder::PostposedGerundSubject(uint32_t sb, uint32_t prep) const {
  if (prep < sb + 2 || !In(d_.Lower(prep), {"while", "by", "in"}) || d_.Text(prep - 1) == "," ||
      MainClauseHedged(sb, prep))
    return -1;
  // "interest in backing Y", "a role in endorsing Y": a noun's complement,
  // not the manner of the main verb.
  if (d_.Lower(prep) == "in" &&
      In(d_.Lower(prep - 1),
         {"interest", "interested", "role", "part", "hand", "help", "helped", "helps",
          "instrumental", "involved", "risk", "difficulty", "trouble"}))
    return -1;
  // "X joined Z in endorsing Y" names more endorsers (JoinedGerund).
  for (uint32_t k = sb; k < prep && d_.Lower(prep) == "in"; ++k) {
    if (In(d_.Lower(k), {"join", "joins", "joined", "joining"})) return -1;
  }
  // "Sen. X spoke ...": the subject's title opens the sentence.
  uint32_t b = sb;
  while (b + 1 < prep && Ent(b) < 0 && m_.title_at[b] >= 0) ++b;
  const int x = GerundClauseSubject(b, prep);
  return x >= 0 ? x : DescribedOpeningSubject(sb, prep);
}

// "..., X said in endorsing Y", "X wrote while backing Y": a gerund after
// "in|while|after|before" right after a speech verb is the speaker's, the
// name just before the verb (a quotation may open the sentence). -1 for none.
int RelationFinder::SpeakerGerundSubject(uint32_t sb, uint32_t prep) const {
  if (prep < sb + 2 || !In(d_.Lower(prep), {"in", "while", "after", "before"}) ||
      !In(d_.Lower(prep - 1), {"said", "says", "wrote", "writes", "added"}) ||
      in_quote_[prep - 1] || !MentionEndsAt(prep - 1))
    return -1;
  const int x = Ent(prep - 2);
  return IsType(x, EntityType::kPerson) || IsType(x, EntityType::kOrganization) ? x : -1;
}

// "X decided|chose|opted to back|support Y", "..., choosing to support Y":
// the bare verb at `t` after "to" and a verb of choosing (ActiveEndorser's
// lead), which makes backing a named person an endorsement (first_to: the
// object must be a person).
bool RelationFinder::ChosenToBack(uint32_t sb, uint32_t t) const {
  return t >= sb + 3 && In(d_.Lower(t), {"back", "support"}) && d_.Lower(t - 1) == "to" &&
         !in_quote_[t] &&
         In(d_.Lower(t - 2), {"decided", "chose", "opted", "choosing", "deciding", "opting"});
}

// "The president spoke Tuesday while endorsing Y": a description that opens
// the sentence, names a person of the article (DescribedPerson) and a
// lower-case verb follows; -1 otherwise.
int RelationFinder::DescribedOpeningSubject(uint32_t sb, uint32_t p) const {
  if (!d_.IsWord(sb, "the")) return -1;
  for (uint32_t k = sb + 1; k < p; ++k) {
    if (in_quote_[k] || d_.tokens[k].kind != TokKind::kWord) return -1;
  }
  uint32_t end = 0;
  const int x = DescribedPerson(sb, {}, false, &end);
  if (x < 0 || end >= p) return -1;
  while (end + 1 < p && SkippableBeforeVerb(end)) ++end;
  return d_.tokens[end].kind == TokKind::kWord && !d_.tokens[end].cap && !d_.Has(end, kFunctionWord)
             ? x
             : -1;
}

// "X, chairman of the Z Party and a superdelegate backing Y": the participle
// at `a` follows "and a|an <up to two words>" inside an apposition of the
// person X; the apposition holds no verb, clause word or other punctuation
// than the comma after X. -1 for none.
int RelationFinder::CoordinatedAppositionHead(uint32_t sb, uint32_t a) const {
  uint32_t k = a;
  while (k > sb && k + 3 > a && d_.tokens[k - 1].kind == TokKind::kWord && !d_.tokens[k - 1].cap &&
         !d_.Has(k - 1, kFunctionWord) && Ent(k - 1) < 0)
    --k;
  if (k == a || k < sb + 4 || !In(d_.Lower(k - 1), {"a", "an"}) || d_.Lower(k - 2) != "and")
    return -1;
  // A person's description, not a body or a document ("and a group backing
  // Y" is the group's).
  if (In(d_.Lower(a - 1), {"group",  "committee", "organization", "organisation", "pac",
                           "union",  "coalition", "network",      "campaign",     "party",
                           "fund",   "effort",    "movement",     "ad",           "letter",
                           "speech", "statement", "video",        "website",      "firm",
                           "caucus", "council",   "association",  "newspaper",    "paper"}))
    return -1;
  for (uint32_t c = k - 2; c > sb + 1 && c + 14 > k; --c) {
    const std::string_view w = d_.Lower(c - 1);
    if (in_quote_[c - 1]) return -1;
    if (w == ",") {
      // The comma right after the person the apposition describes.
      if (!MentionEndsAt(c - 1) || !IsType(Ent(c - 2), EntityType::kPerson)) return -1;
      return Ent(c - 2);
    }
    if (d_.tokens[c - 1].kind == TokKind::kPunct && w != "." && w != "-") return -1;
    if (d_.tokens[c - 1].kind == TokKind::kWord && !d_.tokens[c - 1].cap &&
        (IsVerbLike(w) || d_.Has(c - 1, kSpeechVerb) ||
         In(w, {"who", "which", "that", "and", "but", "said", "says", "when", "while"})))
      return -1;
  }
  return -1;
}

}  // namespace kg::extract::internal
