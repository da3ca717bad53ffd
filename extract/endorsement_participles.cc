// Subjects of an endorsing participle with no auxiliary that the clause
// shape names (ParticipleSubject in endorsement_cues.cc asks these):
// an adjunct after the main clause's comma ("X campaigned for Y in Ohio,
// after endorsing her in June": the subject of the main clause endorsed) and
// the second description of a coordinated apposition ("X, chairman of the Z
// Party and a superdelegate backing Y": X, not Z). Kept apart from
// endorsement_cues.cc, near its size limit.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// "X campaigned for Y in Ohio, after|before|while endorsing her": the
// participle at `a` opens an adjunct after a comma; its subject is the main
// clause's, a name opening the sentence before a verb (GerundClauseSubject,
// which stops at a clause word or a speech verb: "A said Z, after endorsing
// Y" gives nothing). -1 for none.
int RelationFinder::CommaAdjunctSubject(uint32_t sb, uint32_t a) const {
  if (a < sb + 4 || !In(d_.Lower(a - 1), {"after", "before", "while", "since"}) ||
      d_.Text(a - 2) != ",")
    return -1;
  // An adjunct closes the main clause: not "X, after endorsing Y, went"
  // (ParticipleSubject's fronted case) nor an apposition's comma.
  if (MentionEndsAt(a - 2)) return -1;
  // "Sen. X campaigned ...": the subject's title opens the sentence.
  uint32_t b = sb;
  while (b + 1 < a && Ent(b) < 0 && m_.title_at[b] >= 0) ++b;
  return GerundClauseSubject(b, a - 2);
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
