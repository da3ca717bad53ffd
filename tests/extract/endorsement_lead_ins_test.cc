// "went on to endorse Y": the subject of "went", named, described, or a
// description opening a coordinated predicate (extract/relations.cc,
// extract/endorsement_lead_ins.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::HasRelation;
using testing::Run;

constexpr const char kRace[] =
    "Primary race\n\n"
    "Sen. Bernard Oakes of Vermont ran for president against Laura Whitcomb in the Democratic "
    "primary election.\n\n";

TEST_CASE("The subject of went on to endorse endorses", "[endorsement_lead_ins]") {
  CHECK(HasRelation(Run(std::string(kRace) + "Oakes went on to endorse Laura Whitcomb.\n"),
                    "ENDORSES", "person:bernard-oakes", "person:laura-whitcomb"));
  CHECK(HasRelation(Run(std::string(kRace) +
                        "In 2016, the senator accepted defeat after the primary, and went on "
                        "to endorse Laura Whitcomb in the presidential election.\n"),
                    "ENDORSES", "person:bernard-oakes", "person:laura-whitcomb"));
}

TEST_CASE("A denied or reported went on to endorse is none", "[endorsement_lead_ins]") {
  CHECK_FALSE(
      HasRelation(Run(std::string(kRace) + "Oakes did not go on to endorse Laura Whitcomb.\n"),
                  "ENDORSES", "person:bernard-oakes", "person:laura-whitcomb"));
  CHECK_FALSE(HasRelation(
      Run(std::string(kRace) + "Oakes went on to say that voters should endorse Laura Whitcomb.\n"),
      "ENDORSES", "person:bernard-oakes", "person:laura-whitcomb"));
}

}  // namespace
}  // namespace kg::extract
