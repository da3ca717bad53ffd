// The word flag kEndorseCue (MayOpenEndorsement, relation_trigger_words.h):
// RelationFinder::Triggers runs its endorsement test only on flagged words,
// so every word that test accepts must be flagged.
#include <catch2/catch.hpp>

#include "extract/relation_trigger_words.h"
#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using internal::MayOpenEndorsement;

TEST_CASE("the endorsement cue flags every word the endorsement test starts from",
          "[endorse_cue]") {
  for (const char* w : {"endorse", "endorsed", "endorsement", "re-endorsed", "back", "backed",
                        "backing", "backers", "behind", "out", "support", "supported", "supporting",
                        "union-backed", "party-endorsed", "-backed", "-endorsed"})
    CHECK(MayOpenEndorsement(w));
  for (const char* w : {"said", "bank", "about", "supper", "endless", "outside", "bach"})
    CHECK_FALSE(MayOpenEndorsement(w));
}

TEST_CASE("a flagged word still opens an endorsement in a sentence", "[endorse_cue]") {
  // Written for this test; the cue words reach the rules through the flag.
  const ArticleResult r = testing::Run(std::string(testing::kElectionIntro) +
                                       "Governor Jane Roe endorsed Senator John Doe on Monday.\n");
  bool found = false;
  for (const Relation& rel : r.relations) found = found || rel.type == "ENDORSES";
  CHECK(found);
}

}  // namespace
}  // namespace kg::extract
