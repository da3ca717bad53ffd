// kg merge / alias add / alias remove / split: the user's corrections to
// entity resolution. Each is stored as a curation record (so it survives
// later ingests and re-ingests) and the graph is rebuilt at once.
#include <cstdio>
#include <memory>

#include "cli/commands.h"
#include "cli/name_resolution.h"
#include "store/resolver.h"
#include "store/store.h"

namespace kg::cli {
namespace {

struct CurationArgs {
  std::string name;
  std::string other;
};

int Curate(const std::string& db_path, store::CurationOp op, const CurationArgs& args,
           bool other_must_exist) {
  std::unique_ptr<store::Store> db;
  store::Status s = store::Store::Open(db_path, store::StoreOptions{}, &db);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  // NAME (and for merge OTHER) must denote exactly one entity now, resolved
  // like every NAME argument: curation of a name that matches nothing is
  // almost always a typo. The record keeps the entity's own name, which the
  // resolver finds among the mentions on every rebuild, rather than an
  // alias or a different capitalisation of it.
  graph::Node entity, other;
  if (int rc = ResolveNameOrReport(*db, args.name, &entity); rc != kExitOk) return rc;
  std::string other_name = args.other;
  if (other_must_exist) {
    if (int rc = ResolveNameOrReport(*db, args.other, &other); rc != kExitOk) return rc;
    other_name = other.name;
  }
  // Removing an alias that is the entity's own name once normalised would be
  // stored and then silently change nothing: say so instead.
  if (op == store::CurationOp::kAliasRemove && store::ResolutionKey(entity.type, args.other) ==
                                                   store::ResolutionKey(entity.type, entity.name)) {
    PrintError("cannot split \"" + args.other + "\" from \"" + entity.name +
               "\": they are the same name once case, punctuation and titles are ignored");
    return kExitFailure;
  }
  s = db->AddCuration({op, entity.name, other_name});
  if (s.ok()) s = db->Rebuild();
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  NameResolution after;
  if (ResolveEntityName(*db, entity.name, &after).ok() &&
      after.outcome == NameResolution::Outcome::kFound) {
    const graph::Node& node = after.node;
    std::printf("%s (%s): %zu aliases, %zu articles\n", node.name.c_str(),
                graph::NodeTypeName(node.type), node.aliases.size(), node.articles.size());
  }
  return kExitOk;
}

Command AddCuration(CLI::App& parent, const GlobalOptions& global, const char* name,
                    const char* help, const char* other_help, store::CurationOp op,
                    bool other_must_exist) {
  auto args = std::make_shared<CurationArgs>();
  CLI::App* cmd = parent.add_subcommand(name, help);
  cmd->add_option("name", args->name,
                  "the entity: name or alias, case-insensitive; an ambiguous name lists the "
                  "candidates (exit 2), an unknown one suggests close names (exit 1)")
      ->required();
  cmd->add_option("other", args->other, other_help)->required();
  return {cmd, [args, &global, op, other_must_exist] {
            return Curate(global.db, op, *args, other_must_exist);
          }};
}

}  // namespace

std::vector<Command> AddCurationCommands(CLI::App& app, const GlobalOptions& global) {
  std::vector<Command> commands;
  commands.push_back(AddCuration(
      app, global, "merge",
      "declare that two entities are one (kept across later ingests; undo with `kg split`)",
      "the other entity, resolved like NAME, merged into the first", store::CurationOp::kMerge,
      true));
  commands.push_back(AddCuration(
      app, global, "split",
      "undo a wrong merge: PART (a name or alias on NAME's node) becomes an entity of its own "
      "and is never joined to NAME again (kept across later ingests)",
      "the name or alias to split off (refused if it is NAME's own name once case, "
      "punctuation and titles are ignored)",
      store::CurationOp::kAliasRemove, false));
  CLI::App* alias = app.add_subcommand("alias", "add or remove an alias of an entity");
  alias->require_subcommand(1);
  commands.push_back(AddCuration(
      *alias, global, "add",
      "ALIAS becomes a name of NAME: it is shown, found by queries, and joins any entity "
      "called ALIAS to NAME (kept across later ingests)",
      "the alias", store::CurationOp::kAliasAdd, false));
  commands.push_back(AddCuration(
      *alias, global, "remove",
      "ALIAS is no longer a name of NAME; mentions called ALIAS stop joining NAME (same as "
      "`kg split NAME ALIAS`)",
      "the alias", store::CurationOp::kAliasRemove, false));
  return commands;
}

}  // namespace kg::cli
