#include "cli/store_writer.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>

#include "cli/article_graph.h"
#include "cli/commands.h"
#include "cli/ordered_pool.h"
#include "store/store.h"

namespace kg::cli {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// What a worker hands to the writer: the article ready to store, or why not.
struct ReadyArticle {
  std::string error;
  store::ArticleGraph graph;
};

// A running count on stderr, only when stderr is a terminal: the total is
// not known while the input streams.
class Progress {
 public:
  Progress() : enabled_(isatty(2)) {}
  void Update(size_t done) {
    if (enabled_ && done % 100 == 0) std::fprintf(stderr, "\r%zu articles", done);
  }
  ~Progress() {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  bool enabled_;
};

}  // namespace

int EffectiveJobs(int requested) {
  if (requested > 0) return requested;
  unsigned cores = std::thread::hardware_concurrency();
  return cores ? static_cast<int>(cores) : 1;
}

int StoreArticles(const StoreRun& run, const std::function<bool(InputRecord*)>& next,
                  const std::function<ExtractedArticle(InputRecord&)>& work) {
  Clock::time_point started = Clock::now();
  std::unique_ptr<store::Store> db;
  store::Status s = store::Store::Open(run.db, store::StoreOptions{}, &db);
  store::Stats before;
  if (s.ok()) s = db->ComputeStats(&before);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  size_t seen = 0, added = 0, skipped = 0, failed = 0;
  double store_seconds = 0;
  Progress progress;
  auto prepare = [&work](InputRecord& record) {
    ReadyArticle ready;
    ExtractedArticle article = work(record);
    if (!article.error.empty()) {
      ready.error = std::move(article.error);
    } else {
      ready.graph = ToArticleGraph(article.result, article.name, article.sha256, article.size);
    }
    return ready;
  };
  auto write = [&](ReadyArticle& ready) {
    progress.Update(++seen);
    if (!ready.error.empty()) {
      PrintError(ready.error);
      ++failed;
      return true;
    }
    Clock::time_point t = Clock::now();
    store::AddResult outcome;
    s = db->AddArticle(ready.graph, &outcome);
    store_seconds += SecondsSince(t);
    // On error the article's batch was not written; earlier ones are intact.
    if (!s.ok()) return false;
    ++(outcome.skipped ? skipped : added);
    return true;
  };
  RunOrdered<InputRecord, ReadyArticle>(run.jobs, 8 * static_cast<size_t>(run.jobs), next, prepare,
                                        write);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  double stream_seconds = SecondsSince(started);
  // The graph is derived from all stored articles at once, so that it does
  // not depend on the order they arrived in.
  Clock::time_point rebuild_started = Clock::now();
  store::Stats after;
  if (s = db->Rebuild(); s.ok()) s = db->ComputeStats(&after);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  double rebuild_seconds = SecondsSince(rebuild_started);
  double seconds = SecondsSince(started);
  if (!run.quiet) {
    auto delta = [](size_t now, size_t was) {
      return static_cast<long long>(now) - static_cast<long long>(was);
    };
    std::printf(
        "%s %zu articles: %zu new, %zu skipped, %zu failed; graph: %zu persons (%+lld), "
        "%zu organizations (%+lld), %zu statements (%+lld), %zu edges (%+lld) in %.2f s\n",
        run.verb.c_str(), seen, added, skipped, failed, after.persons,
        delta(after.persons, before.persons), after.organizations,
        delta(after.organizations, before.organizations), after.statements,
        delta(after.statements, before.statements), after.edges, delta(after.edges, before.edges),
        seconds);
  }
  if (run.timing) {
    std::printf(
        "timing: %.2f s reading, extracting and storing with %d jobs (of which the writer spent "
        "%.2f s in Store::AddArticle), %.2f s Store::Rebuild\n",
        stream_seconds, run.jobs, store_seconds, rebuild_seconds);
  }
  return failed ? kExitFailure : kExitOk;
}

}  // namespace kg::cli
