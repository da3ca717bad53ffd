// kg rank: the most central nodes of the whole graph by PageRank, degree or
// betweenness (graph/metrics.h), highest first, ties broken by id so the
// listing is the same on every run.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <numeric>

#include "cli/commands.h"
#include "cli/graph_selection.h"
#include "graph/dot_writer.h"
#include "graph/json_writer.h"
#include "graph/metrics.h"

namespace kg::cli {
namespace {

constexpr size_t kNameChars = 70;  // statements are shortened in text output

struct RankArgs {
  std::string db;
  std::string by = "pagerank";
  std::vector<std::string> types;
  size_t top = 20;
  std::string format = "text";
};

// Scores aligned with g.nodes, or nullopt (after printing why).
std::vector<double> Scores(const graph::Graph& g, const std::string& by) {
  if (by == "degree") return graph::Degrees(g);
  if (by == "betweenness") return graph::Betweenness(g);
  graph::PageRankResult pagerank = graph::PageRank(g);
  if (!pagerank.converged) {
    PrintError("rank: warning: PageRank did not converge in " +
               std::to_string(pagerank.iterations) + " iterations; scores are approximate");
  }
  return pagerank.scores;
}

// One line of text: newlines become spaces, quotations are shortened.
std::string DisplayName(const graph::Node& node) {
  std::string name =
      node.type == graph::NodeType::kStatement ? graph::Shorten(node.name, kNameChars) : node.name;
  std::replace(name.begin(), name.end(), '\n', ' ');
  return name;
}

int RunRank(const RankArgs& args) {
  std::vector<graph::NodeType> listed;
  if (!ParseNodeTypes(args.types, &listed)) return kExitUsage;
  std::unique_ptr<store::Store> db;
  if (int rc = OpenStoreReadOnly(args.db, &db); rc != kExitOk) return rc;
  graph::Graph g;
  if (int rc = LoadSelectedGraph(*db, GraphSelection{}, &g); rc != kExitOk) return rc;

  std::vector<double> scores = Scores(g, args.by);
  std::vector<size_t> order(g.nodes.size());
  std::iota(order.begin(), order.end(), 0);
  // Nodes are sorted by id, so a stable sort breaks ties by id.
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return scores[a] > scores[b]; });
  std::erase_if(order, [&](size_t i) {
    return !listed.empty() &&
           std::find(listed.begin(), listed.end(), g.nodes[i].type) == listed.end();
  });
  if (args.top > 0 && order.size() > args.top) order.resize(args.top);

  const bool integral = args.by == "degree";
  for (size_t rank = 0; rank < order.size(); ++rank) {
    const graph::Node& node = g.nodes[order[rank]];
    double score = scores[order[rank]];
    if (args.format == "json") {
      nlohmann::ordered_json j;
      j["rank"] = rank + 1;
      j["id"] = graph::IdToHex(node.id);
      j["type"] = graph::NodeTypeName(node.type);
      j["name"] = node.name;
      j["score"] = score;
      std::cout << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    } else {
      std::printf(integral ? "%4zu  %12.0f  %-12s  %s  %s\n" : "%4zu  %12.10f  %-12s  %s  %s\n",
                  rank + 1, score, graph::NodeTypeName(node.type), graph::IdToHex(node.id).c_str(),
                  DisplayName(node).c_str());
    }
  }
  return kExitOk;
}

}  // namespace

Command AddRankCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<RankArgs>();
  CLI::App* cmd = app.add_subcommand(
      "rank",
      "the most central nodes, highest score first (ties by id). Scores are computed over the "
      "whole graph, every node and edge, as networkx computes them: pagerank = "
      "networkx.pagerank defaults (damping 0.85, a node without out-edges spreads its rank "
      "uniformly, at most 100 iterations, stop when the L1 change < nodes x 1e-6); degree = "
      "edges in + out; betweenness = directed, normalised by 1/((n-1)(n-2)). Text columns: "
      "rank, score, type, id, name");
  cmd->add_option("--by", args->by, "pagerank (default), degree or betweenness")
      ->check(CLI::IsMember({"pagerank", "degree", "betweenness"}));
  cmd->add_option("--type", args->types,
                  "list only nodes of these types, comma-separated: person, organization, "
                  "statement (scores still come from the whole graph; default: all)")
      ->delimiter(',');
  cmd->add_option("--top", args->top, "how many to list (default 20; 0: all)");
  cmd->add_option("--format", args->format,
                  "text, or json (JSON Lines: rank, id, type, name, score)")
      ->check(CLI::IsMember({"text", "json"}));
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunRank(*args);
          }};
}

}  // namespace kg::cli
