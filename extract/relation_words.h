// The word tests the relation rules of RelationFinder (relation_finder.h)
// share across their files: In, membership in a short literal word list,
// and the word classes more than one rule file asks about (auxiliaries
// between a subject and its verb, the words of a past or future title,
// verbs that end a description, verbs of receiving an endorsement), each
// defined next to the rules that first needed it; and EndorsingVerb, the
// kind of endorsing verb a clause has.
#ifndef KG_EXTRACT_RELATION_WORDS_H_
#define KG_EXTRACT_RELATION_WORDS_H_

#include <initializer_list>
#include <string_view>

namespace kg::extract::internal {

inline bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set) {
    if (w == x) return true;
  }
  return false;
}

// "D-Ohio", "R-N.Y.", "I-Vt.": a party and state tag as one token, as the
// tokenizer leaves it in "(D-Ohio)" and ", R-Ky.,".
inline bool IsPartyTag(std::string_view w) {
  return w.size() >= 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-';
}

// Words between a subject and its verb that do not change who acts
// ("has", "officially", "reportedly"); defined in relation_subjects.cc.
bool IsAuxiliary(std::string_view w);

// Words that make a title a past or future one ("former", "prospective");
// defined in roles.cc.
bool IsPastOrFuture(std::string_view w);

// Verbs that end a description ("X, R-Wis., is Speaker of Y" is a copula);
// defined in roles.cc.
bool IsVerbLike(std::string_view w);

// Verbs of receiving or holding an endorsement ("won|received|boasts the
// endorsement of"); defined in endorsement_cues.cc.
bool IsReceiveVerb(std::string_view w);

// Verbs of taking an endorsement a possessor gives ("Y won|welcomed X's
// endorsement", "honored to receive X's support"): IsReceiveVerb, welcoming
// and touting, and the base forms receive|accept|welcome as an infinitive
// (`before` is the word before `w`); defined in endorsement_cues.cc.
bool IsTakeVerb(std::string_view w, std::string_view before);

// Which verb an endorsing clause has at its verb: relations.cc sets it,
// the active and passive rules read it.
struct EndorsingVerb {
  bool endorse;    // a form of "endorse", "re-endorsed" too
  bool back;       // a backing verb in an election context (BackingVerb)
  bool backed_by;  // "Y, who is backed by X" outside one
  bool first_to;   // "X, the first senator to back Y"
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_RELATION_WORDS_H_
