#include "cli/name_resolution.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "cli/commands.h"

namespace kg::cli {

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

store::Status SuggestNames(const store::Store& db, std::string_view name, size_t limit,
                           std::vector<std::string>* suggestions) {
  suggestions->clear();
  const std::string wanted = graph::NormalizeName(name);
  if (wanted.empty()) return store::Status::OK();
  // Score every indexed name: a name that starts with what was typed, or
  // one of whose words does, beats an edit-distance match. One pass over
  // the name index: linear in the number of names, paid only on a miss.
  const size_t max_distance = std::max<size_t>(2, wanted.size() / 3);
  std::map<graph::NodeId, std::tuple<size_t, size_t, std::string>> best;  // id -> score
  store::Status s = db.ForEachName("", [&](std::string_view indexed, graph::NodeId id) {
    size_t rank;
    size_t distance = 0;
    bool word_prefix =
        indexed.starts_with(wanted) || indexed.find(" " + wanted) != std::string_view::npos;
    if (word_prefix) {
      rank = 0;
      distance = indexed.size() - wanted.size();
    } else {
      if (indexed.size() > wanted.size() + max_distance ||
          wanted.size() > indexed.size() + max_distance) {
        return true;
      }
      distance = EditDistance(wanted, indexed);
      if (distance > max_distance) return true;
      rank = 1;
    }
    auto score = std::make_tuple(rank, distance, std::string(indexed));
    auto it = best.find(id);
    if (it == best.end() || score < it->second) best[id] = score;
    return true;
  });
  if (!s.ok()) return s;
  std::vector<std::pair<std::tuple<size_t, size_t, std::string>, graph::NodeId>> ranked;
  for (const auto& [id, score] : best) ranked.emplace_back(score, id);
  std::sort(ranked.begin(), ranked.end());
  for (const auto& [score, id] : ranked) {
    if (suggestions->size() >= limit) break;
    graph::Node node;
    if (!db.GetNode(id, &node).ok() || node.type == graph::NodeType::kStatement) continue;
    if (std::find(suggestions->begin(), suggestions->end(), node.name) == suggestions->end()) {
      suggestions->push_back(node.name);
    }
  }
  return store::Status::OK();
}

store::Status ResolveEntityName(const store::Store& db, std::string_view name,
                                NameResolution* resolution) {
  *resolution = NameResolution();
  std::vector<graph::NodeId> ids;
  store::Status s = db.FindByName(name, &ids);
  if (!s.ok()) return s;
  std::vector<graph::Node> found;
  for (graph::NodeId id : ids) {
    graph::Node node;
    s = db.GetNode(id, &node);
    if (!s.ok()) return s;
    if (node.type != graph::NodeType::kStatement) found.push_back(std::move(node));
  }
  // "Donald Trump" names Donald Trump even if it is also someone's alias.
  const std::string wanted = graph::NormalizeName(name);
  std::vector<graph::Node> exact;
  for (const graph::Node& node : found) {
    if (graph::NormalizeName(node.name) == wanted) exact.push_back(node);
  }
  if (exact.size() == 1) found = exact;
  if (found.size() == 1) {
    resolution->outcome = NameResolution::Outcome::kFound;
    resolution->node = std::move(found[0]);
    return store::Status::OK();
  }
  if (found.size() > 1) {
    std::sort(found.begin(), found.end(), [](const graph::Node& a, const graph::Node& b) {
      return std::tie(a.type, a.name, a.id) < std::tie(b.type, b.name, b.id);
    });
    resolution->outcome = NameResolution::Outcome::kAmbiguous;
    resolution->candidates = std::move(found);
    return store::Status::OK();
  }
  resolution->outcome = NameResolution::Outcome::kUnknown;
  return SuggestNames(db, name, 5, &resolution->suggestions);
}

int ResolveNameOrReport(const store::Store& db, const std::string& name, graph::Node* node) {
  NameResolution resolution;
  store::Status s = ResolveEntityName(db, name, &resolution);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  switch (resolution.outcome) {
    case NameResolution::Outcome::kFound:
      *node = std::move(resolution.node);
      return kExitOk;
    case NameResolution::Outcome::kAmbiguous: {
      std::string list;
      for (const graph::Node& candidate : resolution.candidates) {
        list += (list.empty() ? "" : "; ") + candidate.name + " (" +
                graph::NodeTypeName(candidate.type) + ")";
      }
      PrintError("'" + name + "' is ambiguous: " + list + " (give the full name)");
      return kExitUsage;
    }
    case NameResolution::Outcome::kUnknown: {
      std::string message = "no entity named '" + name + "'";
      if (resolution.suggestions.empty()) {
        message += " (try `kg entities`)";
      } else {
        message += "; did you mean ";
        for (size_t i = 0; i < resolution.suggestions.size(); ++i) {
          message += (i ? ", '" : "'") + resolution.suggestions[i] + "'";
        }
        message += "?";
      }
      PrintError(message);
      return kExitFailure;
    }
  }
  return kExitFailure;
}

}  // namespace kg::cli
