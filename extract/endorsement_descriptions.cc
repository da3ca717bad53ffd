// Endorsement ends that a description names (endorse.described): "the
// activist endorsed Y", "X endorsed the former vice president", "X was
// criticised for endorsing the congressman". The verb rules take a named
// subject or object, a pronoun (endorsement_ends.cc) or "the group"; a
// person described by an office or by what they are gave no edge. The
// titles and nouns are the ones the quotation rules resolve (references.cc,
// quote_descriptions.cc: description_titles.cc); the resolution here is
// stricter, because an endorsement to the wrong person is worse than none.
#include <string_view>
#include <vector>

#include "extract/description_titles.h"
#include "extract/party_marks.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The person a description at `the` stands for, and the token after it in
// *end; -1 when unsure.
//  * An office ("the senator", "the former vice president", "the Florida
//    congressman"; DescriptionTitle): the one person named before it in the
//    article, outside quotations, who carried that title. Two presidents
//    named give nothing.
//  * What a person is ("the activist", "the retired neurosurgeon";
//    IsEpithetNoun): the one person named (outside quotations) in the
//    closest body sentence that names one, this one before the description
//    or up to two back, like a pronoun of unknown gender
//    (PronounReferent); two there give nothing.
// Never one of `exclude` (the endorsers: "X endorsed the senator" is not X).
// An `object` must end its phrase (punctuation, a preposition or adverb).
// Not a possessive ("the president's plan"), a description with a
// complement ("the president of the union", "the nominee who wins"), nor
// one an apposition names ("the senator, X": the name is the end).
int RelationSubjects::DescribedPerson(uint32_t the, const std::vector<int>& exclude, bool object,
                                      uint32_t* end, bool possessive) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (the + 1 >= n || in_quote_[the] || !d_.IsWord(the, "the")) return -1;
  const uint32_t cs = d_.sentence_of[the];
  const uint32_t se = d_.sentences[cs].tok_end;
  // "threw his support behind the Texan": a state's demonym (party_marks.h).
  if (!possessive && d_.tokens[the + 1].cap && (the + 2 >= se || !d_.tokens[the + 2].cap) &&
      Ent(the + 1) < 0) {
    const int h = DemonymHolder(d_, m_, &in_quote_, the, d_.Lower(the + 1));
    if (h != -1) {
      if (the + 2 < se && d_.tokens[the + 2].kind == TokKind::kPossessive) return -1;
      *end = the + 2;
      for (int y : exclude) {
        if (y == h) return -1;
      }
      return h;
    }
  }
  std::string title;
  uint32_t len = 0;
  uint32_t e = the + 1;
  if (DescriptionTitle(d_, the, &title, &len)) {
    e = the + len;
  } else {
    // Up to three modifiers (capitalised place and party words, lower-case
    // adjectives, ages) before the noun.
    for (; e < se && e <= the + 4; ++e) {
      const TokKind kind = d_.tokens[e].kind;
      if (kind != TokKind::kWord && kind != TokKind::kNumber) return -1;
      if (!d_.tokens[e].cap && IsEpithetNoun(d_.Lower(e))) break;
      // "endorsed the Republican on Monday": a party's member as the noun
      // (only one an apposition introduced: AppositionDescribed below).
      if (In(d_.Lower(e), {"republican", "democrat"}) &&
          (e + 1 >= se || d_.tokens[e + 1].kind != TokKind::kWord || !d_.tokens[e + 1].cap))
        break;
      if (!d_.tokens[e].cap && !DescriptiveModifier(d_, e)) return -1;
    }
    if (e >= se || e > the + 4 || d_.Lower(e) == "businessmen") return -1;
    ++e;
  }
  if (e > se) return -1;
  for (uint32_t k = the + 1; k < e; ++k) {
    if (Ent(k) >= 0 || in_quote_[k]) return -1;  // "the Acme spokesman"
  }
  if (possessive) {
    // Only an office's holder owns an endorsement ("the president's"), not
    // what a person is ("the activist's" names no one so surely).
    if (e >= se || d_.tokens[e].kind != TokKind::kPossessive || title.empty()) return -1;
  } else if (e < se) {
    const Token& next = d_.tokens[e];
    if (next.kind == TokKind::kPossessive || next.kind == TokKind::kSingleQuote) return -1;
    // A hyphen glued on ("the senator-elect") continues the noun; a spaced
    // dash closes an aside ("X - who ... endorsed the senator - said").
    const bool dash = d_.Text(e) == "-" && next.start > d_.tokens[e - 1].end;
    if (!dash && In(d_.Lower(e), {"of", "who", "whom", "that", "which", "whose", "-", "to"}))
      return -1;
    if (d_.Text(e) == "," && e + 1 < se && (d_.tokens[e + 1].cap || Ent(e + 1) >= 0)) return -1;
    // An object ends its phrase: "endorsed the candidate trying to ..." is
    // someone the reduced relative picks out, not the last person named.
    if (object && next.kind != TokKind::kPunct &&
        !In(d_.Lower(e),
            {"on",    "in",        "for",      "as",       "after",     "before", "last",    "this",
             "early", "earlier",   "over",     "because",  "when",      "and",    "but",     "at",
             "since", "again",     "too",      "during",   "with",      "while",  "despite", "then",
             "today", "yesterday", "publicly", "formally", "officially"}))
      return -1;
  }
  *end = e;
  const auto excluded = [&](int x) {
    for (int y : exclude) {
      if (y == x) return true;
    }
    return false;
  };
  const auto body = [&](uint32_t k) {
    return d_.paragraphs[d_.sentences[d_.sentence_of[k]].para].kind == LineKind::kBody;
  };
  if (!title.empty()) {
    // "the Arizona senator": the one person the article ties to that state
    // and office ("Sen. X (R-Ariz.)", "Arizona Sen. X"); two give nothing.
    const std::vector<std::string_view> place = DescriptionPlace(d_, the + 1, e - 1);
    if (!place.empty()) {
      const int holder = PlaceOfficeHolder(d_, m_, &in_quote_, the, title, place);
      if (holder >= 0) return excluded(holder) ? -1 : holder;
      if (holder == -2) return -1;
    }
    int found = -1;
    // Two carriers in the article: the one named earlier in this sentence
    // ("X even has the backing of Z's old boss: W ... is supporting the
    // congressman"), the one the sentence is about; else nothing.
    int here = -1;
    bool two = false, two_here = false;
    const uint32_t sb = d_.sentences[cs].tok_begin;
    for (const Mention& mm : m_.mentions) {
      if (mm.tok_begin >= the) break;
      if (in_quote_[mm.tok_begin] || !body(mm.tok_begin)) continue;
      const EntityInfo& info = m_.entities[mm.entity];
      if (info.type != EntityType::kPerson || !TitleMatches(info.titles, title)) continue;
      if (mm.tok_begin >= sb && !excluded(mm.entity)) {
        two_here |= here >= 0 && here != mm.entity;
        here = mm.entity;
      }
      two |= found >= 0 && found != mm.entity;
      found = mm.entity;
    }
    if (two) return here >= 0 && !two_here && !OtherParty(here, the, e) ? here : -1;
    // Nobody carried the title: the one person an apposition gave the
    // office ("X, the former mayor of Elm City,"; described_antecedent.cc).
    if (found < 0 && title != "president")
      found = AppositionDescribed(d_, m_, &in_quote_, the, title);
    return found >= 0 && !excluded(found) && !OtherParty(found, the, e) ? found : -1;
  }
  // The one person an apposition or a word before the name called by this
  // noun ("Maria Roe, a civil rights activist, ..."), however far back; a
  // party noun only so ("the Republican" is no one near by default).
  const std::string_view noun = d_.Lower(e - 1);
  const int described = AppositionDescribed(d_, m_, &in_quote_, the, noun);
  if (described >= 0) return excluded(described) ? -1 : described;
  if (d_.tokens[e - 1].cap) return -1;
  for (uint32_t s = cs + 1; s-- > 0 && cs - s <= 2;) {
    if (d_.paragraphs[d_.sentences[s].para].kind != LineKind::kBody) continue;
    int found = -1;
    bool aside = false;  // inside ", who|which ...,"
    for (uint32_t k = d_.sentences[s].tok_begin; k < d_.sentences[s].tok_end && k < the; ++k) {
      // "X, who served in the Z administration, threw her support behind
      // the nominee": a person named in a relative clause on someone else
      // is not the one the object describes.
      if (d_.Text(k) == ",") aside = k + 1 < the && In(d_.Lower(k + 1), {"who", "which"});
      const int x = Ent(k);
      if (!IsType(x, EntityType::kPerson) || in_quote_[k] || excluded(x) || aside) continue;
      if (found >= 0 && found != x) return -1;
      found = x;
    }
    if (found >= 0) return OtherParty(found, the, e) ? -1 : found;
  }
  return -1;
}

// Whether the description [the, e) has a party word ("the Democratic
// nominee") while the article marks `person` with another party before it
// ("Republican Sen. X", "X (R-Ohio)", "X, a Republican", or a description
// resolved to X: "the GOP nominee", or before it: "the Republican nominee, X").
bool RelationSubjects::OtherParty(int person, uint32_t the, uint32_t e) const {
  Party party = Party::kNone;
  for (uint32_t k = the + 1; k < e && party == Party::kNone; ++k) party = PartyOfWord(d_.Lower(k));
  if (party == Party::kNone) return false;
  for (const Party other : {Party::kRepublican, Party::kDemocrat}) {
    if (other == party) continue;
    if (MarkedWithParty(d_, m_, in_quote_, person, other, the)) return true;
    for (const Mention& mm : m_.mentions) {
      if (mm.tok_begin >= the) break;
      if (mm.entity != person || in_quote_[mm.tok_begin]) continue;
      for (uint32_t k = mm.tok_begin; mm.descriptor && k < mm.tok_end; ++k) {
        if (PartyOfWord(d_.Lower(k)) == other) return true;
      }
      // "the Republican nominee, X": a description before the name.
      if (mm.descriptor || mm.tok_begin < 2 || d_.Text(mm.tok_begin - 1) != ",") continue;
      for (uint32_t k = mm.tok_begin - 1; k-- > 0 && k + 6 > mm.tok_begin;) {
        if (d_.tokens[k].kind != TokKind::kWord) break;
        if (PartyOfWord(d_.Lower(k)) == other) return true;
      }
    }
  }
  return false;
}

// "During the campaign, the activist endorsed Y", "after the retired
// neurosurgeon endorsed Y": a description ending right before the verb at
// `v` (through auxiliaries and adverbs) that opens its clause (the
// sentence, or after a comma or a conjunction).
int RelationSubjects::DescribedSubject(uint32_t sb, uint32_t v) const {
  uint32_t t = v;
  while (t > sb && SkippableBeforeVerb(t - 1)) --t;
  for (uint32_t the = t; the > sb && the + 7 > t;) {
    --the;
    if (!d_.IsWord(the, "the")) continue;
    if (the > sb && d_.Text(the - 1) != "," &&
        !In(d_.Lower(the - 1), {"after", "when", "since", "because", "but", "and", "while",
                                "before", "once", "until", "then", "as", "so"}))
      return -1;
    uint32_t end = 0;
    const int x = DescribedPerson(the, {}, false, &end);
    return end == t ? x : -1;
  }
  return -1;
}

}  // namespace kg::extract::internal
