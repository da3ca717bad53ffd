// `kg load`: builds or extends a store from the JSON Lines written by
// `kg extract` (e.g. the part files of a Spark or Hadoop job). Each line goes
// through the same ToArticleGraph -> Store::AddArticle path as `kg ingest`,
// and the graph is rebuilt from all stored articles at the end, so
// `kg extract | kg load` gives the same graph as `kg ingest`, in any order of
// shards.
#include <memory>

#include "cli/article_source.h"
#include "cli/commands.h"
#include "cli/extracted_article.h"
#include "cli/input_options.h"
#include "cli/store_writer.h"

namespace kg::cli {
namespace {

struct LoadArgs {
  std::vector<std::string> paths;
  InputOptions input;
  bool quiet = false;
  bool timing = false;
};

bool IsSha256Hex(const std::string& s) {
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

ExtractedArticle ParseRecord(InputRecord& record) {
  ExtractedArticle article;
  if (!record.error.empty()) {
    article.error = std::move(record.error);
    return article;
  }
  std::string error;
  if (!ParseExtractJson(record.payload, record.origin, &article, &error)) {
    article.error = std::move(error);
  } else if (!IsSha256Hex(article.sha256)) {
    article.error = record.origin + ": sha256 is not 64 lower-case hex digits";
  }
  return article;
}

int RunLoad(const LoadArgs& args, const std::string& db) {
  SourceOptions lines;
  lines.format = InputFormat::kJsonl;  // whatever the extension: shards are often part-00000
  ArticleSource source(args.paths, lines);
  StoreRun run;
  run.db = db;
  run.verb = "loaded";
  run.jobs = EffectiveJobs(args.input.jobs);
  run.quiet = args.quiet;
  run.timing = args.timing;
  return StoreArticles(
      run, [&source](InputRecord* record) { return source.Next(record); }, ParseRecord);
}

}  // namespace

Command AddLoadCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<LoadArgs>();
  CLI::App* cmd = app.add_subcommand(
      "load",
      "store articles already extracted by `kg extract --format json` (JSON Lines; files, "
      "directories of part files, gzip'd or not, or - for stdin) in the database, exactly as "
      "`kg ingest` would have stored them; shards may come in any order and re-loading is "
      "skipped. A bad line is reported as one 'kg: PATH:LINE: reason' line and the rest go "
      "on; the exit status is then 1.");
  cmd->add_option("paths", args->paths, "JSON Lines files, directories or -")->required();
  AddJobsOption(cmd, &args->input);
  cmd->add_flag("-q,--quiet", args->quiet, "no summary line");
  cmd->add_flag("--timing", args->timing, "also print where the time went");
  return {cmd, [args, &global] { return RunLoad(*args, global.db); }};
}

}  // namespace kg::cli
