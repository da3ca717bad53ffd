// A person's name that opens a sentence with a first name that is also a
// common word and a surname that is one too ("Mike Pence", "Bill Weld",
// "Mark Price"). IsPersonName refuses such a pair at a sentence start, where
// "Will Power", "Grant Park" and "Mark Time" read as words; the words after
// the pair decide instead: only a person is the subject of "said" or
// "endorsed", is set off as ", who" or ", the state's governor", or carries a
// party tag or an age.
#include <algorithm>
#include <string_view>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

// Verbs whose subject is a person (a speech verb is tested by its flag):
// "Mike Pence endorsed Trump", "Bill Weld campaigned".
bool PersonSubjectVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"endorsed", "endorses",   "endorsing", "tweeted",
                                                "vowed",    "campaigned", "pardoned",  "nominated",
                                                "backed",   "resigned",   "testified"};
  for (std::string_view v : kVerbs) {
    if (w == v) return true;
  }
  return false;
}

}  // namespace

bool Finder::OpeningNameEvidence(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // Two words: "China Central Television said", "Forest Fire Management
  // Victoria said" are bodies.
  if (e != b + 2 || e >= n || EndsQuestion(b)) return false;  // "Will Power Play win?"
  // "Mike Pence said", "Mike Pence endorsed Trump" (not "Will Power won").
  if (Word(e) && !d_.tokens[e].cap && (d_.Has(e, kSpeechVerb) || PersonSubjectVerb(d_.Lower(e))))
    return true;
  if (!Punct(e, ",") || e + 1 >= n) return false;
  if (AgeApposition(b, e)) return true;  // "Mark Price, 54, said"
  // A party tag: "Mike Pence, R-Ind.".
  const std::string_view tag = d_.Text(e + 1);
  if (tag.size() > 3 && (tag[0] == 'R' || tag[0] == 'D' || tag[0] == 'I') && tag[1] == '-' &&
      tag[2] >= 'A' && tag[2] <= 'Z')
    return true;
  if (d_.IsWord(e + 1, "who")) return true;  // "Mike Pence, who ..."
  // A title set off after it: "Mike Pence, the governor of Indiana,",
  // "Bill Weld, a former governor", "Mark Price, chairman of ...". Not a
  // body's noun in the apposition ("Grant Park, a park in ...").
  uint32_t t = e + 1;
  if (d_.IsWord(t, "the") || d_.IsWord(t, "a") || d_.IsWord(t, "an")) ++t;
  for (uint32_t end = std::min(n, t + 4); t < end && Word(t); ++t) {
    if (OrgNoun(d_.Lower(t))) return false;
    if (out_.title_at[t] >= 0 && !d_.tokens[t].cap) return true;
  }
  return false;
}

// An apposition that gives the name a title in someone's service: "Austan
// Goolsbee, Obama's chairman of ...", "X, Acme's chief executive,", "X, the
// company's longtime general counsel". Only a person holds an owner's
// title; up to three words name the owner, two describe the title. The
// name's words are no common words (HasPersonEvidence tests them first).
bool Finder::OwnerTitleApposition(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // A people is no one's officer: "Syrian Kurds, the United States' ally".
  if (!Punct(e, ",") || (e == b + 2 && GroupPair(b))) return false;
  uint32_t t = e + 1;
  if (d_.IsWord(t, "the")) ++t;
  const uint32_t owner = t;
  while (t < n && t < owner + 3 && Word(t)) ++t;
  if (t == owner || t >= n || d_.tokens[t].kind != TokKind::kPossessive) return false;
  ++t;
  for (const uint32_t end = std::min(n, t + 3); t < end && Word(t) && !d_.tokens[t].cap; ++t) {
    if (out_.title_at[t] >= 0) return true;
  }
  return false;
}

// "Will Romney's words matter?", "1) Will Trump face off with the mayor?",
// "More: Will Trump tax cuts blow up the deficit?": a modal opening a clause
// that a question mark ends asks a question, so a capitalised "Will" (or
// "Can", "Did", "Is" ...) before a name is the verb, not a first name nor
// the first word of a body ("Is Facebook listening?"). A clause
// opens a sentence or follows a colon, a parenthesis, a dash or a quotation
// mark; a list number ("1)") or "question:" does too. Not "Senator Will
// Brown" nor "David Jackson and Will Cummings" (a word before it), nor a
// name in a statement that ends in "." ("Will Hurd said ...").
bool Finder::QuestionAuxiliary(uint32_t t) const {
  if (!Word(t) || !d_.tokens[t].cap || d_.tokens[t].allcaps) return false;
  static constexpr std::string_view kModals[] = {
      "will",  "can", "did", "does", "do",  "shall", "would", "could", "should", "must",
      "might", "may", "is",  "are",  "was", "were",  "has",   "have",  "had"};
  const std::string_view w = d_.Lower(t);
  return std::find(std::begin(kModals), std::end(kModals), w) != std::end(kModals) && ModalAsks(t);
}

// The clause test of QuestionAuxiliary, a function of its own: that one is
// asked of every chunk's first word, nearly always a name, and with this
// inside it saved and restored six registers for each early return.
[[gnu::noinline]] bool Finder::ModalAsks(uint32_t t) const {
  const uint32_t para = d_.sentences[d_.sentence_of[t]].para;
  if (t > 0 && !SentenceInitial(t) && d_.sentences[d_.sentence_of[t - 1]].para == para) {
    const TokKind prev = d_.tokens[t - 1].kind;
    if (prev == TokKind::kWord || prev == TokKind::kNumber || prev == TokKind::kPossessive ||
        Punct(t - 1, ","))
      return false;
  }
  // The question mark ends the clause: no sentence stop before it in the
  // paragraph ("Will Kennedy retire?:No vacancy" runs on past it).
  for (uint32_t k = t + 1, end = std::min<uint32_t>(d_.tokens.size(), t + 60); k < end; ++k) {
    if (d_.sentences[d_.sentence_of[k]].para != para) return false;
    if (d_.tokens[k].kind != TokKind::kPunct) continue;
    const std::string_view p = d_.Text(k);
    if (p == "?") return true;
    if (p == "." || p == "!") return false;
  }
  return false;
}

}  // namespace kg::extract::mention_internal
