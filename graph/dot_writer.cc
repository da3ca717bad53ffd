#include "graph/dot_writer.h"

#include <unordered_set>

#include "graph/text.h"

namespace kg::graph {
namespace {

struct NodeStyle {
  const char* shape;
  const char* fill;
};

NodeStyle StyleFor(NodeType type) {
  switch (type) {
    case NodeType::kPerson:
      return {"ellipse", "#cfe2ff"};
    case NodeType::kOrganization:
      return {"box", "#ffe5b4"};
    case NodeType::kStatement:
      return {"note", "#f2f2f2"};
  }
  return {"ellipse", "white"};
}

const char* EdgeColor(EdgeType type) {
  switch (type) {
    case EdgeType::kEndorses:
      return "#1a7f37";
    case EdgeType::kHasRole:
      return "#0b5cad";
    case EdgeType::kSaid:
      return "#888888";
  }
  return "black";
}

std::string NodeKey(NodeId id) {
  std::string key = "n";  // appended, not "n" + ...: g++ 12 -Wrestrict false positive
  key += std::to_string(id);
  return DotQuote(key);
}

void WriteLegend(std::ostream& out) {
  out << "  subgraph \"cluster_legend\" {\n"
      << "    label=\"Legend\"; fontsize=10; style=dashed;\n";
  for (NodeType t : {NodeType::kPerson, NodeType::kOrganization, NodeType::kStatement}) {
    NodeStyle s = StyleFor(t);
    out << "    " << DotQuote(std::string("legend_") + NodeTypeName(t))
        << " [label=" << DotLabel(NodeTypeName(t)) << ", shape=" << s.shape
        << ", style=filled, fillcolor=\"" << s.fill << "\"];\n";
  }
  for (EdgeType t : {EdgeType::kEndorses, EdgeType::kHasRole, EdgeType::kSaid}) {
    out << "    " << DotQuote(std::string("legend_") + EdgeTypeName(t))
        << " [label=" << DotLabel(std::string("\u2192 ") + EdgeTypeName(t))
        << ", shape=plaintext, fontcolor=\"" << EdgeColor(t) << "\"];\n";
  }
  out << "  }\n";
}

}  // namespace

std::string QuoteLabel(std::string_view quotation, const DotOptions& options) {
  // Appended piecewise: g++ 12 warns (-Wrestrict) on a chained operator+.
  std::string label = "\u201c";
  label += Shorten(quotation, options.max_quote_chars);
  label += "\u201d";
  return WrapWords(label, options.quote_line_chars);
}

std::string DotQuote(std::string_view text) {
  std::string out = "\"";
  for (char c : ToPrintableUtf8(text)) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += c;
    }
  }
  out += '"';
  return out;
}

std::string DotLabel(std::string_view text) {
  std::string escaped;
  for (char c : text) {
    if (c == '&') {
      escaped += "&amp;";
    } else {
      escaped += c;
    }
  }
  return DotQuote(escaped);
}

std::string WrapWords(std::string_view text, size_t line_chars) {
  std::string out;
  size_t line_length = 0;  // in characters
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') line_length = 0;
    if (c == ' ' && line_length >= line_chars) {
      out += '\n';
      line_length = 0;
      continue;
    }
    out += c;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++line_length;
  }
  return out;
}

std::string Shorten(std::string_view text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    bool starts_char = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_char && chars++ == max_chars) {
      return std::string(text.substr(0, i)) + "...";
    }
  }
  return std::string(text);
}

void WriteDot(const Graph& graph, const DotOptions& options, std::ostream& out) {
  out << "digraph \"kg\" {\n"
      << "  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false];\n"
      << "  node [fontname=\"Helvetica\", fontsize=11];\n"
      << "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  if (options.legend) WriteLegend(out);
  std::unordered_set<NodeId> present;
  for (const Node& node : graph.nodes) {
    present.insert(node.id);
    NodeStyle s = StyleFor(node.type);
    std::string label =
        node.type == NodeType::kStatement ? QuoteLabel(node.name, options) : node.name;
    out << "  " << NodeKey(node.id) << " [label=" << DotLabel(label) << ", shape=" << s.shape
        << ", style=filled, fillcolor=\"" << s.fill << "\"";
    // SVG shows the whole quotation on hover.
    if (node.type == NodeType::kStatement) out << ", tooltip=" << DotLabel(node.name);
    out << "];\n";
  }
  for (const Edge& edge : graph.edges) {
    // A filtered export may hold edges whose far end was left out.
    if (!present.count(edge.source) || !present.count(edge.target)) continue;
    std::string label = EdgeTypeName(edge.type);
    if (!edge.title.empty()) label += "\n(" + edge.title + ")";
    out << "  " << NodeKey(edge.source) << " -> " << NodeKey(edge.target)
        << " [label=" << DotLabel(label) << ", color=\"" << EdgeColor(edge.type)
        << "\", fontcolor=\"" << EdgeColor(edge.type) << "\"];\n";
  }
  out << "}\n";
}

}  // namespace kg::graph
