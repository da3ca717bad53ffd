// The part of the stored graph that `kg export`, `kg rank` and
// `kg components` work on: the whole graph loaded from a read-only store,
// optionally narrowed by article date, node types and relation types
// (graph/filter.h). The options and their help text live here so the three
// commands describe them the same way.
#ifndef KG_CLI_GRAPH_SELECTION_H_
#define KG_CLI_GRAPH_SELECTION_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "graph/model.h"
#include "store/store.h"

namespace kg::cli {

struct GraphSelection {
  std::vector<std::string> types;  // node type names, as given
  std::vector<std::string> rels;   // edge type names, as given
  std::string since;               // ISO date prefix, or empty
};

// Adds --type, and when `narrowing` also --rel and --since, to `cmd`.
void AddSelectionOptions(CLI::App* cmd, GraphSelection* selection, bool narrowing);

// Parses `selection`'s type names; prints the error and returns false on an
// unknown name.
bool ParseNodeTypes(const std::vector<std::string>& names, std::vector<graph::NodeType>* types);

// Opens the database at `db` read-only. Returns kExitOk, or prints one error
// line and returns kExitFailure.
int OpenStoreReadOnly(const std::string& db, std::unique_ptr<store::Store>* store);

// Loads the graph from `store` and applies `selection`. Returns kExitOk, or
// prints one error line and returns kExitFailure (store errors) or kExitUsage
// (bad option values).
int LoadSelectedGraph(const store::Store& store, const GraphSelection& selection,
                      graph::Graph* out);

}  // namespace kg::cli

#endif  // KG_CLI_GRAPH_SELECTION_H_
