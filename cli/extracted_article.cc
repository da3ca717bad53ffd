#include "cli/extracted_article.h"

#include <exception>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "cli/json_text.h"
#include "cli/sha256.h"

namespace kg::cli {
namespace {

// ,"key":"value" when the value is not empty; `key` holds the comma,
// quotes and colon.
void AppendIfSet(std::string* out, const char* key, const std::string& value) {
  if (value.empty()) return;
  out->append(key);
  AppendJsonString(out, value);
}

void AppendEvidence(std::string* out, const extract::Evidence& evidence) {
  out->append(",\"evidence\":{\"start\":");
  AppendJsonUint(out, evidence.span.start);
  out->append(",\"end\":");
  AppendJsonUint(out, evidence.span.end);
  out->append(",\"text\":");
  AppendJsonString(out, evidence.text);
  out->append(",\"rule\":");
  AppendJsonString(out, evidence.rule);
  out->push_back('}');
}

// A field that is not an unsigned integer in T's range. nlohmann's own
// get<unsigned>() casts a float or an out-of-range number, which is
// undefined behaviour (1e300) or a silently wrong offset (2^40).
struct OffsetError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

template <typename T>
T UnsignedAt(const nlohmann::json& j, const char* key) {
  const nlohmann::json& value = j.at(key);
  if (!value.is_number_unsigned() || value.get<uint64_t>() > std::numeric_limits<T>::max()) {
    throw OffsetError(std::string("field '") + key + "' is not an unsigned integer below " +
                      std::to_string(std::numeric_limits<T>::max()));
  }
  return static_cast<T>(value.get<uint64_t>());
}

extract::Evidence EvidenceOf(const nlohmann::json& j) {
  extract::Evidence evidence;
  evidence.span.start = UnsignedAt<uint32_t>(j, "start");
  evidence.span.end = UnsignedAt<uint32_t>(j, "end");
  evidence.text = j.value("text", "");
  evidence.rule = j.value("rule", "");
  return evidence;
}

}  // namespace

ExtractedArticle ExtractRecord(const extract::Extractor& extractor, InputRecord& record) {
  ExtractedArticle out;
  SourceArticle article;
  if (!DecodeRecord(std::move(record), &article, &out.error)) return out;
  out.name = std::move(article.name);
  out.origin = std::move(article.origin);
  if (std::string reason = extract::CheckArticleBytes(article.text); !reason.empty()) {
    out.error = out.origin + ": " + reason;
    return out;
  }
  try {
    out.result = extractor.Extract(article.text, article.title);
  } catch (const std::exception& e) {
    out.error = out.origin + ": extraction failed: " + e.what();
    return out;
  }
  out.sha256 = Sha256Hex(article.text);
  out.size = article.text.size();
  out.url = std::move(article.url);
  out.source = std::move(article.source);
  if (!article.title.empty()) out.result.title = std::move(article.title);
  if (!article.date.empty()) out.result.date = std::move(article.date);
  if (!article.byline.empty()) out.result.byline = std::move(article.byline);
  return out;
}

std::string ToExtractJson(const ExtractedArticle& article) {
  // Written by hand (cli/json_text.h): an ordered_json tree and its dump
  // cost more than the extraction. The bytes are those of the tree's
  // dump(-1, ' ', false, replace), key order included; a span that cuts a
  // character in two is replaced, never aborts a run.
  const extract::ArticleResult& r = article.result;
  std::string out;
  out.reserve(512 + article.size + article.size / 2);  // lines run ~1.04x the text
  out.append("{\"article\":");
  AppendJsonString(&out, article.name);
  out.append(",\"sha256\":");
  AppendJsonString(&out, article.sha256);
  out.append(",\"size\":");
  AppendJsonUint(&out, article.size);
  AppendIfSet(&out, ",\"title\":", r.title);
  AppendIfSet(&out, ",\"byline\":", r.byline);
  AppendIfSet(&out, ",\"date\":", r.date);
  AppendIfSet(&out, ",\"url\":", article.url);
  AppendIfSet(&out, ",\"source\":", article.source);
  out.append(",\"entities\":[");
  for (size_t i = 0; i < r.entities.size(); ++i) {
    const extract::Entity& e = r.entities[i];
    out.append(i == 0 ? "{\"id\":" : ",{\"id\":");
    AppendJsonString(&out, e.id);
    out.append(",\"type\":");
    AppendJsonString(&out, extract::EntityTypeName(e.type));
    out.append(",\"name\":");
    AppendJsonString(&out, e.name);
    out.append(",\"aliases\":[");
    for (size_t k = 0; k < e.aliases.size(); ++k) {
      if (k != 0) out.push_back(',');
      AppendJsonString(&out, e.aliases[k]);
    }
    out.append("],\"mentions\":[");
    for (size_t k = 0; k < e.mentions.size(); ++k) {
      out.append(k == 0 ? "{\"start\":" : ",{\"start\":");
      AppendJsonUint(&out, e.mentions[k].start);
      out.append(",\"end\":");
      AppendJsonUint(&out, e.mentions[k].end);
      out.push_back('}');
    }
    out.append("]}");
  }
  out.append("],\"relations\":[");
  for (size_t i = 0; i < r.relations.size(); ++i) {
    const extract::Relation& rel = r.relations[i];
    out.append(i == 0 ? "{\"type\":" : ",{\"type\":");
    AppendJsonString(&out, rel.type);
    out.append(",\"source\":");
    AppendJsonString(&out, rel.source);
    out.append(",\"target\":");
    AppendJsonString(&out, rel.target);
    AppendIfSet(&out, ",\"title\":", rel.title);
    AppendEvidence(&out, rel.evidence);
    out.push_back('}');
  }
  out.append("],\"statements\":[");
  for (size_t i = 0; i < r.statements.size(); ++i) {
    const extract::Statement& s = r.statements[i];
    out.append(i == 0 ? "{\"speaker\":" : ",{\"speaker\":");
    AppendJsonString(&out, s.speaker);
    out.append(",\"text\":");
    AppendJsonString(&out, s.text);
    out.append(",\"start\":");
    AppendJsonUint(&out, s.span.start);
    out.append(",\"end\":");
    AppendJsonUint(&out, s.span.end);
    out.append(",\"cue\":");
    AppendJsonString(&out, s.cue);
    AppendEvidence(&out, s.evidence);
    out.push_back('}');
  }
  out.append("]}");
  return out;
}

bool ParseExtractJson(std::string_view line, const std::string& origin, ExtractedArticle* article,
                      std::string* error) {
  *article = ExtractedArticle{};
  article->origin = origin;
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    *error = origin + ": not a JSON object";
    return false;
  }
  if (!j.contains("sha256") || !j.contains("size")) {
    *error = origin + ": no sha256/size: not written by `kg extract --format json`";
    return false;
  }
  try {
    article->name = j.at("article").get<std::string>();
    article->sha256 = j.at("sha256").get<std::string>();
    article->size = UnsignedAt<uint64_t>(j, "size");
    article->url = j.value("url", "");
    article->source = j.value("source", "");
    extract::ArticleResult& r = article->result;
    r.title = j.value("title", "");
    r.byline = j.value("byline", "");
    r.date = j.value("date", "");
    for (const auto& e : j.at("entities")) {
      extract::Entity entity;
      entity.id = e.at("id").get<std::string>();
      entity.type = e.at("type").get<std::string>() == "person"
                        ? extract::EntityType::kPerson
                        : extract::EntityType::kOrganization;
      entity.name = e.at("name").get<std::string>();
      entity.aliases = e.value("aliases", std::vector<std::string>{});
      for (const auto& m : e.value("mentions", nlohmann::json::array())) {
        entity.mentions.push_back(
            {UnsignedAt<uint32_t>(m, "start"), UnsignedAt<uint32_t>(m, "end")});
      }
      r.entities.push_back(std::move(entity));
    }
    for (const auto& rel : j.at("relations")) {
      extract::Relation relation;
      relation.type = rel.at("type").get<std::string>();
      relation.source = rel.at("source").get<std::string>();
      relation.target = rel.at("target").get<std::string>();
      relation.title = rel.value("title", "");
      relation.evidence = EvidenceOf(rel.at("evidence"));
      r.relations.push_back(std::move(relation));
    }
    for (const auto& s : j.at("statements")) {
      extract::Statement statement;
      statement.speaker = s.at("speaker").get<std::string>();
      statement.text = s.at("text").get<std::string>();
      statement.span = {UnsignedAt<uint32_t>(s, "start"), UnsignedAt<uint32_t>(s, "end")};
      statement.cue = s.value("cue", "");
      statement.evidence = EvidenceOf(s.at("evidence"));
      r.statements.push_back(std::move(statement));
    }
  } catch (const nlohmann::json::exception& e) {
    // Missing or mistyped fields; the message names the field.
    *error = origin + ": malformed extract record: " + e.what();
    return false;
  } catch (const OffsetError& e) {
    *error = origin + ": malformed extract record: " + e.what();
    return false;
  }
  return true;
}

}  // namespace kg::cli
