// Inline "related" cards some sites paste after a name: "Donald Trump Donald
// John TrumpSessions says he still supports ... MORE is not the only ...".
// The card starts with a repeat of the name, holds a word glued to the
// next headline (TrumpSessions) and ends with an upper-case MORE.
// DocumentBuilder::Build (document.cc) drops a card's tokens as it
// tokenizes each line that holds MORE, so nothing downstream reads them.
#ifndef KG_EXTRACT_HOVER_CARDS_H_
#define KG_EXTRACT_HOVER_CARDS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/text.h"

namespace kg::extract {

// Erases from `tokens`, at or after index `begin` (the line's first token),
// every hover card of `bytes`; token offsets into `bytes` are unaffected.
void DropHoverCards(std::string_view bytes, uint32_t begin, std::vector<Token>* tokens);

}  // namespace kg::extract

#endif  // KG_EXTRACT_HOVER_CARDS_H_
