// kg_bench measures what docs/performance.md reports, on any corpus kg can
// read: extraction throughput on one core, the wall time and peak RSS of a
// command (e.g. `kg ingest --jobs 2`), and the latency distribution of the
// hot queries (neighbours, statements, path) run in-process against a
// store. It is a benchmark, not a test: it prints figures and only fails
// when it cannot run. bench/run_bench.sh drives it.
//
//   kg_bench extract [--input F] [--limit N] PATH...
//   kg_bench run [--stdout FILE] -- COMMAND...
//   kg_bench queries --db DB [--samples N]
//   kg_bench rebuild --db DB
#include <rocksdb/db.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "bench/queries.h"
#include "cli/article_source.h"
#include "extract/extractor.h"
#include "store/store.h"

namespace kg::bench {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// CPU time of the calling thread: on a busy machine wall time also counts
// the time other processes held the core.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

int Usage() {
  std::fprintf(stderr,
               "usage: kg_bench extract [--input text|jsonl|csv] [--limit N] PATH...\n"
               "       kg_bench run [--stdout FILE] -- COMMAND...\n"
               "       kg_bench queries --db DB [--samples N]\n"
               "       kg_bench rebuild --db DB\n");
  return 2;
}

// Extraction alone on the calling thread: decoding (JSON parsing) and
// extraction are timed separately, reading and decompression are not.
int RunExtract(const std::vector<std::string>& args) {
  cli::SourceOptions options;
  size_t limit = SIZE_MAX;
  std::vector<std::string> paths;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--input" && i + 1 < args.size()) {
      options.format = cli::ParseInputFormat(args[++i]).value_or(cli::InputFormat::kAuto);
    } else if (args[i] == "--limit" && i + 1 < args.size()) {
      limit = std::strtoull(args[++i].c_str(), nullptr, 10);
    } else {
      paths.push_back(args[i]);
    }
  }
  if (paths.empty()) return Usage();
  extract::Extractor extractor;
  cli::ArticleSource source(paths, options);
  cli::InputRecord record;
  size_t articles = 0, failed = 0, bytes = 0;
  double decode_seconds = 0, extract_seconds = 0, decode_cpu = 0, extract_cpu = 0;
  size_t entities = 0, relations = 0, statements = 0;
  while (articles < limit && source.Next(&record)) {
    Clock::time_point t0 = Clock::now();
    double c0 = ThreadCpuSeconds();
    cli::SourceArticle article;
    std::string error;
    bool ok = cli::DecodeRecord(std::move(record), &article, &error) &&
              extract::CheckArticleBytes(article.text).empty();
    Clock::time_point t1 = Clock::now();
    double c1 = ThreadCpuSeconds();
    decode_seconds += Seconds(t0, t1);
    decode_cpu += c1 - c0;
    if (!ok) {
      ++failed;
      continue;
    }
    extract::ArticleResult result = extractor.Extract(article.text, article.title);
    extract_seconds += Seconds(t1, Clock::now());
    extract_cpu += ThreadCpuSeconds() - c1;
    ++articles;
    bytes += article.text.size();
    entities += result.entities.size();
    relations += result.relations.size();
    statements += result.statements.size();
  }
  double mb = bytes / 1e6;
  std::printf("extract.articles %zu\nextract.failed %zu\nextract.text_mb %.1f\n", articles, failed,
              mb);
  std::printf("extract.entities %zu\nextract.relations %zu\nextract.statements %zu\n", entities,
              relations, statements);
  std::printf("extract.seconds %.2f\nextract.mb_per_s_per_core %.1f\n", extract_seconds,
              extract_seconds > 0 ? mb / extract_seconds : 0.0);
  std::printf("extract.cpu_seconds %.2f\nextract.mb_per_cpu_s %.1f\n", extract_cpu,
              extract_cpu > 0 ? mb / extract_cpu : 0.0);
  std::printf("decode.seconds %.2f\ndecode.mb_per_s %.1f\n", decode_seconds,
              decode_seconds > 0 ? mb / decode_seconds : 0.0);
  std::printf("decode.cpu_seconds %.2f\ndecode.mb_per_cpu_s %.1f\n", decode_cpu,
              decode_cpu > 0 ? mb / decode_cpu : 0.0);
  std::printf("extract.peak_rss_mb %.1f\n", PeakRssKb() / 1024.0);
  return 0;
}

// Runs a command and reports its wall time and peak resident set size
// (wait4's rusage is the child's alone).
int RunCommand(const std::string& child_stdout, const std::vector<std::string>& args) {
  if (args.empty()) return Usage();
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  Clock::time_point start = Clock::now();
  pid_t child = fork();
  if (child == 0) {
    if (!child_stdout.empty() && !freopen(child_stdout.c_str(), "w", stdout)) _exit(126);
    execvp(argv[0], argv.data());
    std::fprintf(stderr, "kg_bench: cannot run %s: %s\n", argv[0], std::strerror(errno));
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  if (child < 0 || wait4(child, &status, 0, &usage) < 0) {
    std::perror("kg_bench");
    return 1;
  }
  double wall = Seconds(start, Clock::now());
  int rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::printf(
      "run.exit %d\nrun.wall_s %.2f\nrun.user_s %.2f\nrun.sys_s %.2f\nrun.peak_rss_mb %.1f\n", rc,
      wall, usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6,
      usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6, usage.ru_maxrss / 1024.0);
  return rc;
}

uint64_t DirectoryBytes(const std::string& path) {
  uint64_t total = 0;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  }
  return total;
}

int RunQueries(const std::vector<std::string>& args) {
  std::string db_path;
  size_t samples = 1000;
  for (size_t i = 0; i + 1 < args.size(); i += 2) {
    if (args[i] == "--db")
      db_path = args[i + 1];
    else if (args[i] == "--samples")
      samples = std::strtoull(args[i + 1].c_str(), nullptr, 10);
    else
      return Usage();
  }
  if (db_path.empty()) return Usage();
  std::unique_ptr<store::Store> db;
  store::StoreOptions options;
  options.read_only = true;
  if (store::Status s = store::Store::Open(db_path, options, &db); !s.ok()) {
    std::fprintf(stderr, "kg_bench: %s\n", s.message().c_str());
    return 1;
  }
  std::printf("db.size_mb %.1f\n", DirectoryBytes(db_path) / 1e6);
  std::vector<std::string> names, related;
  if (store::Status s = SampleEntityNames(*db, samples, &names, &related);
      !s.ok() || names.empty()) {
    std::fprintf(stderr, "kg_bench: no entities to query in %s\n", db_path.c_str());
    return 1;
  }
  std::printf("queries.samples %zu\nqueries.related_samples %zu\n", names.size(), related.size());
  for (const QueryTiming& timing : TimeQueries(*db, names, related)) {
    std::printf("%s.p50_us %.1f\n%s.p99_us %.1f\n%s.mean_results %.1f\n", timing.name.c_str(),
                timing.p50_us, timing.name.c_str(), timing.p99_us, timing.name.c_str(),
                timing.mean_results);
  }
  std::printf("queries.peak_rss_mb %.1f\n", PeakRssKb() / 1024.0);
  return 0;
}

// Times Store::Rebuild alone on an existing database: marks its graph out
// of date (built_version 0, through RocksDB directly: kg has no command for
// it) and opens it as a writer, which rebuilds. The rebuilt graph is the
// same, as a rebuild is a function of the stored input.
int RunRebuild(const std::vector<std::string>& args) {
  if (args.size() != 2 || args[0] != "--db") return Usage();
  const std::string& db_path = args[1];
  std::vector<std::string> families;
  rocksdb::Status rs = rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), db_path, &families);
  if (rs.ok()) {
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const std::string& name : families)
      descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    rs = rocksdb::DB::Open(rocksdb::Options(), db_path, descriptors, &handles, &raw);
    if (rs.ok()) {
      rs = raw->Put(rocksdb::WriteOptions(), raw->DefaultColumnFamily(), "built_version", "0");
      for (auto* handle : handles) raw->DestroyColumnFamilyHandle(handle);
      delete raw;
    }
  }
  if (!rs.ok()) {
    std::fprintf(stderr, "kg_bench: %s: %s\n", db_path.c_str(), rs.ToString().c_str());
    return 1;
  }
  Clock::time_point start = Clock::now();
  std::unique_ptr<store::Store> db;
  store::Status s = store::Store::Open(db_path, store::StoreOptions{}, &db);
  if (!s.ok()) {
    std::fprintf(stderr, "kg_bench: %s\n", s.message().c_str());
    return 1;
  }
  std::printf("rebuild.wall_s %.2f\nrebuild.peak_rss_mb %.1f\n", Seconds(start, Clock::now()),
              PeakRssKb() / 1024.0);
  return 0;
}

}  // namespace
}  // namespace kg::bench

int main(int argc, char** argv) {
  if (argc < 2) return kg::bench::Usage();
  std::string mode = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (mode == "extract") return kg::bench::RunExtract(args);
  if (mode == "queries") return kg::bench::RunQueries(args);
  if (mode == "rebuild") return kg::bench::RunRebuild(args);
  if (mode == "run") {
    std::string child_stdout;
    if (args.size() >= 2 && args[0] == "--stdout") {
      child_stdout = args[1];
      args.erase(args.begin(), args.begin() + 2);
    }
    if (!args.empty() && args[0] == "--") {
      return kg::bench::RunCommand(child_stdout, {args.begin() + 1, args.end()});
    }
  }
  return kg::bench::Usage();
}
