// Whom a sentence is about: the person it opens with (past conjunctions,
// titles, an introductory phrase, an organisation or a person owning a
// role: "Acme's Ms. Roe said", "X's running mate, Gov. Z, said"), else the
// person named right after the speech verb of an inverted attribution. The
// pronoun resolution of references.cc reads it sentence by sentence back
// from a he/she to find whom the text is about.
#ifndef KG_EXTRACT_SENTENCE_SUBJECTS_H_
#define KG_EXTRACT_SENTENCE_SUBJECTS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/mentions.h"

namespace kg::extract::internal {

// SentenceSubject(): the sentence opens with he/she (the same person as
// before); *pronoun says which.
constexpr int kPronounSubject = -2;

// "he": kMale, "she": kFemale, else kUnknown (`w` lower-case).
Gender PronounGender(std::string_view w);

// Whom sentence `s` is about: the person it opens with, after a
// conjunction, a title, or a quotation and its comma ('"...," Lee said' is
// about Lee), else the person of an inverted attribution in it ("...,
// said Jim Ellis, a professor"); kPronounSubject when it opens with
// he/she; -1 otherwise. Only a subject starting before `limit` counts.
int SentenceSubject(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                    uint32_t s, uint32_t limit, Gender* pronoun);

// 'Trump is also issuing warnings to adversaries, Caputo said.': the person
// of an attribution ending sentence `s` (a comma, titles, the person, a
// speech verb, perhaps a short phrase: "told CNN in March"), whose words
// the whole sentence is; -1 when the sentence ends otherwise.
int EndAttributionSubject(const Document& d, const MentionTable& m,
                          const std::vector<bool>* in_quote, uint32_t s);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_SENTENCE_SUBJECTS_H_
