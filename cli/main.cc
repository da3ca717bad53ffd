// kg: the command-line front end. Parses arguments (CLI11) and hands each
// subcommand to cli/*_command.cc; no graph or storage logic lives here.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"

namespace kg::cli {

void PrintError(const std::string& message) { std::cerr << "kg: " << message << "\n"; }

namespace {

constexpr const char* kDescription =
    "kg builds a knowledge graph of people, organizations and statements from news "
    "articles and answers questions about it.\n"
    "Exit status: 0 ok, 1 failure, 2 usage error.\n"
    "Database: --db PATH (before or after the command), else $KG_DB, else ./kg.db.";

std::string DefaultDatabase() {
  const char* env = std::getenv("KG_DB");
  return env && *env ? env : "kg.db";
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App app{kDescription, "kg"};
  app.require_subcommand(1);
  // Lets --db come after the subcommand as well as before it.
  app.fallthrough();
  app.set_version_flag("--version", "kg 0.1.0");
  std::string db = DefaultDatabase();
  app.add_option("--db", db, "database directory (default: $KG_DB, else ./kg.db)");

  IngestArgs ingest;
  auto* ingest_cmd = app.add_subcommand(
      "ingest",
      "extract articles and store them in the database; PATH may be a file, a directory "
      "(read recursively) or - for stdin. Re-ingesting the same bytes is skipped.");
  ingest_cmd->add_option("paths", ingest.paths, "files, directories or -")->required();
  ingest_cmd->add_flag("-q,--quiet", ingest.quiet, "no summary line");

  ExtractArgs extract;
  auto* extract_cmd = app.add_subcommand(
      "extract",
      "run the extractor alone (no database) and print one JSON object per article (JSON Lines)");
  extract_cmd->add_option("paths", extract.paths, "files, directories or -")->required();
  extract_cmd->add_option("--format", extract.format, "output format (json)")
      ->check(CLI::IsMember({"json"}));
  extract_cmd->add_flag("--explain", extract.explain,
                        "add the rule and evidence sentence of every fact");

  QueryArgs entities;
  auto* entities_cmd = app.add_subcommand("entities", "list people and organizations");
  entities_cmd->add_option("--type", entities.type, "person or organization");
  entities_cmd->add_option("--format", entities.format, "text or json (JSON Lines)")
      ->check(CLI::IsMember({"text", "json"}));

  QueryArgs show;
  auto* show_cmd =
      app.add_subcommand("show", "an entity with its aliases, relations, statements, articles");
  show_cmd->add_option("name", show.name, "name or alias (case-insensitive)")->required();

  QueryArgs neighbors;
  auto* neighbors_cmd =
      app.add_subcommand("neighbors", "the entities and statements linked to one");
  neighbors_cmd->add_option("name", neighbors.name, "name or alias")->required();

  QueryArgs stats;
  auto* stats_cmd = app.add_subcommand("stats", "counts of articles, nodes and edges");
  stats_cmd->add_option("--format", stats.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));

  ExportArgs exp;
  auto* export_cmd = app.add_subcommand("export", "write the graph as Graphviz DOT or JSON");
  export_cmd->add_option("--format", exp.format, "dot or json")
      ->check(CLI::IsMember({"dot", "json"}));
  export_cmd->add_option("-o,--output", exp.output, "output file (default: stdout)");
  export_cmd->add_option("--focus", exp.focus, "only the neighbourhood of this entity");
  export_cmd->add_option("--depth", exp.depth, "hops around --focus (default 1)")
      ->check(CLI::Range(0, 100));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  ingest.db = entities.db = show.db = neighbors.db = stats.db = exp.db = db;
  if (*ingest_cmd) return RunIngest(ingest);
  if (*extract_cmd) return RunExtract(extract);
  if (*entities_cmd) return RunEntities(entities);
  if (*show_cmd) return RunShow(show);
  if (*neighbors_cmd) return RunNeighbors(neighbors);
  if (*stats_cmd) return RunStats(stats);
  if (*export_cmd) return RunExport(exp);
  return kExitUsage;
}

}  // namespace kg::cli

int main(int argc, char** argv) {
  try {
    return kg::cli::Main(argc, argv);
  } catch (const std::exception& e) {
    // Last resort: a bug, or the system out of memory. Still one line.
    kg::cli::PrintError(std::string("internal error: ") + e.what());
    return kg::cli::kExitFailure;
  }
}
