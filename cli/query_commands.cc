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

std::string Describe(const store::Store& db, graph::NodeId id) {
  graph::Node node;
  if (!db.GetNode(id, &node).ok()) return "?" + graph::IdToHex(id);
  if (node.type == graph::NodeType::kStatement) return "\u201c" + node.name + "\u201d";
  return node.name + " (" + graph::NodeTypeName(node.type) + ")";
}

void PrintEvidence(const store::Store& db, const graph::Edge& edge) {
  for (const graph::Provenance& p : edge.sources) {
    std::printf("      from %s [%u-%u, %s]: %s\n", ArticlePath(db, p.article).c_str(), p.start,
                p.end, p.rule.c_str(), p.sentence.c_str());
  }
}

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
  std::printf("%s (%s) id=%s\n", node.name.c_str(), graph::NodeTypeName(node.type),
              graph::IdToHex(node.id).c_str());
  if (!node.aliases.empty()) {
    std::string joined;
    for (const auto& a : node.aliases) joined += (joined.empty() ? "" : ", ") + a;
    std::printf("  aliases: %s\n", joined.c_str());
  }
  for (const std::string& decision : node.decisions) {
    std::printf("  resolution: %s\n", decision.c_str());
  }
  std::vector<graph::Edge> out, in;
  if (!db->OutEdges(node.id, &out).ok() || !db->InEdges(node.id, &in).ok()) {
    PrintError("cannot read edges of " + node.name);
    return kExitFailure;
  }
  for (const graph::Edge& e : out) {
    if (e.type == graph::EdgeType::kSaid) continue;
    std::printf("  -%s%s-> %s\n", graph::EdgeTypeName(e.type),
                e.title.empty() ? "" : (" (" + e.title + ")").c_str(),
                Describe(*db, e.target).c_str());
    PrintEvidence(*db, e);
  }
  for (const graph::Edge& e : in) {
    std::printf("  <-%s%s- %s\n", graph::EdgeTypeName(e.type),
                e.title.empty() ? "" : (" (" + e.title + ")").c_str(),
                Describe(*db, e.source).c_str());
    PrintEvidence(*db, e);
  }
  for (const graph::Edge& e : out) {
    if (e.type != graph::EdgeType::kSaid) continue;
    graph::Node quote;
    if (!db->GetNode(e.target, &quote).ok()) continue;
    std::printf("  said (%s) \u201c%s\u201d\n", quote.cue.c_str(), quote.name.c_str());
    PrintEvidence(*db, e);
  }
  std::printf("  articles:\n");
  for (graph::ArticleId a : node.articles) std::printf("    %s\n", ArticlePath(*db, a).c_str());
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
      "show", "an entity with its aliases, relations (with evidence), statements and articles");
  cmd->add_option("name", args->name,
                  "name or alias, case-insensitive; an ambiguous name lists the candidates "
                  "(exit 2), an unknown one suggests close names (exit 1)")
      ->required();
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
