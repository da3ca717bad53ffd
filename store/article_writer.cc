// Store::AddArticle: maps an article's entities onto graph nodes and writes
// everything the article contributes in one WriteBatch.
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include "store/keys.h"
#include "store/records.h"
#include "store/store.h"
#include "store/store_rep.h"

namespace kg::store {
namespace {

// Only proper-name aliases enter the global name index: descriptions such
// as "the union" or "the senator" name different things in different
// articles and would cause wrong cross-article merges.
bool IsProperNameAlias(std::string_view alias) {
  if (alias.empty() || !std::isupper(static_cast<unsigned char>(alias[0]))) return false;
  return !(alias.starts_with("The ") && alias.find(' ', 4) == std::string_view::npos &&
           std::islower(static_cast<unsigned char>(alias[4])));
}

void SortUnique(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

class ArticleWriter {
 public:
  ArticleWriter(const Store::Rep& rep, const Store& store, const ArticleGraph& input)
      : rep_(rep), store_(store), input_(input) {}

  Status Write(AddResult* result) {
    for (const graph::Node& node : input_.nodes) {
      Status s = AddNode(node);
      if (!s.ok()) return s;
    }
    for (const graph::Edge& edge : input_.edges) {
      Status s = AddEdge(edge);
      if (!s.ok()) return s;
    }
    rocksdb::WriteBatch batch;
    for (auto& [id, node] : nodes_) {
      SortUnique(&node.aliases);
      std::erase(node.aliases, node.name);
      batch.Put(rep_.cf(kNodes), IdKey(id), EncodeRecord(node));
      if (node.type == graph::NodeType::kStatement) continue;
      const std::string type(1, static_cast<char>(node.type));
      batch.Put(rep_.cf(kNames), NameKey(graph::NormalizeName(node.name), id), type);
      for (const std::string& alias : node.aliases) {
        if (IsProperNameAlias(alias)) {
          batch.Put(rep_.cf(kNames), NameKey(graph::NormalizeName(alias), id), type);
        }
      }
    }
    for (auto& [key, edge] : edges_) {
      batch.Put(rep_.cf(kEdgesOut), key, EncodeRecord(edge));
      batch.Put(rep_.cf(kEdgesIn), EdgeKey(edge.target, edge.type, edge.source), "");
    }
    batch.Put(rep_.cf(kArticles), IdKey(input_.article.id), EncodeRecord(input_.article));
    rocksdb::Status s = rep_.db->Write(rocksdb::WriteOptions(), &batch);
    if (!s.ok()) return rep_.FromRocks(s, "cannot store article " + input_.article.path);
    result->new_nodes = new_nodes_;
    result->new_edges = new_edges_;
    return Status::OK();
  }

 private:
  // The existing node this entity is, when the name index says so without
  // ambiguity; otherwise the id its own name hashes to.
  Status Resolve(const graph::Node& node, graph::NodeId* id) {
    std::vector<graph::NodeId> candidates;
    Status s = CandidatesOfType(node.name, node.type, &candidates);
    if (!s.ok()) return s;
    if (candidates.empty()) {
      for (const std::string& alias : node.aliases) {
        if (!IsProperNameAlias(alias)) continue;
        std::vector<graph::NodeId> more;
        s = CandidatesOfType(alias, node.type, &more);
        if (!s.ok()) return s;
        candidates.insert(candidates.end(), more.begin(), more.end());
      }
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    }
    *id = candidates.size() == 1 ? candidates[0] : graph::EntityNodeId(node.type, node.name);
    return Status::OK();
  }

  Status CandidatesOfType(std::string_view name, graph::NodeType type,
                          std::vector<graph::NodeId>* out) {
    std::vector<graph::NodeId> ids;
    Status s = store_.FindByName(name, &ids);
    if (!s.ok()) return s;
    for (graph::NodeId id : ids) {
      graph::Node existing;
      s = Load(id, &existing);
      if (s.IsNotFound()) continue;
      if (!s.ok()) return s;
      if (existing.type == type) out->push_back(id);
    }
    return Status::OK();
  }

  // The node as this batch will leave it: pending changes first, then disk.
  Status Load(graph::NodeId id, graph::Node* node) {
    auto it = nodes_.find(id);
    if (it != nodes_.end()) {
      *node = it->second;
      return Status::OK();
    }
    return store_.GetNode(id, node);
  }

  Status AddNode(const graph::Node& node) {
    graph::NodeId id = 0;
    if (node.type == graph::NodeType::kStatement) {
      id = graph::StatementNodeId(input_.article.id, node.quote.start);
    } else {
      Status s = Resolve(node, &id);
      if (!s.ok()) return s;
    }
    local_to_graph_[node.id] = id;
    graph::Node merged;
    Status s = Load(id, &merged);
    if (s.IsNotFound()) {
      merged = node;
      merged.id = id;
      merged.articles.clear();
      ++new_nodes_;
    } else if (!s.ok()) {
      return s;
    } else {
      merged.aliases.insert(merged.aliases.end(), node.aliases.begin(), node.aliases.end());
      // The fullest form names the node; shorter forms become aliases.
      if (node.name.size() > merged.name.size() && node.type != graph::NodeType::kStatement) {
        merged.aliases.push_back(merged.name);
        merged.name = node.name;
      } else if (node.name != merged.name) {
        merged.aliases.push_back(node.name);
      }
    }
    auto& articles = merged.articles;
    if (std::find(articles.begin(), articles.end(), input_.article.id) == articles.end()) {
      articles.push_back(input_.article.id);
      std::sort(articles.begin(), articles.end());
    }
    nodes_[id] = std::move(merged);
    return Status::OK();
  }

  Status AddEdge(const graph::Edge& edge) {
    auto source = local_to_graph_.find(edge.source);
    auto target = local_to_graph_.find(edge.target);
    if (source == local_to_graph_.end() || target == local_to_graph_.end()) {
      return Status::InvalidArgument("edge refers to an unknown node in " + input_.article.path);
    }
    std::string key = EdgeKey(source->second, edge.type, target->second);
    auto pending = edges_.find(key);
    graph::Edge merged;
    if (pending != edges_.end()) {
      merged = pending->second;
    } else {
      std::string value;
      rocksdb::Status s = rep_.db->Get(rocksdb::ReadOptions(), rep_.cf(kEdgesOut), key, &value);
      if (s.IsNotFound()) {
        merged.source = source->second;
        merged.type = edge.type;
        merged.target = target->second;
        ++new_edges_;
      } else if (!s.ok()) {
        return rep_.FromRocks(s, "cannot read edge");
      } else {
        Status st = DecodeRecord(value, &merged);
        if (!st.ok()) return st;
      }
    }
    if (merged.title.empty()) merged.title = edge.title;
    for (const graph::Provenance& p : edge.sources) {
      bool known = std::any_of(merged.sources.begin(), merged.sources.end(), [&](const auto& q) {
        return q.article == p.article && q.start == p.start && q.rule == p.rule;
      });
      if (!known) merged.sources.push_back(p);
    }
    std::sort(merged.sources.begin(), merged.sources.end(), [](const auto& a, const auto& b) {
      return std::tie(a.article, a.start, a.rule) < std::tie(b.article, b.start, b.rule);
    });
    edges_[key] = std::move(merged);
    return Status::OK();
  }

  const Store::Rep& rep_;
  const Store& store_;
  const ArticleGraph& input_;
  std::unordered_map<graph::NodeId, graph::NodeId> local_to_graph_;
  std::map<graph::NodeId, graph::Node> nodes_;
  std::map<std::string, graph::Edge> edges_;
  size_t new_nodes_ = 0;
  size_t new_edges_ = 0;
};

}  // namespace

Status Store::AddArticle(const ArticleGraph& input, AddResult* result) {
  *result = AddResult();
  if (rep_->read_only) return Status::InvalidArgument("database opened read-only");
  graph::Article existing;
  Status s = GetArticle(input.article.id, &existing);
  if (s.ok()) {
    if (existing.sha256 == input.article.sha256) {
      result->skipped = true;
      return Status::OK();
    }
    return Status::Corruption("article id collision between " + existing.path + " and " +
                              input.article.path);
  }
  if (!s.IsNotFound()) return s;
  ArticleWriter writer(*rep_, *this, input);
  return writer.Write(result);
}

}  // namespace kg::store
