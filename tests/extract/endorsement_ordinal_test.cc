// Ordinal descriptions of an endorser (FirstToEndorse, with
// extract/endorsement_ordinal.cc): the description opening the sentence
// ("The first senator to endorse Y, X ..."), superlatives ("the
// highest-ranking official to endorse Y") and "becomes".
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

constexpr const char* kIntro =
    "Senate race\n\nMarta Quillfeather is a candidate in the primary election for the "
    "Senate.\n\n";

}  // namespace

TEST_CASE("ENDORSES: an ordinal description opening the sentence", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "The first member of the legislature to endorse Quillfeather, Gus "
                        "Halvorsen became her most visible ally.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kIntro) +
                        "As one of the first mayors to back Marta Quillfeather, Gus Halvorsen's "
                        "standing rose.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  // A list of objects: no subject after the object's comma.
  ArticleResult c = Run(std::string(kIntro) +
                        "The first mayors to endorse Quillfeather, Gus Halvorsen and Ida Brack "
                        "spoke.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
}

TEST_CASE("ENDORSES: a superlative description after 'becomes'", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Gus Halvorsen becomes the highest-ranking official in the county to "
                        "endorse Quillfeather.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kIntro) +
                        "Gus Halvorsen would be the highest-ranking official to endorse "
                        "Quillfeather.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
}
