// The output of every query command (entities, show, neighbors, path,
// statements, query, stats): rows of named columns, written as an aligned
// text table, JSON Lines (one object per row, typed values) or CSV (RFC
// 4180, with a header). The table is the default everywhere, piped or not,
// so that what a user sees is what a script gets unless it asks for a
// machine format; on a terminal only, long cells are shortened to keep
// rows on one line (the machine formats never shorten anything).
#ifndef KG_CLI_TABLE_OUTPUT_H_
#define KG_CLI_TABLE_OUTPUT_H_

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace kg::cli {

enum class OutputFormat { kTable, kJson, kCsv };

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<nlohmann::ordered_json>> rows;  // strings, numbers, null, arrays
};

// Adds `--format table|json|csv` to `cmd`, writing the choice to `format`.
void AddFormatOption(CLI::App* cmd, OutputFormat* format);

struct TableStyle {
  // Table cells longer than this many characters are cut to that width,
  // ending in "…"; 0 keeps them whole.
  size_t max_cell_chars = 0;
};

// The style for standard output: shortened cells on a terminal only.
TableStyle StdoutStyle();

void WriteTable(const Table& table, OutputFormat format, const TableStyle& style,
                std::ostream& out);

// The text of a cell as shown in table and CSV output: strings as they are,
// null empty, arrays joined by ", ", newlines as spaces.
std::string CellText(const nlohmann::ordered_json& cell);

// Characters (UTF-8 code points) in `text`, for alignment.
size_t DisplayWidth(const std::string& text);

}  // namespace kg::cli

#endif  // KG_CLI_TABLE_OUTPUT_H_
