// The query commands (neighbors, path, statements, query, entities, stats,
// show), and the name resolution of export --focus and the curation
// commands, run through CLI11 against a real RocksDB store built in a TempDir, with
// their standard output and errors captured.
#include <catch2/catch.hpp>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/name_resolution.h"
#include "cli/table_output.h"
#include "store/store.h"
#include "tests/temp_dir.h"
#include "tests/test_nodes.h"

namespace kg::cli {
namespace {

using graph::EdgeType;
using graph::NodeType;

using kg::testing::Entity;

graph::Node Quote(graph::NodeId local, std::string text, uint32_t start) {
  graph::Node n;
  n.id = local;
  n.type = NodeType::kStatement;
  n.name = std::move(text);
  n.cue = "said";
  n.quote.start = start;
  n.quote.end = start + 10;
  return n;
}

store::ArticleGraph Article(char sha_fill, std::string title, std::string date) {
  store::ArticleGraph a;
  a.article.sha256 = std::string(64, sha_fill);
  a.article.id = graph::ArticleIdFromSha256(a.article.sha256);
  a.article.path = title + ".txt";
  a.article.title = std::move(title);
  a.article.date = std::move(date);
  return a;
}

void Link(store::ArticleGraph* a, graph::NodeId s, EdgeType type, graph::NodeId t,
          std::string sentence, std::string title = "") {
  graph::Edge e{s, type, t, std::move(title), {}};
  e.sources.push_back({a->article.id, 0, 10, std::move(sentence), "test.rule"});
  a->edges.push_back(e);
}

// Article A: the union endorses Ann Smith; Carl Crane is its president; Ann
// says two things. Article B: Ann Smith says one more; John and Joe Kennedy
// are both "Kennedy"; an unrelated pair Zed -> Yan.
std::string BuildDatabase(const TempDir& dir) {
  std::string path = dir.path() + "/kg.db";
  std::unique_ptr<store::Store> db;
  REQUIRE(store::Store::Open(path, {}, &db).ok());
  store::ArticleGraph a = Article('a', "Union backs Smith", "2020-03-01");
  a.nodes = {Entity(1, NodeType::kOrganization, "National Teachers Union", {"the union"}),
             Entity(2, NodeType::kPerson, "Ann Smith", {"Smith"}),
             Entity(3, NodeType::kPerson, "Carl Crane", {"Crane"}),
             Quote(4, "Crane knows the job.", 100), Quote(5, "We will win.", 50)};
  Link(&a, 1, EdgeType::kEndorses, 2, "The union endorsed Ann Smith.");
  Link(&a, 3, EdgeType::kHasRole, 1, "Carl Crane, president of the union, spoke.", "president");
  Link(&a, 2, EdgeType::kSaid, 4, "\"Crane knows the job,\" Smith said.");
  Link(&a, 2, EdgeType::kSaid, 5, "\"We will win,\" Smith said.");
  store::ArticleGraph b = Article('b', "Kennedys", "2019-05-05");
  b.nodes = {Entity(1, NodeType::kPerson, "Ann Smith", {"Smith"}),
             Entity(2, NodeType::kPerson, "John Kennedy", {"Kennedy"}),
             Entity(3, NodeType::kPerson, "Joe Kennedy", {"Kennedy"}),
             Entity(4, NodeType::kPerson, "Zed Zulu"),
             Entity(5, NodeType::kPerson, "Yan Yu"),
             Quote(6, "Earlier words.", 20)};
  Link(&b, 1, EdgeType::kSaid, 6, "\"Earlier words,\" Smith said.");
  Link(&b, 4, EdgeType::kEndorses, 5, "Zed endorsed Yan.");
  store::AddResult result;
  REQUIRE(db->AddArticle(a, &result).ok());
  REQUIRE(db->AddArticle(b, &result).ok());
  REQUIRE(db->Rebuild().ok());
  return path;
}

struct Output {
  int rc = -1;
  std::string out, err;
};

Output Kg(const std::string& db, std::vector<std::string> args) {
  CLI::App app;
  app.fallthrough();
  GlobalOptions global;
  app.add_option("--db", global.db);
  std::vector<Command> commands = {
      AddNeighborsCommand(app, global),  AddPathCommand(app, global),
      AddStatementsCommand(app, global), AddQueryCommand(app, global),
      AddEntitiesCommand(app, global),   AddStatsCommand(app, global),
      AddShowCommand(app, global),       AddExportCommand(app, global)};
  for (const Command& c : AddCurationCommands(app, global)) commands.push_back(c);
  args.insert(args.begin(), {"--db", db});
  std::reverse(args.begin(), args.end());  // CLI11 takes them reversed
  std::ostringstream out, err;
  auto* old_out = std::cout.rdbuf(out.rdbuf());
  auto* old_err = std::cerr.rdbuf(err.rdbuf());
  Output result;
  try {
    app.parse(args);
    for (const Command& c : commands) {
      if (c.app->parsed()) result.rc = c.run();
    }
  } catch (const CLI::ParseError& e) {
    result.rc = kExitUsage;
  }
  std::cout.rdbuf(old_out);
  std::cerr.rdbuf(old_err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("names resolve case-insensitively through aliases, or explain why not") {
  TempDir dir;
  std::string db = BuildDatabase(dir);
  Output o = Kg(db, {"neighbors", "smith"});
  CHECK(o.rc == kExitOk);
  o = Kg(db, {"neighbors", "kennedy"});
  CHECK(o.rc == kExitUsage);
  CHECK(o.err ==
        "kg: 'kennedy' is ambiguous: Joe Kennedy (person); John Kennedy (person) "
        "(give the full name)\n");
  o = Kg(db, {"neighbors", "Ann Smiht"});
  CHECK(o.rc == kExitFailure);
  CHECK(Has(o.err, "no entity named 'Ann Smiht'; did you mean 'Ann Smith'"));
  o = Kg(db, {"path", "Carl", "Ann Smith"});
  CHECK(o.rc == kExitFailure);
  CHECK(Has(o.err, "did you mean 'Carl Crane'"));  // a word prefix
}

TEST_CASE("export --focus and the curation commands resolve names like the query commands") {
  TempDir dir;
  std::string db = BuildDatabase(dir);
  const std::string ambiguous =
      "kg: 'kennedy' is ambiguous: Joe Kennedy (person); John Kennedy (person) "
      "(give the full name)\n";
  Output o = Kg(db, {"export", "--format", "jsonl", "--focus", "national teachers UNION"});
  INFO(o.err);
  REQUIRE(o.rc == kExitOk);
  CHECK(Has(o.out, "\"name\":\"National Teachers Union\""));
  CHECK(Has(o.out, "\"name\":\"Carl Crane\""));
  CHECK_FALSE(Has(o.out, "Zed Zulu"));
  o = Kg(db, {"export", "--format", "jsonl", "--focus", "kennedy"});
  CHECK(o.rc == kExitUsage);
  CHECK(o.err == ambiguous);
  o = Kg(db, {"export", "--focus", "Ann Smiht"});
  CHECK(o.rc == kExitFailure);
  CHECK(Has(o.err, "no entity named 'Ann Smiht'; did you mean 'Ann Smith'"));

  for (std::vector<std::string> command :
       {std::vector<std::string>{"merge", "kennedy", "Ann Smith"},
        std::vector<std::string>{"merge", "Ann Smith", "kennedy"},
        std::vector<std::string>{"split", "kennedy", "Kennedy"},
        std::vector<std::string>{"alias", "add", "kennedy", "JFK"},
        std::vector<std::string>{"alias", "remove", "kennedy", "Kennedy"}}) {
    o = Kg(db, command);
    INFO(command[0] << " " << command[1]);
    CHECK(o.rc == kExitUsage);
    CHECK(o.err == ambiguous);
  }
  o = Kg(db, {"merge", "Zed Zulo", "Yan Yu"});
  CHECK(o.rc == kExitFailure);
  CHECK(Has(o.err, "no entity named 'Zed Zulo'; did you mean 'Zed Zulu'"));
  // Case-insensitive, through aliases; the record names the entity itself.
  o = Kg(db, {"alias", "add", "SMITH", "Annie"});
  REQUIRE(o.rc == kExitOk);
  o = Kg(db, {"merge", "zed zulu", "yan yu"});
  REQUIRE(o.rc == kExitOk);
  o = Kg(db, {"show", "annie", "--format", "csv"});
  CHECK(o.rc == kExitOk);
  CHECK(Has(o.out, "\nname,Ann Smith,person,,,\n"));
  o = Kg(db, {"show", "Yan Yu", "--format", "csv"});
  CHECK(Has(o.out, "\nname,Zed Zulu,person,,,\n"));
  CHECK(Has(o.out, "\nresolution,curated merge: 'Zed Zulu' + 'Yan Yu',,,,\n"));
}

TEST_CASE("show lists an entity's facts as a table, JSON Lines or CSV") {
  TempDir dir;
  std::string db = BuildDatabase(dir);
  Output o = Kg(db, {"show", "carl crane", "--format", "csv"});
  REQUIRE(o.rc == kExitOk);
  // The id row: "id," and 16 hex digits, then empty cells.
  size_t id_row = o.out.find("\nid,");
  REQUIRE(id_row != std::string::npos);
  CHECK(o.out.substr(id_row + 20, 5) == ",,,,\n");
  CHECK(o.out.erase(id_row + 1, 24) ==
        "fact,value,type,title,article,evidence\n"
        "name,Carl Crane,person,,,\n"
        "alias,Crane,,,,\n"
        "-HAS_ROLE->,National Teachers Union,organization,president,Union backs Smith.txt,"
        "\"Carl Crane, president of the union, spoke.\"\n"
        "article,Union backs Smith.txt,,,,\n");
  o = Kg(db, {"show", "Ann Smith", "--format", "json"});
  REQUIRE(o.rc == kExitOk);
  CHECK(Has(o.out, R"({"fact":"name","value":"Ann Smith","type":"person","title":null,)"
                   R"("article":null,"evidence":null})"));
  CHECK(Has(o.out, R"({"fact":"<-ENDORSES-","value":"National Teachers Union",)"
                   R"("type":"organization","title":null,"article":"Union backs Smith.txt",)"
                   R"("evidence":"The union endorsed Ann Smith."})"));
  CHECK(Has(o.out, R"({"fact":"said","value":"Earlier words.","type":"statement",)"
                   R"("title":"said","article":"Kennedys.txt",)"));
  o = Kg(db, {"show", "Ann Smith"});
  CHECK(o.out.starts_with("fact "));
  CHECK(Has(o.out, "\nsaid "));
  o = Kg(db, {"show", "Ann Smith", "--format", "xml"});
  CHECK(o.rc == kExitUsage);
}

TEST_CASE("neighbors lists edges in both directions, filtered by relation and type") {
  TempDir dir;
  std::string db = BuildDatabase(dir);
  Output o = Kg(db, {"neighbors", "National Teachers Union", "--format", "csv"});
  REQUIRE(o.rc == kExitOk);
  CHECK(o.out ==
        "direction,relation,neighbor,type,title\n"
        "out,ENDORSES,Ann Smith,person,\n"
        "in,HAS_ROLE,Carl Crane,person,president\n");
  o = Kg(db, {"neighbors", "Carl Crane", "--depth", "2", "--type", "person", "--format", "csv"});
  CHECK(o.out ==
        "depth,via,direction,relation,neighbor,type,title\n"
        "2,National Teachers Union,out,ENDORSES,Ann Smith,person,\n");
  o = Kg(db, {"neighbors", "Ann Smith", "--rel", "SAID", "--direction", "out", "--format", "json"});
  CHECK(std::count(o.out.begin(), o.out.end(), '\n') == 3);
  CHECK(Has(o.out, R"({"direction":"out","relation":"SAID","neighbor":"Earlier words.")"));
  o = Kg(db, {"neighbors", "Ann Smith", "--rel", "LIKES"});
  CHECK(o.rc == kExitUsage);
}

TEST_CASE("neighbors folds a prolific speaker's quotations unless asked for them") {
  TempDir dir;
  std::string path = dir.path() + "/kg.db";
  {
    std::unique_ptr<store::Store> db;
    REQUIRE(store::Store::Open(path, {}, &db).ok());
    store::ArticleGraph a = Article('c', "Many words", "2021-01-01");
    a.nodes = {Entity(1, NodeType::kPerson, "Tom Talker")};
    for (graph::NodeId i = 0; i < 12; ++i) {
      a.nodes.push_back(Quote(10 + i, "Quote number " + std::to_string(i) + ".", 100 + 50 * i));
      Link(&a, 1, EdgeType::kSaid, 10 + i, "He said it.");
    }
    store::AddResult result;
    REQUIRE(db->AddArticle(a, &result).ok());
    REQUIRE(db->Rebuild().ok());
  }
  Output o = Kg(path, {"neighbors", "Tom Talker", "--format", "csv"});
  CHECK(o.out ==
        "direction,relation,neighbor,type,title\n"
        "out,SAID,(more than 10 statements: kg statements --by 'Tom Talker'),statement,\n");
  o = Kg(path, {"neighbors", "Tom Talker", "--type", "statement", "--format", "csv"});
  CHECK(std::count(o.out.begin(), o.out.end(), '\n') == 13);
}

TEST_CASE("path prints the chain and each hop with its evidence") {
  TempDir dir;
  std::string db = BuildDatabase(dir);
  Output o = Kg(db, {"path", "crane", "Ann Smith"});
  REQUIRE(o.rc == kExitOk);
  CHECK(o.out.starts_with(
      "Carl Crane -HAS_ROLE-> National Teachers Union -ENDORSES-> Ann Smith\n\n"));
  CHECK(Has(o.out, "Carl Crane, president of the union, spoke."));
  CHECK(Has(o.out, "The union endorsed Ann Smith."));
  o = Kg(db, {"path", "Ann Smith", "Carl Crane", "--format", "json"});
  CHECK(
      Has(o.out, R"("from":"Ann Smith","relation":"<-ENDORSES-","to":"National Teachers Union")"));
  CHECK(Has(o.out, R"("date":"2020-03-01")"));
  o = Kg(db, {"path", "Ann Smith", "Zed Zulu"});
  CHECK(o.rc == kExitFailure);
  CHECK(Has(o.err, "no path between Ann Smith and Zed Zulu"));
  o = Kg(db, {"path", "Carl Crane", "Ann Smith", "--rel", "ENDORSES"});
  CHECK(o.rc == kExitFailure);
}

TEST_CASE("statements filter by speaker, mention and text, oldest first") {
  TempDir dir;
  std::string db = BuildDatabase(dir);
  Output o = Kg(db, {"statements", "--by", "smith", "--format", "csv"});
  REQUIRE(o.rc == kExitOk);
  CHECK(o.out ==
        "speaker,quote,cue,article,date\n"
        "Ann Smith,Earlier words.,said,Kennedys,2019-05-05\n"
        "Ann Smith,We will win.,said,Union backs Smith,2020-03-01\n"
        "Ann Smith,Crane knows the job.,said,Union backs Smith,2020-03-01\n");
  o = Kg(db, {"statements", "--mentions", "Carl Crane", "--format", "csv"});
  CHECK(o.out ==
        "speaker,quote,cue,article,date\n"
        "Ann Smith,Crane knows the job.,said,Union backs Smith,2020-03-01\n");
  o = Kg(db, {"statements", "--contains", "WIN", "--format", "csv"});
  CHECK(Has(o.out, "We will win."));
  CHECK_FALSE(Has(o.out, "Earlier"));
}

TEST_CASE("query runs Cypher against the store; errors point into the query") {
  TempDir dir;
  std::string db = BuildDatabase(dir);
  Output o =
      Kg(db, {"query", "MATCH (o:organization)-[:ENDORSES]->(p:person) RETURN o.name, p.name",
              "--format", "csv"});
  REQUIRE(o.rc == kExitOk);
  CHECK(o.out == "o.name,p.name\nNational Teachers Union,Ann Smith\n");
  o = Kg(db, {"query",
              "MATCH (p:person)-[r:HAS_ROLE]->(o {name: 'national teachers UNION'}) RETURN p.name, "
              "r.title"});
  CHECK(o.out ==
        "p.name      r.title\n"
        "----------  ---------\n"
        "Carl Crane  president\n");
  o = Kg(db, {"query", "MATCH (p:person)\nRETURN p.nam"});
  CHECK(o.rc == kExitUsage);
  CHECK(Has(o.err, "kg: query:2:8: unknown property 'nam'"));
  o = Kg(db, {"query", "MATCH (p:person) RETURN count(*) AS people", "--format", "json"});
  CHECK(o.out == "{\"people\":6}\n");
}

TEST_CASE("entities and stats print tables, JSON Lines or CSV") {
  TempDir dir;
  std::string db = BuildDatabase(dir);
  Output o = Kg(db, {"entities", "--type", "organization", "--format", "json"});
  CHECK(o.out ==
        "{\"type\":\"organization\",\"name\":\"National Teachers Union\",\"aliases\":[\"the "
        "union\"],\"articles\":1}\n");
  o = Kg(db, {"stats"});
  CHECK(Has(o.out, "measure"));
  CHECK(Has(o.out, "articles       2\n"));
}

TEST_CASE("tables align by characters, CSV quotes, JSON keeps types") {
  Table table{{"name", "n"}, {{"\u201cquoted\u201d", 1}, {"a, \"b\"", nullptr}}};
  std::ostringstream out;
  WriteTable(table, OutputFormat::kTable, TableStyle(), out);
  CHECK(out.str() == "name      n\n--------  -\n\u201cquoted\u201d  1\na, \"b\"\n");
  out.str("");
  WriteTable(table, OutputFormat::kCsv, TableStyle(), out);
  CHECK(out.str() == "name,n\n\u201cquoted\u201d,1\n\"a, \"\"b\"\"\",\n");
  out.str("");
  WriteTable(table, OutputFormat::kJson, TableStyle(), out);
  CHECK(out.str() ==
        "{\"name\":\"\u201cquoted\u201d\",\"n\":1}\n{\"name\":\"a, \\\"b\\\"\",\"n\":null}\n");
  out.str("");
  WriteTable(Table{{"x"}, {{"abcdefgh"}}}, OutputFormat::kTable, TableStyle{4}, out);
  CHECK(out.str() == "x\n----\nabc\u2026\n");  // the ellipsis counts
}

TEST_CASE("edit distance") {
  CHECK(EditDistance("kitten", "sitting") == 3);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("same", "same") == 0);
}

}  // namespace
}  // namespace kg::cli

namespace kg::cli {
// Defined in cli/main.cc, which tests do not link.
void PrintError(const std::string& message) { std::cerr << "kg: " << message << "\n"; }
}  // namespace kg::cli
