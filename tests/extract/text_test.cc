#include "extract/text.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/mentions.h"
#include "extract/quotes.h"
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

TEST_CASE("CheckArticleBytes finds the first bad byte at every offset", "[text]") {
  // The checks skip eight bytes at a time: a bad byte at each position of
  // a chunk, after ASCII and after UTF-8, with line breaks and tabs around.
  const std::string prefixes[] = {"", "Plain text, ", "caf\xc3\xa9 \xe2\x80\x9cok\xe2\x80\x9d\n",
                                  "a\tb\r\n\f\vc "};
  for (const std::string& prefix : prefixes) {
    for (size_t pad = 0; pad < 20; ++pad) {
      const std::string head = prefix + std::string(pad, 'x');
      const std::string at = std::to_string(head.size());
      CAPTURE(prefix, pad);
      CHECK(CheckArticleBytes(head + "tail, ok.\n" + std::string(pad, 'y')).empty());
      CHECK(CheckArticleBytes(head + std::string("\0 rest of the line", 18)) ==
            "binary (NUL byte at offset " + at + ")");
      CHECK(CheckArticleBytes(head + "\x1f rest of the line") ==
            "binary (control character 0x1f at offset " + at + ")");
      CHECK(CheckArticleBytes(head + "\x08 rest\x01") ==
            "binary (control character 0x08 at offset " + at + ")");
      CHECK(CheckArticleBytes(head + "\x80 rest of the line") ==
            "invalid UTF-8 at byte offset " + at);
      CHECK(CheckArticleBytes(head + "\xe2\x80 rest of the line") ==
            "invalid UTF-8 at byte offset " + at);
      CHECK(CheckArticleBytes(head + "\xf0\x9f\x98") == "invalid UTF-8 at byte offset " + at);
      // A control byte is reported before an earlier bad sequence.
      CHECK(CheckArticleBytes(head + "\xff later \x02") ==
            "binary (control character 0x02 at offset " + std::to_string(head.size() + 8) + ")");
      size_t ascii = 0;
      while (ascii < head.size() && static_cast<unsigned char>(head[ascii]) < 0x80) ++ascii;
      CHECK(SkipAscii(head + "\xc3\xa9", 0) == ascii);
    }
  }
  CHECK(SkipAscii("", 0) == 0);
  CHECK(SkipAscii("abcdefghijklmnop\xc3\xa9", 3) == 16);
  CHECK(SkipAscii("abcdefghijklmnopq", 5) == 17);
}

TEST_CASE("CleanText maps typography to ASCII and collapses space", "[text]") {
  const std::string s =
      "\xe2\x80\x9cYes\xe2\x80\x9d \xe2\x80\x93 it\xe2\x80\x99s\xc2\xa0 done\xe2\x80\xa6\r\n ok";
  CHECK(CleanText(s, 0, static_cast<uint32_t>(s.size())) == "\"Yes\" - it's done... ok");
}

TEST_CASE("CleanText copies single spaces and collapses the others", "[text]") {
  const std::string s = "  a  b c\t\"d\" say 'hi'  ";
  CHECK(CleanText(s, 0, static_cast<uint32_t>(s.size())) == "a b c \"d\" say 'hi'");
  const std::string plain = "One sentence of plain words, copied as it is.";
  CHECK(CleanText(plain, 0, static_cast<uint32_t>(plain.size())) == plain);
  CHECK(CleanText(plain, 4, 12) == "sentence");
  CHECK(CleanText(plain, 3, 13) == "sentence");  // the spaces at the ends are dropped
  // Long runs (copied 16 bytes at a time) that end at a quotation mark, a
  // double space, a byte beyond ASCII and the end of the range.
  const std::string longer =
      "The senator said on Tuesday that the committee would meet again \"soon\", and  then   "
      "left\xc2\xa0quietly.";
  CHECK(CleanText(longer, 0, static_cast<uint32_t>(longer.size())) ==
        "The senator said on Tuesday that the committee would meet again \"soon\", and then left "
        "quietly.");
  CHECK(CleanText(longer, 4, 40) == longer.substr(4, 36));
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

TEST_CASE("Links inside an article end at its next line of prose", "[text][furniture]") {
  const std::string s =
      "Budget talks stall\n\nThe mayor spoke on Tuesday about the budget plan.\n\n"
      "Related:\n\nCouncil delays its vote on the harbor bridge\n\n"
      "Why the harbor bridge costs twice as much as planned\n\n"
      "\"We will not raise taxes to pay for a bridge nobody asked for,\" Karen Whitfield, the "
      "council's budget chair, said on Wednesday.\n\n"
      "You might also like:\n\nThe ten best harbor walks\n";
  DocumentBuilder builder;
  Document d = builder.Build(s);
  REQUIRE(d.paragraphs.size() == 8);
  CHECK(d.paragraphs[2].kind == LineKind::kFurniture);  // Related:
  CHECK(d.paragraphs[3].kind == LineKind::kFurniture);  // a story title
  CHECK(d.paragraphs[4].kind == LineKind::kFurniture);
  CHECK(d.paragraphs[5].kind == LineKind::kBody);  // the article goes on
  CHECK(d.paragraphs[6].kind == LineKind::kFurniture);
  CHECK(d.paragraphs[7].kind == LineKind::kFurniture);  // a title at the end stays furniture
  ArticleResult r = Run(s);
  REQUIRE(r.statements.size() == 1);
  CHECK(kg::extract::testing::FindEntity(r, "Karen Whitfield") != nullptr);
}

TEST_CASE("A comment section after inline links still ends the article", "[text][furniture]") {
  const std::string s =
      "Budget talks stall\n\nThe mayor spoke on Tuesday about the budget plan.\n\n"
      "More from the Harbor Gazette:\n\nCouncil delays its vote on the harbor bridge\n\n"
      "Leave a Reply\n\n"
      "I have lived by the harbor for forty years and I have never seen a council waste so "
      "much money on one bridge.\n";
  DocumentBuilder builder;
  Document d = builder.Build(s);
  REQUIRE(d.paragraphs.size() == 6);
  CHECK(d.paragraphs[3].kind == LineKind::kFurniture);
  CHECK(d.paragraphs[5].kind == LineKind::kFurniture);
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

namespace {

// Kinds and texts of the tokens of one line.
struct Tokens {
  std::vector<TokKind> kinds;
  std::vector<std::string> texts;
};

Tokens TokenizeAll(const std::string& s) {
  std::vector<Token> toks;
  TokenizeLine(s, 0, static_cast<uint32_t>(s.size()), &toks);
  Tokens r;
  for (const Token& t : toks) {
    r.kinds.push_back(t.kind);
    r.texts.push_back(s.substr(t.start, t.end - t.start));
  }
  return r;
}

int CountKind(const Tokens& t, TokKind kind) {
  return static_cast<int>(std::count(t.kinds.begin(), t.kinds.end(), kind));
}

const std::string kLeft = "\xe2\x80\x98", kRight = "\xe2\x80\x99";  // ‘ ’

}  // namespace

TEST_CASE("Doubled single marks are double quotation marks", "[text][quotes]") {
  SECTION("curly closing pair after a curly opening mark") {
    Tokens t = TokenizeAll("\xe2\x80\x9cWe will win," + kRight + kRight + " said Jane Roe.");
    REQUIRE(t.kinds[0] == TokKind::kOpenQuote);
    REQUIRE(t.kinds[5] == TokKind::kCloseQuote);
    CHECK(t.texts[5] == kRight + kRight);
    CHECK(t.texts[6] == "said");
  }
  SECTION("ASCII closing pair after a straight opening mark") {
    Tokens t = TokenizeAll("\"We will win,'' she said of the \"black books'' they kept.");
    CHECK(CountKind(t, TokKind::kOpenQuote) == 2);
    CHECK(CountKind(t, TokKind::kCloseQuote) == 2);
    CHECK(CountKind(t, TokKind::kSingleQuote) == 0);
    CHECK(t.texts[5] == "''");
  }
  SECTION("curly opening and closing pairs") {
    Tokens t = TokenizeAll(kLeft + kLeft + "We will win," + kRight + kRight + " she said.");
    CHECK(t.kinds[0] == TokKind::kOpenQuote);
    CHECK(t.texts[0] == kLeft + kLeft);
    CHECK(t.kinds[5] == TokKind::kCloseQuote);
  }
  SECTION("backticks open, ASCII pair closes") {
    Tokens t = TokenizeAll("He told CBS's ``Face the Nation,'' that he would stay.");
    REQUIRE(CountKind(t, TokKind::kOpenQuote) == 1);
    REQUIRE(CountKind(t, TokKind::kCloseQuote) == 1);
    CHECK(t.texts[4] == "``");
    CHECK(t.kinds[4] == TokKind::kOpenQuote);
    CHECK(t.texts[9] == "''");
  }
  SECTION("an ASCII pair at the start of a line opens") {
    Tokens t = TokenizeAll("''I was dismayed,'' he said.");
    CHECK(t.kinds[0] == TokKind::kOpenQuote);
    CHECK(t.kinds[5] == TokKind::kCloseQuote);
  }
  SECTION("a pair after space at the end of a line closes") {
    Tokens t = TokenizeAll("say, " + kLeft + "You" + kRight + "re fired!" + kRight + " " + kRight +
                           kRight);
    CHECK(t.kinds.back() == TokKind::kCloseQuote);
    CHECK(t.texts.back() == kRight + kRight);
  }
  SECTION("three marks: the pair is the outer quotation") {
    Tokens t = TokenizeAll("like " + kLeft + "We need New York," + kRight + kRight + kRight +
                           " Arzt recalls.");
    REQUIRE(CountKind(t, TokKind::kCloseQuote) == 1);
    const size_t close =
        std::find(t.kinds.begin(), t.kinds.end(), TokKind::kCloseQuote) - t.kinds.begin();
    CHECK(t.kinds[close - 1] == TokKind::kSingleQuote);
    CHECK(t.texts[close] == kRight + kRight);
    CHECK(t.texts[close + 1] == "Arzt");
    Tokens o = TokenizeAll("'''Hi,' she said,'' he wrote.");
    CHECK(o.kinds[0] == TokKind::kOpenQuote);
    CHECK(o.texts[0] == "''");
    CHECK(o.kinds[1] == TokKind::kSingleQuote);
  }
}

TEST_CASE("Single marks that are not doubled stay single", "[text][quotes]") {
  for (const std::string& s : std::vector<std::string>{
           "rock " + kRight + "n" + kRight + " roll fans", "the Joneses" + kRight + " car",
           std::string("the Joneses' car"), "in the '90s and " + kRight + "90s",
           "a single " + kRight + " mark", kLeft + "noise." + kRight + " You get sick of it",
           std::string("four '''' marks")}) {
    Tokens t = TokenizeAll(s);
    CHECK(CountKind(t, TokKind::kOpenQuote) == 0);
    CHECK(CountKind(t, TokKind::kCloseQuote) == 0);
  }
}

TEST_CASE("CleanText writes a doubled single mark as a double quotation mark", "[text]") {
  const std::string s = "He said " + kLeft + kLeft + "yes" + kRight + kRight +
                        " and ``no'' to '90s " + kRight + "n" + kRight + " ''''";
  CHECK(CleanText(s, 0, static_cast<uint32_t>(s.size())) ==
        "He said \"yes\" and \"no\" to '90s 'n' ''''");
}

TEST_CASE("A quotation closed by a doubled mark keeps its speaker", "[text][quotes]") {
  const std::string s = "Senate race\n\n" + kLeft + kLeft + "We will win," + kRight + kRight +
                        " said Jane Roe, a senator.\n\n\"The race is close,'' Roe said.\n";
  ArticleResult r = Run(s);
  REQUIRE(r.statements.size() == 2);
  CHECK(r.statements[0].speaker == "person:jane-roe");
  CHECK(r.statements[0].text == "We will win,");
  CHECK(s.substr(r.statements[0].span.start, 6) == kLeft + kLeft);
  CHECK(r.statements[1].speaker == "person:jane-roe");
  CHECK(r.statements[1].text == "The race is close,");
  // A stray pair after a plural possessive opens nothing.
  ArticleResult stray = Run("House sale\n\nThe Jones" + kRight + kRight +
                            " house was sold, Jane Roe said on Monday.\n");
  CHECK(stray.statements.empty());
  CHECK(kg::extract::testing::FindEntity(stray, "Jane Roe") != nullptr);
}

// The tokenizer ends a word at an ASCII byte that can join nothing without
// decoding it; the joiners (' - . , &) must still join when a letter or
// digit follows, and end the word otherwise.
TEST_CASE("Tokenizer ends words at punctuation and keeps joined words", "[text]") {
  const std::string s =
      "(Smith) said: O'Brien's e-mail; AT&T paid 7,600 [U.S.] cars? Yes! at&t, "
      "done.Then end- x";
  std::vector<Token> toks;
  TokenizeLine(s, 0, static_cast<uint32_t>(s.size()), &toks);
  std::vector<std::string> text;
  for (const Token& t : toks) text.push_back(s.substr(t.start, t.end - t.start));
  const std::vector<std::string> want = {
      "(",    "Smith", ")", "said", ":", "O'Brien", "'s",  "e-mail", ";", "AT&T",
      "paid", "7,600", "[", "U.S.", "]", "cars",    "?",   "Yes",    "!", "at",
      "&",    "t",     ",", "done", ".", "Then",    "end", "-",      "x"};
  CHECK(text == want);
  CHECK(toks[5].cap);
  CHECK(toks[9].allcaps);
  CHECK(toks[11].kind == TokKind::kNumber);
}

// FindQuotes keeps the quoted tokens it finds in the Document for the
// relation rules (QuotedTokens); they must equal a fresh computation.
TEST_CASE("QuotedTokens after FindQuotes equals a fresh computation", "[text][quotes]") {
  const std::string s =
      "Council backs plan\n\n\"We will win,\" Mayor Ann Lee said on Monday.\n\n"
      "Tom Ray said the plan was \xe2\x80\x9c"
      "bold\xe2\x80\x9d and \"long overdue.\"\n";
  DocumentBuilder builder;
  Document fresh = builder.Build(s);
  const std::vector<bool> expected = QuotedTokens(fresh);
  REQUIRE(std::count(expected.begin(), expected.end(), true) > 0);
  Document d = builder.Build(s);
  CHECK_FALSE(d.quoted.has_value());
  const MentionTable mentions = FindMentions(d);
  FindQuotes(d, mentions);
  REQUIRE(d.quoted.has_value());
  CHECK(*d.quoted == expected);
  CHECK(QuotedTokens(d) == expected);
}

TEST_CASE("ByteSet finds what find_first_of finds", "[text]") {
  static constexpr ByteSet kMarks(".-'\xe2");
  static_assert(kMarks.Has('.') && kMarks.Has('\xe2') && !kMarks.Has('a'));
  const std::string_view sets[] = {".-'\xe2", "0123456789.", " -", "@", ""};
  const std::string_view words[] = {"",      "Smith",          "O'Brien", "D-Hawaii",
                                    "U.S.",  "Tuesday",        "2016",    "Ki-moon",
                                    "Isn’t", "Pelosi\xff\x80", "a b-c",   "trailing-"};
  for (std::string_view set : sets) {
    const ByteSet bytes(set);
    for (std::string_view w : words) {
      for (size_t pos = 0; pos <= w.size() + 1; ++pos) {
        INFO("set '" << set << "' word '" << w << "' pos " << pos);
        CHECK(bytes.FindIn(w, pos) == w.find_first_of(set, pos));
      }
      CHECK(bytes.AnyIn(w) == (w.find_first_of(set) != std::string_view::npos));
    }
  }
}

TEST_CASE("WordFilter holds every word added and turns most others away", "[text]") {
  WordFilter filter;
  const std::string_view added[] = {"",        "x",       "smith",
                                    "o'brien", "ki-moon", "averyveryverylongsurnameofthirtytwo"};
  for (std::string_view w : added) filter.Add(w);
  for (std::string_view w : added) CHECK(filter.MayHold(w));
  // Other lengths, first or last bytes: no.
  CHECK_FALSE(filter.MayHold("smiths"));
  CHECK_FALSE(filter.MayHold("jones"));
  CHECK_FALSE(filter.MayHold("smitt"));
  CHECK_FALSE(filter.MayHold("senate"));
  // Same length and ends: yes (a filter, not the set).
  CHECK(filter.MayHold("sixth"));
  const WordFilter empty;
  CHECK_FALSE(empty.MayHold(""));
  CHECK_FALSE(empty.MayHold("smith"));
}
