// Writes a Graph as two CSV files, nodes and edges, in one of two dialects:
// neo4j-admin import headers (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
// `:TYPE`) or Gephi's spreadsheet import (`Id`, `Label`, `Source`, `Target`,
// `Type` = Directed). Fields follow RFC 4180 quoting, and every text cell
// that a spreadsheet would evaluate as a formula (first character `=`, `+`,
// `-`, `@`, tab or carriage return) gets a leading `'`, so opening an export
// never runs code hidden in a name. Columns are listed in docs/export.md.
#ifndef KG_GRAPH_CSV_WRITER_H_
#define KG_GRAPH_CSV_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace kg::graph {

enum class CsvStyle { kNeo4j, kGephi };

void WriteNodesCsv(const Graph& graph, CsvStyle style, std::ostream& out);
// Edges whose ends are not both in `graph.nodes` are left out.
void WriteEdgesCsv(const Graph& graph, CsvStyle style, std::ostream& out);

// `text` prefixed with `'` when a spreadsheet would read it as a formula.
std::string NeutralizeFormula(std::string_view text);

// One CSV field: quoted (with `"` doubled) when it holds a comma, quote or
// line break; invalid UTF-8 and control characters other than tab and
// newline replaced.
std::string CsvField(std::string_view text);

}  // namespace kg::graph

#endif  // KG_GRAPH_CSV_WRITER_H_
