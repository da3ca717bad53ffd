// kg path: the shortest path(s) between two entities, each hop with its edge
// type and evidence. graph/path_search.h does the search; this file feeds
// it the store's key-only adjacency and prints the result.
#include <iostream>
#include <map>
#include <memory>

#include "cli/commands.h"
#include "cli/name_resolution.h"
#include "cli/query_support.h"
#include "cli/table_output.h"
#include "graph/path_search.h"
#include "store/store.h"

namespace kg::cli {
namespace {

struct PathArgs {
  std::string db;
  std::string from;
  std::string to;
  std::vector<std::string> rels;
  int max_depth = 6;
  bool all = false;
  OutputFormat format = OutputFormat::kTable;
};

// "Chris Crane -HAS_ROLE-> National ICE Council <-ENDORSES- Someone"
std::string Chain(const graph::Path& path, std::map<graph::NodeId, graph::Node>& nodes) {
  std::string text = nodes[path.front().from].name;
  for (const graph::Step& step : path) {
    std::string type = graph::EdgeTypeName(step.type);
    text += step.forward ? " -" + type + "-> " : " <-" + type + "- ";
    text += nodes[step.to].name;
  }
  return text;
}

int RunPath(const PathArgs& args) {
  std::vector<graph::EdgeType> rels;
  std::string bad;
  if (!ParseEdgeTypes(args.rels, &rels, &bad)) {
    PrintError("path: unknown relation type '" + bad + "' (ENDORSES, HAS_ROLE, SAID)");
    return kExitUsage;
  }
  // A statement hangs off its speaker only, so SAID edges can never lie
  // inside a path between two entities: skipping them saves reading every
  // quotation of a prolific speaker.
  if (rels.empty()) rels = {graph::EdgeType::kEndorses, graph::EdgeType::kHasRole};
  std::unique_ptr<store::Store> db;
  if (!OpenForQuery(args.db, &db)) return kExitFailure;
  graph::Node from, to;
  if (int rc = ResolveNameOrReport(*db, args.from, &from); rc != kExitOk) return rc;
  if (int rc = ResolveNameOrReport(*db, args.to, &to); rc != kExitOk) return rc;

  store::Status read_status;
  std::vector<store::AdjacentEdge> adjacent;
  graph::AdjacencyReader read = [&](graph::NodeId node, std::vector<graph::Step>* steps) {
    for (auto direction : {store::EdgeDirection::kOut, store::EdgeDirection::kIn}) {
      read_status = db->Adjacent(node, direction, rels, &adjacent);
      if (!read_status.ok()) return false;
      for (const store::AdjacentEdge& e : adjacent) {
        steps->push_back(
            graph::Step{node, e.other, e.type, direction == store::EdgeDirection::kOut});
      }
    }
    return true;
  };
  graph::PathSearchOptions options;
  options.max_depth = args.max_depth;
  options.all = args.all;
  graph::PathSearchResult result;
  if (!graph::FindShortestPaths(from.id, to.id, read, options, &result)) {
    PrintError(read_status.message());
    return kExitFailure;
  }
  if (result.paths.empty()) {
    PrintError("no path between " + from.name + " and " + to.name + " within " +
               std::to_string(args.max_depth) + " hops" +
               (result.truncated ? " (search stopped: neighbourhood too large)" : ""));
    return kExitFailure;
  }

  std::map<graph::NodeId, graph::Node> nodes = {{from.id, from}, {to.id, to}};
  ArticleCache articles(*db);
  Table table{{"path", "hop", "from", "relation", "to", "title", "article", "date", "evidence"},
              {}};
  std::vector<std::string> chains;
  for (size_t p = 0; p < result.paths.size(); ++p) {
    for (const graph::Step& step : result.paths[p]) {
      for (graph::NodeId id : {step.from, step.to}) {
        if (!nodes.count(id) && !db->GetNodeHead(id, &nodes[id]).ok()) nodes[id].name = "?";
      }
    }
    if (!result.paths[p].empty()) chains.push_back(Chain(result.paths[p], nodes));
    int hop = 0;
    for (const graph::Step& step : result.paths[p]) {
      graph::Edge edge;
      graph::NodeId source = step.forward ? step.from : step.to;
      graph::NodeId target = step.forward ? step.to : step.from;
      if (store::Status s = db->GetEdge(source, step.type, target, &edge); !s.ok()) {
        PrintError(s.message());
        return kExitFailure;
      }
      std::string type = graph::EdgeTypeName(step.type);
      nlohmann::ordered_json evidence = nullptr, article = nullptr, date = nullptr;
      if (!edge.sources.empty()) {
        const graph::Article& a = articles.Get(edge.sources.front().article);
        evidence = edge.sources.front().sentence;
        article = ArticleLabel(a);
        if (!a.date.empty()) date = a.date;
      }
      table.rows.push_back({p + 1, ++hop, nodes[step.from].name,
                            step.forward ? "-" + type + "->" : "<-" + type + "-",
                            nodes[step.to].name, edge.title, article, date, evidence});
    }
  }
  if (args.format == OutputFormat::kTable) {
    for (const std::string& chain : chains) std::cout << chain << "\n";
    std::cout << "\n";
  }
  WriteTable(table, args.format, StdoutStyle(), std::cout);
  if (result.truncated && args.all) {
    PrintError("path: showing the first " + std::to_string(result.paths.size()) +
               " shortest paths; there may be more");
  }
  return kExitOk;
}

}  // namespace

Command AddPathCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<PathArgs>();
  CLI::App* cmd = app.add_subcommand(
      "path",
      "the shortest path between two entities, edges followed in either direction; each hop "
      "with its relation, direction (-TYPE-> or <-TYPE-) and the first evidence sentence. "
      "On a table, the paths are first printed as chains. Exit 1 when not connected.");
  cmd->add_option("from", args->from, "name or alias of the first entity")->required();
  cmd->add_option("to", args->to, "name or alias of the second entity")->required();
  cmd->add_option("--rel", args->rels,
                  "follow only these relation types, comma-separated (default ENDORSES,HAS_ROLE: "
                  "statements never lie between two entities)")
      ->delimiter(',');
  cmd->add_option("--max-depth", args->max_depth, "longest path searched, in hops (default 6)")
      ->check(CLI::Range(1, 12));
  cmd->add_flag("--all", args->all, "every shortest path (at most 100), not just the first");
  AddFormatOption(cmd, &args->format);
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunPath(*args);
          }};
}

}  // namespace kg::cli
