#include "graph/csv_writer.h"

#include <initializer_list>
#include <unordered_set>

#include "graph/json_writer.h"
#include "graph/text.h"

namespace kg::graph {
namespace {

// neo4j-admin's default array delimiter.
constexpr char kNeo4jArrayDelimiter = ';';

// A text cell: safe from formula evaluation, then CSV-quoted.
// Cleaned before the formula check so that a dropped control character can
// not expose a formula behind it.
std::string TextCell(std::string_view text) {
  return CsvField(NeutralizeFormula(ToPrintableUtf8(text)));
}

void WriteRow(std::ostream& out, std::initializer_list<std::string> cells) {
  bool first = true;
  for (const std::string& cell : cells) {
    if (!first) out << ',';
    out << cell;
    first = false;
  }
  out << '\n';
}

// neo4j labels are conventionally capitalised.
std::string Neo4jLabel(NodeType type) {
  switch (type) {
    case NodeType::kPerson:
      return "Person";
    case NodeType::kOrganization:
      return "Organization";
    case NodeType::kStatement:
      return "Statement";
  }
  return "Node";
}

std::string Join(const std::vector<std::string>& parts, std::string_view delimiter) {
  std::string joined;
  for (const std::string& part : parts) {
    if (!joined.empty()) joined += delimiter;
    joined += part;
  }
  return joined;
}

std::string FirstSentence(const Edge& edge) {
  return edge.sources.empty() ? "" : edge.sources.front().sentence;
}

std::string FirstRule(const Edge& edge) {
  return edge.sources.empty() ? "" : edge.sources.front().rule;
}

}  // namespace

std::string NeutralizeFormula(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    std::string neutral = "'";
    neutral += text;
    return neutral;
  }
  return std::string(text);
}

std::string CsvField(std::string_view text) {
  std::string clean = ToPrintableUtf8(text);
  if (clean.find_first_of(",\"\n") == std::string::npos) return clean;
  std::string out = "\"";
  for (char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void WriteNodesCsv(const Graph& graph, CsvStyle style, std::ostream& out) {
  const bool neo4j = style == CsvStyle::kNeo4j;
  if (neo4j) {
    WriteRow(out, {"id:ID", ":LABEL", "name", "type", "aliases:string[]", "articles:int", "cue"});
  } else {
    WriteRow(out, {"Id", "Label", "type", "name", "aliases", "articles", "cue"});
  }
  for (const Node& node : graph.nodes) {
    std::string id = IdToHex(node.id);
    std::string type = NodeTypeName(node.type);
    std::string articles = std::to_string(node.articles.size());
    if (neo4j) {
      WriteRow(out, {id, Neo4jLabel(node.type), TextCell(node.name), type,
                     TextCell(Join(node.aliases, std::string(1, kNeo4jArrayDelimiter))), articles,
                     TextCell(node.cue)});
    } else {
      WriteRow(out, {id, TextCell(node.name), type, TextCell(node.name),
                     TextCell(Join(node.aliases, "; ")), articles, TextCell(node.cue)});
    }
  }
}

void WriteEdgesCsv(const Graph& graph, CsvStyle style, std::ostream& out) {
  const bool neo4j = style == CsvStyle::kNeo4j;
  if (neo4j) {
    WriteRow(out, {":START_ID", ":END_ID", ":TYPE", "title", "sources:int", "sentence", "rule"});
  } else {
    WriteRow(out, {"Source", "Target", "Type", "Label", "relation", "title", "sources", "sentence",
                   "rule"});
  }
  std::unordered_set<NodeId> present;
  for (const Node& node : graph.nodes) present.insert(node.id);
  for (const Edge& edge : graph.edges) {
    if (!present.count(edge.source) || !present.count(edge.target)) continue;
    std::string source = IdToHex(edge.source), target = IdToHex(edge.target);
    std::string relation = EdgeTypeName(edge.type);
    std::string sources = std::to_string(edge.sources.size());
    if (neo4j) {
      WriteRow(out, {source, target, relation, TextCell(edge.title), sources,
                     TextCell(FirstSentence(edge)), TextCell(FirstRule(edge))});
    } else {
      // Gephi's "Type" column means directed or undirected, so the relation
      // goes in "Label" (shown on the edge) and "relation".
      std::string label = edge.title.empty() ? relation : relation + " (" + edge.title + ")";
      WriteRow(out, {source, target, "Directed", TextCell(label), relation, TextCell(edge.title),
                     sources, TextCell(FirstSentence(edge)), TextCell(FirstRule(edge))});
    }
  }
}

}  // namespace kg::graph
