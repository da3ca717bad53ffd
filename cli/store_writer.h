// StoreArticles is the write side shared by `kg ingest` and `kg load`: it
// runs `work` (decode, extract or parse, convert to the store's
// ArticleGraph) on --jobs threads and stores the results from the calling
// thread, one Store::AddArticle per article in input order, then rebuilds
// the graph once. One writer and a fixed order make the database the same
// for any number of jobs. Bad articles are reported as one line each and
// skipped; a storage error stops the run.
#ifndef KG_CLI_STORE_WRITER_H_
#define KG_CLI_STORE_WRITER_H_

#include <functional>
#include <string>

#include "cli/article_source.h"
#include "cli/extracted_article.h"

namespace kg::cli {

struct StoreRun {
  std::string db;
  std::string verb = "ingested";  // first word of the summary line
  int jobs = 1;
  bool quiet = false;   // no summary line
  bool timing = false;  // a second line: where the writer's time went
};

// Returns the process exit code: 0, or 1 when an article failed or the
// store reported an error.
int StoreArticles(const StoreRun& run, const std::function<bool(InputRecord*)>& next,
                  const std::function<ExtractedArticle(InputRecord&)>& work);

// --jobs: 0 means one per core.
int EffectiveJobs(int requested);

}  // namespace kg::cli

#endif  // KG_CLI_STORE_WRITER_H_
