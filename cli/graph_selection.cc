#include "cli/graph_selection.h"

#include "cli/commands.h"
#include "graph/filter.h"

namespace kg::cli {
namespace {

bool ParseEdgeTypes(const std::vector<std::string>& names, std::vector<graph::EdgeType>* types) {
  for (const std::string& name : names) {
    std::optional<graph::EdgeType> type = graph::ParseEdgeType(name);
    if (!type) {
      PrintError("unknown relation type '" + name + "' (ENDORSES, HAS_ROLE or SAID)");
      return false;
    }
    types->push_back(*type);
  }
  return true;
}

}  // namespace

void AddSelectionOptions(CLI::App* cmd, GraphSelection* selection, bool narrowing) {
  cmd->add_option("--type", selection->types,
                  "only nodes of these types, comma-separated: person, organization (or org), "
                  "statement (default: all)")
      ->delimiter(',');
  if (!narrowing) return;
  cmd->add_option("--rel", selection->rels,
                  "only edges of these types, comma-separated: ENDORSES, HAS_ROLE, SAID "
                  "(case-insensitive); nodes left without an edge are dropped")
      ->delimiter(',');
  cmd->add_option("--since", selection->since,
                  "only what articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD) "
                  "support; undated articles are left out")
      ->type_name("DATE");
}

bool ParseNodeTypes(const std::vector<std::string>& names, std::vector<graph::NodeType>* types) {
  for (const std::string& name : names) {
    std::optional<graph::NodeType> type = graph::ParseNodeType(name);
    if (!type) {
      PrintError("unknown node type '" + name + "' (person, organization or statement)");
      return false;
    }
    types->push_back(*type);
  }
  return true;
}

int OpenStoreReadOnly(const std::string& db, std::unique_ptr<store::Store>* store) {
  store::Status s = store::Store::Open(db, store::StoreOptions{.read_only = true}, store);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  return kExitOk;
}

int LoadSelectedGraph(const store::Store& store, const GraphSelection& selection,
                      graph::Graph* out) {
  graph::GraphFilter filter;
  if (!ParseNodeTypes(selection.types, &filter.node_types) ||
      !ParseEdgeTypes(selection.rels, &filter.edge_types)) {
    return kExitUsage;
  }
  if (!selection.since.empty() && !graph::IsIsoDatePrefix(selection.since)) {
    PrintError("--since '" + selection.since + "' is not a date like 2017, 2017-03 or 2017-03-05");
    return kExitUsage;
  }
  filter.since = selection.since;
  graph::Graph whole;
  if (store::Status s = store.LoadGraph(&whole); !s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  *out = graph::FilterGraph(whole, filter);
  return kExitOk;
}

}  // namespace kg::cli
