// Statements of stop 21: a speaker slot opened by any lower-case description
// ('"...," county health director X told'), ', X said' closing the sentence
// a quotation sits inside, and a reply that does not carry the previous
// speaker (extract/quote_apposition.cc, quote_characterized.cc,
// quote_carryover.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindStatement;
using testing::Run;
using testing::SpeakerName;

TEST_CASE("A lower-case description before the speaker's name", "[quote_described_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"We are running out of beds and nurses this week,\" Governor Carla Menendez said.\n\n"
          "\"Our clinics cannot keep up with the number of new patients,\" county health "
          "director Ruth Abernathy told reporters.\n\n"
          "\"The harbor has never looked this empty in my whole life,\" fisherman and union "
          "organizer Tomas Vukovich said.\n\n"
          "\"There is no plan for the schools that anyone can explain,\" my colleague Irene "
          "Castellano wrote on Monday.\n");
  CHECK(SpeakerName(r, "Our clinics cannot") == "Ruth Abernathy");
  CHECK(SpeakerName(r, "The harbor has never") == "Tomas Vukovich");
  CHECK(SpeakerName(r, "There is no plan") == "Irene Castellano");
}

TEST_CASE("A description slot needs a quotation that closes its clause",
          "[quote_described_slots]") {
  // The quotation modifies the words after it, and an aide to someone is not
  // that someone.
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Governor Carla Menendez said the plan was dead. Critics mocked the \"grand harbor "
          "renewal and cleanup plan\" program director Ruth Abernathy said was coming.\n\n"
          "\"Nobody in this building has read the whole bill yet,\" aide to Governor Carla "
          "Menendez said on Monday.\n");
  CHECK(SpeakerName(r, "grand harbor renewal") != "Ruth Abernathy");
  CHECK(SpeakerName(r, "Nobody in this building") != "Carla Menendez");
}

TEST_CASE("A name and its verb closing the sentence of a quotation inside it",
          "[quote_described_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Harbor traffic fell sharply in May, said Ruth Abernathy, a port economist.\n\n"
          "Shipping firms will \"probably wait until the autumn to decide on new routes\" through "
          "the strait, Abernathy said on Tuesday.\n");
  CHECK(SpeakerName(r, "probably wait until the autumn") == "Ruth Abernathy");
}

TEST_CASE("A name and its verb that open a clause do not close the sentence",
          "[quote_described_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Ruth Abernathy spoke at the port on Monday about the harbor.\n\n"
          "Shipping firms will \"probably wait until the autumn to decide on new routes\" through "
          "the strait, Abernathy said that the council would meet soon about it.\n");
  CHECK(FindStatement(r, "probably wait until the autumn") == nullptr);
}

TEST_CASE("A reply described anew does not carry the previous speaker", "[quote_described_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"Will you close the factories you own overseas before the election?\" moderator "
          "Irene Castellano asked Tomas Vukovich.\n\n"
          "\"We will bring every one of those jobs home,\" the shipping magnate replied.\n\n"
          "\"And nobody has done more for the workers of this state than I have.\"\n");
  CHECK(SpeakerName(r, "Will you close") == "Irene Castellano");
  CHECK(SpeakerName(r, "We will bring") != "Irene Castellano");
  CHECK(SpeakerName(r, "And nobody has done") != "Irene Castellano");
}

TEST_CASE("A phrase of time between the subject and its speech verb", "[quote_described_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "Governor Carla Menendez on Monday told reporters that the port would \"reopen "
          "within the next two weeks at the latest\" after the storm.\n\n"
          "Tomas Vukovich spoke with the Harbor Gazette on Tuesday. Vukovich sent a letter to "
          "Menendez on Friday saying the plan was \"far too late for the fishing fleet to "
          "recover\" this year.\n");
  CHECK(SpeakerName(r, "reopen within the next") == "Carla Menendez");
  // The name after "to" is the letter's addressee, not its writer.
  CHECK(SpeakerName(r, "far too late for the fishing") != "Carla Menendez");
}

TEST_CASE("A quotation interrupted by an attribution with a long apposition",
          "[quote_described_slots]") {
  const ArticleResult r =
      Run("Intro line here.\n\n"
          "\"The river has changed,\" said Ruth Abernathy, a hydrologist at the Institute for "
          "Coastal and Estuarine Studies in northern Maine and a former adviser to the state, "
          "\"and the towns along it will have to change with it.\"\n");
  CHECK(SpeakerName(r, "and the towns along it") == "Ruth Abernathy");
}

}  // namespace
}  // namespace kg::extract
