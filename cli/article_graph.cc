#include "cli/article_graph.h"

#include <unordered_map>

namespace kg::cli {
namespace {

graph::NodeType NodeTypeOf(extract::EntityType type) {
  return type == extract::EntityType::kPerson ? graph::NodeType::kPerson
                                              : graph::NodeType::kOrganization;
}

graph::Provenance ProvenanceOf(graph::ArticleId article, const extract::Evidence& evidence) {
  return graph::Provenance{article, evidence.span.start, evidence.span.end, evidence.text,
                           evidence.rule};
}

}  // namespace

store::ArticleGraph ToArticleGraph(const extract::ArticleResult& result, const std::string& path,
                                   const std::string& sha256, uint64_t size) {
  store::ArticleGraph out;
  graph::Article& article = out.article;
  article.id = graph::ArticleIdFromSha256(sha256);
  article.path = path;
  article.sha256 = sha256;
  article.title = result.title;
  article.byline = result.byline;
  article.date = result.date;
  article.size = size;

  // Local ids are positions: entities first, then statements.
  std::unordered_map<std::string, graph::NodeId> local;
  for (const extract::Entity& entity : result.entities) {
    graph::Node node;
    node.id = out.nodes.size() + 1;
    node.type = NodeTypeOf(entity.type);
    node.name = entity.name;
    node.aliases = entity.aliases;
    local.emplace(entity.id, node.id);
    out.nodes.push_back(std::move(node));
  }
  for (const extract::Relation& relation : result.relations) {
    auto type = graph::ParseEdgeType(relation.type);
    auto source = local.find(relation.source);
    auto target = local.find(relation.target);
    if (!type || source == local.end() || target == local.end()) continue;
    graph::Edge edge;
    edge.source = source->second;
    edge.type = *type;
    edge.target = target->second;
    edge.title = relation.title;
    edge.sources.push_back(ProvenanceOf(article.id, relation.evidence));
    out.edges.push_back(std::move(edge));
  }
  for (const extract::Statement& statement : result.statements) {
    auto speaker = local.find(statement.speaker);
    if (speaker == local.end()) continue;
    graph::Node node;
    node.id = out.nodes.size() + 1;
    node.type = graph::NodeType::kStatement;
    node.name = statement.text;
    node.cue = statement.cue;
    node.quote = graph::Provenance{article.id, statement.span.start, statement.span.end, "",
                                   statement.evidence.rule};
    graph::Edge said;
    said.source = speaker->second;
    said.type = graph::EdgeType::kSaid;
    said.target = node.id;
    said.sources.push_back(ProvenanceOf(article.id, statement.evidence));
    out.nodes.push_back(std::move(node));
    out.edges.push_back(std::move(said));
  }
  return out;
}

}  // namespace kg::cli
