// Endorsements stated in an apposition (extract/endorsement_appositions.cc):
// a reduced relative on any description of a person ("Y, a law professor
// backed by X"), the backer noun with its candidate after "of" ("X, an early
// backer of Y"), and a day between an endorsement noun and its endorser
// ("another endorsement Monday, from X", endorsement_frame.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

constexpr const char* kIntro =
    "County race\n\nMarta Quillfeather is a candidate in the primary election for county "
    "executive.\n\n";

}  // namespace

TEST_CASE("ENDORSES: a described person backed by X", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Newcomer Marta Quillfeather, a retired harbor pilot backed by Gus "
                        "Halvorsen, is trying to unseat the incumbent.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  // The apposition is one item of a list: the name after ", and" is no
  // second endorser.
  ArticleResult b = Run(std::string(kIntro) +
                        "Ida Brack cruised past Marta Quillfeather, the former county "
                        "treasurer endorsed by Gus Halvorsen, and Otto Pemberly, a "
                        "dentist.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:otto-pemberly", "person:marta-quillfeather"));
  // A possessive agent modifies the real endorser.
  ArticleResult c = Run(std::string(kIntro) +
                        "Ida Brack lost to Marta Quillfeather, a firebrand backed by Gus "
                        "Halvorsen's former aide, Otto Pemberly.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  // A name inside the description: not the head's endorsement.
  ArticleResult d = Run(std::string(kIntro) +
                        "Otto Pemberly, a friend of Ida Brack endorsed by Gus Halvorsen, "
                        "spoke.\n");
  CHECK_FALSE(HasRelation(d, "ENDORSES", "person:gus-halvorsen", "person:ida-brack"));
  // Outside a story about a race a described person's backer is none.
  ArticleResult e =
      Run("Harbor news\n\nOtto Pemberly, a marine biologist backed by Gus "
          "Halvorsen, studies the harbor seals.\n");
  CHECK_FALSE(HasRelation(e, "ENDORSES", "person:gus-halvorsen", "person:otto-pemberly"));
}

TEST_CASE("ENDORSES: X, an early backer of Y", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Gus Halvorsen, an early backer of Marta Quillfeather, said the race "
                        "was close.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  // Past a party tag and home state, and between dashes.
  ArticleResult b = Run(std::string(kIntro) +
                        "Sen. Gus Halvorsen (D) of Oregon, a longtime backer of Quillfeather, "
                        "spoke first. Rep. Ida Brack (R-Ohio) - an early backer of "
                        "Quillfeather - spoke next.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  CHECK(HasRelation(b, "ENDORSES", "person:ida-brack", "person:marta-quillfeather"));
  // A second description after "and" is not read; a company is no candidate.
  ArticleResult c = Run(std::string(kIntro) +
                        "Gus Halvorsen, a veteran of the Navy and a strong backer of "
                        "Quillfeather, spoke. Ida Brack, a major backer of Acme Widgets Inc., "
                        "spoke.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
}

TEST_CASE("ENDORSES: a day between the endorsement and its endorser", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Quillfeather received another endorsement Monday, from former Mayor "
                        "Gus Halvorsen, who praised her record.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kIntro) +
                        "Marta Quillfeather kept campaigning in the north, picking up the "
                        "endorsement Tuesday of Sheriff Gus Halvorsen.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  // A comma alone is no day: "the endorsement, from what Halvorsen said".
  ArticleResult c = Run(std::string(kIntro) +
                        "Quillfeather wanted the endorsement, from what Gus Halvorsen "
                        "said.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
}
