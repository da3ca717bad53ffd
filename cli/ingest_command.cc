// `kg ingest`: streams articles from files, JSON Lines or CSV (see
// cli/article_source.h), extracts them on --jobs threads and stores them
// through one writer (cli/store_writer.h).
#include <memory>

#include "cli/article_source.h"
#include "cli/commands.h"
#include "cli/extracted_article.h"
#include "cli/input_options.h"
#include "cli/store_writer.h"
#include "extract/extractor.h"

namespace kg::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  InputOptions input;
  bool quiet = false;
  bool timing = false;
};

int RunIngest(const IngestArgs& args, const std::string& db) {
  extract::Extractor extractor;
  ArticleSource source(args.paths, args.input.ToSourceOptions());
  StoreRun run;
  run.db = db;
  run.jobs = EffectiveJobs(args.input.jobs);
  run.quiet = args.quiet;
  run.timing = args.timing;
  return StoreArticles(
      run, [&source](InputRecord* record) { return source.Next(record); },
      [&extractor](InputRecord& record) { return ExtractRecord(extractor, record); });
}

}  // namespace

Command AddIngestCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "extract articles and store them in the database. PATH may be a file, a directory (read "
      "recursively, sorted) or - for stdin; see --input for JSON Lines and CSV corpora. "
      "Re-ingesting the same bytes is skipped. A bad article (or jsonl/csv line) is reported "
      "as one 'kg: PATH[:LINE]: reason' line and the rest go on; the exit status is then 1.");
  cmd->add_option("paths", args->paths, "files, directories or -")->required();
  AddArticleInputOptions(cmd, &args->input);
  AddJobsOption(cmd, &args->input);
  cmd->add_flag("-q,--quiet", args->quiet, "no summary line");
  cmd->add_flag("--timing", args->timing,
                "also print where the time went (extraction and reading vs storing vs the "
                "final graph rebuild)");
  return {cmd, [args, &global] { return RunIngest(*args, global.db); }};
}

}  // namespace kg::cli
