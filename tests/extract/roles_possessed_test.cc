// HAS_ROLE from an organisation's possessive before a full name
// (role.possessed, "Kestrel News' Jane Roe said"): not for a show or a
// newsletter named like a person ("on Pinecrest Network's Rusty Dale"), nor
// for a name that modifies a noun ("the bureau's Jane Roe email probe").
// And an organisation's name cut before a person ("Jane Roe of the
// University of Pinecrest and John Doe of ...") keeps no "and".
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

ArticleResult RunText(const std::string& text) { return Run("Report\n\n" + text + "\n"); }

constexpr auto Role = HasRoleNamed;

}  // namespace

TEST_CASE("Possessed roles: a show named like a person", "[relations][roles]") {
  // Where one speaks or appears, where one works, what one hosts.
  CHECK_FALSE(Role(RunText("Tobias Wrenfield said on Pinecrest Network's Rusty Dale that the plan "
                           "was bad."),
                   "Rusty Dale", "Pinecrest Network"));
  CHECK_FALSE(Role(RunText("\"The race is close,\" Tobias Wrenfield at the Kestrel University's "
                           "Ruby Compass told me in an email."),
                   "Ruby Compass", "Kestrel University"));
  CHECK_FALSE(Role(RunText("The crew at Pinecrest Network's Rusty Dale has been hearing the "
                           "opposite."),
                   "Rusty Dale", "Pinecrest Network"));
  CHECK_FALSE(Role(RunText("Tobias Wrenfield, co-host of Pinecrest Network's Rusty Dale, said the "
                           "plan was bad."),
                   "Rusty Dale", "Pinecrest Network"));
  CHECK_FALSE(Role(RunText("Pinecrest Network's Rusty Dale host Tobias Wrenfield said the plan was "
                           "bad."),
                   "Rusty Dale", "Pinecrest Network"));
  // Another mention says so: the edge goes for every mention.
  CHECK_FALSE(Role(RunText("Tobias Wrenfield told Pinecrest Network's Rusty Dale that the plan was "
                           "bad. Marla Quint appeared on Rusty Dale later."),
                   "Rusty Dale", "Pinecrest Network"));
  // A time of day before a first name.
  CHECK_FALSE(Role(RunText("Tobias Wrenfield told Pinecrest Network's Morning Marty that the plan "
                           "was bad."),
                   "Morning Marty", "Pinecrest Network"));
}

TEST_CASE("Possessed roles: a name that modifies a noun", "[relations][roles]") {
  CHECK_FALSE(Role(RunText("Lawmakers asked about the Pinecrest Bureau of Investigation's Dorian "
                           "Oxby email probe on Monday."),
                   "Dorian Oxby", "Pinecrest Bureau of Investigation"));
  CHECK_FALSE(Role(RunText("The Midland office is a satellite office of the Pinecrest Bureau of "
                           "Investigation's Santa Fe division."),
                   "Santa Fe", "Pinecrest Bureau of Investigation"));
}

TEST_CASE("Possessed roles: journalists stay", "[relations][roles]") {
  // "called on" a reporter, a show named after its host, "hosts" a verb.
  CHECK(Role(RunText("The president called on Kestrel News's Yvette Calloway, who asked about "
                     "taxes."),
             "Yvette Calloway", "Kestrel News"));
  CHECK(Role(RunText("Tobias Wrenfield appeared on Harlan Voss's show last week. He later told "
                     "Kestrel News' Harlan Voss that the plan was bad."),
             "Harlan Voss", "Kestrel News"));
  CHECK(Role(RunText("Tobias Wrenfield said on Pinecrest Network's Harlan Voss Show that the plan "
                     "was bad. Pinecrest Network's Harlan Voss agreed."),
             "Harlan Voss", "Pinecrest Network"));
  CHECK(Role(RunText("Kestrel News' Harlan Voss hosts the debate on Monday."), "Harlan Voss",
             "Kestrel News"));
  CHECK(Role(RunText("The ad features clips of Kestrel News's Harlan Voss and other reporters."),
             "Harlan Voss", "Kestrel News"));
}

TEST_CASE("Organisations: a name cut before a person keeps no joining word", "[mentions][roles]") {
  const ArticleResult a = RunText(
      "The study was written by Tobias Wrenfield of the University of Pinecrest and Marla Quint "
      "of Kestrel State University.");
  CHECK(Role(a, "Tobias Wrenfield", "University of Pinecrest"));
  CHECK(Role(a, "Marla Quint", "Kestrel State University"));
  CHECK(FindEntity(a, "University of Pinecrest and") == nullptr);
  // "Y and Attorney General X": X holds no role in Y.
  const ArticleResult b = RunText(
      "The Pinecrest Bureau of Prisons and Attorney General Harlan Voss said the inmate died.");
  CHECK_FALSE(Role(b, "Harlan Voss", "Pinecrest Bureau of Prisons"));
  CHECK(FindEntity(b, "Pinecrest Bureau of Prisons and") == nullptr);
}

TEST_CASE("Organisations: a place ending a longer name is no body", "[mentions][roles]") {
  // The apposition describes "Friends of Liberty in Canada", not Canada.
  const ArticleResult a = RunText(
      "The minister met Canada's Harlan Voss. \"It was a photo-op,\" said Tobias Wrenfield of "
      "Friends of Liberty in Canada, a human rights group that helps refugees.");
  CHECK_FALSE(IsOrganization(a, "Canada"));
  CHECK_FALSE(Role(a, "Harlan Voss", "Canada"));
}

TEST_CASE("Organisations: an acronym after 'and' opens a name of its own", "[mentions][roles]") {
  const ArticleResult a = RunText(
      "Yet, The Lantern and KBN News' Harlan Voss are confirming that Quint will be the pick.");
  CHECK(Role(a, "Harlan Voss", "KBN News"));
  CHECK(FindEntity(a, "Lantern and KBN News") == nullptr);
  // No acronym: one name ("Department of Housing and Urban Development").
  const ArticleResult b = RunText(
      "Harlan Voss, a spokesman for the Pinecrest Department of Housing and Urban Development, "
      "said the rule would change.");
  CHECK(Role(b, "Harlan Voss", "Pinecrest Department of Housing and Urban Development"));
}

TEST_CASE("Organisations: a capitalised One inside a sentence begins the name",
          "[mentions][roles]") {
  const ArticleResult a = RunText(
      "For One Pinecrest News' Harlan Voss the lesson came early. One Republican said it was "
      "over.");
  CHECK(Role(a, "Harlan Voss", "One Pinecrest News"));
  CHECK(FindEntity(a, "Pinecrest News") == nullptr);
}
