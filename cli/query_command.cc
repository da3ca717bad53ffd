// kg query: the Cypher subset of graph/query/ run over the store. The
// executor reads through StoreSource, which fetches nodes, key-only
// adjacency and edge records on demand and caches them for the query: an
// anchored pattern touches only the neighbourhood it walks; only a pattern
// with no name and no bound variable scans the nodes family (once).
#include <iostream>
#include <memory>
#include <unordered_map>

#include "cli/commands.h"
#include "cli/query_support.h"
#include "cli/table_output.h"
#include "graph/query/executor.h"
#include "graph/query/parser.h"
#include "store/store.h"

namespace kg::cli {
namespace {

using graph::query::EdgeRef;
using graph::query::QuerySource;

struct EdgeRefHash {
  size_t operator()(const EdgeRef& e) const {
    return std::hash<uint64_t>()(e.source * 31 + e.target * 7 + static_cast<uint64_t>(e.type));
  }
};

class StoreSource : public QuerySource {
 public:
  explicit StoreSource(const store::Store& db) : db_(db) {}

  bool FindByName(const std::string& name, std::vector<graph::NodeId>* ids) override {
    return Check(db_.FindByName(name, ids));
  }

  bool NodesOfType(std::optional<graph::NodeType> type, std::vector<graph::NodeId>* ids) override {
    ids->clear();
    if (!scanned_) {
      scanned_ = true;
      store::Status s = db_.ForEachNode([&](const graph::Node& node) {
        all_.push_back(node.id);
        nodes_.emplace(node.id, node);
        return true;
      });
      if (!Check(s)) return false;
    }
    for (graph::NodeId id : all_) {
      if (!type || nodes_.at(id).type == *type) ids->push_back(id);
    }
    return true;
  }

  bool GetNode(graph::NodeId id, const graph::Node** node) override {
    auto it = nodes_.find(id);
    if (it == nodes_.end()) {
      graph::Node read;
      store::Status s = db_.GetNode(id, &read);
      if (s.IsNotFound()) {
        *node = nullptr;
        return true;
      }
      if (!Check(s)) return false;
      it = nodes_.emplace(id, std::move(read)).first;
    }
    *node = &it->second;
    return true;
  }

  bool Edges(graph::NodeId id, Direction direction, const std::vector<graph::EdgeType>& types,
             std::vector<EdgeRef>* edges) override {
    edges->clear();
    bool out = direction == Direction::kOut;
    if (!Check(db_.Adjacent(id, out ? store::EdgeDirection::kOut : store::EdgeDirection::kIn, types,
                            &adjacent_))) {
      return false;
    }
    for (const store::AdjacentEdge& e : adjacent_) {
      edges->push_back(out ? EdgeRef{id, e.type, e.other} : EdgeRef{e.other, e.type, id});
    }
    return true;
  }

  bool GetEdge(const EdgeRef& ref, const graph::Edge** edge) override {
    auto it = edges_.find(ref);
    if (it == edges_.end()) {
      graph::Edge read;
      store::Status s = db_.GetEdge(ref.source, ref.type, ref.target, &read);
      if (s.IsNotFound()) {
        *edge = nullptr;
        return true;
      }
      if (!Check(s)) return false;
      it = edges_.emplace(ref, std::move(read)).first;
    }
    *edge = &it->second;
    return true;
  }

  bool GetArticle(graph::ArticleId id, const graph::Article** article) override {
    auto it = articles_.find(id);
    if (it == articles_.end()) {
      graph::Article read;
      store::Status s = db_.GetArticle(id, &read);
      if (s.IsNotFound()) {
        *article = nullptr;
        return true;
      }
      if (!Check(s)) return false;
      it = articles_.emplace(id, std::move(read)).first;
    }
    *article = &it->second;
    return true;
  }

  std::string error() const override { return error_; }

 private:
  bool Check(const store::Status& s) {
    if (!s.ok()) error_ = s.message();
    return s.ok();
  }

  const store::Store& db_;
  std::string error_;
  bool scanned_ = false;
  std::vector<graph::NodeId> all_;
  std::unordered_map<graph::NodeId, graph::Node> nodes_;
  std::unordered_map<EdgeRef, graph::Edge, EdgeRefHash> edges_;
  std::unordered_map<graph::ArticleId, graph::Article> articles_;
  std::vector<store::AdjacentEdge> adjacent_;
};

nlohmann::ordered_json ToJson(const graph::query::Value& value) {
  if (std::holds_alternative<std::monostate>(value)) return nullptr;
  if (const bool* b = std::get_if<bool>(&value)) return *b;
  if (const int64_t* i = std::get_if<int64_t>(&value)) return *i;
  if (const std::string* s = std::get_if<std::string>(&value)) return *s;
  return std::get<std::vector<std::string>>(value);
}

struct QueryArgs {
  std::string db;
  std::string text;
  OutputFormat format = OutputFormat::kTable;
};

int RunQuery(const QueryArgs& args) {
  graph::query::Query query;
  graph::query::QueryError error;
  if (!graph::query::ParseQuery(args.text, &query, &error)) {
    PrintError("query:" + error.ToString());
    return kExitUsage;
  }
  std::unique_ptr<store::Store> db;
  if (!OpenForQuery(args.db, &db)) return kExitFailure;
  StoreSource source(*db);
  graph::query::QueryResult result;
  if (!graph::query::Execute(query, source, graph::query::ExecuteOptions(), &result, &error)) {
    // Semantic errors point into the query; read failures have no position.
    if (!source.error().empty()) {
      PrintError(source.error());
      return kExitFailure;
    }
    PrintError("query:" + error.ToString());
    return kExitUsage;
  }
  Table table{result.columns, {}};
  for (const auto& row : result.rows) {
    std::vector<nlohmann::ordered_json> cells;
    for (const auto& value : row) cells.push_back(ToJson(value));
    table.rows.push_back(std::move(cells));
  }
  WriteTable(table, args.format, StdoutStyle(), std::cout);
  return kExitOk;
}

}  // namespace

Command AddQueryCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand(
      "query",
      std::string("a pattern query in a subset of Cypher, e.g.\n"
                  "  kg query \"MATCH (o:organization)-[:ENDORSES]->(p:person) RETURN o.name, "
                  "p.name\"\n"
                  "Supported: MATCH of comma-separated patterns sharing variables; labels "
                  "person, organization, statement; {name: '...'} (case-insensitive, through "
                  "aliases), {type: ...}, {id: ...}; -[r:TYPE|TYPE]->, <-[]-, -[]-, *min..max "
                  "(at most 10); WHERE with =, <>, <, <=, >, >=, CONTAINS, STARTS WITH, ENDS "
                  "WITH, IS [NOT] NULL, AND, OR, NOT, parentheses; RETURN [DISTINCT] "
                  "expressions [AS name] and count(*), count([DISTINCT] x); ORDER BY ... "
                  "[ASC|DESC]; SKIP; LIMIT.\nNode properties: ") +
          graph::query::kNodeProperties +
          ". Relationship properties: " + graph::query::kRelationshipProperties +
          ". A node variable alone returns its name, a relationship its type.\n"
          "Errors point at LINE:COLUMN of the query and exit 2. See docs/cli.md.");
  cmd->add_option("cypher", args->text, "the query (quote it for the shell)")->required();
  AddFormatOption(cmd, &args->format);
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunQuery(*args);
          }};
}

}  // namespace kg::cli
