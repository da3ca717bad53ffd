// Text clean-up shared by the exporters. Every format kg writes (DOT, SVG,
// GraphML, CSV, JSON) must be valid UTF-8, and several reject raw control
// characters, so names pass through here before any format-specific escaping.
// Stored text is checked at ingest; this is the last line of defence that
// keeps one bad byte from making a whole export unreadable.
#ifndef KG_GRAPH_TEXT_H_
#define KG_GRAPH_TEXT_H_

#include <string>
#include <string_view>

namespace kg::graph {

// `text` with every invalid UTF-8 sequence (bad lead or continuation bytes,
// overlong forms, surrogates, values past U+10FFFF) replaced by U+FFFD.
std::string ToValidUtf8(std::string_view text);

// Like ToValidUtf8, and also replaces C0 control characters other than tab
// and newline, and DEL, by a space; carriage returns are dropped. The result
// is safe inside XML 1.0 text and Graphviz labels.
std::string ToPrintableUtf8(std::string_view text);

}  // namespace kg::graph

#endif  // KG_GRAPH_TEXT_H_
