#include <iostream>

#include "cli/commands.h"
#include "cli/input_files.h"
#include "extract/extractor.h"

namespace kg::cli {

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

}  // namespace kg::cli
