// ArticleSource streams the articles named on the command line of
// `kg ingest` and `kg extract`, whatever their packaging: plain text files
// (one article per file, directories walked in sorted order), JSON Lines
// (one article per line: `text` and optional `id`, `title`, `date`, `url`,
// `source`, `authors`) or CSV (one article per row, columns chosen by name).
// Any of them may be gzip'd, and `-` is standard input. Reading is split in
// two so that it parallelises: Next() only cuts the input into records, in
// order and in constant memory, and DecodeRecord() (thread-safe, the costly
// part: JSON parsing) turns a record into an article.
#ifndef KG_CLI_ARTICLE_SOURCE_H_
#define KG_CLI_ARTICLE_SOURCE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kg::cli {

enum class InputFormat { kAuto, kText, kJsonl, kCsv };

// Parses "text" / "jsonl" / "csv" / "auto".
std::optional<InputFormat> ParseInputFormat(const std::string& name);
// kAuto resolved by extension (after dropping ".gz"): .jsonl/.ndjson/.json
// are JSON Lines, .csv is CSV, anything else (and "-") is text.
InputFormat ResolveInputFormat(InputFormat requested, const std::string& path);

// CSV column names; empty means "no such column".
struct CsvColumns {
  std::string text = "text";
  std::string id;
  std::string title;
  std::string date;
};

struct SourceOptions {
  InputFormat format = InputFormat::kAuto;
  CsvColumns csv;
};

// One unit of input as cut by ArticleSource, not yet decoded.
struct InputRecord {
  InputFormat format = InputFormat::kText;
  std::string origin;   // "PATH" or "PATH:LINE", for messages and default names
  std::string payload;  // text: the file's bytes; jsonl: the line
  // csv: text, id, title, date (empty when the column is not configured)
  std::vector<std::string> fields;
  std::string error;  // set when the unit could not be read; the rest is empty
};

// A decoded article: its bytes and what the input says about it.
struct SourceArticle {
  std::string name;  // the input's id, else the origin
  std::string origin;
  std::string text;
  std::string title;
  std::string date;
  std::string url;
  std::string source;
  std::string byline;  // `authors`, joined with ", "
};

class ArticleSource {
 public:
  ArticleSource(const std::vector<std::string>& args, const SourceOptions& options);
  ~ArticleSource();
  ArticleSource(const ArticleSource&) = delete;
  ArticleSource& operator=(const ArticleSource&) = delete;

  // The next record in input order; false when all inputs are exhausted.
  // Unreadable inputs and malformed rows come back as records with `error`.
  bool Next(InputRecord* record);

 private:
  struct OpenFile;
  bool OpenNextFile(InputRecord* failure);

  SourceOptions options_;
  std::vector<std::string> paths_;
  size_t next_path_ = 0;
  std::unique_ptr<OpenFile> file_;
};

// Turns a record into an article. Returns false with a one-line `error`
// naming the origin for invalid JSON, a missing or empty text field, or a
// record that carried a read error. Thread-safe.
bool DecodeRecord(InputRecord&& record, SourceArticle* article, std::string* error);

}  // namespace kg::cli

#endif  // KG_CLI_ARTICLE_SOURCE_H_
