// kg check: verifies the store's invariants and says precisely what is broken.
#include <memory>

#include "cli/commands.h"
#include "store/store.h"

namespace kg::cli {

Command AddCheckCommand(CLI::App& app, const GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand(
      "check",
      "verify the database: every edge end exists, both adjacency directions are present, the "
      "name index matches the nodes, every article has its facts, the graph is up to date; "
      "exit 1 with one line per problem when not");
  return {cmd, [&global] {
            std::unique_ptr<store::Store> db;
            store::Status s =
                store::Store::Open(global.db, store::StoreOptions{.read_only = true}, &db);
            std::vector<std::string> problems;
            if (s.ok()) s = db->Check(&problems);
            if (!s.ok()) {
              PrintError(s.message());
              return static_cast<int>(kExitFailure);
            }
            for (const std::string& p : problems) PrintError("check: " + p);
            if (!problems.empty()) return static_cast<int>(kExitFailure);
            store::Stats stats;
            if (db->ComputeStats(&stats).ok()) {
              std::printf("ok: %zu articles, %zu nodes, %zu edges\n", stats.articles,
                          stats.persons + stats.organizations + stats.statements, stats.edges);
            }
            return static_cast<int>(kExitOk);
          }};
}

}  // namespace kg::cli
