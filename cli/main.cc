// kg: the command-line front end. Parses arguments (CLI11) and runs the
// chosen subcommand from cli/*_command.cc; no graph or storage logic here.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

using AddCommandFunction = Command (*)(CLI::App&, const GlobalOptions&);

// The subcommand named on the command line: the first argument that is not
// an option or the value of --db; empty when there is none, or when help is
// asked for before it (the help lists every command).
std::string NamedSubcommand(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--db") {
      ++i;
    } else if (arg == "-h" || arg == "--help") {
      return "";
    } else if (!arg.starts_with("-")) {
      return std::string(arg);
    }
  }
  return "";
}

int Main(int argc, char** argv) {
  CLI::App app{kDescription, "kg"};
  app.require_subcommand(1);
  // Lets --db come after the subcommand as well as before it.
  app.fallthrough();
  app.set_version_flag("--version", "kg 0.1.0");
  GlobalOptions global;
  global.db = DefaultDatabase();
  app.add_option("--db", global.db, "database directory (default: $KG_DB, else ./kg.db)");

  const std::vector<std::pair<const char*, AddCommandFunction>> all = {
      {"ingest", AddIngestCommand},         {"extract", AddExtractCommand},
      {"entities", AddEntitiesCommand},     {"show", AddShowCommand},
      {"neighbors", AddNeighborsCommand},   {"stats", AddStatsCommand},
      {"export", AddExportCommand},         {"rank", AddRankCommand},
      {"components", AddComponentsCommand}, {"load", AddLoadCommand},
      {"check", AddCheckCommand},           {"path", AddPathCommand},
      {"statements", AddStatementsCommand}, {"query", AddQueryCommand},
  };
  const std::vector<std::string> curation = {"merge", "split", "alias"};
  // Only the named command is built (each entry's name is the one its
  // function registers): building every command's options and help texts
  // costs about a million instructions per run, as much as a quick query's
  // own work. Without a known name all are built, for CLI11's help and errors.
  const std::string named = NamedSubcommand(argc, argv);
  bool known = std::count(curation.begin(), curation.end(), named) > 0;
  for (const auto& [name, add] : all) known |= named == name;
  std::vector<Command> commands;
  for (const auto& [name, add] : all) {
    if (!known || named == name) commands.push_back(add(app, global));
  }
  if (!known || std::count(curation.begin(), curation.end(), named) > 0) {
    for (Command& command : AddCurationCommands(app, global)) commands.push_back(command);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  for (const Command& command : commands) {
    if (command.app->parsed()) return command.run();
  }
  return kExitUsage;
}

}  // namespace
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
