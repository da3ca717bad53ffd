// A chain of sentences opening with the same pronoun ("He also took his case
// to Twitter. '...,' he said.") is about whom its first pronoun means, so the
// search for that person (SalientSubject in references.cc) goes on past the
// chain. These helpers read a sentence past the chain whose subject
// SentenceSubject (sentence_subjects.cc) could not read.
#ifndef KG_EXTRACT_PRONOUN_CHAINS_H_
#define KG_EXTRACT_PRONOUN_CHAINS_H_

#include <cstdint>
#include <vector>

#include "extract/document.h"
#include "extract/mentions.h"

namespace kg::extract::internal {

// PastChainSentence(): the search must stop, unsure.
constexpr int kChainLost = -2;

// Sentence `s`, past a chain of he/she (`want`) sentences, whose subject
// could not be read: the person it is about (a person who fits named in
// subject position among its first words, else one who fits followed by a
// speech verb); kChainLost when it opens with a description ("The 39th
// president, who ...") or is the second such sentence (`*passed` counts
// them) naming a person who fits elsewhere; -1 to read on.
int PastChainSentence(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                      uint32_t s, Gender want, int* passed);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_PRONOUN_CHAINS_H_
