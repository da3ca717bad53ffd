#include "cli/extracted_article.h"

#include <exception>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "cli/sha256.h"

namespace kg::cli {
namespace {

using nlohmann::ordered_json;

ordered_json SpanJson(const extract::Evidence& evidence) {
  return ordered_json{{"start", evidence.span.start},
                      {"end", evidence.span.end},
                      {"text", evidence.text},
                      {"rule", evidence.rule}};
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

void PutIfSet(ordered_json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
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
    out.result = extractor.Extract(article.text);
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
  const extract::ArticleResult& r = article.result;
  ordered_json j;
  j["article"] = article.name;
  j["sha256"] = article.sha256;
  j["size"] = article.size;
  PutIfSet(j, "title", r.title);
  PutIfSet(j, "byline", r.byline);
  PutIfSet(j, "date", r.date);
  PutIfSet(j, "url", article.url);
  PutIfSet(j, "source", article.source);
  ordered_json entities = ordered_json::array();
  for (const extract::Entity& e : r.entities) {
    ordered_json mentions = ordered_json::array();
    for (const extract::Span& m : e.mentions)
      mentions.push_back({{"start", m.start}, {"end", m.end}});
    entities.push_back({{"id", e.id},
                        {"type", extract::EntityTypeName(e.type)},
                        {"name", e.name},
                        {"aliases", e.aliases},
                        {"mentions", std::move(mentions)}});
  }
  j["entities"] = std::move(entities);
  ordered_json relations = ordered_json::array();
  for (const extract::Relation& rel : r.relations) {
    ordered_json o{{"type", rel.type}, {"source", rel.source}, {"target", rel.target}};
    PutIfSet(o, "title", rel.title);
    o["evidence"] = SpanJson(rel.evidence);
    relations.push_back(std::move(o));
  }
  j["relations"] = std::move(relations);
  ordered_json statements = ordered_json::array();
  for (const extract::Statement& s : r.statements) {
    statements.push_back({{"speaker", s.speaker},
                          {"text", s.text},
                          {"start", s.span.start},
                          {"end", s.span.end},
                          {"cue", s.cue},
                          {"evidence", SpanJson(s.evidence)}});
  }
  j["statements"] = std::move(statements);
  // Articles are checked to be UTF-8, but a span could still cut a
  // character in two; never let that abort a whole run.
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
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
