// kg components: the weakly connected components of the graph (edge
// direction ignored), largest first, each summarised by its size, its node
// types and its best-connected entities. Shows whether the news forms one
// story or many islands.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "cli/commands.h"
#include "cli/graph_selection.h"
#include "graph/json_writer.h"
#include "graph/metrics.h"

namespace kg::cli {
namespace {

constexpr size_t kSampleNames = 5;

struct ComponentsArgs {
  std::string db;
  size_t top = 20;
  std::string format = "text";
  GraphSelection selection;
};

struct Summary {
  size_t count[4] = {0, 0, 0, 0};  // indexed by NodeType
  std::vector<const graph::Node*> members;
};

Summary Summarise(const std::vector<graph::NodeId>& ids,
                  const std::unordered_map<graph::NodeId, const graph::Node*>& nodes,
                  const std::unordered_map<graph::NodeId, double>& degree) {
  Summary s;
  for (graph::NodeId id : ids) {
    const graph::Node* node = nodes.at(id);
    ++s.count[static_cast<int>(node->type)];
    s.members.push_back(node);
  }
  // Best-connected entities first; statements last; then by id.
  std::stable_sort(s.members.begin(), s.members.end(), [&](const auto* a, const auto* b) {
    bool a_statement = a->type == graph::NodeType::kStatement;
    bool b_statement = b->type == graph::NodeType::kStatement;
    if (a_statement != b_statement) return b_statement;
    return degree.at(a->id) > degree.at(b->id);
  });
  return s;
}

void PrintText(size_t index, const Summary& s) {
  std::string names;
  for (size_t i = 0; i < s.members.size() && i < kSampleNames; ++i) {
    if (s.members[i]->type == graph::NodeType::kStatement) break;
    std::string name = s.members[i]->name;
    std::replace(name.begin(), name.end(), '\n', ' ');
    names += (names.empty() ? "" : ", ") + name;
  }
  std::printf("%4zu  %6zu nodes  (%zu persons, %zu organizations, %zu statements)  %s\n", index,
              s.members.size(), s.count[1], s.count[2], s.count[3], names.c_str());
}

void PrintJson(size_t index, const Summary& s) {
  nlohmann::ordered_json j;
  j["component"] = index;
  j["size"] = s.members.size();
  j["persons"] = s.count[1];
  j["organizations"] = s.count[2];
  j["statements"] = s.count[3];
  nlohmann::ordered_json members = nlohmann::ordered_json::array();
  for (const graph::Node* node : s.members) {
    members.push_back({{"id", graph::IdToHex(node->id)},
                       {"type", graph::NodeTypeName(node->type)},
                       {"name", node->name}});
  }
  j["members"] = std::move(members);
  std::cout << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
}

int RunComponents(const ComponentsArgs& args) {
  std::unique_ptr<store::Store> db;
  if (int rc = OpenStoreReadOnly(args.db, &db); rc != kExitOk) return rc;
  graph::Graph g;
  if (int rc = LoadSelectedGraph(*db, args.selection, &g); rc != kExitOk) return rc;
  std::vector<std::vector<graph::NodeId>> components = graph::WeakComponents(g);
  std::unordered_map<graph::NodeId, const graph::Node*> nodes;
  std::unordered_map<graph::NodeId, double> degree;
  std::vector<double> degrees = graph::Degrees(g);
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    nodes[g.nodes[i].id] = &g.nodes[i];
    degree[g.nodes[i].id] = degrees[i];
  }
  if (args.format == "text") {
    std::printf("%zu components, %zu nodes\n", components.size(), g.nodes.size());
  }
  for (size_t i = 0; i < components.size() && (args.top == 0 || i < args.top); ++i) {
    Summary s = Summarise(components[i], nodes, degree);
    if (args.format == "json") {
      PrintJson(i + 1, s);
    } else {
      PrintText(i + 1, s);
    }
  }
  return kExitOk;
}

}  // namespace

Command AddComponentsCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<ComponentsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "components",
      "the weakly connected components (edge direction ignored), largest first: size, counts "
      "by type and the best-connected entities (text), or every member (json)");
  cmd->add_option("--top", args->top, "how many components to list (default 20; 0: all)");
  cmd->add_option("--format", args->format,
                  "text (a count line, then one line per component), or json (JSON Lines: "
                  "component, size, persons, organizations, statements, members)")
      ->check(CLI::IsMember({"text", "json"}));
  AddSelectionOptions(cmd, &args->selection, /*narrowing=*/true);
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunComponents(*args);
          }};
}

}  // namespace kg::cli
