// Writes a Graph as Graphviz DOT meant to be read by people: shape and colour
// by node type, edge labels with the relation (and HAS_ROLE title),
// statements drawn as notes holding a shortened quotation, and a legend.
// Every id and label is a quoted DOT string with `"`, `\` and newlines
// escaped, so no name can break the grammar or collide with a keyword; labels
// also escape `&`, which Graphviz would otherwise read as an HTML entity.
#ifndef KG_GRAPH_DOT_WRITER_H_
#define KG_GRAPH_DOT_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace kg::graph {

struct DotOptions {
  bool legend = true;
  size_t max_quote_chars = 80;   // statements are cut to this many characters
  size_t quote_line_chars = 28;  // and wrapped at the first space past this many
};

void WriteDot(const Graph& graph, const DotOptions& options, std::ostream& out);

// `text` as a DOT quoted string, quotes included: `"` and `\` escaped,
// newlines as `\n`, invalid UTF-8 and control characters replaced.
std::string DotQuote(std::string_view text);

// DotQuote for a label: also writes `&` as `&amp;` so that a name holding
// "&amp;" or "&#65;" is drawn as written.
std::string DotLabel(std::string_view text);

// A statement's label: the quotation in curly quotes, shortened and wrapped.
std::string QuoteLabel(std::string_view quotation, const DotOptions& options);

// `text` with the first space after every `line_chars` characters of a line
// turned into a newline.
std::string WrapWords(std::string_view text, size_t line_chars);

// At most `max_chars` characters (UTF-8 aware), with "..." when cut.
std::string Shorten(std::string_view text, size_t max_chars);

}  // namespace kg::graph

#endif  // KG_GRAPH_DOT_WRITER_H_
