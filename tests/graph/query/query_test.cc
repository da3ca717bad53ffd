// The Cypher subset: parsing (with line:column errors) and execution over a
// small in-memory graph through the QuerySource interface.
#include <catch2/catch.hpp>
#include <map>

#include "graph/query/executor.h"
#include "graph/query/parser.h"

namespace kg::graph::query {
namespace {

// An in-memory QuerySource that counts what the executor reads, so tests
// can check that anchored queries do not scan.
class MemorySource : public QuerySource {
 public:
  void AddNode(NodeId id, NodeType type, std::string name, std::vector<std::string> aliases = {}) {
    Node n;
    n.id = id;
    n.type = type;
    n.name = std::move(name);
    n.aliases = std::move(aliases);
    nodes_[id] = n;
  }
  void AddEdge(NodeId source, EdgeType type, NodeId target, std::string title = "") {
    Edge e;
    e.source = source;
    e.type = type;
    e.target = target;
    e.title = std::move(title);
    e.sources.push_back(Provenance{7, 0, 10, "evidence of " + std::to_string(source), "rule.x"});
    edges_.push_back(e);
  }
  bool FindByName(const std::string& name, std::vector<NodeId>* ids) override {
    ids->clear();
    for (const auto& [id, n] : nodes_) {
      bool match = NormalizeName(n.name) == NormalizeName(name);
      for (const auto& a : n.aliases) match |= NormalizeName(a) == NormalizeName(name);
      if (match) ids->push_back(id);
    }
    return true;
  }
  bool NodesOfType(std::optional<NodeType> type, std::vector<NodeId>* ids) override {
    ++scans;
    ids->clear();
    for (const auto& [id, n] : nodes_) {
      if (!type || n.type == *type) ids->push_back(id);
    }
    return true;
  }
  bool GetNode(NodeId id, const Node** node) override {
    auto it = nodes_.find(id);
    *node = it == nodes_.end() ? nullptr : &it->second;
    return true;
  }
  bool Edges(NodeId id, Direction direction, const std::vector<EdgeType>& types,
             std::vector<EdgeRef>* out) override {
    out->clear();
    for (const Edge& e : edges_) {
      if ((direction == Direction::kOut ? e.source : e.target) != id) continue;
      if (!types.empty() && std::find(types.begin(), types.end(), e.type) == types.end()) continue;
      out->push_back(EdgeRef{e.source, e.type, e.target});
    }
    return true;
  }
  bool GetEdge(const EdgeRef& ref, const Edge** edge) override {
    *edge = nullptr;
    for (const Edge& e : edges_) {
      if (EdgeRef{e.source, e.type, e.target} == ref) *edge = &e;
    }
    return true;
  }
  bool GetArticle(ArticleId id, const Article** article) override {
    article_.id = id;
    article_.title = "The article";
    article_.date = "2020-01-02";
    *article = &article_;
    return true;
  }
  std::string error() const override { return ""; }
  int scans = 0;

 private:
  std::map<NodeId, Node> nodes_;
  std::vector<Edge> edges_;
  Article article_;
};

// Union (1) endorses Ann (2) and Bob (3); Crane (4) has a role at the union;
// Dee (5) works at Agency (6); Ann said statement 7; Bob endorses Ann.
MemorySource SampleGraph() {
  MemorySource g;
  g.AddNode(1, NodeType::kOrganization, "Teachers Union", {"the union"});
  g.AddNode(2, NodeType::kPerson, "Ann Smith", {"Smith"});
  g.AddNode(3, NodeType::kPerson, "Bob Jones", {"Jones"});
  g.AddNode(4, NodeType::kPerson, "Carl Crane", {"Crane"});
  g.AddNode(5, NodeType::kPerson, "Dee Dee", {});
  g.AddNode(6, NodeType::kOrganization, "The Agency", {});
  g.AddNode(7, NodeType::kStatement, "We will win.", {});
  g.AddEdge(1, EdgeType::kEndorses, 2);
  g.AddEdge(1, EdgeType::kEndorses, 3);
  g.AddEdge(4, EdgeType::kHasRole, 1, "President");
  g.AddEdge(5, EdgeType::kHasRole, 6, "Director");
  g.AddEdge(2, EdgeType::kSaid, 7);
  g.AddEdge(3, EdgeType::kEndorses, 2);
  return g;
}

std::vector<std::vector<std::string>> Run(MemorySource& g, const std::string& text) {
  Query query;
  QueryError error;
  INFO(text);
  REQUIRE(ParseQuery(text, &query, &error));
  QueryResult result;
  bool ok = Execute(query, g, ExecuteOptions(), &result, &error);
  INFO(error.ToString());
  REQUIRE(ok);
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : result.rows) {
    std::vector<std::string> cells;
    for (const auto& v : row) cells.push_back(ValueToText(v));
    rows.push_back(cells);
  }
  return rows;
}

QueryError ErrorOf(MemorySource& g, const std::string& text) {
  Query query;
  QueryError error;
  if (!ParseQuery(text, &query, &error)) return error;
  QueryResult result;
  REQUIRE_FALSE(Execute(query, g, ExecuteOptions(), &result, &error));
  return error;
}

using Rows = std::vector<std::vector<std::string>>;

TEST_CASE("a typed, directed pattern returns properties") {
  MemorySource g = SampleGraph();
  CHECK(Run(g,
            "MATCH (o:organization)-[:ENDORSES]->(p:person) RETURN o.name, p.name "
            "ORDER BY p.name") ==
        Rows{{"Teachers Union", "Ann Smith"}, {"Teachers Union", "Bob Jones"}});
  // Direction matters: nobody endorses the union.
  CHECK(Run(g, "MATCH (o:organization)<-[:ENDORSES]-(p) RETURN p").empty());
  CHECK(Run(g, "match (a)-[:endorses]-(b {name: 'bob jones'}) return a order by a") ==
        Rows{{"Ann Smith"}, {"Teachers Union"}});
}

TEST_CASE("a name in a property map resolves through aliases and anchors the match") {
  MemorySource g = SampleGraph();
  CHECK(Run(g,
            "MATCH (u {name: 'the union'})-[r:ENDORSES]->(p) RETURN p.name, r.type, "
            "r.sentence ORDER BY p.name") == Rows{{"Ann Smith", "ENDORSES", "evidence of 1"},
                                                  {"Bob Jones", "ENDORSES", "evidence of 1"}});
  CHECK(g.scans == 0);
  Run(g, "MATCH (p:person)-[:HAS_ROLE]->(o) WHERE o.name = 'The Agency' RETURN p.name");
  CHECK(g.scans == 0);  // the WHERE equality anchors too
}

TEST_CASE("comma-separated patterns share variables") {
  MemorySource g = SampleGraph();
  CHECK(Run(g,
            "MATCH (c)-[r:HAS_ROLE]->(u), (u)-[:ENDORSES]->(p) RETURN c.name, r.title, p.name "
            "ORDER BY p.name") ==
        Rows{{"Carl Crane", "President", "Ann Smith"}, {"Carl Crane", "President", "Bob Jones"}});
}

TEST_CASE("variable-length relationships walk bounded paths without reusing an edge") {
  MemorySource g = SampleGraph();
  CHECK(Run(g,
            "MATCH (c {name: 'Carl Crane'})-[*1..3]->(x:person) RETURN DISTINCT x.name "
            "ORDER BY x.name") == Rows{{"Ann Smith"}, {"Bob Jones"}});
  CHECK(Run(g, "MATCH (c {name: 'Carl Crane'})-[:HAS_ROLE*2]->(x) RETURN x").empty());
  CHECK(Run(g, "MATCH (c {name: 'Carl Crane'})-[r*2..2]->(x {name: 'Ann Smith'}) RETURN r") ==
        Rows{{"HAS_ROLE, ENDORSES"}});
}

TEST_CASE("WHERE supports comparisons, string predicates and boolean logic") {
  MemorySource g = SampleGraph();
  CHECK(Run(g,
            "MATCH (p:person) WHERE p.name STARTS WITH 'B' OR p.name CONTAINS 'Crane' "
            "RETURN p.name ORDER BY p.name DESC") == Rows{{"Carl Crane"}, {"Bob Jones"}});
  CHECK(Run(g,
            "MATCH (p:person) WHERE NOT p.name <> 'Dee Dee' AND p.name ENDS WITH 'Dee' "
            "RETURN p.name") == Rows{{"Dee Dee"}});
  CHECK(Run(g,
            "MATCH (p:person)-[r]->(o) WHERE r.title IS NOT NULL RETURN p.name, r.title "
            "ORDER BY r.title") == Rows{{"Dee Dee", "Director"}, {"Carl Crane", "President"}});
}

TEST_CASE("count, DISTINCT, ORDER BY, SKIP and LIMIT") {
  MemorySource g = SampleGraph();
  CHECK(Run(g,
            "MATCH (a)-[:ENDORSES]->(p) RETURN p.name AS who, count(*) AS n ORDER BY n DESC, "
            "who") == Rows{{"Ann Smith", "2"}, {"Bob Jones", "1"}});
  CHECK(Run(g, "MATCH (a)-[:ENDORSES]->(p) RETURN count(DISTINCT a)") == Rows{{"2"}});
  CHECK(Run(g, "MATCH (p:person) RETURN p.name ORDER BY p.name SKIP 1 LIMIT 2") ==
        Rows{{"Bob Jones"}, {"Carl Crane"}});
  CHECK(Run(g, "MATCH (p:person {name: 'nobody'}) RETURN count(*)") == Rows{{"0"}});
  CHECK(Run(g, "MATCH (a)-[:SAID]->(s:statement) RETURN a.name, s.text, s.date") ==
        Rows{{"Ann Smith", "We will win.", "2020-01-02"}});
}

TEST_CASE("syntax errors point at the line and column") {
  MemorySource g = SampleGraph();
  QueryError e = ErrorOf(g, "MATCH (a:person)\nRETURN a.name,");
  CHECK(e.where.line == 2);
  CHECK(e.where.column == 15);
  CHECK(e.message.find("expected") != std::string::npos);
  e = ErrorOf(g, "MATCH (a:persn) RETURN a");
  CHECK(e.where.line == 1);
  CHECK(e.where.column == 10);
  CHECK(e.message.find("unknown label 'persn'") != std::string::npos);
  e = ErrorOf(g, "MATCH (a)-[:LIKES]->(b) RETURN a");
  CHECK(e.where.column == 13);
  e = ErrorOf(g, "MATCH (a) RETURN b.name");
  CHECK(e.where.column == 18);
  CHECK(e.message == "unknown variable 'b'");
  e = ErrorOf(g, "MATCH (a) RETURN a.salary");
  CHECK(e.message.find("unknown property 'salary'") != std::string::npos);
  e = ErrorOf(g, "MATCH (a) WHERE a.name = 'x RETURN a");
  CHECK(e.where.column == 26);
  CHECK(e.message == "unterminated string");
  e = ErrorOf(g, "MATCH (a)<-[]->(b) RETURN a");
  CHECK(e.message.find("both ways") != std::string::npos);
  e = ErrorOf(g, "MATCH (a)-[*0..99]->(b) RETURN a");
  CHECK(e.message.find("hop range") != std::string::npos);
}

TEST_CASE("too many matches fail instead of exhausting memory") {
  MemorySource g = SampleGraph();
  Query query;
  QueryError error;
  REQUIRE(ParseQuery("MATCH (a), (b), (c) RETURN count(*)", &query, &error));
  ExecuteOptions options;
  options.max_matches = 100;
  QueryResult result;
  CHECK_FALSE(Execute(query, g, options, &result, &error));
  CHECK(error.message.find("more than 100") != std::string::npos);
  options.max_matches = 1000;
  REQUIRE(Execute(query, g, options, &result, &error));
  CHECK(ValueToText(result.rows.at(0).at(0)) == "343");
}

}  // namespace
}  // namespace kg::graph::query
