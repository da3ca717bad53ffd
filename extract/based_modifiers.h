// Internal to extract/: a "Place-based" modifier ("New York-based",
// "a Boston-based analyst at", "chairman of the Denver-based Acme Group").
// News writing puts where a body or a person works before the noun; the
// place is neither part of an organisation's name nor a word of a title,
// so the organisation and role rules step over it.
#ifndef KG_EXTRACT_BASED_MODIFIERS_H_
#define KG_EXTRACT_BASED_MODIFIERS_H_

#include <cstdint>

#include "extract/document.h"

namespace kg::extract::internal {

// The token after a "Place-based" modifier starting at `t` (up to three
// capitalised words, the last one ending in "-based": "Tucson-based", "New
// York-based", "D.C.-based"), or `t` when none starts there or nothing
// follows it before `se`.
uint32_t BasedModifierEnd(const Document& d, uint32_t t, uint32_t se);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_BASED_MODIFIERS_H_
