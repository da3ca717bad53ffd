#include "graph/graphml_writer.h"

#include <unordered_set>

#include "graph/dot_writer.h"
#include "graph/json_writer.h"
#include "graph/text.h"

namespace kg::graph {
namespace {

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* type;    // GraphML attr.type
  const char* name;    // attr.name, what networkx and Gephi show
};

// Gephi takes its node captions from "label"; networkx keys data by attr.name.
// No key is called "weight": networkx and Gephi would read it as an edge weight.
constexpr Key kKeys[] = {
    {"d0", "node", "string", "label"},     {"d1", "node", "string", "type"},
    {"d2", "node", "string", "name"},      {"d3", "node", "string", "aliases"},
    {"d4", "node", "int", "articles"},     {"d5", "node", "string", "cue"},
    {"d6", "edge", "string", "label"},     {"d7", "edge", "string", "type"},
    {"d8", "edge", "string", "title"},     {"d9", "edge", "int", "sources"},
    {"d10", "edge", "string", "sentence"}, {"d11", "edge", "string", "rule"},
};

constexpr size_t kLabelChars = 60;

void WriteData(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << XmlEscape(value) << "</data>\n";
}

std::string JoinAliases(const std::vector<std::string>& aliases) {
  std::string joined;
  for (const std::string& alias : aliases) {
    if (!joined.empty()) joined += "; ";
    joined += alias;
  }
  return joined;
}

void WriteNode(const Node& node, std::ostream& out) {
  out << "    <node id=\"" << IdToHex(node.id) << "\">\n";
  bool statement = node.type == NodeType::kStatement;
  WriteData(out, "d0", statement ? Shorten(node.name, kLabelChars) : node.name);
  WriteData(out, "d1", NodeTypeName(node.type));
  WriteData(out, "d2", node.name);
  if (!node.aliases.empty()) WriteData(out, "d3", JoinAliases(node.aliases));
  WriteData(out, "d4", std::to_string(node.articles.size()));
  if (statement && !node.cue.empty()) WriteData(out, "d5", node.cue);
  out << "    </node>\n";
}

void WriteEdge(const Edge& edge, size_t index, std::ostream& out) {
  out << "    <edge id=\"e" << index << "\" source=\"" << IdToHex(edge.source) << "\" target=\""
      << IdToHex(edge.target) << "\">\n";
  WriteData(out, "d6",
            edge.title.empty() ? EdgeTypeName(edge.type)
                               : std::string(EdgeTypeName(edge.type)) + " (" + edge.title + ")");
  WriteData(out, "d7", EdgeTypeName(edge.type));
  if (!edge.title.empty()) WriteData(out, "d8", edge.title);
  WriteData(out, "d9", std::to_string(edge.sources.size()));
  if (!edge.sources.empty()) {
    WriteData(out, "d10", edge.sources.front().sentence);
    WriteData(out, "d11", edge.sources.front().rule);
  }
  out << "    </edge>\n";
}

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  for (char c : ToPrintableUtf8(text)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void WriteGraphml(const Graph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      << "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      << "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      << "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& key : kKeys) {
    out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << key.name
        << "\" attr.type=\"" << key.type << "\"/>\n";
  }
  out << "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  std::unordered_set<NodeId> present;
  for (const Node& node : graph.nodes) {
    present.insert(node.id);
    WriteNode(node, out);
  }
  size_t index = 0;
  for (const Edge& edge : graph.edges) {
    if (!present.count(edge.source) || !present.count(edge.target)) continue;
    WriteEdge(edge, index++, out);
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace kg::graph
