// Inner words that keep an organisation's name together: a purpose after
// "to" ("Committee to Protect Harbours", "Lakeshore Right to Sail") and an
// "of" inside the complement of "for" ("Foundation for Defense of
// Harbours"), with the neighbours that must stay apart.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Names: a purpose after to, an of after for", "[mentions][orgs]") {
  ArticleResult a =
      Run("Harbours\n\nThe tide is turning, said Harold Pimsleur, executive director of the "
          "Committee to Protect Harbours. Greta Valdane, legislative director for Lakeshore Right "
          "to Sail, agreed. Mira Tolland, a fellow with the Foundation for Defense of Harbours and "
          "CEO of Zorvexa Partners, was not so sure.\n");
  CHECK(IsOrganization(a, "Committee to Protect Harbours"));
  CHECK(IsOrganization(a, "Lakeshore Right to Sail"));
  CHECK(IsOrganization(a, "Foundation for Defense of Harbours"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur",
                    "organization:committee-to-protect-harbours"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:lakeshore-right-to-sail"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland",
                    "organization:foundation-for-defense-of-harbours"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland", "organization:zorvexa-partners"));
}

TEST_CASE("Names: to between two bodies or before a person stays apart", "[mentions][orgs]") {
  ArticleResult a =
      Run("Harbours\n\nThe State Department to Fox News: no comment. Before handing the Committee "
          "to Republican Senator Harold Pimsleur, the chairman spoke. The Committee to Betray "
          "President Greta Valdane met.\n");
  for (const Entity& e : a.entities) {
    CHECK(e.name != "State Department to Fox News");
    CHECK(e.name.find("Committee to") == std::string::npos);
  }
  CHECK_FALSE(
      HasRelation(a, "HAS_ROLE", "person:greta-valdane", "organization:committee-to-betray"));
}

TEST_CASE("Names: a title after an office's of is part of the name", "[mentions][orgs]") {
  ArticleResult a = Run(
      "Harbours\n\nThe tide is turning, said Harold Pimsleur, a spokesman for the Office of the "
      "Harbour Inspector General. Greta Valdane, counsel to the Office of Special Counsel, "
      "agreed. Office of Harbour Resettlement Director Mira Tolland was not so sure.\n");
  CHECK(IsOrganization(a, "Office of the Harbour Inspector General"));
  CHECK(IsOrganization(a, "Office of Special Counsel"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:harold-pimsleur",
                    "organization:office-of-the-harbour-inspector-general"));
  // Before a person the title is the person's.
  CHECK(HasRelation(a, "HAS_ROLE", "person:mira-tolland",
                    "organization:office-of-harbour-resettlement"));
}
