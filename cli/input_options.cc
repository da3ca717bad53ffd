#include "cli/input_options.h"

namespace kg::cli {

SourceOptions InputOptions::ToSourceOptions() const {
  SourceOptions options;
  options.format = ParseInputFormat(format).value_or(InputFormat::kAuto);
  options.csv = csv;
  return options;
}

void AddArticleInputOptions(CLI::App* cmd, InputOptions* options) {
  cmd->add_option("--input", options->format,
                  "how PATHs hold articles: text (one article per file), jsonl (one JSON object "
                  "per line: \"text\" and optional \"id\", \"title\", \"date\", \"url\", "
                  "\"source\", \"authors\"; other fields ignored) or csv (one row per article, "
                  "header row required). Default auto: by extension after any .gz (.jsonl, "
                  ".ndjson, .json: jsonl; .csv: csv), else text. Gzip'd input is read directly. "
                  "A title given by the input means the text holds no headline: its first line "
                  "is the lede, mined for facts")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "csv"}));
  cmd->add_option("--text-column", options->csv.text, "csv: column holding the article text")
      ->capture_default_str();
  cmd->add_option("--id-column", options->csv.id,
                  "csv: column holding the article id (default: none; articles are named "
                  "PATH:LINE)");
  cmd->add_option("--title-column", options->csv.title,
                  "csv: column holding the title (the text's first line is then the lede)");
  cmd->add_option("--date-column", options->csv.date, "csv: column holding the date");
}

void AddJobsOption(CLI::App* cmd, InputOptions* options) {
  cmd->add_option("-j,--jobs", options->jobs,
                  "worker threads (default 0: one per core); the output is identical for any "
                  "number")
      ->check(CLI::NonNegativeNumber);
}

}  // namespace kg::cli
