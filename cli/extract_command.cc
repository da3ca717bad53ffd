#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/input_files.h"
#include "extract/extractor.h"

namespace kg::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string format = "json";
  bool explain = false;
};

int RunExtract(const ExtractArgs& args) {
  if (args.format != "json") {
    PrintError("extract: unknown --format '" + args.format + "' (only json)");
    return kExitUsage;
  }
  extract::Extractor extractor;
  int rc = kExitOk;
  for (const std::string& path : ExpandInputPaths(args.paths)) {
    std::string bytes, error;
    if (!ReadInput(path, &bytes, &error)) {
      PrintError(error);
      rc = kExitFailure;
      continue;
    }
    if (std::string reason = extract::CheckArticleBytes(bytes); !reason.empty()) {
      PrintError(path + ": " + reason);
      rc = kExitFailure;
      continue;
    }
    std::cout << extract::ToJsonLine(extractor.Extract(bytes), path, args.explain) << "\n";
  }
  return rc;
}

}  // namespace

Command AddExtractCommand(CLI::App& app, const GlobalOptions&) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "run the extractor alone (no database) and print one JSON object per article (JSON Lines, "
      "format: docs/extraction.md)");
  cmd->add_option("paths", args->paths, "files, directories or -")->required();
  cmd->add_option("--format", args->format, "output format (json)")->check(CLI::IsMember({"json"}));
  cmd->add_flag("--explain", args->explain, "add the rule and evidence sentence of every fact");
  return {cmd, [args] { return RunExtract(*args); }};
}

}  // namespace kg::cli
