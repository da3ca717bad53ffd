// `kg extract`: the extractor alone, no database. Reads the same inputs as
// `kg ingest` and writes one JSON line per article in input order, whatever
// --jobs is, so it can run as a Hadoop Streaming or Spark pipe() mapper
// (docs/scale-out.md) whose output `kg load` turns into a store.
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/article_source.h"
#include "cli/commands.h"
#include "cli/extracted_article.h"
#include "cli/input_options.h"
#include "cli/ordered_pool.h"
#include "cli/store_writer.h"
#include "extract/extractor.h"

namespace kg::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string format = "json";
  InputOptions input;
  bool explain = false;
};

// A worker's output: the JSON line, or the error to print instead.
struct ExtractOutput {
  std::string line;
  std::string error;
};

int RunExtract(const ExtractArgs& args) {
  extract::Extractor extractor;
  ArticleSource source(args.paths, args.input.ToSourceOptions());
  int jobs = EffectiveJobs(args.input.jobs);
  bool failed = false;
  std::ios::sync_with_stdio(false);
  RunOrdered<InputRecord, ExtractOutput>(
      jobs, 8 * static_cast<size_t>(jobs),
      [&source](InputRecord* record) { return source.Next(record); },
      [&extractor](InputRecord& record) {
        ExtractedArticle article = ExtractRecord(extractor, record);
        if (!article.error.empty()) return ExtractOutput{"", std::move(article.error)};
        return ExtractOutput{ToExtractJson(article), ""};
      },
      [&failed](ExtractOutput& output) {
        if (!output.error.empty()) {
          std::cout.flush();  // keep stdout and stderr in input order on a terminal
          PrintError(output.error);
          failed = true;
        } else {
          std::cout << output.line << '\n';
        }
        return true;
      });
  std::cout.flush();
  if (!std::cout) {
    PrintError("extract: cannot write to standard output");
    return kExitFailure;
  }
  return failed ? kExitFailure : kExitOk;
}

}  // namespace

Command AddExtractCommand(CLI::App& app, const GlobalOptions&) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "run the extractor alone (no database) and print one JSON object per article on stdout "
      "(JSON Lines, in input order; format: docs/extraction.md, plus sha256, size, title, "
      "byline, date, url, source and the rule and evidence of every fact, so that `kg load` "
      "can store the output). `kg extract --input jsonl -` reads a corpus on stdin: it runs "
      "unchanged as a Hadoop Streaming or Spark pipe() mapper (docs/scale-out.md). A bad "
      "article is one 'kg: PATH[:LINE]: reason' line on stderr; the rest go on; exit 1.");
  cmd->add_option("paths", args->paths, "files, directories or -")->required();
  cmd->add_option("--format", args->format, "output format (json)")->check(CLI::IsMember({"json"}));
  AddArticleInputOptions(cmd, &args->input);
  AddJobsOption(cmd, &args->input);
  cmd->add_flag("--explain", args->explain,
                "accepted for compatibility: the rule and evidence sentence of every fact are "
                "always included");
  return {cmd, [args] { return RunExtract(*args); }};
}

}  // namespace kg::cli
