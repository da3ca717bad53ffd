#include "cli/article_source.h"

#include <zlib.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/extracted_article.h"
#include "cli/input_stream.h"
#include "cli/json_record.h"
#include "cli/ordered_pool.h"
#include "tests/temp_dir.h"

namespace kg::cli {
namespace {

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

void WriteGzip(const std::string& path, const std::string& bytes) {
  gzFile f = gzopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  REQUIRE(gzwrite(f, bytes.data(), static_cast<unsigned>(bytes.size())) ==
          static_cast<int>(bytes.size()));
  gzclose(f);
}

struct Decoded {
  std::vector<SourceArticle> articles;
  std::vector<std::string> errors;
};

Decoded ReadAll(const std::vector<std::string>& paths, const SourceOptions& options = {}) {
  Decoded out;
  ArticleSource source(paths, options);
  InputRecord record;
  while (source.Next(&record)) {
    SourceArticle article;
    std::string error;
    if (DecodeRecord(std::move(record), &article, &error)) {
      out.articles.push_back(std::move(article));
    } else {
      out.errors.push_back(error);
    }
  }
  return out;
}

TEST_CASE("input format follows the extension, after .gz") {
  CHECK(ResolveInputFormat(InputFormat::kAuto, "a/articles.jsonl.gz") == InputFormat::kJsonl);
  CHECK(ResolveInputFormat(InputFormat::kAuto, "x.ndjson") == InputFormat::kJsonl);
  CHECK(ResolveInputFormat(InputFormat::kAuto, "True.csv.gz") == InputFormat::kCsv);
  CHECK(ResolveInputFormat(InputFormat::kAuto, "story.txt") == InputFormat::kText);
  CHECK(ResolveInputFormat(InputFormat::kAuto, "-") == InputFormat::kText);
  CHECK(ResolveInputFormat(InputFormat::kCsv, "story.txt") == InputFormat::kCsv);
  CHECK_FALSE(ParseInputFormat("xml").has_value());
}

TEST_CASE("jsonl lines become articles with their metadata; bad lines name file and line") {
  TempDir dir;
  std::string path = dir.path() + "/c.jsonl";
  WriteFile(path,
            "{\"id\": \"a1\", \"text\": \"One.\", \"title\": \"T\", \"date\": \"2020-01-02\", "
            "\"authors\": [\"X\", \"Y\"], \"url\": \"u\", \"source\": \"S\", \"bias\": 1}\r\n"
            "\n"
            "{\"text\": \"Two.\"}\n"
            "{\"text\": \"unterminated\n"
            "[1, 2]\n"
            "{\"id\": 7, \"text\": 3}\n"
            "{\"id\": 8, \"text\": \"last, no newline\"}");
  Decoded got = ReadAll({path});
  REQUIRE(got.articles.size() == 3);
  const SourceArticle& first = got.articles[0];
  CHECK(first.name == "a1");
  CHECK(first.origin == path + ":1");
  CHECK(first.text == "One.");
  CHECK(first.title == "T");
  CHECK(first.date == "2020-01-02");
  CHECK(first.byline == "X, Y");
  CHECK(first.url == "u");
  CHECK(first.source == "S");
  CHECK(got.articles[1].name == path + ":3");  // no id: named by its line
  CHECK(got.articles[2].name == "8");
  CHECK(got.articles[2].text == "last, no newline");
  REQUIRE(got.errors.size() == 3);
  CHECK(got.errors[0] == path + ":4: not a JSON object");
  CHECK(got.errors[1] == path + ":5: not a JSON object");
  CHECK(got.errors[2] == path + ":6: no \"text\" string");
}

// The fast (simdjson) decoder must agree with the nlohmann reference on
// every line: values, duplicates, escapes, numbers and what is malformed.
TEST_CASE("jsonl records: the fast decoder agrees with the reference on tricky lines") {
  auto decode = [](const std::string& line) {
    JsonRecord fast, reference;
    JsonRecordStatus fast_status = DecodeJsonRecord(line, &fast);
    JsonRecordStatus reference_status = DecodeJsonRecordReference(line, &reference);
    INFO(line);
    CHECK(fast_status == reference_status);
    CHECK(fast.text == reference.text);
    CHECK(fast.id == reference.id);
    CHECK(fast.title == reference.title);
    CHECK(fast.date == reference.date);
    CHECK(fast.url == reference.url);
    CHECK(fast.source == reference.source);
    CHECK(fast.byline == reference.byline);
    return std::make_pair(fast_status, fast);
  };
  using S = JsonRecordStatus;
  auto [status, r] =
      decode(R"({"text":"a \"q\" \\ \/ \n\t\u00e9\u20AC \uD83D\uDE00","title":"\u0000x"})");
  CHECK(status == S::kOk);
  CHECK(r.text == "a \"q\" \\ / \n\t\xC3\xA9\xE2\x82\xAC \xF0\x9F\x98\x80");
  CHECK(r.title == std::string("\0x", 2));
  std::tie(status, r) = decode(R"({"text":"t","id":null,"title":null,"authors":null,"date":true})");
  CHECK(
      (status == S::kOk && r.id.empty() && r.title.empty() && r.byline.empty() && r.date.empty()));
  std::tie(status, r) = decode(R"({"text":"t","id":-0,"date":1.0,"url":1e2,"source":-12})");
  CHECK((r.id == "0" && r.date.empty() && r.url.empty() && r.source == "-12"));
  // Unsigned beyond int64 wraps as nlohmann's get<long long>() does; beyond
  // uint64 it is a float (simdjson refuses it: the reference decides).
  std::tie(status, r) =
      decode(R"({"text":"t","id":18446744073709551615,"title":18446744073709551616})");
  CHECK((status == S::kOk && r.id == "-1" && r.title.empty()));
  std::tie(status, r) =
      decode(R"({"text":"a","text":"b","authors":"x","authors":["y",1,["z"],"w"]})");
  CHECK((r.text == "b" && r.byline == "y, w"));  // the last duplicate wins
  std::tie(status, r) = decode(R"({"text":"a","text":null})");
  CHECK(status == S::kNoText);
  std::tie(status, r) = decode(R"({"te\u0078t":"escaped key"})");
  CHECK(r.text == "escaped key");
  std::tie(status, r) = decode("\xEF\xBB\xBF{\"text\":\"after a BOM\"} \r");
  CHECK(r.text == "after a BOM");
  for (std::string bad :
       {R"({"text":"lone \uD800"})", R"({"text":"lone \uDC00"})", R"({"text":"\uD800\u0041"})",
        "{\"text\":\"\xC3\x28\"}", "{\"text\":\"\xED\xA0\x80\"}", R"({"text":"x"} x)",
        R"({"text":"x",})", R"({"text":"x","a":[1,]})", R"({"text":"x","id":1e999})",
        R"({"text":"x","id":01})", "{\"text\":\"x\x01\"}", R"(["text"])", R"("text")"}) {
    CHECK(decode(bad).first == S::kNotAnObject);
  }
  // Deeper than simdjson's limit, and larger than its size cap: the reference.
  std::string deep =
      R"({"text":"deep","x":)" + std::string(2000, '[') + std::string(2000, ']') + "}";
  CHECK(decode(deep).second.text == "deep");
  std::string huge = R"({"id":"h","text":")" + std::string(3 << 20, 'a') + "\"}";
  CHECK(decode(huge).second.id == "h");
}

TEST_CASE("gzip'd jsonl reads the same as plain, in a long stream") {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 3000; ++i) {
    lines +=
        "{\"id\": \"n" + std::to_string(i) + "\", \"text\": \"" + std::string(500, 'x') + "\"}\n";
  }
  WriteFile(dir.path() + "/plain.jsonl", lines);
  WriteGzip(dir.path() + "/packed.jsonl.gz", lines);
  Decoded plain = ReadAll({dir.path() + "/plain.jsonl"});
  Decoded packed = ReadAll({dir.path() + "/packed.jsonl.gz"});
  REQUIRE(plain.articles.size() == 3000);
  REQUIRE(packed.articles.size() == 3000);
  CHECK(packed.errors.empty());
  CHECK(packed.articles[2999].name == "n2999");
  CHECK(packed.articles[1234].text == plain.articles[1234].text);
}

TEST_CASE("a truncated gzip stream is an error, not a silent end") {
  TempDir dir;
  std::string lines;
  for (int i = 0; i < 2000; ++i) lines += "{\"text\": \"line " + std::to_string(i) + "\"}\n";
  WriteGzip(dir.path() + "/full.jsonl.gz", lines);
  std::ifstream in(dir.path() + "/full.jsonl.gz", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  WriteFile(dir.path() + "/cut.jsonl.gz", bytes.substr(0, bytes.size() / 2));
  Decoded got = ReadAll({dir.path() + "/cut.jsonl.gz"});
  CHECK(got.articles.size() < 2000);
  REQUIRE_FALSE(got.errors.empty());
  CHECK(got.errors.back().rfind(dir.path() + "/cut.jsonl.gz: ", 0) == 0);
}

TEST_CASE("csv rows: quoted commas, quotes and newlines; columns by name") {
  TempDir dir;
  std::string path = dir.path() + "/c.csv";
  WriteFile(path,
            "title,text,subject,date\r\n"
            "\"A, title\",\"He said \"\"yes\"\".\nSecond line.\",news,\"December 31, 2017 \"\r\n"
            "B,plain body,news,2017-12-30\n"
            "short,row\n");
  SourceOptions options;
  options.csv.title = "title";
  options.csv.date = "date";
  Decoded got = ReadAll({path}, options);
  REQUIRE(got.articles.size() == 2);
  CHECK(got.articles[0].title == "A, title");
  CHECK(got.articles[0].text == "He said \"yes\".\nSecond line.");
  CHECK(got.articles[0].date == "December 31, 2017 ");
  CHECK(got.articles[0].name == path + ":2");
  CHECK(got.articles[1].name == path + ":4");  // the first row spans lines 2-3
  REQUIRE(got.errors.size() == 1);
  CHECK(got.errors[0].rfind(path + ":5: row has 2 fields", 0) == 0);

  options.csv.text = "body";
  Decoded missing = ReadAll({path}, options);
  CHECK(missing.articles.empty());
  REQUIRE(missing.errors.size() == 1);
  CHECK(missing.errors[0] == path + ":1: no column \"body\" in the CSV header");
}

TEST_CASE("text inputs: one article per file; unreadable paths are errors in order") {
  TempDir dir;
  WriteFile(dir.path() + "/b.txt", "Bee.");
  WriteGzip(dir.path() + "/a.txt.gz", "Ay.");
  Decoded got = ReadAll({dir.path(), dir.path() + "/missing.txt"});
  REQUIRE(got.articles.size() == 2);
  CHECK(got.articles[0].text == "Ay.");  // decompressed
  CHECK(got.articles[1].name == dir.path() + "/b.txt");
  REQUIRE(got.errors.size() == 1);
  CHECK(got.errors[0] == dir.path() + "/missing.txt: No such file or directory");
}

TEST_CASE("RunOrdered delivers results in input order for any number of jobs") {
  for (int jobs : {1, 2, 3, 8}) {
    int next_value = 0;
    std::vector<int> seen;
    std::atomic<int> concurrent{0}, most{0};
    RunOrdered<int, int>(
        jobs, 4,
        [&](int* in) {
          if (next_value == 200) return false;
          *in = next_value++;
          return true;
        },
        [&](int& in) {
          int now = ++concurrent;
          int best = most.load();
          while (now > best && !most.compare_exchange_weak(best, now)) {
          }
          // Uneven work so that later inputs often finish first.
          std::this_thread::sleep_for(std::chrono::microseconds((in * 37) % 5 * 50));
          --concurrent;
          return in * 2;
        },
        [&](int& out) {
          seen.push_back(out);
          return true;
        });
    REQUIRE(seen.size() == 200);
    for (int i = 0; i < 200; ++i) REQUIRE(seen[i] == 2 * i);
    CHECK(most.load() <= std::max(1, jobs));
  }
}

TEST_CASE("RunOrdered stops when consume says so") {
  int produced = 0;
  std::vector<int> seen;
  RunOrdered<int, int>(
      2, 4,
      [&](int* in) {
        *in = produced++;
        return true;  // endless input
      },
      [](int& in) { return in; },
      [&](int& out) {
        seen.push_back(out);
        return out < 10;
      });
  CHECK(seen.size() == 11);
  CHECK(produced <= 11 + 4 + 2);  // the window bounds what was read ahead
}

}  // namespace
}  // namespace kg::cli

TEST_CASE("kg load records: offsets and sizes must be unsigned integers in range") {
  const std::string head =
      R"({"article":"a.txt","sha256":"00","title":"","entities":[{"id":"e1","type":"person",)"
      R"("name":"Ann Lee","aliases":[],"mentions":[{"start":0,"end":7}]}],"relations":[],)";
  kg::cli::ExtractedArticle article;
  std::string error;
  REQUIRE(kg::cli::ParseExtractJson(head + R"("statements":[],"size":7})", "x.jsonl:1", &article,
                                    &error));
  CHECK(article.size == 7);
  // A float too big for any integer (undefined behaviour to cast), a
  // negative number, and an offset past 2^32 are each refused, by name.
  for (const std::string bad : {R"("statements":[],"size":1e300})", R"("statements":[],"size":-1})",
                                R"("statements":[{"speaker":"e1","text":"x","start":0,)"
                                R"("end":4294967296,"evidence":{"start":0,"end":1}}],"size":7})"}) {
    error.clear();
    CHECK_FALSE(kg::cli::ParseExtractJson(head + bad, "x.jsonl:1", &article, &error));
    CHECK(error.find("x.jsonl:1: malformed extract record") == 0);
    CHECK((error.find("'size'") != std::string::npos || error.find("'end'") != std::string::npos));
  }
}
