// Test-only tool: writes a kg database whose names are built to break
// exporters (quotes, backslashes, newlines, markup, formula prefixes,
// non-ASCII letters, DOT keywords), through the real store API, so the
// export tests can run the kg binary and the real consumers (Graphviz,
// networkx, Python's csv and json) against it.
//
// usage: hostile_graph_tool DB_PATH [EXTRA_PERSONS]
//   EXTRA_PERSONS (default 0) adds that many more people, each endorsed by
//   the first organization, for size-guard tests.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "store/store.h"

namespace {

using kg::graph::EdgeType;
using kg::graph::NodeType;

kg::graph::Node Entity(kg::graph::NodeId local, NodeType type, std::string name) {
  kg::graph::Node n;
  n.id = local;
  n.type = type;
  n.name = std::move(name);
  return n;
}

kg::graph::Edge Link(kg::graph::NodeId source, EdgeType type, kg::graph::NodeId target,
                     const kg::store::ArticleGraph& a, std::string title = "") {
  kg::graph::Provenance p;
  p.article = a.article.id;
  p.start = 0;
  p.end = 10;
  p.sentence = "=cmd|' /C calc'!A0 said \"so\"\nand left.";
  p.rule = "test.hostile";
  return {source, type, target, std::move(title), {p}};
}

kg::store::ArticleGraph Article(char sha_digit, std::string date) {
  kg::store::ArticleGraph a;
  a.article.sha256 = std::string(64, sha_digit);
  a.article.id = kg::graph::ArticleIdFromSha256(a.article.sha256);
  a.article.path = "hostile-" + std::string(1, sha_digit) + ".txt";
  a.article.title = "Title with \"quotes\" and <b>markup</b>";
  a.article.date = std::move(date);
  return a;
}

// The dated article: every kind of hostile name and all three relations.
kg::store::ArticleGraph DatedArticle(int extra_persons) {
  kg::store::ArticleGraph a = Article('a', "2017-03-05");
  a.nodes.push_back(Entity(1, NodeType::kOrganization, "<b>Bold</b> & Co \"Union\""));
  a.nodes.push_back(Entity(2, NodeType::kPerson, "node"));
  a.nodes.push_back(Entity(3, NodeType::kPerson, "C:\\Users\\edge \\n graph"));
  a.nodes.push_back(Entity(4, NodeType::kPerson, "Line one\nLine two"));
  a.nodes.push_back(Entity(5, NodeType::kPerson, "=HYPERLINK(\"http://x.test\",\"x\")"));
  a.nodes.push_back(Entity(6, NodeType::kPerson, "Zoë Ångström-Łukasiewicz"));
  a.nodes.push_back(Entity(7, NodeType::kOrganization, "+Plus -Minus @At Party"));
  kg::graph::Node quote = Entity(8, NodeType::kStatement, "We said \"no\" \\ twice\n<b>loudly</b>");
  quote.quote.start = 40;
  quote.quote.end = 80;
  quote.cue = "said";
  a.nodes.push_back(quote);
  a.edges.push_back(Link(1, EdgeType::kEndorses, 2, a));
  a.edges.push_back(Link(1, EdgeType::kEndorses, 3, a));
  a.edges.push_back(Link(7, EdgeType::kEndorses, 5, a));
  a.edges.push_back(Link(2, EdgeType::kHasRole, 1, a, "Chief \"Node\" Officer \\"));
  a.edges.push_back(Link(2, EdgeType::kEndorses, 1, a));  // parallel to HAS_ROLE
  a.edges.push_back(Link(6, EdgeType::kHasRole, 7, a, "=SUM(A1:A9)"));
  a.edges.push_back(Link(6, EdgeType::kSaid, 8, a));
  for (int i = 0; i < extra_persons; ++i) {
    kg::graph::NodeId local = 100 + i;
    a.nodes.push_back(Entity(local, NodeType::kPerson, "Extra Person " + std::to_string(i)));
    a.edges.push_back(Link(1, EdgeType::kEndorses, local, a));
  }
  return a;
}

// The undated article: one more person and one endorsement, so that
// --since has something to leave out.
kg::store::ArticleGraph UndatedArticle() {
  kg::store::ArticleGraph a = Article('b', "");
  a.nodes.push_back(Entity(1, NodeType::kPerson, "Undated Person"));
  a.nodes.push_back(Entity(2, NodeType::kPerson, "node"));
  a.edges.push_back(Link(1, EdgeType::kEndorses, 2, a));
  return a;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: %s DB_PATH [EXTRA_PERSONS]\n", argv[0]);
    return 2;
  }
  int extra = argc == 3 ? std::atoi(argv[2]) : 0;
  std::unique_ptr<kg::store::Store> db;
  kg::store::Status s = kg::store::Store::Open(argv[1], {}, &db);
  kg::store::AddResult result;
  if (s.ok()) s = db->AddArticle(DatedArticle(extra), &result);
  if (s.ok()) s = db->AddArticle(UndatedArticle(), &result);
  if (s.ok()) s = db->Rebuild();  // the graph is derived from the stored facts
  if (!s.ok()) {
    std::fprintf(stderr, "hostile_graph_tool: %s\n", s.message().c_str());
    return 1;
  }
  return 0;
}
