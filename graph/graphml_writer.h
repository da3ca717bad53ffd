// Writes a Graph as GraphML (http://graphml.graphdrawing.org/) for networkx,
// Gephi, yEd and Cytoscape: every attribute is declared with a <key> and a
// type (string or int), node ids are the graph's 16-hex-digit ids, and each
// edge carries its relation type, HAS_ROLE title and a summary of its
// evidence. Text is XML-escaped and cleaned of characters XML 1.0 forbids,
// so any name loads. Attribute names are listed in docs/export.md.
#ifndef KG_GRAPH_GRAPHML_WRITER_H_
#define KG_GRAPH_GRAPHML_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace kg::graph {

// Edges whose ends are not both in `graph.nodes` are left out, so the
// document never refers to a missing node.
void WriteGraphml(const Graph& graph, std::ostream& out);

// `text` escaped for XML element content and attribute values.
std::string XmlEscape(std::string_view text);

}  // namespace kg::graph

#endif  // KG_GRAPH_GRAPHML_WRITER_H_
