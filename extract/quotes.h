// Finds direct quotations and their speakers: "...," X said / X said: "..."
// / said X / "released the following statement:" followed by quotation
// paragraphs / multi-paragraph quotations (one statement) / unattributed
// quotation paragraphs that continue the previous speaker / pronouns and
// descriptions ("he said", "the senator asked"). Scare quotes and quoted
// titles without a speech cue are not statements.
#ifndef KG_EXTRACT_QUOTES_H_
#define KG_EXTRACT_QUOTES_H_

#include <vector>

#include "extract/article.h"
#include "extract/document.h"
#include "extract/mentions.h"

namespace kg::extract {

struct QuoteFact {
  int speaker = -1;  // entity index
  Statement statement;
};

std::vector<QuoteFact> FindQuotes(const Document& doc, const MentionTable& mentions);

// The entity a pronoun or description at `tok` refers to ("he", "the
// senator", "the union"), looking back from `tok`; -1 when unsure. Shared with
// the relation rules. Sets *len to the tokens consumed.
// `in_quote` (may be null) marks tokens inside quotation marks, whose
// mentions are not antecedents.
int ResolveReference(const Document& doc, const MentionTable& m, const std::vector<bool>* in_quote,
                     uint32_t tok, uint32_t* len);

// Tokens inside quotation marks, per token.
std::vector<bool> QuotedTokens(const Document& doc);

}  // namespace kg::extract

#endif  // KG_EXTRACT_QUOTES_H_
