#include "cli/article_source.h"

#include "cli/input_files.h"
#include "cli/input_stream.h"
#include "cli/json_record.h"

namespace kg::cli {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Splits one CSV record (RFC 4180: quoted fields may hold commas, doubled
// quotes and newlines) into `fields`. A record continues over lines while a
// quote is open. Returns false at the end of input; sets `unterminated`
// when the input ends inside a quoted field.
bool ReadCsvRecord(InputStream& in, size_t* line_number, std::vector<std::string>* fields,
                   bool* unterminated) {
  fields->clear();
  *unterminated = false;
  std::string line;
  do {
    if (!in.ReadLine(&line)) return false;
    ++*line_number;
  } while (line.empty());
  std::string field;
  bool quoted = false;
  while (true) {
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (quoted) {
        if (c != '"') {
          field.push_back(c);
        } else if (i + 1 < line.size() && line[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields->push_back(std::move(field));
        field.clear();
      } else {
        field.push_back(c);
      }
    }
    if (!quoted) break;
    field.push_back('\n');
    if (!in.ReadLine(&line)) {
      *unterminated = true;
      break;
    }
    ++*line_number;
  }
  fields->push_back(std::move(field));
  return true;
}

// Index of `name` in `header`, -1 when `name` is empty; sets `missing` when
// a configured column is not in the header.
int ColumnIndex(const std::vector<std::string>& header, const std::string& name, bool* missing) {
  if (name.empty()) return -1;
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return static_cast<int>(i);
  }
  *missing = true;
  return -1;
}

bool DecodeJsonLine(const InputRecord& record, SourceArticle* article, std::string* error) {
  JsonRecord fields;
  switch (DecodeJsonRecord(record.payload, &fields)) {
    case JsonRecordStatus::kNotAnObject:
      *error = record.origin + ": not a JSON object";
      return false;
    case JsonRecordStatus::kNoText:
      *error = record.origin + ": no \"text\" string";
      return false;
    case JsonRecordStatus::kOk:
      break;
  }
  article->text = std::move(fields.text);
  article->name = std::move(fields.id);
  article->title = std::move(fields.title);
  article->date = std::move(fields.date);
  article->url = std::move(fields.url);
  article->source = std::move(fields.source);
  article->byline = std::move(fields.byline);
  return true;
}

}  // namespace

std::optional<InputFormat> ParseInputFormat(const std::string& name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "csv") return InputFormat::kCsv;
  return std::nullopt;
}

InputFormat ResolveInputFormat(InputFormat requested, const std::string& path) {
  if (requested != InputFormat::kAuto) return requested;
  std::string name = path;
  if (EndsWith(name, ".gz")) name.resize(name.size() - 3);
  if (EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson") || EndsWith(name, ".json")) {
    return InputFormat::kJsonl;
  }
  if (EndsWith(name, ".csv")) return InputFormat::kCsv;
  return InputFormat::kText;
}

struct ArticleSource::OpenFile {
  std::string path;
  InputFormat format = InputFormat::kText;
  std::unique_ptr<InputStream> stream;
  size_t line = 0;
  // CSV: the header's index of text, id, title, date (-1: not configured).
  std::vector<int> columns;
};

ArticleSource::ArticleSource(const std::vector<std::string>& args, const SourceOptions& options)
    : options_(options), paths_(ExpandInputPaths(args)) {}

ArticleSource::~ArticleSource() = default;

bool ArticleSource::OpenNextFile(InputRecord* failure) {
  const std::string& path = paths_[next_path_++];
  auto file = std::make_unique<OpenFile>();
  file->path = path;
  file->format = ResolveInputFormat(options_.format, path);
  file->stream = InputStream::Open(path, &failure->error);
  if (!file->stream) return false;
  if (file->format == InputFormat::kCsv) {
    std::vector<std::string> header;
    bool unterminated = false, missing = false;
    if (!ReadCsvRecord(*file->stream, &file->line, &header, &unterminated)) {
      failure->error =
          path + ": " + (file->stream->error().empty() ? "no CSV header" : file->stream->error());
      return false;
    }
    const CsvColumns& names = options_.csv;
    for (const std::string* name : {&names.text, &names.id, &names.title, &names.date}) {
      file->columns.push_back(ColumnIndex(header, *name, &missing));
      if (missing) {
        failure->error = path + ":1: no column \"" + *name + "\" in the CSV header";
        return false;
      }
    }
  }
  file_ = std::move(file);
  return true;
}

bool ArticleSource::Next(InputRecord* record) {
  *record = InputRecord{};
  while (true) {
    if (!file_) {
      if (next_path_ == paths_.size()) return false;
      if (!OpenNextFile(record)) return true;  // the failure is the record
    }
    OpenFile& file = *file_;
    record->format = file.format;
    if (file.format == InputFormat::kText) {
      record->origin = file.path;
      if (!file.stream->ReadAll(&record->payload)) record->error = file.stream->error();
      file_.reset();
      return true;
    }
    if (file.format == InputFormat::kJsonl) {
      while (file.stream->ReadLine(&record->payload)) {
        ++file.line;
        if (record->payload.find_first_not_of(" \t") == std::string::npos) continue;
        record->origin = file.path + ":" + std::to_string(file.line);
        return true;
      }
    } else {
      bool unterminated = false;
      std::vector<std::string> row;
      size_t first_line = file.line + 1;
      if (ReadCsvRecord(*file.stream, &file.line, &row, &unterminated)) {
        record->origin = file.path + ":" + std::to_string(first_line);
        if (unterminated) {
          record->error = record->origin + ": unterminated quoted field";
          return true;
        }
        for (int column : file.columns) {
          if (column >= static_cast<int>(row.size())) {
            record->error = record->origin + ": row has " + std::to_string(row.size()) +
                            " fields, fewer than the header";
            record->fields.clear();
            return true;
          }
          record->fields.push_back(column < 0 ? std::string() : std::move(row[column]));
        }
        return true;
      }
    }
    std::string read_error = file.stream->error();
    file_.reset();
    if (!read_error.empty()) {
      record->error = read_error;
      return true;
    }
  }
}

bool DecodeRecord(InputRecord&& record, SourceArticle* article, std::string* error) {
  *article = SourceArticle{};
  article->origin = record.origin;
  if (!record.error.empty()) {
    *error = std::move(record.error);
    return false;
  }
  switch (record.format) {
    case InputFormat::kJsonl:
      if (!DecodeJsonLine(record, article, error)) return false;
      break;
    case InputFormat::kCsv:
      article->text = std::move(record.fields[0]);
      article->name = std::move(record.fields[1]);
      article->title = std::move(record.fields[2]);
      article->date = std::move(record.fields[3]);
      break;
    default:
      article->text = std::move(record.payload);
      break;
  }
  if (article->name.empty()) article->name = record.origin;
  return true;
}

}  // namespace kg::cli
