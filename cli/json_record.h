// JsonRecord decodes one JSON Lines corpus record (`kg ingest`/`kg extract`
// input) into the fields kg reads: `text`, `id`, `title`, `date`, `url`,
// `source` and `authors`. Decoding was ~15% of extraction time with a full
// nlohmann DOM, so records go through simdjson first (validating DOM parse,
// ~25x faster); any record simdjson refuses is decoded again by the nlohmann
// reference decoder, which therefore alone decides what is malformed. The
// two agree on every record simdjson accepts (tests/cli/json_record_test.cc
// and the jsonl fuzz target check it).
#ifndef KG_CLI_JSON_RECORD_H_
#define KG_CLI_JSON_RECORD_H_

#include <string>

namespace kg::cli {

struct JsonRecord {
  std::string text;
  std::string id;  // strings as they are, integers in decimal, anything else ""
  std::string title;
  std::string date;
  std::string url;
  std::string source;
  std::string byline;  // `authors`: a string, or the strings of a list joined with ", "
};

enum class JsonRecordStatus { kOk, kNotAnObject, kNoText };

// The fast decoder: simdjson, falling back to DecodeJsonRecordReference.
// Thread-safe.
JsonRecordStatus DecodeJsonRecord(const std::string& line, JsonRecord* record);

// The reference decoder (nlohmann). Duplicate keys: the last one wins.
JsonRecordStatus DecodeJsonRecordReference(const std::string& line, JsonRecord* record);

}  // namespace kg::cli

#endif  // KG_CLI_JSON_RECORD_H_
