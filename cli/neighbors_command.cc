// kg neighbors: the nodes within N hops of an entity, read from the store's
// adjacency (one key-only prefix scan per expanded node and direction, one
// record read per node shown), never the whole graph.
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <tuple>

#include "cli/commands.h"
#include "cli/name_resolution.h"
#include "cli/query_support.h"
#include "cli/table_output.h"
#include "store/store.h"

namespace kg::cli {
namespace {

struct NeighborsArgs {
  std::string db;
  std::string name;
  int depth = 1;
  std::vector<std::string> rels;
  std::string direction = "both";
  std::vector<std::string> types;
  OutputFormat format = OutputFormat::kTable;
};

// One edge that reached a node for the first time at `depth` (a node
// reached by several edges of the same layer has a row for each), or, with
// `folded` > 0, that many quotations of `via` summarised in one row.
struct Reach {
  int depth = 1;
  graph::NodeId via = 0;
  store::EdgeDirection direction = store::EdgeDirection::kOut;
  graph::EdgeType type = graph::EdgeType::kEndorses;
  graph::NodeId node = 0;
  size_t folded = 0;
};

// Above this many quotations at one node, they are one summary row unless
// statements were asked for: listing them means reading every statement
// record (thousands for a president), and `kg statements --by` is the view
// made for them.
constexpr size_t kMaxListedStatements = 10;

// The edges at `node`; unless `list_statements`, more than
// kMaxListedStatements quotations become one folded Reach, found by reading
// only that many SAID keys.
store::Status ReadAdjacent(const store::Store& db, graph::NodeId node,
                           store::EdgeDirection direction, const std::vector<graph::EdgeType>& rels,
                           bool list_statements, int depth,
                           std::vector<store::AdjacentEdge>* adjacent,
                           std::vector<Reach>* reached) {
  const bool wants_said =
      rels.empty() || std::count(rels.begin(), rels.end(), graph::EdgeType::kSaid) > 0;
  if (list_statements || direction != store::EdgeDirection::kOut || !wants_said) {
    return db.Adjacent(node, direction, rels, adjacent);
  }
  std::vector<graph::EdgeType> others;
  for (graph::EdgeType type : {graph::EdgeType::kEndorses, graph::EdgeType::kHasRole}) {
    if (rels.empty() || std::count(rels.begin(), rels.end(), type)) others.push_back(type);
  }
  std::vector<store::AdjacentEdge> said;
  store::Status s =
      db.Adjacent(node, direction, {graph::EdgeType::kSaid}, &said, kMaxListedStatements + 1);
  adjacent->clear();
  if (s.ok() && !others.empty()) s = db.Adjacent(node, direction, others, adjacent);
  if (!s.ok()) return s;
  if (said.size() > kMaxListedStatements) {
    reached->push_back(Reach{depth, node, direction, graph::EdgeType::kSaid, 0, said.size()});
  } else {
    adjacent->insert(adjacent->end(), said.begin(), said.end());
  }
  return store::Status::OK();
}

store::Status Explore(const store::Store& db, graph::NodeId start, const NeighborsArgs& args,
                      const std::vector<graph::EdgeType>& rels, bool list_statements,
                      std::vector<Reach>* reached) {
  std::vector<store::EdgeDirection> directions;
  if (args.direction != "in") directions.push_back(store::EdgeDirection::kOut);
  if (args.direction != "out") directions.push_back(store::EdgeDirection::kIn);
  std::map<graph::NodeId, int> depth_of = {{start, 0}};
  std::vector<graph::NodeId> frontier = {start};
  std::vector<store::AdjacentEdge> adjacent;
  for (int depth = 1; depth <= args.depth && !frontier.empty(); ++depth) {
    std::vector<graph::NodeId> next;
    for (graph::NodeId node : frontier) {
      for (store::EdgeDirection direction : directions) {
        store::Status s =
            ReadAdjacent(db, node, direction, rels, list_statements, depth, &adjacent, reached);
        if (!s.ok()) return s;
        for (const store::AdjacentEdge& edge : adjacent) {
          auto [it, is_new] = depth_of.emplace(edge.other, depth);
          if (!is_new && it->second < depth) continue;
          if (is_new) next.push_back(edge.other);
          reached->push_back(Reach{depth, node, direction, edge.type, edge.other, 0});
        }
      }
    }
    frontier = std::move(next);
  }
  return store::Status::OK();
}

int RunNeighbors(const NeighborsArgs& args) {
  std::vector<graph::EdgeType> rels;
  std::vector<graph::NodeType> types;
  std::string bad;
  if (!ParseEdgeTypes(args.rels, &rels, &bad)) {
    PrintError("neighbors: unknown relation type '" + bad + "' (ENDORSES, HAS_ROLE, SAID)");
    return kExitUsage;
  }
  if (!ParseNodeTypes(args.types, &types, &bad)) {
    PrintError("neighbors: unknown node type '" + bad + "' (person, organization, statement)");
    return kExitUsage;
  }
  std::unique_ptr<store::Store> db;
  if (!OpenForQuery(args.db, &db)) return kExitFailure;
  graph::Node start;
  if (int rc = ResolveNameOrReport(*db, args.name, &start); rc != kExitOk) return rc;
  const bool list_statements =
      std::count(rels.begin(), rels.end(), graph::EdgeType::kSaid) > 0 ||
      std::count(types.begin(), types.end(), graph::NodeType::kStatement) > 0;
  std::vector<Reach> reached;
  if (store::Status s = Explore(*db, start.id, args, rels, list_statements, &reached); !s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  std::map<graph::NodeId, graph::Node> nodes = {{start.id, start}};
  for (const Reach& r : reached) {
    if (r.folded || nodes.count(r.node)) continue;
    graph::Node node;
    if (store::Status s = db->GetNodeHead(r.node, &node); !s.ok()) {
      PrintError(s.message());
      return kExitFailure;
    }
    nodes.emplace(r.node, std::move(node));
  }
  // A folded row stands for statements: it shows with them or with no --type.
  std::map<graph::NodeId, graph::Node> folded;
  for (const Reach& r : reached) {
    if (!r.folded) continue;
    graph::Node& summary = folded[r.via];
    summary.type = graph::NodeType::kStatement;
    summary.name = "(more than " + std::to_string(kMaxListedStatements) +
                   " statements: kg statements --by '" + nodes.at(r.via).name + "')";
  }
  auto node_of = [&](const Reach& r) -> const graph::Node& {
    return r.folded ? folded.at(r.via) : nodes.at(r.node);
  };
  std::erase_if(reached, [&](const Reach& r) {
    return !types.empty() && std::find(types.begin(), types.end(), node_of(r).type) == types.end();
  });
  std::stable_sort(reached.begin(), reached.end(), [&](const Reach& a, const Reach& b) {
    const graph::Node &na = node_of(a), &nb = node_of(b);
    return std::tie(a.depth, nodes.at(a.via).name, a.direction, a.type, na.type, na.name) <
           std::tie(b.depth, nodes.at(b.via).name, b.direction, b.type, nb.type, nb.name);
  });

  const bool deep = args.depth > 1;
  Table table;
  if (deep) table.columns = {"depth", "via"};
  for (const char* column : {"direction", "relation", "neighbor", "type", "title"}) {
    table.columns.push_back(column);
  }
  for (const Reach& r : reached) {
    const bool out = r.direction == store::EdgeDirection::kOut;
    std::string title;
    if (r.type == graph::EdgeType::kHasRole) {
      graph::Edge edge;
      graph::NodeId source = out ? r.via : r.node, target = out ? r.node : r.via;
      if (db->GetEdge(source, r.type, target, &edge).ok()) title = edge.title;
    }
    std::vector<nlohmann::ordered_json> row;
    if (deep) {
      row.push_back(r.depth);
      row.push_back(nodes.at(r.via).name);
    }
    const graph::Node& n = node_of(r);
    row.insert(row.end(), {out ? "out" : "in", graph::EdgeTypeName(r.type), n.name,
                           graph::NodeTypeName(n.type), title});
    table.rows.push_back(std::move(row));
  }
  WriteTable(table, args.format, StdoutStyle(), std::cout);
  return kExitOk;
}

}  // namespace

Command AddNeighborsCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<NeighborsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "neighbors",
      "the entities and statements linked to an entity, up to --depth hops away: one row per "
      "edge that reaches a node first seen at that depth (direction is relative to the node it "
      "was reached from, shown as `via` when --depth > 1). More than 10 quotations of one node "
      "are one summary row unless --rel SAID or --type statement asks for them");
  cmd->add_option("name", args->name,
                  "name or alias, case-insensitive; an ambiguous name lists the candidates "
                  "(exit 2), an unknown one suggests close names (exit 1)")
      ->required();
  cmd->add_option("--depth", args->depth, "hops to follow (default 1)")->check(CLI::Range(1, 6));
  cmd->add_option("--rel", args->rels,
                  "follow only these relation types, comma-separated: ENDORSES,HAS_ROLE,SAID "
                  "(default all)")
      ->delimiter(',');
  cmd->add_option("--direction", args->direction,
                  "out (edges leaving the node), in (edges arriving) or both (default)")
      ->check(CLI::IsMember({"out", "in", "both"}));
  cmd->add_option("--type", args->types,
                  "show only neighbours of these types, comma-separated: person, organization, "
                  "statement (the walk still passes through the others)")
      ->delimiter(',');
  AddFormatOption(cmd, &args->format);
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunNeighbors(*args);
          }};
}

}  // namespace kg::cli
