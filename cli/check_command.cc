// kg check: verifies the store's invariants and says precisely what is broken.
#include <memory>

#include "cli/commands.h"
#include "store/store.h"

namespace kg::cli {

Command AddCheckCommand(CLI::App& app, const GlobalOptions& global) {
  CLI::App* cmd = app.add_subcommand(
      "check",
      "verify the database: its files are undamaged (checksums), every edge end exists, both "
      "adjacency directions are present, the name index matches the nodes, every article has "
      "its facts; exit 1 with one line per problem when not. What a killed writer leaves (a "
      "graph behind its input, an old graph generation) is printed as a 'note:' line and is "
      "not a failure: the next writing command finishes it. Works while another kg writes.");
  return {cmd, [&global] {
            std::unique_ptr<store::Store> db;
            store::Status s =
                store::Store::Open(global.db, store::StoreOptions{.read_only = true}, &db);
            std::vector<std::string> problems, notes;
            if (s.ok()) s = db->Check(&problems, &notes);
            if (!s.ok()) {
              PrintError(s.message());
              return static_cast<int>(kExitFailure);
            }
            // Notes are states a killed writer leaves; the next writer
            // clears them and they are not damage.
            for (const std::string& n : notes) std::printf("note: %s\n", n.c_str());
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
