// The kg subcommands. main.cc parses arguments with CLI11 and calls one of
// these; each returns the process exit code (0 ok, 1 failure, 2 usage) and
// prints its own one-line errors as "kg: ...".
#ifndef KG_CLI_COMMANDS_H_
#define KG_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace kg::cli {

enum ExitCode { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

struct IngestArgs {
  std::string db;
  std::vector<std::string> paths;
  bool quiet = false;
};
int RunIngest(const IngestArgs& args);

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string format = "json";
  bool explain = false;
};
int RunExtract(const ExtractArgs& args);

struct QueryArgs {
  std::string db;
  std::string name;
  std::string type;             // entities: person|organization
  std::string format = "text";  // text|json
};
int RunEntities(const QueryArgs& args);
int RunShow(const QueryArgs& args);
int RunNeighbors(const QueryArgs& args);
int RunStats(const QueryArgs& args);

struct ExportArgs {
  std::string db;
  std::string format = "dot";
  std::string output;  // empty or "-": stdout
  std::string focus;
  int depth = 1;
};
int RunExport(const ExportArgs& args);

// Prints "kg: <message>" to stderr.
void PrintError(const std::string& message);

}  // namespace kg::cli

#endif  // KG_CLI_COMMANDS_H_
