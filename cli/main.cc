// kg: the command-line front end. Parses arguments (CLI11) and runs the
// chosen subcommand from cli/*_command.cc; no graph or storage logic here.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
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

int Main(int argc, char** argv) {
  CLI::App app{kDescription, "kg"};
  app.require_subcommand(1);
  // Lets --db come after the subcommand as well as before it.
  app.fallthrough();
  app.set_version_flag("--version", "kg 0.1.0");
  GlobalOptions global;
  global.db = DefaultDatabase();
  app.add_option("--db", global.db, "database directory (default: $KG_DB, else ./kg.db)");

  std::vector<Command> commands = {
      AddIngestCommand(app, global),     AddExtractCommand(app, global),
      AddEntitiesCommand(app, global),   AddShowCommand(app, global),
      AddNeighborsCommand(app, global),  AddStatsCommand(app, global),
      AddExportCommand(app, global),     AddRankCommand(app, global),
      AddComponentsCommand(app, global),
      AddLoadCommand(app, global),
      AddCheckCommand(app, global),
      AddPathCommand(app, global),
      AddStatementsCommand(app, global),
      AddQueryCommand(app, global),
  };
  for (Command& command : AddCurationCommands(app, global)) commands.push_back(command);
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
