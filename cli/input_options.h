// The input and parallelism options shared by `kg ingest`, `kg extract` and
// `kg load` (--input, --text-column..., --jobs), registered in one place so
// their names and help text cannot drift apart.
#ifndef KG_CLI_INPUT_OPTIONS_H_
#define KG_CLI_INPUT_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <string>

#include "cli/article_source.h"

namespace kg::cli {

struct InputOptions {
  std::string format = "auto";
  CsvColumns csv;
  int jobs = 0;  // 0: one per core

  SourceOptions ToSourceOptions() const;
};

// --input and the CSV column options.
void AddArticleInputOptions(CLI::App* cmd, InputOptions* options);
// --jobs.
void AddJobsOption(CLI::App* cmd, InputOptions* options);

}  // namespace kg::cli

#endif  // KG_CLI_INPUT_OPTIONS_H_
