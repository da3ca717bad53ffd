// A title given apart from the text (a record's title field): the text's
// first line is the lede, mined as body whatever its last character, unless
// it repeats the title or is a caption or byline (extract/document.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::SharedExtractor;
using testing::SpeakerName;

constexpr const char* kLede =
    "Councilwoman Ria Dolmen said Tuesday that the budget vote is proof that \"they never "
    "listen.\"\n\n"
    "The council meets again next week.\n";

TEST_CASE("With a record title the first line is the lede", "[record_title]") {
  const ArticleResult r = SharedExtractor().Extract(kLede, "Budget vote splits the council");
  CHECK(SpeakerName(r, "they never listen") == "Ria Dolmen");
  CHECK(r.title.empty());  // the caller keeps the record's title
}

TEST_CASE("Without a title a first line ending a sentence in a quotation is the lede",
          "[record_title]") {
  // Plain text: the sentence's punctuation inside the closing mark ends a
  // sentence as a bare period does; headlines very rarely end that way.
  ArticleResult r = SharedExtractor().Extract(kLede);
  CHECK(SpeakerName(r, "they never listen") == "Ria Dolmen");
  CHECK(r.title.empty());
  r = SharedExtractor().Extract(
      "Councilwoman Ria Dolmen asked on Tuesday, \"Who will pay for it?\"\n\n"
      "The council meets again next week.\n");
  CHECK(SpeakerName(r, "Who will pay for it?") == "Ria Dolmen");
  // A headline without final punctuation stays one.
  r = SharedExtractor().Extract(
      "Dolmen says the council \"never listens\"\n\n"
      "The council meets again next week.\n");
  CHECK(r.title == "Dolmen says the council \"never listens\"");
  CHECK(SpeakerName(r, "never listens") == "<none>");
}

TEST_CASE("A first line repeating the title, a caption or a byline is no lede", "[record_title]") {
  // A name in a caption or byline taken for body text would take the
  // pronoun of the first quotation.
  const std::string body = "\n\n\"We will get there,\" he said on Tuesday.\n";
  ArticleResult r = SharedExtractor().Extract("Budget vote splits the council" + body,
                                              "Budget vote splits the council  Listen 4:33");
  CHECK(r.title == "Budget vote splits the council");
  r = SharedExtractor().Extract("The council met on Monday (Photo: Tom Vanek)" + body, "A title");
  CHECK(SpeakerName(r, "We will get there") == "<none>");
  r = SharedExtractor().Extract("Tom Vanek and Ola Brisk" + body, "A title");
  CHECK(SpeakerName(r, "We will get there") == "<none>");
  r = SharedExtractor().Extract("Tom Vanek walked out of the council meeting on Monday" + body,
                                "A title");
  CHECK(SpeakerName(r, "We will get there") == "Tom Vanek");
}

TEST_CASE("An empty quotation opening a text does not crash", "[record_title]") {
  const ArticleResult r = SharedExtractor().Extract(
      "\xe2\x80\x9c \xe2\x80\x9cI have never seen a worse place.\xe2\x80\x9d \xe2\x80\x9d.\n\n"
      "Pat Doe is a coach.\n");
  CHECK(r.statements.size() <= 1);
}

}  // namespace
}  // namespace kg::extract
