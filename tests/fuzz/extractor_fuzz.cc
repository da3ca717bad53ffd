// libFuzzer target: the extractor on arbitrary bytes, as `kg ingest` runs it
// on text from the web: CheckArticleBytes first, then Extract and the JSON
// Lines output on whatever passes. Any crash, sanitizer report or hang is a
// bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const kg::extract::Extractor* extractor = new kg::extract::Extractor();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!kg::extract::CheckArticleBytes(bytes).empty()) return 0;
  kg::extract::ArticleResult result = extractor->Extract(bytes);
  kg::extract::ToJsonLine(result, "fuzz.txt", /*explain=*/true);
  return 0;
}
