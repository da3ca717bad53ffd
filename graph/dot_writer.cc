#include "graph/dot_writer.h"

#include <unordered_set>

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

std::string NodeKey(NodeId id) { return DotQuote("n" + std::to_string(id)); }

void WriteLegend(std::ostream& out) {
  out << "  subgraph \"cluster_legend\" {\n"
      << "    label=\"Legend\"; fontsize=10; style=dashed;\n";
  for (NodeType t : {NodeType::kPerson, NodeType::kOrganization, NodeType::kStatement}) {
    NodeStyle s = StyleFor(t);
    out << "    " << DotQuote(std::string("legend_") + NodeTypeName(t))
        << " [label=" << DotQuote(NodeTypeName(t)) << ", shape=" << s.shape
        << ", style=filled, fillcolor=\"" << s.fill << "\"];\n";
  }
  out << "  }\n";
}

}  // namespace

std::string DotQuote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
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
      case '\r':
        break;
      default:
        out += c;
    }
  }
  out += '"';
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
    std::string label = node.type == NodeType::kStatement
                            ? "\u201c" + Shorten(node.name, options.max_quote_chars) + "\u201d"
                            : node.name;
    out << "  " << NodeKey(node.id) << " [label=" << DotQuote(label) << ", shape=" << s.shape
        << ", style=filled, fillcolor=\"" << s.fill << "\"];\n";
  }
  for (const Edge& edge : graph.edges) {
    // A filtered export may hold edges whose far end was left out.
    if (!present.count(edge.source) || !present.count(edge.target)) continue;
    std::string label = EdgeTypeName(edge.type);
    if (!edge.title.empty()) label += "\n(" + edge.title + ")";
    out << "  " << NodeKey(edge.source) << " -> " << NodeKey(edge.target)
        << " [label=" << DotQuote(label) << ", color=\"" << EdgeColor(edge.type)
        << "\", fontcolor=\"" << EdgeColor(edge.type) << "\"];\n";
  }
  out << "}\n";
}

}  // namespace kg::graph
