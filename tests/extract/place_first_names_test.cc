// A place's name alone that is also a first name ("Georgia", "Chelsea") is
// a person's only when the person's last word is no dictionary word or a
// Census surname: not the rest of a place's or thing's name taken for a
// person (extract/person_index.cc, PersonByFirstName).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasAlias;
using testing::Run;

TEST_CASE("a lone place word is no alias of a thing taken for a person", "[place_first_names]") {
  const ArticleResult r =
      Run("World news\n\n"
          "The Georgia Accord was signed in 2015. Georgia Accord supporters said it would "
          "hold. Georgia hosted the talks.\n");
  const Entity* e = FindEntity(r, "Georgia Accord");
  if (e != nullptr) CHECK_FALSE(HasAlias(*e, "Georgia"));
}

TEST_CASE("a lone place word that is a person's first name stays the person's",
          "[place_first_names]") {
  const ArticleResult r =
      Run("Storm season\n\n"
          "Chelsea Marwood, a resident, said she would stay. Chelsea said the water rose "
          "fast.\n");
  const Entity* e = FindEntity(r, "Chelsea Marwood");
  REQUIRE(e != nullptr);
  CHECK(HasAlias(*e, "Chelsea"));
}

TEST_CASE("a place before a dictionary word's plural is no person's name", "[place_first_names]") {
  const ArticleResult r =
      Run("Sports\n\n"
          "Fans of the Jordan Warriors cheered as the Savannah Pilots lost. Georgia Banks, a "
          "fan, said the team spokesman Kent Waterfields was pleased.\n");
  CHECK_FALSE(testing::IsPerson(r, "Jordan Warriors"));
  CHECK_FALSE(testing::IsPerson(r, "Savannah Pilots"));
  // A Census surname stays a person's.
  CHECK(testing::IsPerson(r, "Georgia Banks"));
}

}  // namespace
}  // namespace kg::extract
