#include "cli/json_record.h"

#include <simdjson.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

namespace kg::cli {
namespace {

// Above this size records go to the reference decoder: a simdjson parser
// keeps buffers of several times the largest record it has seen, per thread.
constexpr size_t kMaxFastRecordBytes = 1 << 20;

std::string StringField(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return "";
}

// `authors` is a string or a list of strings in the corpora we know.
std::string Authors(const nlohmann::json& object) {
  auto it = object.find("authors");
  if (it == object.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  std::string joined;
  if (it->is_array()) {
    for (const auto& author : *it) {
      if (!author.is_string()) continue;
      if (!joined.empty()) joined += ", ";
      joined += author.get<std::string>();
    }
  }
  return joined;
}

// The simdjson twin of StringField: nlohmann's get<long long>() of an
// unsigned integer is the same two's-complement cast.
std::string FastStringField(simdjson::dom::element value) {
  std::string_view text;
  int64_t signed_number = 0;
  uint64_t unsigned_number = 0;
  if (value.get(text) == simdjson::SUCCESS) return std::string(text);
  if (value.get(signed_number) == simdjson::SUCCESS) return std::to_string(signed_number);
  if (value.get(unsigned_number) == simdjson::SUCCESS) {
    return std::to_string(static_cast<long long>(unsigned_number));
  }
  return "";
}

std::string FastAuthors(simdjson::dom::element value) {
  std::string_view text;
  if (value.get(text) == simdjson::SUCCESS) return std::string(text);
  std::string joined;
  simdjson::dom::array authors;
  if (value.get(authors) != simdjson::SUCCESS) return joined;
  for (simdjson::dom::element author : authors) {
    if (author.get(text) != simdjson::SUCCESS) continue;
    if (!joined.empty()) joined += ", ";
    joined += text;
  }
  return joined;
}

// Returns false when simdjson refuses the line (the reference decides).
// Keys are visited in order so that, as with nlohmann, the last duplicate wins.
bool DecodeFast(const std::string& line, JsonRecord* record, JsonRecordStatus* status) {
  if (line.size() > kMaxFastRecordBytes) return false;
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(line).get(root) != simdjson::SUCCESS) return false;
  simdjson::dom::object object;
  if (root.get_object().get(object) != simdjson::SUCCESS) {
    *status = JsonRecordStatus::kNotAnObject;
    return true;
  }
  bool has_text = false;
  for (simdjson::dom::key_value_pair field : object) {
    std::string_view key = field.key;
    if (key == "text") {
      std::string_view text;
      has_text = field.value.get(text) == simdjson::SUCCESS;
      record->text = text;
    } else if (key == "id") {
      record->id = FastStringField(field.value);
    } else if (key == "title") {
      record->title = FastStringField(field.value);
    } else if (key == "date") {
      record->date = FastStringField(field.value);
    } else if (key == "url") {
      record->url = FastStringField(field.value);
    } else if (key == "source") {
      record->source = FastStringField(field.value);
    } else if (key == "authors") {
      record->byline = FastAuthors(field.value);
    }
  }
  *status = has_text ? JsonRecordStatus::kOk : JsonRecordStatus::kNoText;
  return true;
}

}  // namespace

JsonRecordStatus DecodeJsonRecordReference(const std::string& line, JsonRecord* record) {
  *record = JsonRecord{};
  nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded() || !object.is_object()) return JsonRecordStatus::kNotAnObject;
  auto text = object.find("text");
  if (text == object.end() || !text->is_string()) return JsonRecordStatus::kNoText;
  record->text = text->get<std::string>();
  record->id = StringField(object, "id");
  record->title = StringField(object, "title");
  record->date = StringField(object, "date");
  record->url = StringField(object, "url");
  record->source = StringField(object, "source");
  record->byline = Authors(object);
  return JsonRecordStatus::kOk;
}

JsonRecordStatus DecodeJsonRecord(const std::string& line, JsonRecord* record) {
  *record = JsonRecord{};
  JsonRecordStatus status;
  if (DecodeFast(line, record, &status)) {
    if (status != JsonRecordStatus::kOk) *record = JsonRecord{};
    return status;
  }
  return DecodeJsonRecordReference(line, record);
}

}  // namespace kg::cli
