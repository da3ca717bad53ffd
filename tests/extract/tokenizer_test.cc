// The tokenizer's word runs: words are classified many bytes at a time
// (tokenizer.cc), so words longer than one run, words that cross a run,
// words at the very end of the text and words with non-ASCII letters must
// come out as when read byte by byte.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/text.h"

using namespace kg::extract;

namespace {

std::vector<Token> Tokens(const std::string& s) {
  std::vector<Token> toks;
  TokenizeLine(s, 0, static_cast<uint32_t>(s.size()), &toks);
  return toks;
}

std::string TextOf(const std::string& s, const Token& t) {
  return s.substr(t.start, t.end - t.start);
}

}  // namespace

TEST_CASE("Long words keep their letters' case across runs", "[text][tokenizer]") {
  const std::string s =
      "Counterintelligence-related ABCDEFGHIJKLMNOPQRSTU abcdefghijklmnopqR NATO-ALLIES x";
  const std::vector<Token> toks = Tokens(s);
  REQUIRE(toks.size() == 5);
  CHECK(TextOf(s, toks[0]) == "Counterintelligence-related");
  CHECK(toks[0].cap);
  CHECK_FALSE(toks[0].allcaps);
  CHECK(TextOf(s, toks[1]) == "ABCDEFGHIJKLMNOPQRSTU");
  CHECK(toks[1].allcaps);  // 21 upper-case letters: more than one run
  CHECK(TextOf(s, toks[2]) == "abcdefghijklmnopqR");
  CHECK_FALSE(toks[2].cap);
  CHECK_FALSE(toks[2].allcaps);  // the one upper-case letter is past the first run
  CHECK(TextOf(s, toks[3]) == "NATO-ALLIES");
  CHECK(toks[3].allcaps);
}

TEST_CASE("Words at the end of the text and of a line", "[text][tokenizer]") {
  // Fewer bytes than a run remain after these words.
  const std::string s = "The FBI said AT&T";
  const std::vector<Token> toks = Tokens(s);
  REQUIRE(toks.size() == 4);
  CHECK(TextOf(s, toks[1]) == "FBI");
  CHECK(toks[1].allcaps);
  CHECK(TextOf(s, toks[3]) == "AT&T");  // joined: all capitals
  CHECK(toks[3].allcaps);

  // A line that ends inside a longer text: the run stops at the line's end.
  const std::string two = "WORDSONTHELINE and more";
  std::vector<Token> line;
  TokenizeLine(two, 0, 9, &line);
  REQUIRE(line.size() == 1);
  CHECK(TextOf(two, line[0]) == "WORDSONTH");
  CHECK(line[0].allcaps);

  const std::string lower = "at&t and Dr. J. Smith";
  const std::vector<Token> lt = Tokens(lower);
  CHECK(TextOf(lower, lt[0]) == "at");  // not all capitals: not joined
  CHECK(TextOf(lower, lt[4]) == "Dr.");
  CHECK(lt[4].abbrev);
  CHECK(TextOf(lower, lt[5]) == "J.");  // an initial
  CHECK(lt[5].abbrev);
}

TEST_CASE("Words with letters beyond ASCII and digits", "[text][tokenizer]") {
  const std::string s =
      "ZO\xc3\x8b and Jos\xc3\xa9 Ocasio-Cortez met COVID-19 experts in 2016-2020.";
  const std::vector<Token> toks = Tokens(s);
  REQUIRE(toks.size() == 10);
  CHECK(TextOf(s, toks[0]) == "ZO\xc3\x8b");
  CHECK(toks[0].allcaps);  // the last capital is not ASCII
  CHECK(TextOf(s, toks[2]) == "Jos\xc3\xa9");
  CHECK_FALSE(toks[2].allcaps);
  CHECK(TextOf(s, toks[3]) == "Ocasio-Cortez");
  CHECK(TextOf(s, toks[5]) == "COVID-19");
  CHECK(toks[5].allcaps);
  CHECK(TextOf(s, toks[8]) == "2016-2020");
  CHECK(toks[8].kind == TokKind::kNumber);
}
