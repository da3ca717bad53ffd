// Cheap tests that spare the extractor work (docs/performance.md): each must
// let through everything the expensive test it guards would accept.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/extractor.h"
#include "tests/extract/test_util.h"

using namespace kg::extract;

TEST_CASE("Furniture pre-test passes every alternative of the patterns", "[speed][furniture]") {
  // One line per alternative of the two furniture patterns, in odd case and
  // with spaces around: each must still be furniture.
  const std::vector<std::string> lines = {"Related Posts:",
                                          "related article",
                                          "RELATED STORIES:",
                                          "Related:",
                                          "Next Post",
                                          "  previous post",
                                          "Leave a Reply",
                                          "leave a comment",
                                          "Inline Feedbacks",
                                          "View all comments",
                                          "12 Comments",
                                          "Comments",
                                          "Share Tweet Pin",
                                          "Share this:",
                                          "You May Also Like These",
                                          "Send this to a friend",
                                          "Recommended for You",
                                          "More from The Daily Ledger",
                                          "About the Author",
                                          "Sign up for our free newsletter today",
                                          "Subscribe to our podcast",
                                          "Popular Posts",
                                          "Trending Now",
                                          "Most Popular",
                                          "Post navigation",
                                          "Tags: budget, city hall",
                                          "Filed Under: Local",
                                          "Share on Facebook (Opens in new window)",
                                          "Click to share on Twitter",
                                          "You might also like",
                                          "Sponsored Content",
                                          "From Around the Web",
                                          "Advertisement",
                                          "(adsbygoogle = window.adsbygoogle || []).push({});",
                                          "adsbygoogle",
                                          "Share",
                                          "Tweet",
                                          "Email",
                                          "Print",
                                          "Read More",
                                          "Continue reading the story",
                                          "Click here to subscribe",
                                          "Photo: Dana Hale",
                                          "Image: city archive",
                                          "Getty Images",
                                          "AP Photo/Lee Park",
                                          "Reuters/Ann Moss",
                                          "The budget vote, explained. READ MORE"};
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(MayBeFurnitureLine(line));
    // Third line of an article: the patterns themselves agree.
    DocumentBuilder builder;
    const Document d = builder.Build("Budget talks stall\n\nThe mayor spoke.\n\n" + line + "\n");
    REQUIRE(d.paragraphs.size() == 3);
    CHECK(d.paragraphs[2].kind == LineKind::kFurniture);
  }
}

TEST_CASE("Furniture pre-test turns away ordinary short lines", "[speed][furniture]") {
  CHECK_FALSE(MayBeFurnitureLine("The mayor spoke on Tuesday."));
  CHECK_FALSE(MayBeFurnitureLine("He said the plan would pass."));
  CHECK_FALSE(MayBeFurnitureLine("Budget talks stall"));
  CHECK_FALSE(MayBeFurnitureLine("\"We will fight,\" she said."));
  // Lines it cannot judge go on to the patterns.
  CHECK(MayBeFurnitureLine("\xc5\xbfhare"));  // a long s, which RE2 folds onto s
  CHECK(MayBeFurnitureLine("x"));
  CHECK(MayBeFurnitureLine("Budget: read more"));
}

TEST_CASE("Article dates are found where the search starts late", "[speed][date]") {
  using kg::extract::testing::Run;
  // The search starts after the comma before the first ", 19|20": the month
  // before it is still seen, a word glued before the month is still a word.
  CHECK(Run("Budget talks stall\n\nTOWN, Ohio, March 3, 2019 - The mayor spoke.\n").date ==
        "2019-03-03");
  CHECK(
      Run("Budget talks stall\n\nIn Marchmay 3, 2019, and May 4, 2019, the mayor spoke.\n").date ==
      "2019-05-04");
  CHECK(Run("Budget talks stall\n\nOn June 9,\f2020 the mayor spoke, 2021 tickets aside.\n").date ==
        "2020-06-09");
  CHECK(Run("Budget talks stall\n\nRoom 12-2020, filed 2019-04-05 and 2018-01-02.\n").date ==
        "2019-04-05");
  CHECK(Run("Budget talks stall\n\nThe mayor spoke, 2020 plans aside.\n").date.empty());
}
