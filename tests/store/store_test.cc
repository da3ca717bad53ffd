#include "store/store.h"

#include <rocksdb/db.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "graph/json_writer.h"
#include "tests/temp_dir.h"
#include "tests/test_nodes.h"

namespace kg::store {
namespace {

using graph::EdgeType;
using graph::NodeType;

using kg::testing::Entity;

ArticleGraph SampleArticle(const std::string& sha) {
  ArticleGraph a;
  a.article.id = graph::ArticleIdFromSha256(sha);
  a.article.sha256 = sha;
  a.article.path = "a.txt";
  a.article.title = "A union endorses a senator";
  a.nodes.push_back(Entity(1, NodeType::kOrganization, "Teachers Union", {"the union"}));
  a.nodes.push_back(Entity(2, NodeType::kPerson, "Ann Smith", {"Smith", "Senator Smith"}));
  graph::Node quote;
  quote.id = 3;
  quote.type = NodeType::kStatement;
  quote.name = "We are proud.";
  quote.quote.start = 40;
  quote.quote.end = 55;
  a.nodes.push_back(quote);
  graph::Edge endorses{1, EdgeType::kEndorses, 2, "", {}};
  endorses.sources.push_back({a.article.id, 0, 30, "The union endorsed Smith.", "endorse.verb"});
  a.edges.push_back(endorses);
  a.edges.push_back({2, EdgeType::kSaid, 3, "", {{a.article.id, 40, 70, "...", "quote.said"}}});
  return a;
}

const std::string kSha1 = std::string(64, 'a');
const std::string kSha2 = std::string(64, 'b');

// Opens the database at `path` with plain RocksDB, behind kg's back (as
// another program or a damaged disk would touch it), and hands every column
// family to `use`.
void WithRawRocksDB(
    const std::string& path,
    const std::function<void(rocksdb::DB*, const std::vector<rocksdb::ColumnFamilyHandle*>&)>&
        use) {
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const char* name :
       {"default", "articles", "facts", "curation", "nodes", "edges_out", "edges_in", "names"}) {
    families.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), path, families, &handles, &raw).ok());
  use(raw, handles);
  for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
  delete raw;
}

TEST_CASE("an article round-trips through RocksDB on disk") {
  TempDir dir;
  std::unique_ptr<Store> db;
  REQUIRE(Store::Open(dir.path() + "/db", {}, &db).ok());
  AddResult result;
  REQUIRE(db->AddArticle(SampleArticle(kSha1), &result).ok());
  CHECK_FALSE(result.skipped);
  CHECK(db->NeedsRebuild());
  REQUIRE(db->Rebuild().ok());
  CHECK_FALSE(db->NeedsRebuild());
  db.reset();

  REQUIRE(Store::Open(dir.path() + "/db", StoreOptions{.read_only = true}, &db).ok());
  std::vector<graph::NodeId> ids;
  REQUIRE(db->FindByName("senator SMITH", &ids).ok());
  REQUIRE(ids.size() == 1);
  graph::Node smith;
  REQUIRE(db->GetNode(ids[0], &smith).ok());
  CHECK(smith.name == "Ann Smith");
  CHECK(smith.id == graph::EntityNodeId(NodeType::kPerson, "Ann Smith"));

  std::vector<graph::Edge> in;
  REQUIRE(db->InEdges(smith.id, &in).ok());
  REQUIRE(in.size() == 1);
  CHECK(in[0].type == EdgeType::kEndorses);
  REQUIRE(in[0].sources.size() == 1);
  CHECK(in[0].sources[0].rule == "endorse.verb");
  CHECK(in[0].sources[0].sentence == "The union endorsed Smith.");

  Stats stats;
  REQUIRE(db->ComputeStats(&stats).ok());
  CHECK(stats.articles == 1);
  CHECK(stats.persons == 1);
  CHECK(stats.organizations == 1);
  CHECK(stats.statements == 1);
  CHECK(stats.endorses == 1);
  CHECK(stats.said == 1);
}

TEST_CASE("re-adding the same bytes is skipped and changes nothing") {
  TempDir dir;
  std::unique_ptr<Store> db;
  REQUIRE(Store::Open(dir.path(), {}, &db).ok());
  AddResult result;
  REQUIRE(db->AddArticle(SampleArticle(kSha1), &result).ok());
  REQUIRE(db->Rebuild().ok());
  graph::Graph before;
  REQUIRE(db->LoadGraph(&before).ok());
  REQUIRE(db->AddArticle(SampleArticle(kSha1), &result).ok());
  CHECK(result.skipped);
  CHECK_FALSE(db->NeedsRebuild());
  graph::Graph after;
  REQUIRE(db->LoadGraph(&after).ok());
  CHECK(after.nodes.size() == before.nodes.size());
  CHECK(after.edges.size() == before.edges.size());
  CHECK(after.edges[0].sources.size() == before.edges[0].sources.size());
}

TEST_CASE("a second article naming the same entities merges into the same nodes") {
  TempDir dir;
  std::unique_ptr<Store> db;
  REQUIRE(Store::Open(dir.path(), {}, &db).ok());
  AddResult result;
  REQUIRE(db->AddArticle(SampleArticle(kSha1), &result).ok());
  ArticleGraph second = SampleArticle(kSha2);
  second.nodes[1] = Entity(2, NodeType::kPerson, "Smith");  // surname only
  REQUIRE(db->AddArticle(second, &result).ok());
  REQUIRE(db->Rebuild().ok());
  Stats stats;
  REQUIRE(db->ComputeStats(&stats).ok());
  CHECK(stats.persons == 1);
  CHECK(stats.statements == 2);  // statements are per article and position
  CHECK(stats.endorses == 1);
  std::vector<graph::NodeId> ids;
  REQUIRE(db->FindByName("Ann Smith", &ids).ok());
  REQUIRE(ids.size() == 1);
  std::vector<graph::Edge> in;
  REQUIRE(db->InEdges(ids[0], &in).ok());
  REQUIRE(in.size() == 1);
  CHECK(in[0].sources.size() == 2);  // one source per article
  graph::Node smith;
  REQUIRE(db->GetNode(ids[0], &smith).ok());
  CHECK(smith.articles.size() == 2);
}

TEST_CASE("descriptive aliases do not merge entities across articles") {
  TempDir dir;
  std::unique_ptr<Store> db;
  REQUIRE(Store::Open(dir.path(), {}, &db).ok());
  AddResult result;
  REQUIRE(db->AddArticle(SampleArticle(kSha1), &result).ok());
  ArticleGraph second = SampleArticle(kSha2);
  second.nodes[0] = Entity(1, NodeType::kOrganization, "Nurses Union", {"the union"});
  REQUIRE(db->AddArticle(second, &result).ok());
  REQUIRE(db->Rebuild().ok());
  Stats stats;
  REQUIRE(db->ComputeStats(&stats).ok());
  CHECK(stats.organizations == 2);
}

TEST_CASE("a second writer gets a clear busy error") {
  TempDir dir;
  std::unique_ptr<Store> first, second;
  REQUIRE(Store::Open(dir.path(), {}, &first).ok());
  Status s = Store::Open(dir.path(), {}, &second);
  CHECK(s.code() == Status::Code::kBusy);
  CHECK(s.message().find("in use by another kg process") != std::string::npos);
  // Readers are not blocked by the writer.
  CHECK(Store::Open(dir.path(), StoreOptions{.read_only = true}, &second).ok());
}

TEST_CASE("opening a missing database read-only does not create it") {
  TempDir dir;
  std::unique_ptr<Store> db;
  Status s = Store::Open(dir.path() + "/nothing", StoreOptions{.read_only = true}, &db);
  CHECK(s.IsNotFound());
  CHECK_FALSE(std::filesystem::exists(dir.path() + "/nothing"));
}

TEST_CASE("a directory that is not a kg database is refused") {
  TempDir dir;
  std::ofstream(dir.path() + "/notes.txt") << "mine";
  std::unique_ptr<Store> db;
  Status s = Store::Open(dir.path(), {}, &db);
  CHECK_FALSE(s.ok());
  CHECK(std::filesystem::exists(dir.path() + "/notes.txt"));
}

std::string ExportJson(const Store& db) {
  graph::Graph g;
  REQUIRE(db.LoadGraph(&g).ok());
  std::ostringstream out;
  graph::WriteJson(g, out);
  return out.str();
}

ArticleGraph ArticleNaming(const std::string& sha, std::vector<graph::Node> entities) {
  ArticleGraph a;
  a.article.id = graph::ArticleIdFromSha256(sha);
  a.article.sha256 = sha;
  a.article.path = sha.substr(0, 4) + ".txt";
  a.nodes = std::move(entities);
  graph::Edge e{1, EdgeType::kEndorses, 2, "", {}};
  e.sources.push_back({a.article.id, 0, 10, "endorsement sentence", "endorse.verb"});
  a.edges.push_back(e);
  return a;
}

std::vector<ArticleGraph> ThreeArticles() {
  return {ArticleNaming(std::string(64, '1'), {Entity(1, NodeType::kOrganization, "Steel Union"),
                                               Entity(2, NodeType::kPerson, "Trump")}),
          ArticleNaming(std::string(64, '2'),
                        {Entity(1, NodeType::kOrganization, "United Steel Union", {"Steel Union"}),
                         Entity(2, NodeType::kPerson, "Donald Trump", {"Trump"})}),
          ArticleNaming(std::string(64, '3'), {Entity(1, NodeType::kPerson, "Ann Kennedy"),
                                               Entity(2, NodeType::kPerson, "Kennedy")})};
}

TEST_CASE("any ingest order, in one run or many, gives the same bytes") {
  std::vector<ArticleGraph> articles = ThreeArticles();
  std::vector<size_t> order = {0, 1, 2};
  std::string reference;
  do {
    for (bool one_run : {true, false}) {
      TempDir dir;
      std::unique_ptr<Store> db;
      REQUIRE(Store::Open(dir.path(), {}, &db).ok());
      for (size_t i : order) {
        AddResult result;
        REQUIRE(db->AddArticle(articles[i], &result).ok());
        if (!one_run) REQUIRE(db->Rebuild().ok());
      }
      REQUIRE(db->Rebuild().ok());
      std::string json = ExportJson(*db);
      if (reference.empty()) reference = json;
      CHECK(json == reference);
      std::vector<std::string> problems;
      REQUIRE(db->Check(&problems).ok());
      CHECK(problems.empty());
    }
  } while (std::next_permutation(order.begin(), order.end()));
  // "Trump" and "Donald Trump" are one node whichever came first.
  CHECK(reference.find("\"name\": \"Trump\"") == std::string::npos);
}

TEST_CASE("curation survives re-ingest and later articles") {
  TempDir dir;
  std::unique_ptr<Store> db;
  REQUIRE(Store::Open(dir.path(), {}, &db).ok());
  std::vector<ArticleGraph> articles = ThreeArticles();
  AddResult result;
  REQUIRE(db->AddArticle(articles[0], &result).ok());
  REQUIRE(db->AddArticle(articles[1], &result).ok());
  REQUIRE(db->Rebuild().ok());
  std::vector<graph::NodeId> ids;
  REQUIRE(db->FindByName("Trump", &ids).ok());
  CHECK(ids.size() == 1);

  REQUIRE(db->AddCuration({CurationOp::kAliasRemove, "Donald Trump", "Trump"}).ok());
  REQUIRE(db->Rebuild().ok());
  REQUIRE(db->FindByName("Trump", &ids).ok());
  CHECK(ids.size() == 1);  // only the bare "Trump" node keeps that name now
  graph::Node bare;
  REQUIRE(db->GetNode(ids[0], &bare).ok());
  CHECK(bare.name == "Trump");

  REQUIRE(db->AddCuration({CurationOp::kMerge, "Ann Kennedy", "Kennedy"}).ok());
  REQUIRE(db->AddArticle(articles[0], &result).ok());  // re-ingest: skipped
  CHECK(result.skipped);
  REQUIRE(db->AddArticle(articles[2], &result).ok());
  db.reset();  // reopening rebuilds what was left unbuilt
  REQUIRE(Store::Open(dir.path(), {}, &db).ok());
  CHECK_FALSE(db->NeedsRebuild());
  REQUIRE(db->FindByName("Kennedy", &ids).ok());
  REQUIRE(ids.size() == 1);
  graph::Node kennedy;
  REQUIRE(db->GetNode(ids[0], &kennedy).ok());
  CHECK(kennedy.name == "Ann Kennedy");
  REQUIRE(db->FindByName("Trump", &ids).ok());
  CHECK(ids.size() == 1);
  std::vector<Curation> curations;
  REQUIRE(db->ListCurations(&curations).ok());
  CHECK(curations.size() == 2);
}

TEST_CASE("Check reports a broken invariant precisely") {
  TempDir dir;
  {
    std::unique_ptr<Store> db;
    REQUIRE(Store::Open(dir.path(), {}, &db).ok());
    AddResult result;
    REQUIRE(db->AddArticle(SampleArticle(kSha1), &result).ok());
    REQUIRE(db->Rebuild().ok());
  }
  {
    // Damage the store behind kg's back: drop every incoming-edge entry.
    WithRawRocksDB(dir.path(), [](rocksdb::DB* raw, const auto& handles) {
      std::unique_ptr<rocksdb::Iterator> it(raw->NewIterator(rocksdb::ReadOptions(), handles[6]));
      for (it->SeekToFirst(); it->Valid(); it->Next()) {
        REQUIRE(raw->Delete(rocksdb::WriteOptions(), handles[6], it->key()).ok());
      }
    });
  }
  std::unique_ptr<Store> db;
  REQUIRE(Store::Open(dir.path(), StoreOptions{.read_only = true}, &db).ok());
  std::vector<std::string> problems;
  REQUIRE(db->Check(&problems).ok());
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].find("has no incoming-direction entry") != std::string::npos);
}

// A reader's view names the table files of its moment; a writer that
// compacts them away and exits before the reader checks leaves the view
// naming files that no longer exist. That is no damage.
TEST_CASE("check from a reader whose table files a finished writer compacted away") {
  TempDir dir;
  std::unique_ptr<Store> db;
  REQUIRE(Store::Open(dir.path(), {}, &db).ok());
  AddResult result;
  REQUIRE(db->AddArticle(SampleArticle(kSha1), &result).ok());
  REQUIRE(db->AddArticle(SampleArticle(kSha2), &result).ok());
  REQUIRE(db->Rebuild().ok());
  db.reset();
  auto tables = [&] {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
      if (entry.path().extension() == ".sst") names.insert(entry.path().filename());
    }
    return names;
  };
  const std::set<std::string> before = tables();
  REQUIRE_FALSE(before.empty());

  std::unique_ptr<Store> reader;
  REQUIRE(Store::Open(dir.path(), StoreOptions{.read_only = true}, &reader).ok());
  {  // another writer rewrites every table file, then exits
    WithRawRocksDB(dir.path(), [](rocksdb::DB* raw, const auto& handles) {
      rocksdb::CompactRangeOptions compact;
      compact.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForce;
      for (auto* h : handles) REQUIRE(raw->CompactRange(compact, h, nullptr, nullptr).ok());
    });
  }
  const std::set<std::string> after = tables();
  bool some_gone = false;
  for (const std::string& name : before) some_gone = some_gone || !after.count(name);
  REQUIRE(some_gone);

  std::vector<std::string> problems;
  REQUIRE(reader->Check(&problems).ok());
  CHECK(problems.empty());
  Stats stats;
  REQUIRE(reader->ComputeStats(&stats).ok());
  CHECK(stats.articles == 2);
}

}  // namespace
}  // namespace kg::store
