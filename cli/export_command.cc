#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "graph/dot_writer.h"
#include "graph/json_writer.h"
#include "graph/traversal.h"
#include "store/store.h"

namespace kg::cli {
namespace {

struct ExportArgs {
  std::string db;
  std::string format = "dot";
  std::string output;  // empty or "-": stdout
  std::string focus;
  int depth = 1;
};

int RunExport(const ExportArgs& args) {
  if (args.format != "dot" && args.format != "json") {
    PrintError("export: unknown --format '" + args.format + "' (dot or json)");
    return kExitUsage;
  }
  std::unique_ptr<store::Store> db;
  store::Status s = store::Store::Open(args.db, store::StoreOptions{.read_only = true}, &db);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  graph::Graph g;
  if (s = db->LoadGraph(&g); !s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  if (!args.focus.empty()) {
    std::vector<graph::NodeId> ids;
    if (s = db->FindByName(args.focus, &ids); !s.ok() || ids.size() != 1) {
      PrintError("export: --focus '" + args.focus + "' " +
                 (ids.empty() ? "names no entity" : "is ambiguous"));
      return ids.empty() ? kExitFailure : kExitUsage;
    }
    g = graph::InducedSubgraph(g, graph::WithinHops(g, ids[0], args.depth));
  }
  // Write to a temporary file and rename, so a failed export never leaves a
  // truncated file where a good one was.
  const bool to_stdout = args.output.empty() || args.output == "-";
  std::string tmp = args.output + ".tmp";
  std::ofstream file;
  if (!to_stdout) {
    file.open(tmp, std::ios::binary | std::ios::trunc);
    if (!file) {
      PrintError("export: cannot write " + args.output);
      return kExitFailure;
    }
  }
  std::ostream& out = to_stdout ? std::cout : file;
  if (args.format == "dot") {
    graph::WriteDot(g, graph::DotOptions{}, out);
  } else {
    graph::WriteJson(g, out);
  }
  out.flush();
  if (!out) {
    PrintError("export: write failed");
    return kExitFailure;
  }
  if (!to_stdout) {
    file.close();
    if (std::rename(tmp.c_str(), args.output.c_str()) != 0) {
      PrintError("export: cannot write " + args.output);
      return kExitFailure;
    }
  }
  return kExitOk;
}

}  // namespace

Command AddExportCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand("export", "write the graph as Graphviz DOT or JSON");
  cmd->add_option("--format", args->format, "dot or json (default dot)")
      ->check(CLI::IsMember({"dot", "json"}));
  cmd->add_option("-o,--output", args->output, "output file (default: stdout)");
  cmd->add_option("--focus", args->focus, "only the neighbourhood of this entity");
  cmd->add_option("--depth", args->depth, "hops around --focus (default 1)")
      ->check(CLI::Range(0, 100));
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunExport(*args);
          }};
}

}  // namespace kg::cli
