// Turns a name typed on the command line into one entity node, the same way
// for every command that takes one (show, neighbors, path, statements,
// export --focus). Lookup goes through the store's name index, so it is
// case- and punctuation-insensitive and accepts aliases ("sessions" finds
// Jeff Sessions). Several matches are ambiguous unless exactly one of them
// has the name as its own canonical name. No match at all brings the closest
// indexed names as suggestions (prefix matches, then edit distance).
#ifndef KG_CLI_NAME_RESOLUTION_H_
#define KG_CLI_NAME_RESOLUTION_H_

#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "store/store.h"

namespace kg::cli {

struct NameResolution {
  enum class Outcome { kFound, kAmbiguous, kUnknown };
  Outcome outcome = Outcome::kUnknown;
  graph::Node node;                      // kFound
  std::vector<graph::Node> candidates;   // kAmbiguous, sorted by type and name
  std::vector<std::string> suggestions;  // kUnknown: canonical names, best first
};

store::Status ResolveEntityName(const store::Store& db, std::string_view name,
                                NameResolution* resolution);

// Resolves `name` or reports why not on stderr ("kg: ..."): returns kExitOk,
// kExitFailure for an unknown name (with suggestions) or a read error, and
// kExitUsage for an ambiguous one (listing the candidates).
int ResolveNameOrReport(const store::Store& db, const std::string& name, graph::Node* node);

// The closest indexed names to `name`, at most `limit`, best first.
store::Status SuggestNames(const store::Store& db, std::string_view name, size_t limit,
                           std::vector<std::string>* suggestions);

// Levenshtein distance over bytes, for suggestions.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace kg::cli

#endif  // KG_CLI_NAME_RESOLUTION_H_
