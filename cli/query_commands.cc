// kg entities / show / neighbors / stats: read-only views of the store.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "graph/json_writer.h"
#include "store/store.h"

namespace kg::cli {
namespace {

using nlohmann::ordered_json;

struct QueryArgs {
  std::string db;
  std::string name;
  std::string type;             // entities: person|organization
  std::string format = "text";  // text|json
};

bool OpenReadOnly(const std::string& path, std::unique_ptr<store::Store>* db) {
  store::Status s = store::Store::Open(path, store::StoreOptions{.read_only = true}, db);
  if (!s.ok()) PrintError(s.message());
  return s.ok();
}

// The single entity `name` denotes, or an exit code: 1 when unknown, 2 when
// ambiguous (the candidates are listed so the user can pick one).
int ResolveName(const store::Store& db, const std::string& name, graph::Node* node) {
  std::vector<graph::NodeId> ids;
  store::Status s = db.FindByName(name, &ids);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  if (ids.empty()) {
    PrintError("no entity named '" + name + "' (try `kg entities`)");
    return kExitFailure;
  }
  if (ids.size() > 1) {
    std::string list;
    for (graph::NodeId id : ids) {
      graph::Node candidate;
      if (db.GetNode(id, &candidate).ok()) {
        list += (list.empty() ? "" : "; ") + candidate.name + " (" +
                graph::NodeTypeName(candidate.type) + ")";
      }
    }
    PrintError("'" + name + "' is ambiguous: " + list);
    return kExitUsage;
  }
  s = db.GetNode(ids[0], node);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  return kExitOk;
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
  for (const graph::Node& n : found) {
    if (args.format == "json") {
      ordered_json j = {{"id", graph::IdToHex(n.id)},
                        {"type", graph::NodeTypeName(n.type)},
                        {"name", n.name},
                        {"aliases", n.aliases},
                        {"articles", n.articles.size()}};
      std::cout << j.dump() << "\n";
    } else {
      std::printf("%-12s %s\n", graph::NodeTypeName(n.type), n.name.c_str());
    }
  }
  return kExitOk;
}

int RunShow(const QueryArgs& args) {
  std::unique_ptr<store::Store> db;
  if (!OpenReadOnly(args.db, &db)) return kExitFailure;
  graph::Node node;
  if (int rc = ResolveName(*db, args.name, &node); rc != kExitOk) return rc;
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

int RunNeighbors(const QueryArgs& args) {
  std::unique_ptr<store::Store> db;
  if (!OpenReadOnly(args.db, &db)) return kExitFailure;
  graph::Node node;
  if (int rc = ResolveName(*db, args.name, &node); rc != kExitOk) return rc;
  std::vector<graph::Edge> out, in;
  if (!db->OutEdges(node.id, &out).ok() || !db->InEdges(node.id, &in).ok()) {
    PrintError("cannot read edges of " + node.name);
    return kExitFailure;
  }
  for (const graph::Edge& e : out) {
    std::printf("-> %-9s %s\n", graph::EdgeTypeName(e.type), Describe(*db, e.target).c_str());
  }
  for (const graph::Edge& e : in) {
    std::printf("<- %-9s %s\n", graph::EdgeTypeName(e.type), Describe(*db, e.source).c_str());
  }
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
  std::map<std::string, size_t> rows = {
      {"articles", st.articles},     {"persons", st.persons}, {"organizations", st.organizations},
      {"statements", st.statements}, {"edges", st.edges},     {"ENDORSES", st.endorses},
      {"HAS_ROLE", st.has_role},     {"SAID", st.said}};
  if (args.format == "json") {
    ordered_json j;
    for (const char* key : {"articles", "persons", "organizations", "statements", "edges",
                            "ENDORSES", "HAS_ROLE", "SAID"})
      j[key] = rows[key];
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  for (const char* key : {"articles", "persons", "organizations", "statements", "edges", "ENDORSES",
                          "HAS_ROLE", "SAID"}) {
    std::printf("%-14s %zu\n", key, rows[key]);
  }
  return kExitOk;
}

}  // namespace

Command AddEntitiesCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand("entities", "list people and organizations");
  cmd->add_option("--type", args->type, "person or organization");
  cmd->add_option("--format", args->format, "text or json (JSON Lines)")
      ->check(CLI::IsMember({"text", "json"}));
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunEntities(*args);
          }};
}

Command AddShowCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand(
      "show", "an entity with its aliases, relations (with evidence), statements and articles");
  cmd->add_option("name", args->name, "name or alias (case-insensitive)")->required();
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunShow(*args);
          }};
}

Command AddNeighborsCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd =
      app.add_subcommand("neighbors", "the entities and statements linked to an entity");
  cmd->add_option("name", args->name, "name or alias (case-insensitive)")->required();
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunNeighbors(*args);
          }};
}

Command AddStatsCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand("stats", "counts of articles, nodes and edges");
  cmd->add_option("--format", args->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunStats(*args);
          }};
}

}  // namespace kg::cli
