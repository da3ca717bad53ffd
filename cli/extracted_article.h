// ExtractedArticle is one article after extraction, as the --jobs workers
// hand it to the single writer: the extractor's result with the input's
// metadata applied, plus the article's identity (SHA-256 and size of its
// bytes). It is also what a line of `kg extract` output holds, so that
// `kg load` can store exactly what `kg ingest` would have stored.
#ifndef KG_CLI_EXTRACTED_ARTICLE_H_
#define KG_CLI_EXTRACTED_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "cli/article_source.h"
#include "extract/article.h"
#include "extract/extractor.h"

namespace kg::cli {

struct ExtractedArticle {
  std::string error;   // one line naming the origin; when set, nothing else is
  std::string name;    // the input's id, else its path (or PATH:LINE)
  std::string origin;  // where it was read, for messages
  std::string sha256;  // hex, of the article's bytes
  uint64_t size = 0;
  std::string url;     // from the input, when it had one
  std::string source;  // publisher, from the input
  extract::ArticleResult result;
};

// Decodes, checks and extracts one record. Title, date and byline given by
// the input replace what the extractor guessed from the text. Thread-safe;
// never throws (failures come back in `error`).
ExtractedArticle ExtractRecord(const extract::Extractor& extractor, InputRecord& record);

// One line of JSON (no newline): the fields of ../shared/eval/FORMAT.md plus
// everything `kg load` needs to rebuild the article exactly: sha256, size,
// title, byline, date, url, source, and the evidence and rule of every
// relation and statement.
std::string ToExtractJson(const ExtractedArticle& article);

// Parses a line written by ToExtractJson. Returns false with a one-line
// `error` (prefixed by `origin`) when the line is not such a record.
bool ParseExtractJson(std::string_view line, const std::string& origin, ExtractedArticle* article,
                      std::string* error);

}  // namespace kg::cli

#endif  // KG_CLI_EXTRACTED_ARTICLE_H_
