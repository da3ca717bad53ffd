// Writes a Graph as Graphviz DOT meant to be read by people: shape and colour
// by node type, edge labels with the relation (and HAS_ROLE title),
// statements drawn as notes holding a shortened quotation, and a legend.
// Every id and label is a quoted DOT string with `"`, `\` and newlines
// escaped, so no name can break the grammar or collide with a keyword.
#ifndef KG_GRAPH_DOT_WRITER_H_
#define KG_GRAPH_DOT_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace kg::graph {

struct DotOptions {
  bool legend = true;
  size_t max_quote_chars = 80;  // statements are cut to this many characters
};

void WriteDot(const Graph& graph, const DotOptions& options, std::ostream& out);

// `text` as a DOT quoted string, quotes included.
std::string DotQuote(std::string_view text);

// At most `max_chars` characters (UTF-8 aware), with "..." when cut.
std::string Shorten(std::string_view text, size_t max_chars);

}  // namespace kg::graph

#endif  // KG_GRAPH_DOT_WRITER_H_
