// cli/json_text and the hand-written `kg extract` line: the bytes must be
// exactly those nlohmann's dump(-1, ' ', false, replace) wrote before, for
// every string (control bytes, quotes, UTF-8, bad sequences) and field.
#include "cli/json_text.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "cli/extracted_article.h"

namespace kg::cli {
namespace {

std::string Nlohmann(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Ours(const std::string& s) {
  std::string out = "prefix";
  AppendJsonString(&out, s);
  REQUIRE(out.compare(0, 6, "prefix") == 0);
  return out.substr(6);
}

TEST_CASE("AppendJsonString escapes as nlohmann's dump does") {
  for (const std::string& s :
       {std::string(""), std::string("plain words"), std::string("say \"no\" \\ now"),
        std::string("tab\there\nnew\rline\fform\bback"), std::string("\x01\x1f\x7f/", 4),
        std::string("nul\0byte", 8), std::string("caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d"),
        std::string("emoji \xf0\x9f\x98\x80 and \xe2\x80\xa8 line separator"),
        // bad sequences: lone continuation, cut sequence, overlong,
        // surrogate, above U+10FFFF, cut at the end
        std::string("a\x80z"), std::string("a\xe2\x80z"), std::string("a\xc0\xafz"),
        std::string("a\xed\xa0\x80z"), std::string("a\xf4\x90\x80\x80z"),
        std::string("end \xe2\x80"), std::string("\xff\xfe"), std::string("\xc3")}) {
    CAPTURE(s);
    CHECK(Ours(s) == Nlohmann(s));
  }
}

TEST_CASE("AppendJsonString agrees with nlohmann on random bytes") {
  std::mt19937 rng(17);
  // Biased towards the bytes that matter: ASCII specials, lead and
  // continuation bytes, so that valid and broken sequences both occur.
  const std::string alphabet =
      std::string("ab \"\\\n\t\x01\x7f", 10) +
      "\xc2\xc3\xdf\xe0\xe2\xed\xef\xf0\xf4\xf5\xff\x80\x8f\x90\x9f\xa0\xbf";
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 12);
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    for (int k = length(rng); k > 0; --k) s.push_back(alphabet[pick(rng)]);
    CAPTURE(s);
    REQUIRE(Ours(s) == Nlohmann(s));
  }
}

TEST_CASE("AppendJsonUint writes decimal digits") {
  for (uint64_t v : {uint64_t{0}, uint64_t{7}, uint64_t{10}, uint64_t{4294967295u},
                     uint64_t{18446744073709551615u}}) {
    std::string out;
    AppendJsonUint(&out, v);
    CHECK(out == std::to_string(v));
  }
}

ExtractedArticle SampleArticle() {
  ExtractedArticle a;
  a.name = "feed.jsonl:3";
  a.sha256 = std::string(64, 'a');
  a.size = 123456;
  a.url = "https://example.com/a?b=\"c\"";
  a.result.title = "A \"headline\"";
  a.result.date = "2020-01-02";
  extract::Entity p;
  p.id = "person:ann-lee";
  p.type = extract::EntityType::kPerson;
  p.name = "Ann Lee";
  p.aliases = {"Lee", "Ms. Lee"};
  p.mentions = {{0, 7}, {40, 43}};
  extract::Entity o;
  o.id = "organization:acme";
  o.type = extract::EntityType::kOrganization;
  o.name = "Acme";
  o.mentions = {{20, 24}};
  a.result.entities = {p, o};
  extract::Relation r;
  r.type = "HAS_ROLE";
  r.source = p.id;
  r.target = o.id;
  r.title = "chief";
  r.evidence = {{0, 30}, "Ann Lee, Acme's chief,\nsaid", "apposition"};
  extract::Relation e = r;
  e.type = "ENDORSES";
  e.title.clear();
  a.result.relations = {r, e};
  extract::Statement s;
  s.speaker = p.id;
  s.text = "cut \xe2\x80";  // a span that cut a character
  s.span = {50, 60};
  s.cue = "said";
  s.evidence = {{45, 70}, "\"cut,\" she said.", "after"};
  a.result.statements = {s};
  return a;
}

TEST_CASE("ToExtractJson writes nlohmann's compact dump, fields in order") {
  ExtractedArticle a = SampleArticle();
  std::string line = ToExtractJson(a);
  // Parsing keeps the key order; dumping again must give the same bytes.
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(line);
  CHECK(j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) == line);
  std::vector<std::string> keys;
  for (const auto& item : j.items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"article", "sha256", "size", "title", "date", "url",
                                         "entities", "relations", "statements"});
  CHECK(j["size"] == 123456);
  CHECK(j["entities"][0]["aliases"] == nlohmann::ordered_json({"Lee", "Ms. Lee"}));
  CHECK(j["entities"][1]["aliases"] == nlohmann::ordered_json::array());
  CHECK(j["entities"][0]["mentions"][1]["end"] == 43);
  CHECK(j["relations"][0].contains("title"));
  CHECK_FALSE(j["relations"][1].contains("title"));
  CHECK(j["relations"][0]["evidence"]["text"] == "Ann Lee, Acme's chief,\nsaid");
  CHECK(j["statements"][0]["text"] == "cut \xef\xbf\xbd");
  CHECK(line.find("\"statements\":[{\"speaker\":\"person:ann-lee\",\"text\":") !=
        std::string::npos);

  ExtractedArticle back;
  std::string error;
  REQUIRE(ParseExtractJson(line, "x.jsonl:1", &back, &error));
  CHECK(back.result.relations.size() == 2);
  CHECK(back.result.statements[0].evidence.rule == "after");
}

TEST_CASE("ToExtractJson of an article without facts") {
  ExtractedArticle a;
  a.name = "empty";
  a.sha256 = std::string(64, '0');
  a.size = 1;
  CHECK(ToExtractJson(a) == R"({"article":"empty","sha256":")" + a.sha256 +
                                R"(","size":1,"entities":[],"relations":[],"statements":[]})");
}

}  // namespace
}  // namespace kg::cli
