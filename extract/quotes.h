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
#include "extract/references.h"

namespace kg::extract {

struct QuoteFact {
  int speaker = -1;  // entity index
  Statement statement;
};

std::vector<QuoteFact> FindQuotes(const Document& doc, const MentionTable& mentions);

// Tokens inside quotation marks, per token.
std::vector<bool> QuotedTokens(const Document& doc);

}  // namespace kg::extract

#endif  // KG_EXTRACT_QUOTES_H_
