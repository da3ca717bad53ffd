// In-article reference resolution: which person or organisation a pronoun
// ("he", "she") or a description ("the senator", "the Democratic senator",
// "the union") stands for. Pronouns prefer the subject of the closest
// preceding sentence with a person subject of matching gender (the person
// the text is about), then the most recent compatible person; descriptions
// go to the most recent person who carried a matching title. Shared by the
// quotation and relation rules.
#ifndef KG_EXTRACT_REFERENCES_H_
#define KG_EXTRACT_REFERENCES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/mentions.h"

namespace kg::extract {

// The entity a pronoun or description at `tok` refers to ("he", "the
// senator", "the union"), looking back from `tok`; -1 when unsure. Shared with
// the relation rules. Sets *len to the tokens consumed.
// `in_quote` (may be null) marks tokens inside quotation marks, whose
// mentions are not antecedents.
int ResolveReference(const Document& doc, const MentionTable& m, const std::vector<bool>* in_quote,
                     uint32_t tok, uint32_t* len);

// "He is a professor at Y", "A graduate of Y, she is the director of Z":
// the person a he/she right before the copula at `v` stands for, when the
// pronoun opens its sentence or follows a short introductory phrase; -1
// otherwise. The role rules read what follows the copula.
int PronounBeforeCopula(const Document& doc, const MentionTable& m,
                        const std::vector<bool>* in_quote, uint32_t v);

// How many tokens after `w` (lower-case) the comma closing an introductory
// phrase it opens may come ("In a speech on Tuesday, ...": far; "Last week,
// ...": near); 0 when `w` opens no such phrase.
uint32_t IntroductoryReach(std::string_view w);

}  // namespace kg::extract

#endif  // KG_EXTRACT_REFERENCES_H_
