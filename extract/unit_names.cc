// Units and fields named before their body: see unit_names.h.
#include "extract/unit_names.h"

#include "extract/gazetteer.h"

namespace kg::extract::mention_internal {

bool UnitBeforeBody(const Document& d, uint32_t b, uint32_t e) {
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  if (b == 0 || !d.IsWord(b - 1, "of") || e + 1 >= n) return false;
  for (uint32_t t = b; t < e; ++t) {
    if (!d.Has(t, kCommonWord) && !d.Has(t, kFunctionWord)) return false;
  }
  if (!(d.IsWord(e, "for") || d.IsWord(e, "at") || d.IsWord(e, "with"))) return false;
  const uint32_t k = d.IsWord(e + 1, "the") ? e + 2 : e + 1;
  return k < n && d.tokens[k].cap && d.tokens[k].kind == TokKind::kWord;
}

}  // namespace kg::extract::mention_internal
