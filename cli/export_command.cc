// kg export: the graph, or part of it, as DOT, SVG, PNG, GraphML, JSON,
// JSON Lines or CSV (docs/export.md). Everything is rendered in memory and
// then written to a temporary file renamed into place, so a failed export
// never leaves a truncated file where a good one was.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/graph_selection.h"
#include "cli/name_resolution.h"
#include "graph/csv_writer.h"
#include "graph/dot_writer.h"
#include "graph/graphml_writer.h"
#include "graph/json_writer.h"
#include "graph/render.h"
#include "graph/traversal.h"

namespace kg::cli {
namespace {

// Beyond this many nodes a drawing is an unreadable hairball (and the dot
// layout takes minutes), so whole-graph pictures need --focus or --force.
constexpr size_t kMaxDrawnNodes = 500;

struct ExportArgs {
  std::string db;
  std::string format = "dot";
  std::string output;  // empty or "-": stdout; a directory for csv
  std::string focus;
  int depth = 1;
  bool force = false;
  std::string csv_style = "neo4j";
  GraphSelection selection;
};

bool IsPicture(const std::string& format) {
  return format == "dot" || format == "svg" || format == "png";
}

// Writes `content` to `path` through `path`.tmp and a rename; "-" or empty
// is stdout.
bool WriteOutput(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
    std::cout.flush();
    if (!std::cout) PrintError("export: cannot write to stdout");
    return static_cast<bool>(std::cout);
  }
  std::string tmp = path + ".tmp";
  std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
  file.write(content.data(), static_cast<std::streamsize>(content.size()));
  file.close();
  if (!file || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    PrintError("export: cannot write " + path);
    return false;
  }
  return true;
}

// Narrows `g` to the neighbourhood of args.focus, resolved like every NAME
// argument (cli/name_resolution.h).
int ApplyFocus(const store::Store& db, const ExportArgs& args, graph::Graph* g) {
  graph::Node focus;
  if (int rc = ResolveNameOrReport(db, args.focus, &focus); rc != kExitOk) return rc;
  std::vector<graph::NodeId> keep = graph::WithinHops(*g, focus.id, args.depth);
  if (keep.empty()) {
    PrintError("export: --focus '" + args.focus + "' (" + focus.name +
               ") is not in the selected graph");
    return kExitFailure;
  }
  *g = graph::InducedSubgraph(*g, keep);
  return kExitOk;
}

int ExportCsv(const graph::Graph& g, const ExportArgs& args) {
  if (args.output.empty() || args.output == "-") {
    PrintError("export: --format csv writes nodes.csv and edges.csv: give -o DIRECTORY");
    return kExitUsage;
  }
  std::error_code ec;
  std::filesystem::create_directories(args.output, ec);
  if (ec) {
    PrintError("export: cannot create directory " + args.output + ": " + ec.message());
    return kExitFailure;
  }
  graph::CsvStyle style =
      args.csv_style == "gephi" ? graph::CsvStyle::kGephi : graph::CsvStyle::kNeo4j;
  std::ostringstream nodes, edges;
  graph::WriteNodesCsv(g, style, nodes);
  graph::WriteEdgesCsv(g, style, edges);
  std::filesystem::path dir(args.output);
  bool ok = WriteOutput((dir / "nodes.csv").string(), nodes.str()) &&
            WriteOutput((dir / "edges.csv").string(), edges.str());
  return ok ? kExitOk : kExitFailure;
}

// The export in `args.format` (other than csv), or an exit code.
int Serialize(const graph::Graph& g, const ExportArgs& args, std::string* content) {
  std::ostringstream out;
  if (args.format == "graphml") {
    graph::WriteGraphml(g, out);
  } else if (args.format == "json") {
    graph::WriteJson(g, out);
  } else if (args.format == "jsonl") {
    graph::WriteJsonLines(g, out);
  } else {
    graph::WriteDot(g, graph::DotOptions{}, out);
  }
  *content = out.str();
  if (args.format != "svg" && args.format != "png") return kExitOk;
  std::string image, error;
  auto format = args.format == "svg" ? graph::ImageFormat::kSvg : graph::ImageFormat::kPng;
  if (!graph::RenderDot(*content, format, &image, &error)) {
    PrintError("export: " + error);
    return kExitFailure;
  }
  *content = std::move(image);
  return kExitOk;
}

int RunExport(const ExportArgs& args) {
  std::unique_ptr<store::Store> db;
  if (int rc = OpenStoreReadOnly(args.db, &db); rc != kExitOk) return rc;
  graph::Graph g;
  if (int rc = LoadSelectedGraph(*db, args.selection, &g); rc != kExitOk) return rc;
  if (!args.focus.empty()) {
    if (int rc = ApplyFocus(*db, args, &g); rc != kExitOk) return rc;
  } else if (IsPicture(args.format) && !args.force && g.nodes.size() > kMaxDrawnNodes) {
    PrintError("export: " + std::to_string(g.nodes.size()) + " nodes are too many to draw (limit " +
               std::to_string(kMaxDrawnNodes) +
               "); pick a part with --focus NAME [--depth N], --type, --rel or --since, or "
               "draw it anyway with --force");
    return kExitFailure;
  }
  if (args.format == "csv") return ExportCsv(g, args);
  std::string content;
  if (int rc = Serialize(g, args, &content); rc != kExitOk) return rc;
  return WriteOutput(args.output, content) ? kExitOk : kExitFailure;
}

}  // namespace

Command AddExportCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "write the graph (or part of it) as Graphviz DOT, SVG or PNG (rendered in-process), "
      "GraphML (networkx, Gephi), JSON, JSON Lines or CSV (neo4j-admin import or Gephi; "
      "formula-like cells get a leading '). Filters apply in this order: --since, --type, "
      "--rel, then --focus. A file given with -o is replaced atomically. Exit 2 for a bad "
      "option value or an ambiguous --focus, 1 for an unknown --focus, the size guard or a "
      "store/Graphviz error. Formats and fields: docs/export.md");
  cmd->add_option("--format", args->format,
                  "dot, svg, png, graphml, json, jsonl or csv (default dot). dot, svg and png "
                  "refuse graphs of more than 500 nodes unless --focus or --force is given")
      ->check(CLI::IsMember({"dot", "svg", "png", "graphml", "json", "jsonl", "csv"}));
  cmd->add_option("-o,--output", args->output,
                  "output file (default: stdout); for csv a directory, created if missing, "
                  "that receives nodes.csv and edges.csv");
  cmd->add_option("--focus", args->focus,
                  "only the neighbourhood of this entity, after the other filters: name or "
                  "alias, case-insensitive; an ambiguous name lists the candidates (exit 2), an "
                  "unknown one suggests close names (exit 1)");
  cmd->add_option("--depth", args->depth,
                  "hops around --focus, edges in either direction "
                  "(default 1)")
      ->check(CLI::Range(0, 100));
  cmd->add_flag("--force", args->force, "draw dot/svg/png even when the graph exceeds 500 nodes");
  cmd->add_option("--csv-style", args->csv_style,
                  "csv headers: neo4j (id:ID, :LABEL, :START_ID, :END_ID, :TYPE; default) or "
                  "gephi (Id, Label, Source, Target)")
      ->check(CLI::IsMember({"neo4j", "gephi"}));
  AddSelectionOptions(cmd, &args->selection, /*narrowing=*/true);
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunExport(*args);
          }};
}

}  // namespace kg::cli
