// libFuzzer target: the JSON Lines parsers. One input is one line, read
// both as a corpus line (`kg ingest --input jsonl`: DecodeRecord, whose fast
// simdjson decoder must agree with the nlohmann reference) and as a
// line of `kg extract --format json` output (`kg load`: ParseExtractJson),
// and a parsed extract record is converted to the store's ArticleGraph as
// `kg load` does (relations and statements may name any entity id).
#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/article_graph.h"
#include "cli/article_source.h"
#include "cli/extracted_article.h"
#include "cli/json_record.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  kg::cli::InputRecord record;
  record.format = kg::cli::InputFormat::kJsonl;
  record.origin = "fuzz.jsonl:1";
  record.payload = line;
  kg::cli::SourceArticle article;
  std::string error;
  kg::cli::DecodeRecord(std::move(record), &article, &error);

  // The simdjson decoder must agree with the nlohmann reference on every line.
  kg::cli::JsonRecord fast, reference;
  bool same_status = kg::cli::DecodeJsonRecord(line, &fast) ==
                     kg::cli::DecodeJsonRecordReference(line, &reference);
  if (!same_status || fast.text != reference.text || fast.id != reference.id ||
      fast.title != reference.title || fast.date != reference.date || fast.url != reference.url ||
      fast.source != reference.source || fast.byline != reference.byline) {
    __builtin_trap();
  }

  kg::cli::ExtractedArticle extracted;
  if (kg::cli::ParseExtractJson(line, "fuzz.jsonl:1", &extracted, &error)) {
    kg::cli::ToArticleGraph(extracted.result, extracted.name, extracted.sha256, extracted.size);
    kg::cli::ToExtractJson(extracted);
  }
  return 0;
}
