#include "extract/extractor.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <thread>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ToJsonLine prints the FORMAT.md object on one line", "[json]") {
  ArticleResult r =
      Run("Housing\n\n\xe2\x80\x9cRents are too high,\xe2\x80\x9d Mary Lopez "
          "said. Lopez, director of the Tenants Union, spoke first.\n");
  std::string line = ToJsonLine(r, "a/b.txt");
  CHECK(line.find('\n') == std::string::npos);
  auto j = nlohmann::json::parse(line);
  CHECK(j["article"] == "a/b.txt");
  REQUIRE(j["entities"].is_array());
  bool found = false;
  for (auto& e : j["entities"]) {
    if (e["id"] == "person:mary-lopez") {
      found = true;
      CHECK(e["type"] == "person");
      CHECK(e["name"] == "Mary Lopez");
      CHECK(e["mentions"][0].contains("start"));
    }
  }
  CHECK(found);
  REQUIRE(j["statements"].size() == 1);
  CHECK(j["statements"][0]["speaker"] == "person:mary-lopez");
  CHECK(j["statements"][0]["cue"] == "said");
  CHECK_FALSE(j["statements"][0].contains("rule"));
  REQUIRE(j["relations"].size() == 1);
  CHECK(j["relations"][0]["type"] == "HAS_ROLE");
  CHECK(j["relations"][0]["title"] == "director");

  auto x = nlohmann::json::parse(ToJsonLine(r, "-", true));
  CHECK(x["statements"][0]["rule"] == "quote.after");
  CHECK(x["statements"][0]["evidence"].contains("text"));
  CHECK(x["relations"][0]["rule"] == "role.apposition");
  CHECK(x["relations"][0]["evidence"].contains("text"));
}

TEST_CASE("Extractor is usable from several threads", "[extract]") {
  const Extractor& ex = SharedExtractor();
  std::vector<std::thread> threads;
  std::vector<size_t> counts(4);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 50; ++k) {
        counts[i] +=
            ex.Extract("News\n\nSen. Ada Quill said the Senate will vote.\n").entities.size();
      }
    });
  }
  for (auto& t : threads) t.join();
  for (size_t c : counts) CHECK(c == counts[0]);
}
