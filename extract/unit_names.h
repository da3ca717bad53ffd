// Internal to extract/: capitalised words after "TITLE of" that name a
// unit or a field of the body named next ("director of Communications for
// the Acme Foundation", "vice president of Government Relations at Acme"),
// not a body of their own. org_cues.cc reads a leader's title before "of"
// as a cue that the name after it is an organisation; this keeps such
// units out.
#ifndef KG_EXTRACT_UNIT_NAMES_H_
#define KG_EXTRACT_UNIT_NAMES_H_

#include <cstdint>

#include "extract/document.h"

namespace kg::extract::mention_internal {

// Whether the name at [b, e), right after "of" (no article), is a unit of
// the body after it: every word a dictionary word, then for|at|with, an
// optional "the" and a capitalised word.
bool UnitBeforeBody(const Document& d, uint32_t b, uint32_t e);

}  // namespace kg::extract::mention_internal

#endif  // KG_EXTRACT_UNIT_NAMES_H_
