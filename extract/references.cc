#include "extract/references.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/description_titles.h"
#include "extract/party_marks.h"
#include "extract/pronoun_chains.h"
#include "extract/sentence_subjects.h"

namespace kg::extract {
namespace {

using internal::AppositionDescribed;
using internal::DescriptionTitle;
using internal::EndAttributionSubject;
using internal::kPronounSubject;
using internal::PronounGender;
using internal::SentenceSubject;
using internal::TitleMatches;

bool In(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

// A person a pronoun of either gender may stand for, as weakly as for a
// name of no known gender: a first name not in the Census lists, or one
// both sexes bear (Pat, Jamie: "Gov. Pat X said ... "...," he said" is X,
// though Pat is more often a woman's name). A person of the pronoun's own
// gender still wins over a more recent one of these.
bool GenderOpen(const EntityInfo& e) { return e.gender == Gender::kUnknown || e.unisex; }

// "she'll", "he’ll" (one token): the pronoun of a future "she'll say".
std::string_view WithoutWill(std::string_view w) {
  if (w.ends_with("'ll")) return w.substr(0, w.size() - 3);
  if (w.ends_with("\xe2\x80\x99ll")) return w.substr(0, w.size() - 5);
  return w;
}

// "In 1976, after Ronald Reagan lost the nomination to Gerald Ford, he
// endorsed Ford": a pronoun opening the main clause after a fronted
// subordinate clause is that clause's subject, the person of the pronoun's
// gender (or of unknown gender) named right after the subordinator, which
// opens the sentence or follows a comma. Not when the clause holds an
// object pronoun of that gender ("When X called him, he endorsed Y": "he"
// may be "him"), nor a comma of its own. -1 otherwise.
int FrontedClauseSubject(const Document& d, const MentionTable& m,
                         const std::vector<bool>* in_quote, uint32_t tok, Gender want) {
  const Sentence& s = d.sentences[d.sentence_of[tok]];
  // "experiments in which, he said, ...": a comma after a function word
  // sets off a parenthetical inside the clause, not the main clause.
  if (tok < s.tok_begin + 3 || d.Text(tok - 1) != "," || (in_quote && (*in_quote)[tok]) ||
      d.Has(tok - 2, kFunctionWord))
    return -1;
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  for (uint32_t k = tok - 1; k-- > s.tok_begin && k + 32 > tok;) {
    if ((in_quote && (*in_quote)[k]) || d.Text(k) == ",") return -1;
    const std::string_view w = d.Lower(k);
    // "him", or "her" that is no possessive ("her bid"): an object of
    // the pronoun's gender.
    const bool object_her = w == "her" && (k + 1 >= n || d.tokens[k + 1].kind != TokKind::kWord ||
                                           d.Has(k + 1, kFunctionWord));
    if ((w == "him" && want == Gender::kMale) || (object_her && want == Gender::kFemale)) return -1;
    if (!In(w, {"after", "when", "while", "before", "since", "because", "although", "though",
                "once", "until", "as"}))
      continue;
    if (k != s.tok_begin && d.Text(k - 1) != ",") return -1;  // "Hours after he ..."
    uint32_t p = k + 1;
    while (p < tok && m.title_at[p] >= 0 && m.EntityAt(p) < 0) ++p;
    const int e = p < tok ? m.EntityAt(p) : -1;
    if (e < 0 || m.entities[e].type != EntityType::kPerson) return -1;
    return m.entities[e].gender == want || GenderOpen(m.entities[e]) ? e : -1;
  }
  return -1;
}

// "he"/"she": the subject of the closest sentence (this one before `tok`,
// then up to four back, within two paragraphs) whose subject is a person of
// that gender. A sentence about someone of unknown gender (a first name not
// in the Census lists) counts when it is right before or linked to `tok` by
// a chain of sentences opening with the same pronoun. -1 when none qualifies.
int SalientSubject(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                   uint32_t tok, Gender want, bool any_gender = false) {
  const uint32_t cs = d.sentence_of[tok];
  // '"A. B," he said': the sentences of a quotation before the pronoun are
  // its speaker's words, not about whom the text speaks: they neither break
  // a chain of he/she sentences nor count between the pronoun and the
  // sentence the quotation opens in (`qs`). (The window below still counts
  // them: reaching further back finds people the text has moved on from.)
  uint32_t qs = cs;
  while (in_quote && qs > 0 && d.sentences[qs - 1].para == d.sentences[cs].para) {
    const uint32_t b = d.sentences[qs].tok_begin;
    if (!(*in_quote)[b] || d.tokens[b].kind == TokKind::kOpenQuote) break;
    --qs;
  }
  // The window (four sentences, two paragraphs back) is counted from the
  // earliest sentence of an unbroken chain opening with the same pronoun:
  // "X won the poll. Y trails him. || He also took his case to Twitter. ||
  // '...,' he said." is about X, whom the first "He" means.
  uint32_t anchor = cs;
  uint32_t para = d.sentences[cs].para;
  bool chain = true;       // every sentence since `tok` opened with the same pronoun
  int passed = 0;          // sentences past the chain naming a person who fits
  bool named_fit = false;  // a sentence read so far names a person who fits
  for (uint32_t s = cs + 1; s-- > 0 && anchor - s <= 4;) {
    if (s > qs && s < cs) continue;  // inside the quotation
    if (d.sentences[s].para + 2 < para) break;
    if (d.paragraphs[d.sentences[s].para].kind != LineKind::kBody) continue;
    // "Trump is also issuing warnings, Caputo said. || '...,' he said.":
    // Caputo, before the sentence's opener (a speaker of the other gender
    // leaves the sentence to it; one of unknown gender counts like a
    // subject). Only when no sentence since names someone who fits: the
    // nearest person stays the better guess ('..., Mr. Trump promised to
    // take on Day One. || White House press secretary X said ... || "...,"
    // he said').
    if (s < cs && !named_fit) {
      const int said = EndAttributionSubject(d, m, in_quote, s);
      if (said >= 0) {
        const EntityInfo& e = m.entities[said];
        if (e.gender == want || any_gender ||
            (GenderOpen(e) && (qs - std::min(s, qs) <= 1 || chain || anchor != cs)))
          return said;
      }
    }
    for (uint32_t t = d.sentences[s].tok_begin; t < d.sentences[s].tok_end && t < tok; ++t) {
      const int e = m.EntityAt(t);
      if (e >= 0 && !(in_quote && (*in_quote)[t]) && m.entities[e].type == EntityType::kPerson &&
          (m.entities[e].gender == want || GenderOpen(m.entities[e])))
        named_fit = true;
    }
    Gender pronoun = Gender::kUnknown;
    int subj = SentenceSubject(d, m, in_quote, s, s == cs ? tok : UINT32_MAX, &pronoun);
    if (subj < 0) {
      // "He told ..." continues the chain back to whom "he" is.
      if (s < qs) chain = chain && subj == kPronounSubject && pronoun == want;
      if (s < qs && chain) {
        // "Before X came to Congress, he was ...": the chain's pronoun
        // is the fronted clause's subject.
        for (uint32_t t = d.sentences[s].tok_begin;
             want != Gender::kUnknown && t < d.sentences[s].tok_end; ++t) {
          if ((in_quote && (*in_quote)[t]) || PronounGender(d.Lower(t)) != want) continue;
          const int fronted = FrontedClauseSubject(d, m, in_quote, t, want);
          if (fronted >= 0) return fronted;
          break;
        }
        anchor = s;
        para = d.sentences[s].para;
      } else if (anchor != cs && subj == -1) {
        // Past the chain, a sentence we could not read a subject of
        // (pronoun_chains.cc).
        const int past = internal::PastChainSentence(d, m, in_quote, s, want, &passed);
        if (past >= 0) return past;
        if (past == internal::kChainLost) return -1;
      }
      continue;
    }
    const Gender g = m.entities[subj].gender;
    if (g == want || any_gender) return subj;
    if (GenderOpen(m.entities[subj]) && (qs - std::min(s, qs) <= 1 || chain)) return subj;
    // Past the chain, someone of unknown gender may be whom it is about:
    // unsure.
    if (anchor != cs && GenderOpen(m.entities[subj])) return -1;
    chain = false;
  }
  return -1;
}

}  // namespace

int PronounBeforeCopula(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                        uint32_t v) {
  if (v == 0 || (in_quote && (*in_quote)[v - 1])) return -1;
  const std::string_view w = d.Lower(v - 1);
  if (w != "he" && w != "she") return -1;
  const Sentence& s = d.sentences[d.sentence_of[v - 1]];
  if (v - 1 != s.tok_begin) {
    // "A graduate of Y Law School, he is ...": only a short introductory
    // phrase, opening with an article or a preposition, holding no
    // quotation, speech verb or person.
    if (v - 1 < s.tok_begin + 2 || v - 1 > s.tok_begin + 12 || d.Text(v - 2) != ",") return -1;
    const std::string_view first = d.Lower(s.tok_begin);
    if (first != "a" && first != "an" && IntroductoryReach(first) == 0) return -1;
    for (uint32_t k = s.tok_begin; k + 2 < v; ++k) {
      if ((in_quote && (*in_quote)[k]) || d.Has(k, kSpeechVerb) || d.Text(k) == ",") return -1;
      const int e = m.EntityAt(k);
      if (e >= 0 && m.entities[e].type == EntityType::kPerson) return -1;
    }
  }
  // A bio's pronoun is the person the sentence before is about; when that
  // sentence opens with someone we did not recognise ("Jed Doe served as
  // ...", then "He is a senior fellow of Y") or names another person who
  // fits, nobody: a looser reading gave the role to the last name of the
  // story.
  const Gender want = PronounGender(w);
  const uint32_t cs = d.sentence_of[v - 1];
  for (uint32_t prev = cs; prev-- > 0 && cs - prev <= 4;) {
    if (d.sentences[prev].para + 2 < s.para) return -1;
    Gender pronoun = Gender::kUnknown;
    const int subj = SentenceSubject(d, m, in_quote, prev, UINT32_MAX, &pronoun);
    if (subj == kPronounSubject && pronoun == want) continue;  // "He spent ... He is ..."
    if (subj < 0) return -1;
    if (m.entities[subj].gender != want && !GenderOpen(m.entities[subj])) return -1;
    for (uint32_t t = d.sentences[prev].tok_begin; t < d.sentences[prev].tok_end; ++t) {
      const int e = m.EntityAt(t);
      if (e < 0 || e == subj || (in_quote && (*in_quote)[t])) continue;
      const EntityInfo& other = m.entities[e];
      if (other.type == EntityType::kPerson && (other.gender == want || GenderOpen(other)))
        return -1;
    }
    return subj;
  }
  return -1;
}

uint32_t IntroductoryReach(std::string_view w) {
  // Prepositions and subordinators open phrases of any length ("In a speech
  // to accept the medal, ..."); time adverbs only short ones ("Last week,",
  // "Earlier this year,"; not "Later Trump backed the plan, saying ...").
  // "As" is left out: "As X, a senior fellow, put it: ..." is about X.
  static constexpr std::string_view kLong[] = {
      "in",   "at",      "on",        "during", "after",    "before", "since", "with", "under",
      "amid", "despite", "following", "asked",  "speaking", "when",   "while", "from", "for"};
  static constexpr std::string_view kShort[] = {"earlier",   "later",     "last",
                                                "this",      "yesterday", "today",
                                                "meanwhile", "however",   "separately"};
  for (std::string_view k : kLong) {
    if (w == k) return 24;
  }
  for (std::string_view k : kShort) {
    if (w == k) return 4;
  }
  return 0;
}

int ResolveReference(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                     uint32_t tok, uint32_t* len) {
  std::string_view w = WithoutWill(d.Lower(tok));
  *len = 1;
  Gender want = Gender::kUnknown;
  std::string title;
  if (w == "he" || w == "she") {
    want = PronounGender(w);
    const int fronted = FrontedClauseSubject(d, m, in_quote, tok, want);
    if (fronted >= 0) return fronted;
    const int subject = SalientSubject(d, m, in_quote, tok, want);
    if (subject >= 0) return subject;
  } else if ((w == "the" || w == "a") && tok + 1 < d.tokens.size()) {
    // "The billionaire has endorsed X": a description of what a person is,
    // not a title they carry, refers to whom the text is about.
    if (w == "the" && In(d.Lower(tok + 1), {"billionaire", "businessman", "businesswoman", "mogul",
                                            "magnate", "tycoon", "philanthropist"})) {
      // The one person named in this sentence before it and the previous
      // one, when there is exactly one; else the closest person subject.
      int subject = -1;
      {
        int only = -1;
        for (size_t i = m.mentions.size(); i-- > 0;) {
          const Mention& mm = m.mentions[i];
          if (mm.tok_begin >= tok || (in_quote && (*in_quote)[mm.tok_begin])) continue;
          if (d.sentence_of[mm.tok_begin] + 1 < d.sentence_of[tok]) break;
          if (m.entities[mm.entity].type != EntityType::kPerson) continue;
          if (only >= 0 && only != mm.entity) {
            only = -2;
            break;
          }
          only = mm.entity;
        }
        subject = only >= 0 ? only : SalientSubject(d, m, in_quote, tok, Gender::kUnknown, true);
      }
      if (subject >= 0) {
        *len = 2;
        return subject;
      }
    }
    // "the Texan eventually came out for Y": a state's demonym for the one
    // office holder the article ties to that state.
    if (w == "the" && d.tokens[tok + 1].cap &&
        (tok + 2 >= d.tokens.size() || !d.tokens[tok + 2].cap)) {
      const int holder = internal::DemonymHolder(d, m, in_quote, tok, d.Lower(tok + 1));
      if (holder != -1) {
        *len = 2;
        return holder >= 0 ? holder : -1;
      }
    }
    if (!DescriptionTitle(d, tok, &title, len)) {
      int e = m.EntityAt(tok + 1);
      if (e >= 0 && m.mentions[m.mention_at[tok + 1]].descriptor) {
        *len = 2;
        return e;
      }
      return -1;
    }
  } else {
    return -1;
  }
  const Gazetteer& gz = Gazetteer::Get();
  (void)gz;
  // "the Arizona senator": the one person the article ties to that state
  // and office by its own words ("Sen. X (R-Ariz.)", "Arizona Sen. X");
  // two such give nothing rather than the more recent.
  if (!title.empty() && w == "the") {
    const std::vector<std::string_view> place =
        internal::DescriptionPlace(d, tok + 1, tok + *len - 1);
    if (!place.empty()) {
      const int holder = internal::PlaceOfficeHolder(d, m, in_quote, tok, title, place);
      if (holder >= 0) return holder;
      if (holder == -2) return -1;
    }
  }
  // Most recent compatible person mentioned before `tok`, outside quotations
  // and furniture.
  int idx = -1;
  for (size_t i = m.mentions.size(); i-- > 0;) {
    if (m.mentions[i].tok_begin < tok) {
      idx = static_cast<int>(i);
      break;
    }
  }
  int unknown = -1;
  for (int i = idx; i >= 0 && idx - i < 80; --i) {
    const Mention& mm = m.mentions[i];
    if (in_quote && (*in_quote)[mm.tok_begin]) continue;
    // Bylines and headlines are not antecedents.
    if (d.paragraphs[d.sentences[d.sentence_of[mm.tok_begin]].para].kind != LineKind::kBody)
      continue;
    const EntityInfo& e = m.entities[mm.entity];
    if (e.type != EntityType::kPerson) continue;
    if (!title.empty()) {
      if (TitleMatches(e.titles, title)) return mm.entity;
      continue;
    }
    // A person whose gender is known to match wins over a more recent one
    // whose first name is not in the Census lists, within a short window.
    if (e.gender == want) return unknown >= 0 && idx - i > 12 ? unknown : mm.entity;
    if (GenderOpen(e) && unknown < 0) unknown = mm.entity;
  }
  // "Pete Roe, the former mayor of Elm City, ..." then "the mayor said":
  // nobody carried the title before the name, but an apposition gave the
  // office to exactly one person (not "the president": an apposition's
  // president of some body is seldom whom "the president" means).
  // Only "the" (not "a spokesman"), and only a description that names no
  // one itself ("The former CIA director John Brennan", "the lead attorney,
  // Andrew Bakaj,": the name that follows is the person).
  const uint32_t after = tok + *len;
  const bool named_next =
      after < d.tokens.size() &&
      (d.tokens[after].cap || m.EntityAt(after) >= 0 ||
       (d.Text(after) == "," && after + 1 < d.tokens.size() && d.tokens[after + 1].cap) ||
       // "the lead attorney for the whistleblower": a complement picks out
       // someone the apposition need not be.
       In(d.Lower(after),
          {"of", "for", "at", "in", "from", "to", "with", "who", "that", "whose", "which", "on"}));
  if (!title.empty() && title != "president" && w == "the" && !named_next)
    return AppositionDescribed(d, m, in_quote, tok, title);
  return unknown;
}

}  // namespace kg::extract
