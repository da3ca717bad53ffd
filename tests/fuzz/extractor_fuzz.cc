// libFuzzer target: the extractor on arbitrary bytes, as `kg ingest` runs it
// on text from the web: CheckArticleBytes first, then Extract and the JSON
// Lines output on whatever passes. Any crash, sanitizer report or hang is a
// bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/extractor.h"

namespace {

// Built once, before the first input: building the gazetteers takes seconds
// under the sanitizers, which libFuzzer would otherwise charge to the first
// input as a timeout.
const kg::extract::Extractor& SharedExtractor() {
  static const kg::extract::Extractor* extractor = new kg::extract::Extractor();
  return *extractor;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  SharedExtractor();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const kg::extract::Extractor* extractor = &SharedExtractor();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!kg::extract::CheckArticleBytes(bytes).empty()) return 0;
  kg::extract::ArticleResult result = extractor->Extract(bytes);
  kg::extract::ToJsonLine(result, "fuzz.txt", /*explain=*/true);
  return 0;
}
