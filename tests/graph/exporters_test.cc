// GraphML, CSV, JSON Lines, filters and in-process rendering on a graph
// whose names are built to break each format. The consumers' view (networkx,
// Python csv/json, dot) is checked by tests/cli/export_formats_test.py.
#include <catch2/catch.hpp>
#include <sstream>

#include "graph/csv_writer.h"
#include "graph/dot_writer.h"
#include "graph/filter.h"
#include "graph/graphml_writer.h"
#include "graph/json_writer.h"
#include "graph/render.h"
#include "graph/text.h"

namespace kg::graph {
namespace {

Graph HostileGraph() {
  Graph g;
  auto add = [&](NodeId id, NodeType type, std::string name, ArticleId article) {
    Node n;
    n.id = id;
    n.type = type;
    n.name = std::move(name);
    n.articles = {article};
    g.nodes.push_back(n);
  };
  add(1, NodeType::kPerson, "node", 10);
  add(2, NodeType::kOrganization, "<b>A&B</b> \"Co\"", 10);
  add(3, NodeType::kPerson, "=1+2\r\nbad\x01", 20);
  add(4, NodeType::kStatement, "Quote \\ \"with\"\nnewline", 20);
  g.edges.push_back({2, EdgeType::kEndorses, 1, "", {{10, 0, 5, "s1", "r1"}}});
  g.edges.push_back({1, EdgeType::kHasRole, 2, "-Chief", {{10, 0, 5, "s2", "r2"}}});
  g.edges.push_back({3, EdgeType::kSaid, 4, "", {{20, 0, 5, "s3", "r3"}}});
  g.articles = {{10, "a.txt", "", "", "", "2017-03-05", 1}, {20, "b.txt", "", "", "", "", 1}};
  return g;
}

TEST_CASE("text clean-up keeps valid UTF-8 and replaces the rest") {
  CHECK(ToValidUtf8("Zo\xc3\xab") == "Zo\xc3\xab");
  CHECK(ToValidUtf8("a\xc3") == "a\xef\xbf\xbd");
  CHECK(ToValidUtf8("\xed\xa0\x80") == "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");  // surrogate
  CHECK(ToValidUtf8("\xc0\xaf") == "\xef\xbf\xbd\xef\xbf\xbd");                  // overlong
  CHECK(ToPrintableUtf8("a\r\nb\x01\tc\x7f") == "a\nb \tc ");
}

TEST_CASE("DOT labels escape & so Graphviz does not read entities") {
  CHECK(DotLabel("A&amp;B") == "\"A&amp;amp;B\"");
  CHECK(DotQuote("a\r\nb\x02") == "\"a\\nb \"");
  CHECK(WrapWords("one two three", 3) == "one\ntwo\nthree");
}

TEST_CASE("GraphML escapes markup and declares every key it uses") {
  std::ostringstream out;
  WriteGraphml(HostileGraph(), out);
  std::string xml = out.str();
  CHECK(xml.find("&lt;b&gt;A&amp;B&lt;/b&gt; &quot;Co&quot;") != std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find('\r') == std::string::npos);
  for (const char* key : {"d0", "d1", "d2", "d4", "d6", "d7", "d8", "d9", "d10", "d11"}) {
    INFO(key);
    CHECK(xml.find(std::string("<key id=\"").append(key).append("\"")) != std::string::npos);
  }
  CHECK(xml.find("attr.name=\"weight\"") == std::string::npos);
}

TEST_CASE("CSV quotes fields and neutralises formulas") {
  CHECK(CsvField("plain") == "plain");
  CHECK(CsvField("a,b") == "\"a,b\"");
  CHECK(CsvField("say \"hi\"\nnow") == "\"say \"\"hi\"\"\nnow\"");
  for (const char* formula : {"=1", "+1", "-1", "@SUM(A1)", "\tx"}) {
    CHECK(NeutralizeFormula(formula) == std::string("'").append(formula));
  }
  CHECK(NeutralizeFormula("a=1") == "a=1");
  std::ostringstream nodes, edges;
  WriteNodesCsv(HostileGraph(), CsvStyle::kNeo4j, nodes);
  WriteEdgesCsv(HostileGraph(), CsvStyle::kGephi, edges);
  CHECK(nodes.str().find("\"'=1+2\nbad \"") != std::string::npos);
  CHECK(edges.str().rfind("Source,Target,Type,Label,", 0) == 0);
  CHECK(edges.str().find(",Directed,HAS_ROLE (-Chief),HAS_ROLE,'-Chief,") != std::string::npos);
}

TEST_CASE("JSON Lines: one record per line, articles first") {
  std::ostringstream out;
  WriteJsonLines(HostileGraph(), out);
  std::istringstream lines(out.str());
  std::string line;
  std::vector<std::string> kinds;
  while (std::getline(lines, line)) kinds.push_back(line.substr(0, line.find(',')));
  REQUIRE(kinds.size() == 2 + 4 + 3);
  CHECK(kinds.front() == "{\"kind\":\"article\"");
  CHECK(kinds.back() == "{\"kind\":\"edge\"");
}

TEST_CASE("filters by date, node type and relation type") {
  Graph g = HostileGraph();
  Graph since = FilterGraph(g, {"2017-03", {}, {}});
  CHECK(since.nodes.size() == 2);  // the undated article's nodes are gone
  CHECK(since.edges.size() == 2);
  CHECK(since.articles.size() == 1);
  CHECK(FilterGraph(g, {"2017-04", {}, {}}).nodes.empty());
  Graph people = FilterGraph(g, {"", {NodeType::kPerson}, {}});
  CHECK(people.nodes.size() == 2);
  CHECK(people.edges.empty());
  Graph roles = FilterGraph(g, {"", {}, {EdgeType::kHasRole}});
  CHECK(roles.nodes.size() == 2);
  CHECK(roles.edges.size() == 1);
  CHECK(IsIsoDatePrefix("2017-03-05"));
  CHECK(IsIsoDatePrefix("2017"));
  CHECK_FALSE(IsIsoDatePrefix("2017-3-5"));
  CHECK_FALSE(IsIsoDatePrefix("March 2017"));
}

TEST_CASE("libgvc renders SVG and PNG in-process and reports bad DOT") {
  std::ostringstream dot;
  WriteDot(HostileGraph(), DotOptions{}, dot);
  std::string image, error;
  REQUIRE(RenderDot(dot.str(), ImageFormat::kSvg, &image, &error));
  CHECK(image.find("<svg") != std::string::npos);
  CHECK(image.find("&lt;b&gt;A&amp;B&lt;/b&gt;") != std::string::npos);
  REQUIRE(RenderDot(dot.str(), ImageFormat::kPng, &image, &error));
  CHECK(image.rfind("\x89PNG", 0) == 0);
  CHECK_FALSE(RenderDot("digraph { a -> }", ImageFormat::kSvg, &image, &error));
  CHECK(error.find("graphviz") == 0);
}

}  // namespace
}  // namespace kg::graph
