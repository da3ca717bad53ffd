#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/article_graph.h"
#include "cli/commands.h"
#include "cli/input_files.h"
#include "extract/extractor.h"
#include "store/store.h"

namespace kg::cli {
namespace {

// A progress bar on stderr, only when stderr is a terminal and the run is
// long enough to be worth watching.
class Progress {
 public:
  explicit Progress(size_t total) : total_(total), enabled_(isatty(2) && total >= 20) {}
  void Update(size_t done) {
    if (!enabled_ || (done % 10 != 0 && done != total_)) return;
    const int width = 30;
    int filled = static_cast<int>(width * done / total_);
    std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu articles", filled, "##############################",
                 width - filled, "", done, total_);
    std::fflush(stderr);
  }
  ~Progress() {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  size_t total_;
  bool enabled_;
};

struct IngestArgs {
  std::string db;
  std::vector<std::string> paths;
  bool quiet = false;
};

int RunIngest(const IngestArgs& args) {
  auto started = std::chrono::steady_clock::now();
  std::unique_ptr<store::Store> db;
  store::Status s = store::Store::Open(args.db, store::StoreOptions{}, &db);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  extract::Extractor extractor;
  std::vector<std::string> paths = ExpandInputPaths(args.paths);
  size_t added = 0, skipped = 0, failed = 0, new_nodes = 0, new_edges = 0, statements = 0;
  Progress progress(paths.size());
  for (size_t i = 0; i < paths.size(); ++i) {
    progress.Update(i);
    const std::string& path = paths[i];
    std::string bytes, error;
    if (!ReadInput(path, &bytes, &error)) {
      PrintError(error);
      ++failed;
      continue;
    }
    if (std::string reason = extract::CheckArticleBytes(bytes); !reason.empty()) {
      PrintError(path + ": " + reason);
      ++failed;
      continue;
    }
    extract::ArticleResult result = extractor.Extract(bytes);
    store::ArticleGraph article = ToArticleGraph(result, path, Sha256Hex(bytes), bytes.size());
    store::AddResult outcome;
    s = db->AddArticle(article, &outcome);
    if (!s.ok()) {
      // The article's batch was not written; earlier articles are intact.
      PrintError(s.message());
      return kExitFailure;
    }
    if (outcome.skipped) {
      ++skipped;
      continue;
    }
    ++added;
    new_nodes += outcome.new_nodes;
    new_edges += outcome.new_edges;
    statements += result.statements.size();
  }
  progress.Update(paths.size());
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!args.quiet) {
    std::printf(
        "ingested %zu articles: %zu new, %zu skipped, %zu failed; +%zu nodes, +%zu edges, "
        "+%zu statements in %.2f s\n",
        paths.size(), added, skipped, failed, new_nodes, new_edges, statements, seconds);
  }
  return failed ? kExitFailure : kExitOk;
}

}  // namespace

Command AddIngestCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "extract articles and store them in the database; PATH may be a file, a directory "
      "(read recursively) or - for stdin. Re-ingesting the same bytes is skipped.");
  cmd->add_option("paths", args->paths, "files, directories or -")->required();
  cmd->add_flag("-q,--quiet", args->quiet, "no summary line");
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunIngest(*args);
          }};
}

}  // namespace kg::cli
