#include "graph/json_writer.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace kg::graph {
namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json ProvenanceJson(const Provenance& p) {
  ordered_json j;
  j["article"] = IdToHex(p.article);
  j["start"] = p.start;
  j["end"] = p.end;
  j["sentence"] = p.sentence;
  j["rule"] = p.rule;
  return j;
}

ordered_json NodeJson(const Node& node) {
  ordered_json j;
  j["id"] = IdToHex(node.id);
  j["type"] = NodeTypeName(node.type);
  if (node.type == NodeType::kStatement) {
    j["text"] = node.name;
    j["cue"] = node.cue;
    j["quote"] = ProvenanceJson(node.quote);
  } else {
    j["name"] = node.name;
    j["aliases"] = node.aliases;
  }
  ordered_json articles = ordered_json::array();
  for (ArticleId a : node.articles) articles.push_back(IdToHex(a));
  j["articles"] = articles;
  return j;
}

ordered_json EdgeJson(const Edge& edge) {
  ordered_json j;
  j["source"] = IdToHex(edge.source);
  j["target"] = IdToHex(edge.target);
  j["type"] = EdgeTypeName(edge.type);
  if (!edge.title.empty()) j["title"] = edge.title;
  ordered_json sources = ordered_json::array();
  for (const Provenance& p : edge.sources) sources.push_back(ProvenanceJson(p));
  j["sources"] = sources;
  return j;
}

ordered_json ArticleJson(const Article& a) {
  ordered_json j;
  j["id"] = IdToHex(a.id);
  j["path"] = a.path;
  j["sha256"] = a.sha256;
  j["title"] = a.title;
  j["byline"] = a.byline;
  j["date"] = a.date;
  j["size"] = a.size;
  return j;
}

// Invalid UTF-8 cannot reach here (input is checked at ingest), but an
// export must never throw halfway: such bytes become U+FFFD.
std::string Dump(const ordered_json& j, int indent) {
  return j.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

ordered_json WithKind(const char* kind, const ordered_json& record) {
  ordered_json j;
  j["kind"] = kind;
  for (const auto& [key, value] : record.items()) j[key] = value;
  return j;
}

}  // namespace

std::string IdToHex(uint64_t id) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(id));
  return buf;
}

void WriteJsonLines(const Graph& graph, std::ostream& out) {
  for (const Article& a : graph.articles)
    out << Dump(WithKind("article", ArticleJson(a)), -1) << "\n";
  for (const Node& n : graph.nodes) out << Dump(WithKind("node", NodeJson(n)), -1) << "\n";
  for (const Edge& e : graph.edges) out << Dump(WithKind("edge", EdgeJson(e)), -1) << "\n";
}

void WriteJson(const Graph& graph, std::ostream& out) {
  ordered_json doc;
  doc["directed"] = true;
  doc["version"] = 1;
  ordered_json nodes = ordered_json::array();
  for (const Node& n : graph.nodes) nodes.push_back(NodeJson(n));
  ordered_json edges = ordered_json::array();
  for (const Edge& e : graph.edges) edges.push_back(EdgeJson(e));
  ordered_json articles = ordered_json::array();
  for (const Article& a : graph.articles) articles.push_back(ArticleJson(a));
  doc["nodes"] = std::move(nodes);
  doc["edges"] = std::move(edges);
  doc["articles"] = std::move(articles);
  out << Dump(doc, 1) << "\n";
}

}  // namespace kg::graph
