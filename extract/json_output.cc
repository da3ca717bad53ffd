// ToJsonLine: the JSON Lines format of shared/eval/FORMAT.md.
#include <nlohmann/json.hpp>

#include "extract/extractor.h"

namespace kg::extract {

std::string ToJsonLine(const ArticleResult& r, std::string_view path, bool explain) {
  using nlohmann::json;
  json out;
  out["article"] = std::string(path);
  if (!r.title.empty()) out["title"] = r.title;
  if (!r.byline.empty()) out["byline"] = r.byline;
  if (!r.date.empty()) out["date"] = r.date;
  json entities = json::array();
  for (const Entity& e : r.entities) {
    json je = {
        {"id", e.id}, {"type", EntityTypeName(e.type)}, {"name", e.name}, {"aliases", e.aliases}};
    json mentions = json::array();
    for (const Span& s : e.mentions) mentions.push_back({{"start", s.start}, {"end", s.end}});
    je["mentions"] = std::move(mentions);
    entities.push_back(std::move(je));
  }
  out["entities"] = std::move(entities);
  json relations = json::array();
  for (const Relation& rel : r.relations) {
    json jr = {{"type", rel.type}, {"source", rel.source}, {"target", rel.target}};
    if (!rel.title.empty()) jr["title"] = rel.title;
    json ev = {{"start", rel.evidence.span.start}, {"end", rel.evidence.span.end}};
    if (explain) {
      ev["text"] = rel.evidence.text;
      jr["rule"] = rel.evidence.rule;
    }
    jr["evidence"] = std::move(ev);
    relations.push_back(std::move(jr));
  }
  out["relations"] = std::move(relations);
  json statements = json::array();
  for (const Statement& s : r.statements) {
    json js = {{"speaker", s.speaker},
               {"text", s.text},
               {"start", s.span.start},
               {"end", s.span.end},
               {"cue", s.cue}};
    if (explain) {
      js["rule"] = s.evidence.rule;
      js["evidence"] = {{"start", s.evidence.span.start},
                        {"end", s.evidence.span.end},
                        {"text", s.evidence.text}};
    }
    statements.push_back(std::move(js));
  }
  out["statements"] = std::move(statements);
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace kg::extract
