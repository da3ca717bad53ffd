// "Place-based" modifiers: see based_modifiers.h.
#include "extract/based_modifiers.h"

namespace kg::extract::internal {

uint32_t BasedModifierEnd(const Document& d, uint32_t t, uint32_t se) {
  for (uint32_t k = t; k < se && k < t + 3; ++k) {
    if (d.tokens[k].kind != TokKind::kWord || !d.tokens[k].cap) return t;
    // A lower-case "-based" glued to the place ("Iowa-based"); not
    // "Evidence-Based" in a name, which is capitalised after the hyphen.
    if (d.Text(k).ends_with("-based")) return k + 1 < se ? k + 1 : t;
  }
  return t;
}

}  // namespace kg::extract::internal
