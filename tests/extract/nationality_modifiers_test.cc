// A nationality or a place before a description noun or a title describes
// the name after it and is no organisation: "the Swiss writer X", "Greek
// President X", "the French newspaper Y", "a Texas newspaper"
// (extract/org_cues.cc, extract/role_org_cues.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasRelation;
using testing::IsOrganization;
using testing::Run;

std::string Article(const char* body) {
  return std::string("Talks\n\nThe talks went on for a second week in the capital.\n\n") + body +
         "\n";
}

TEST_CASE("a nationality before a title is no organisation", "[nationality_modifiers]") {
  struct Case {
    const char* body;
    const char* word;
    const char* person;
  };
  for (const Case& c : {
           Case{"As the Swiss novelist Anselm Borkwald once wrote, borders are habits.", "Swiss",
                "person:anselm-borkwald"},
           Case{"Delegates met Greek President Stavros Kelaidis on Monday.", "Greek",
                "person:stavros-kelaidis"},
           Case{"The talks were led by the Filipino President Ramon Dacanay this week.", "Filipino",
                "person:ramon-dacanay"},
           Case{"Lena Voss, a food columnist for the Dutch magazine Tafelrond, tasted it.", "Dutch",
                "person:lena-voss"},
       }) {
    const ArticleResult r = Run(Article(c.body));
    INFO(c.body);
    CHECK(FindEntity(r, c.word) == nullptr);
    CHECK_FALSE(HasRelation(r, "HAS_ROLE", c.person,
                            std::string("organization:") + (c.word[0] == 'S'   ? "swiss"
                                                            : c.word[0] == 'G' ? "greek"
                                                            : c.word[0] == 'F' ? "filipino"
                                                                               : "dutch")));
  }
}

TEST_CASE("a place or nationality before a media noun is no organisation",
          "[nationality_modifiers]") {
  for (const char* body :
       {"The French newspaper Le Quotidien ran the story on Friday.",
        "The company apologized to a Texas newspaper after deleting a post.",
        "\"We will not sign it,\" the minister told the Iowa newspaper on Monday."}) {
    const ArticleResult r = Run(Article(body));
    INFO(body);
    CHECK_FALSE(IsOrganization(r, "French"));
    CHECK_FALSE(IsOrganization(r, "Texas"));
    CHECK_FALSE(IsOrganization(r, "Iowa"));
  }
  // A publication named before its noun still is one.
  const ArticleResult r = Run(Article("The Ridgeline newspaper ran the story on Friday."));
  CHECK(IsOrganization(r, "Ridgeline"));
}

}  // namespace
}  // namespace kg::extract
