// Turns the PATH arguments of `kg ingest` / `kg extract` into article
// inputs: files as given, directories walked recursively in sorted order
// (so runs are reproducible), `-` for standard input.
#ifndef KG_CLI_INPUT_FILES_H_
#define KG_CLI_INPUT_FILES_H_

#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

// Expands `args`; a path that does not exist is kept so that reading it
// reports the error in order with the others. Hidden files are skipped in
// directories.
std::vector<std::string> ExpandInputPaths(const std::vector<std::string>& args);

// Reads a whole file (or stdin for "-"). On failure returns false and sets
// `error` to a one-line message naming the path.
bool ReadInput(const std::string& path, std::string* bytes, std::string* error);

}  // namespace kg::cli

#endif  // KG_CLI_INPUT_FILES_H_
