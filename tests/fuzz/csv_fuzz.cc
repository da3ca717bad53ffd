// libFuzzer target: the CSV reader (RFC 4180 quoting, header lookup, rows
// shorter than the header, unterminated quotes) and, under it, InputStream
// (line splitting, CRLF, gzip detection). The input is handed to
// ArticleSource as a file, exactly as `kg ingest --input csv` reads one.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/article_source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // An in-memory file: no disk traffic per execution.
  int fd = memfd_create("kg-csv-fuzz", MFD_CLOEXEC);
  if (fd < 0) return 0;
  size_t written = 0;
  while (written < size) {
    ssize_t n = write(fd, data + written, size - written);
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  kg::cli::SourceOptions options;
  options.format = kg::cli::InputFormat::kCsv;
  options.csv.id = "id";
  options.csv.title = "title";
  kg::cli::ArticleSource source({"/proc/self/fd/" + std::to_string(fd)}, options);
  kg::cli::InputRecord record;
  for (int rows = 0; rows < 10000 && source.Next(&record); ++rows) {
    kg::cli::SourceArticle article;
    std::string error;
    kg::cli::DecodeRecord(std::move(record), &article, &error);
  }
  close(fd);
  return 0;
}
