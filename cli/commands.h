// The kg subcommands. Each Add*Command registers its subcommand, options and
// help text on the CLI11 app and returns the function that runs it once
// arguments are parsed; that function returns the process exit code and
// prints its own one-line errors through PrintError. Keeping each command's
// options beside its implementation lets commands be added without touching
// the others.
#ifndef KG_CLI_COMMANDS_H_
#define KG_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace kg::cli {

enum ExitCode { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

// Options that precede (or, with fallthrough, follow) every subcommand. They
// are read by the run functions, after parsing.
struct GlobalOptions {
  std::string db;
};

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command AddIngestCommand(CLI::App& app, const GlobalOptions& global);
Command AddExtractCommand(CLI::App& app, const GlobalOptions& global);
Command AddEntitiesCommand(CLI::App& app, const GlobalOptions& global);
Command AddShowCommand(CLI::App& app, const GlobalOptions& global);
Command AddNeighborsCommand(CLI::App& app, const GlobalOptions& global);
Command AddPathCommand(CLI::App& app, const GlobalOptions& global);
Command AddStatementsCommand(CLI::App& app, const GlobalOptions& global);
Command AddQueryCommand(CLI::App& app, const GlobalOptions& global);
Command AddStatsCommand(CLI::App& app, const GlobalOptions& global);
Command AddExportCommand(CLI::App& app, const GlobalOptions& global);
Command AddCheckCommand(CLI::App& app, const GlobalOptions& global);
// merge, split, alias add, alias remove.
std::vector<Command> AddCurationCommands(CLI::App& app, const GlobalOptions& global);
Command AddLoadCommand(CLI::App& app, const GlobalOptions& global);
Command AddRankCommand(CLI::App& app, const GlobalOptions& global);
Command AddComponentsCommand(CLI::App& app, const GlobalOptions& global);

// Prints "kg: <message>" to stderr.
void PrintError(const std::string& message);

}  // namespace kg::cli

#endif  // KG_CLI_COMMANDS_H_
