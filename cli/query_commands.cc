// kg entities / show / neighbors / stats: read-only views of the store.
// Names resolve through cli/name_resolution.h; tables go through
// cli/table_output.h like every query command.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/name_resolution.h"
#include "cli/query_support.h"
#include "cli/table_output.h"
#include "graph/json_writer.h"
#include "store/store.h"

namespace kg::cli {
namespace {

struct QueryArgs {
  std::string db;
  std::string name;
  std::string type;  // entities: person|organization
  OutputFormat format = OutputFormat::kTable;
};

bool OpenReadOnly(const std::string& path, std::unique_ptr<store::Store>* db) {
  return OpenForQuery(path, db);
}

std::string ArticlePath(const store::Store& db, graph::ArticleId id) {
  graph::Article article;
  return db.GetArticle(id, &article).ok() ? article.path : graph::IdToHex(id);
}

nlohmann::ordered_json TextOrNull(const std::string& text) {
  return text.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(text);
}

// The rows of `kg show`: one per fact about the entity, an edge giving a
// row per piece of evidence.
class ShowRows {
 public:
  ShowRows(const store::Store& db, Table* table) : db_(db), table_(table) {
    table_->columns = {"fact", "value", "type", "title", "article", "evidence"};
  }

  void Add(const std::string& fact, const std::string& value, const std::string& type = "") {
    table_->rows.push_back({fact, value, TextOrNull(type), nullptr, nullptr, nullptr});
  }

  // `other` is the node at the far end of `edge`; `title` the HAS_ROLE
  // title or the speech cue.
  bool AddEdge(const std::string& fact, const graph::Edge& edge, graph::NodeId other,
               const std::string& title) {
    graph::Node node;
    if (!db_.GetNode(other, &node).ok()) return false;
    std::vector<nlohmann::ordered_json> row = {
        fact, node.name, graph::NodeTypeName(node.type), TextOrNull(title), nullptr, nullptr};
    if (edge.sources.empty()) table_->rows.push_back(row);
    for (const graph::Provenance& p : edge.sources) {
      row[4] = ArticlePath(db_, p.article);
      row[5] = TextOrNull(p.sentence);
      table_->rows.push_back(row);
    }
    return true;
  }

 private:
  const store::Store& db_;
  Table* table_;
};

int RunEntities(const QueryArgs& args) {
  std::optional<graph::NodeType> only;
  if (!args.type.empty()) {
    only = graph::ParseNodeType(args.type);
    if (!only || *only == graph::NodeType::kStatement) {
      PrintError("entities: --type must be person or organization");
      return kExitUsage;
    }
  }
  std::unique_ptr<store::Store> db;
  if (!OpenReadOnly(args.db, &db)) return kExitFailure;
  std::vector<graph::Node> found;
  store::Status s = db->ForEachNode([&](const graph::Node& n) {
    if (n.type != graph::NodeType::kStatement && (!only || n.type == *only)) found.push_back(n);
    return true;
  });
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return std::tie(a.type, a.name) < std::tie(b.type, b.name);
  });
  Table table{{"type", "name", "aliases", "articles"}, {}};
  for (const graph::Node& n : found) {
    table.rows.push_back({graph::NodeTypeName(n.type), n.name, n.aliases, n.articles.size()});
  }
  WriteTable(table, args.format, StdoutStyle(), std::cout);
  return kExitOk;
}

int RunShow(const QueryArgs& args) {
  std::unique_ptr<store::Store> db;
  if (!OpenReadOnly(args.db, &db)) return kExitFailure;
  graph::Node node;
  if (int rc = ResolveNameOrReport(*db, args.name, &node); rc != kExitOk) return rc;
  std::vector<graph::Edge> out, in;
  if (!db->OutEdges(node.id, &out).ok() || !db->InEdges(node.id, &in).ok()) {
    PrintError("cannot read edges of " + node.name);
    return kExitFailure;
  }
  Table table;
  ShowRows rows(*db, &table);
  rows.Add("name", node.name, graph::NodeTypeName(node.type));
  rows.Add("id", graph::IdToHex(node.id));
  for (const std::string& alias : node.aliases) rows.Add("alias", alias);
  for (const std::string& decision : node.decisions) rows.Add("resolution", decision);
  bool read = true;
  for (const graph::Edge& e : out) {
    if (e.type == graph::EdgeType::kSaid) continue;
    read &=
        rows.AddEdge("-" + std::string(graph::EdgeTypeName(e.type)) + "->", e, e.target, e.title);
  }
  for (const graph::Edge& e : in) {
    read &=
        rows.AddEdge("<-" + std::string(graph::EdgeTypeName(e.type)) + "-", e, e.source, e.title);
  }
  for (const graph::Edge& e : out) {
    if (e.type != graph::EdgeType::kSaid) continue;
    graph::Node quote;
    read &= db->GetNode(e.target, &quote).ok() && rows.AddEdge("said", e, e.target, quote.cue);
  }
  for (graph::ArticleId a : node.articles) rows.Add("article", ArticlePath(*db, a));
  if (!read) {
    PrintError("cannot read the neighbours of " + node.name);
    return kExitFailure;
  }
  WriteTable(table, args.format, StdoutStyle(), std::cout);
  return kExitOk;
}

int RunStats(const QueryArgs& args) {
  std::unique_ptr<store::Store> db;
  if (!OpenReadOnly(args.db, &db)) return kExitFailure;
  store::Stats st;
  if (store::Status s = db->ComputeStats(&st); !s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  Table table{{"measure", "count"},
              {{"articles", st.articles},
               {"persons", st.persons},
               {"organizations", st.organizations},
               {"statements", st.statements},
               {"edges", st.edges},
               {"ENDORSES", st.endorses},
               {"HAS_ROLE", st.has_role},
               {"SAID", st.said}}};
  WriteTable(table, args.format, StdoutStyle(), std::cout);
  return kExitOk;
}

}  // namespace

Command AddEntitiesCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand(
      "entities", "list people and organizations: type, name, aliases, number of articles");
  cmd->add_option("--type", args->type, "only person or organization");
  AddFormatOption(cmd, &args->format);
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunEntities(*args);
          }};
}

Command AddShowCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand(
      "show",
      "an entity with its aliases, relations (with evidence), statements and articles: one row "
      "per fact (fact, value, type, title, article, evidence). Facts: name, id, alias, "
      "resolution (why its mentions are one node), -TYPE-> and <-TYPE- relations (one row per "
      "piece of evidence; title is the HAS_ROLE title), said (the quotation; title is the speech "
      "cue) and article");
  cmd->add_option("name", args->name,
                  "name or alias, case-insensitive; an ambiguous name lists the candidates "
                  "(exit 2), an unknown one suggests close names (exit 1)")
      ->required();
  AddFormatOption(cmd, &args->format);
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunShow(*args);
          }};
}

Command AddStatsCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand("stats", "counts of articles, nodes and edges");
  AddFormatOption(cmd, &args->format);
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunStats(*args);
          }};
}

}  // namespace kg::cli
