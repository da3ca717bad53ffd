// libFuzzer target: the Cypher-subset parser of `kg query` on arbitrary
// text. It must return true or false with an error, never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/query/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  kg::graph::query::Query query;
  kg::graph::query::QueryError error;
  kg::graph::query::ParseQuery(text, &query, &error);
  return 0;
}
