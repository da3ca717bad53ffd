// Joiners of a list that RelationSubjects::Coordinated reads past besides ","
// and "and": "X and then Y", "X, as well as Y", "X, but also Y", "X and
// even Y", and a preposition repeated after the joiner ("support from A, as
// well as from B", "the endorsement of A, and later of B", "backed by A but
// also by B"). A second endorser or endorsee is as often joined this way as
// by a bare "and"; without it the list ended at its first name.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// `t` is the token after the first name's tail (and after a "," or
// "and|or" Coordinated has already passed, `*joined` then true); returns the
// token where the next name may start, setting `*joined` when a joiner was
// passed. `first` is the list's first name: a repeated preposition must be
// the one that stands before it ("from Sen. A, as well as from B").
uint32_t RelationSubjects::ListJoinerEnd(uint32_t first, uint32_t t, uint32_t se,
                                         bool* joined) const {
  // "A as well as B", "A, as well as B" (not after "and": "and as well as"
  // is no English).
  if (t + 2 < se && d_.Lower(t) == "as" && d_.Lower(t + 1) == "well" && d_.Lower(t + 2) == "as" &&
      !(t > 0 && In(d_.Lower(t - 1), {"and", "or"}))) {
    t += 3;
    *joined = true;
  }
  if (!*joined) return t;
  // "by Sen. A, who ran against him in 2010, and B": a relative clause on a
  // listed name, closed by ", and" before the next one (ListedEndorsers reads
  // the same clause after an endorsement noun). The clause holds no other
  // punctuation, and a verb after B still ends the list in Coordinated.
  if (t + 1 < se && In(d_.Lower(t), {"who", "which"}) && t > 0 && d_.Text(t - 1) == ",") {
    uint32_t c = t + 1;
    while (c + 1 < se && c < t + 16 && d_.tokens[c].kind != TokKind::kPunct && !in_quote_[c]) ++c;
    if (c + 1 >= se || d_.Text(c) != "," || d_.Lower(c + 1) != "and") return t;
    t = c + 2;
  }
  // "A, but also B": only after a comma, and "but" needs "also" (", but B
  // said" opens a clause).
  if (t + 1 < se && d_.Lower(t) == "but" && d_.Lower(t + 1) == "also" && t > 0 &&
      d_.Text(t - 1) == ",")
    t += 2;
  // "and then B", "and even B", "and also B", "and now B": an adverb that
  // does not change the list.
  else if (t < se && d_.tokens[t].kind == TokKind::kWord &&
           In(d_.Lower(t), {"then", "even", "also", "now", "later", "eventually", "finally",
                            "subsequently", "ultimately"})) {
    ++t;
    // "and even celebrities like actress A and singer B": a plural noun
    // (and a short phrase on it) introducing the rest of the list.
    uint32_t k = t;
    while (k < se && k < t + 5 && d_.tokens[k].kind == TokKind::kWord &&
           !In(d_.Lower(k), {"like", "including", "such"}) && !in_quote_[k])
      ++k;
    if (k > t && k + 1 < se && !d_.tokens[t].cap && d_.Lower(t).size() > 3 &&
        d_.Lower(t).back() == 's' && !IsVerbLike(d_.Lower(t)))
      t = In(d_.Lower(k), {"like", "including"}) ? k + 1 : d_.Lower(k + 1) == "as" ? k + 2 : t;
  }
  // A preposition repeated from before the first name: walk back over its
  // title, place and "the|former" words to the word that governs it.
  if (t < se && In(d_.Lower(t), {"from", "by", "of"})) {
    uint32_t k = MentionBegin(first);
    const uint32_t stop = k > 6 ? k - 6 : 0;
    while (k > stop && (d_.tokens[k - 1].cap || m_.title_at[k - 1] >= 0 ||
                        In(d_.Lower(k - 1), {"the", "former", "."})))
      --k;
    if (k > 0 && d_.Lower(k - 1) == d_.Lower(t)) ++t;
  }
  return t;
}

// The same adverbs read backwards by Subjects (endorsement_subject_lists.cc): "A
// and even the B have endorsed Y", "A and then B endorsed Y": `t - 1` when
// "and ADVERB" stands right before the listed name at `t`, so that the list
// reaches "and".
uint32_t RelationSubjects::ListAdverbBefore(uint32_t sb, uint32_t t) const {
  // "A and even the Acme network's B": an owner named by a possessive before
  // the listed name is part of its description (words no mention covers, at
  // most four, after "the").
  if (t > sb + 3 && (d_.tokens[t - 1].kind == TokKind::kPossessive ||
                     In(d_.Text(t - 1), {"'", "\xe2\x80\x99"}))) {
    uint32_t k = t - 1;
    while (k > sb && k + 5 > t && Ent(k - 1) < 0 && d_.tokens[k - 1].kind == TokKind::kWord &&
           d_.Lower(k - 1) != "the" && !d_.Has(k - 1, kFunctionWord))
      --k;
    if (k > sb + 1 && k < t - 1 && d_.Lower(k - 1) == "the") t = k - 1;
  }
  if (t > sb + 2 && In(d_.Lower(t - 1), {"even", "then", "also"}) && d_.Lower(t - 2) == "and")
    return t - 1;
  return t;
}

// Whether the word right before `t` is a form of an endorsing verb: the name
// at `t` is then its object, and cannot open a list of subjects of a later
// verb ("A is backing Y and B is backing Z": Y backs no one).
bool RelationSubjects::EndorsingVerbBefore(uint32_t t) const {
  return t > 0 && d_.tokens[t - 1].kind == TokKind::kWord &&
         In(d_.Lower(t - 1), {"endorsed", "endorses", "endorsing", "endorse", "backed", "backs",
                              "backing", "supported", "supports", "supporting", "support"});
}

// "endorsed by X's powerful Acme Review": X, the possessor, owns the agent,
// a name no mention covers (capitalised words after up to two lower-case
// ones), and endorses nothing itself. A titled person after the possessive
// is the agent (PersonAfterOrgTitle, run before), and so is X before a
// common noun ("by X's campaign", left as it was).
bool RelationSubjects::OwnerOfNamedAgent(int e, uint32_t from, uint32_t se) const {
  if (e < 0) return false;
  uint32_t k = from;
  if (k < se && d_.Lower(k) == "the") ++k;
  if (k >= se || Ent(k) != e || MentionBegin(k) != k) return false;
  uint32_t o = MentionEnd(k);
  if (o + 1 >= se || d_.tokens[o].kind != TokKind::kPossessive) return false;
  ++o;
  const uint32_t lower_end = o + 2;
  while (o < se && o < lower_end && d_.tokens[o].kind == TokKind::kWord && !d_.tokens[o].cap &&
         Ent(o) < 0 && m_.title_at[o] < 0 && !d_.Has(o, kFunctionWord))
    ++o;
  return o < se && d_.tokens[o].kind == TokKind::kWord && d_.tokens[o].cap && m_.title_at[o] < 0 &&
         !d_.Has(o, kTitleWord) && !IsType(Ent(o), EntityType::kPerson);
}

}  // namespace kg::extract::internal
