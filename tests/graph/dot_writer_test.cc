#include "graph/dot_writer.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "tests/temp_dir.h"

namespace kg::graph {
namespace {

Graph HostileGraph() {
  Graph g;
  auto add = [&](NodeId id, NodeType type, std::string name) {
    Node n;
    n.id = id;
    n.type = type;
    n.name = std::move(name);
    g.nodes.push_back(n);
  };
  add(1, NodeType::kPerson, "node");
  add(2, NodeType::kOrganization, "edge \"graph\" \\ strict");
  add(3, NodeType::kStatement, "Line one\nline \"two\" \\n with a trailing backslash \\");
  add(4, NodeType::kPerson, "Zoë O\u2019Brien \u2014 \u201cquoted\u201d");
  g.edges.push_back({2, EdgeType::kEndorses, 1, "", {}});
  g.edges.push_back({1, EdgeType::kHasRole, 2, "Vice \"President\"", {}});
  g.edges.push_back({4, EdgeType::kSaid, 3, "", {}});
  g.edges.push_back({4, EdgeType::kSaid, 99, "", {}});  // far end not in the graph
  return g;
}

TEST_CASE("DotQuote escapes quotes, backslashes and newlines") {
  CHECK(DotQuote("a\"b") == "\"a\\\"b\"");
  CHECK(DotQuote("a\\b") == "\"a\\\\b\"");
  CHECK(DotQuote("a\nb") == "\"a\\nb\"");
  CHECK(DotQuote("node") == "\"node\"");
}

TEST_CASE("Shorten cuts on character boundaries") {
  CHECK(Shorten("abcdef", 3) == "abc...");
  CHECK(Shorten("abc", 3) == "abc");
  CHECK(Shorten("\u00e9\u00e9\u00e9\u00e9", 2) == "\u00e9\u00e9...");
}

TEST_CASE("DOT with hostile names renders with the real Graphviz dot") {
  std::ostringstream dot;
  WriteDot(HostileGraph(), DotOptions{}, dot);
  CHECK(dot.str().find("n99") == std::string::npos);
  CHECK(dot.str().find("ENDORSES") != std::string::npos);
  TempDir dir;
  std::string in = dir.path() + "/g.dot", out = dir.path() + "/g.svg";
  std::ofstream(in) << dot.str();
  std::string command = "dot -Tsvg -o " + out + " " + in + " 2>" + dir.path() + "/err";
  REQUIRE(std::system(command.c_str()) == 0);
  std::ifstream svg(out);
  std::stringstream content;
  content << svg.rdbuf();
  CHECK(content.str().find("<svg") != std::string::npos);
  CHECK(content.str().find("edge &quot;graph&quot; \\ strict") != std::string::npos);
  std::ifstream err(dir.path() + "/err");
  std::stringstream warnings;
  warnings << err.rdbuf();
  CHECK(warnings.str().empty());
}

}  // namespace
}  // namespace kg::graph
