#include "extract/text.h"

#include <catch2/catch.hpp>

#include "extract/document.h"
#include "extract/extractor.h"
#include "tests/extract/test_util.h"

using namespace kg::extract;
using kg::extract::testing::Run;

TEST_CASE("CheckArticleBytes rejects bad input", "[text]") {
  CHECK(CheckArticleBytes("") == "empty");
  CHECK(CheckArticleBytes("Hello world.\n").empty());
  CHECK(CheckArticleBytes(std::string("ab\0cd", 5)).find("binary") == 0);
  CHECK(CheckArticleBytes("ab\x01"
                          "cd")
            .find("binary") == 0);
  CHECK(CheckArticleBytes("caf\xc3\xa9 ok").empty());
  CHECK(CheckArticleBytes("abc\xc3(") == "invalid UTF-8 at byte offset 3");
  CHECK(CheckArticleBytes("ok \xed\xa0\x80 surrogate").find("invalid UTF-8 at byte offset 3") == 0);
  CHECK(CheckArticleBytes("tabs\tand\r\nCRLF are fine\n").empty());
  CHECK(CheckArticleBytes(std::string(16 * 1024 * 1024 + 1, 'a')).find("larger") == 0);
}

TEST_CASE("CleanText maps typography to ASCII and collapses space", "[text]") {
  const std::string s =
      "\xe2\x80\x9cYes\xe2\x80\x9d \xe2\x80\x93 it\xe2\x80\x99s\xc2\xa0 done\xe2\x80\xa6\r\n ok";
  CHECK(CleanText(s, 0, static_cast<uint32_t>(s.size())) == "\"Yes\" - it's done... ok");
}

TEST_CASE("Slug makes stable ids", "[text]") {
  CHECK(Slug("Jeff Sessions") == "jeff-sessions");
  CHECK(Slug("U.S. Senate") == "u-s-senate");
  CHECK(Slug("Martin O'Malley") == "martin-o-malley");
}

TEST_CASE("Tokenizer splits possessives and keeps abbreviations", "[text]") {
  const std::string s = "The agency\xe2\x80\x99s chief, Sen. Ann Lee (R-Ala.), met U.S. officials.";
  std::vector<Token> toks;
  TokenizeLine(s, 0, static_cast<uint32_t>(s.size()), &toks);
  std::vector<std::string> text;
  for (const Token& t : toks) text.push_back(s.substr(t.start, t.end - t.start));
  CHECK(text[1] == "agency");
  CHECK(toks[2].kind == TokKind::kPossessive);
  CHECK(std::find(text.begin(), text.end(), "Sen.") != text.end());
  CHECK(std::find(text.begin(), text.end(), "R-Ala.") != text.end());
  CHECK(std::find(text.begin(), text.end(), "U.S.") != text.end());
}

TEST_CASE("Sentences end at periods but not at abbreviations", "[text]") {
  DocumentBuilder builder;
  const std::string s =
      "Sen. Ann Lee (R-Ala.) met Gov. Tom Ray on Monday. They spoke in the U.S. The talks ended.\n";
  Document d = builder.Build(s);
  REQUIRE(d.sentences.size() == 3);
  CHECK(d.Text(d.sentences[1].tok_begin) == "They");
  CHECK(d.Text(d.sentences[2].tok_begin) == "The");
}

TEST_CASE("Page furniture is recognised and not mined", "[text][furniture]") {
  const std::string s =
      "Budget talks stall\n\nThe mayor spoke on Tuesday about the budget plan.\n\n"
      "Related Posts:\nKaren Whitfield wins award\n\"We are thrilled,\" Karen Whitfield said.\n\n"
      "Leave a Reply\n";
  DocumentBuilder builder;
  Document d = builder.Build(s);
  CHECK(d.paragraphs[1].kind == LineKind::kBody);
  CHECK(d.paragraphs[2].kind == LineKind::kFurniture);
  CHECK(d.paragraphs[3].kind == LineKind::kFurniture);
  CHECK(d.paragraphs[5].kind == LineKind::kFurniture);
  ArticleResult r = Run(s);
  CHECK(r.statements.empty());
  CHECK(kg::extract::testing::FindEntity(r, "Karen Whitfield") == nullptr);
}

TEST_CASE("Offsets point into the original bytes with CRLF and curly quotes", "[text]") {
  const std::string s =
      "Headline Here\r\n\r\n\xe2\x80\x9cWe will fight this,\xe2\x80\x9d\xc2\xa0Maria Gomez said "
      "on Friday.\r\n";
  ArticleResult r = Run(s);
  REQUIRE(r.statements.size() == 1);
  const Statement& st = r.statements[0];
  CHECK(s.substr(st.span.start, 3) == "\xe2\x80\x9c");
  CHECK(s.substr(st.span.end - 3, 3) == "\xe2\x80\x9d");
  CHECK(st.text == "We will fight this,");
  const Entity* e = kg::extract::testing::FindEntity(r, "Maria Gomez");
  REQUIRE(e != nullptr);
  REQUIRE(e->mentions.size() == 1);
  CHECK(s.substr(e->mentions[0].start, e->mentions[0].end - e->mentions[0].start) == "Maria Gomez");
}

TEST_CASE("Inline related-story cards are dropped", "[text][furniture]") {
  const std::string s =
      "Probe widens\n\nGeorge Albright George Walter AlbrightBudget talks stall in the House "
      "MORE is not the only critic, Albright said.\n";
  ArticleResult r = Run(s);
  const Entity* e = kg::extract::testing::FindEntity(r, "George Albright");
  REQUIRE(e != nullptr);
  for (const Entity& x : r.entities) CHECK(x.name.find("AlbrightBudget") == std::string::npos);
}

TEST_CASE("Related-story cards glued to a year, after a title", "[text][furniture]") {
  const std::string s =
      "Race\n\nShe won endorsements from Sens. Walter Albright Walter Albright2020 hopefuls meet "
      "in Iowa MORE (I-Vt.) and Maria Gomez Maria Luisa GomezGomez visits Ohio MORE (D-Mass.).\n";
  ArticleResult r = Run(s);
  const Entity* e = kg::extract::testing::FindEntity(r, "Walter Albright");
  REQUIRE(e != nullptr);
  CHECK(kg::extract::testing::FindEntity(r, "Maria Gomez") != nullptr);
  for (const Entity& x : r.entities) CHECK(x.name.find("2020") == std::string::npos);
}
