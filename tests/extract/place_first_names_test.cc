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

}  // namespace
}  // namespace kg::extract
