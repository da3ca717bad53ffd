// First-person ends of an endorsement inside a quotation
// (extract/endorsement_first_person.cc): "me", "we've been endorsed by",
// "I endorse his reelection," X said of Y. The speaker comes from the
// statement, and only when the paragraph names it.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: 'X endorsed me,' the speaker said", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "\"Gus Halvorsen endorsed me in 2014, and he kept his word,\" Marta "
                        "Quillfeather said.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "\"The Teamsters Union has endorsed my campaign,\" Dorian Oxby said.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:teamsters-union", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: 'X endorsed me' asked, denied or about someone else gives nothing",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "\"Gus Halvorsen endorsed me?\" Marta Quillfeather asked.\n");
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "\"Gus Halvorsen never endorsed me,\" Marta Quillfeather said.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult c = Run(std::string(kTwoCandidateIntro) +
                        "\"Gus Halvorsen endorsed my opponent,\" Marta Quillfeather said.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  // "he said" alone: the speaker is not named in the paragraph.
  ArticleResult d = Run(std::string(kTwoCandidateIntro) +
                        "Dorian Oxby spoke first.\n\n\"Gus Halvorsen endorsed me,\" he said.\n");
  CHECK_FALSE(HasRelation(d, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: 'we've been endorsed by A, by B and by C,' a candidate said",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "\"We've been endorsed by Gus Halvorsen, by Petra Lindqvist and by Omar "
                        "Castellanos,\" Dorian Oxby said.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  CHECK(HasRelation(a, "ENDORSES", "person:petra-lindqvist", "person:dorian-oxby"));
  CHECK(HasRelation(a, "ENDORSES", "person:omar-castellanos", "person:dorian-oxby"));
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "\"I've been endorsed by Gus Halvorsen,\" Marta Quillfeather said.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult c = Run(std::string(kTwoCandidateIntro) +
                        "\"We were not endorsed by Gus Halvorsen,\" Dorian Oxby said.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: 'I endorse his reelection,' X said of Y", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "\"I strongly endorse his reelection,\" Gus Halvorsen said of Dorian "
                        "Oxby.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "\"I strongly support Dorian Oxby, strongly endorse his reelection,\" Gus "
                        "Halvorsen said.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  ArticleResult c = Run(std::string(kTwoCandidateIntro) +
                        "\"I like Dorian Oxby. I endorsed him,\" Gus Halvorsen said.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  // The speaker's earlier quotation, interrupted by the attribution.
  ArticleResult d = Run(std::string(kTwoCandidateIntro) +
                        "\"Marta Quillfeather knows this state,\" Gus Halvorsen said. \"That is "
                        "why I am proud to endorse her.\"\n");
  CHECK(HasRelation(d, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  // Another speaker's words before it name nobody for this one.
  ArticleResult e = Run(std::string(kTwoCandidateIntro) +
                        "\"Marta Quillfeather knows this state,\" Omar Castellanos said.\n\n\"I "
                        "endorsed her,\" Gus Halvorsen said.\n");
  CHECK_FALSE(HasRelation(e, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
}

TEST_CASE("ENDORSES: a pronoun the quotation does not resolve gives nothing",
          "[relations][endorse]") {
  // "him" with two people before it, or none in the quotation.
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "\"I like Dorian Oxby and Omar Castellanos. I endorsed him,\" Gus "
                        "Halvorsen said.\n");
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:omar-castellanos"));
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "\"I will not endorse him,\" Gus Halvorsen said of Dorian Oxby.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  // A third person inside the quotation is never the speaker.
  ArticleResult c = Run(std::string(kTwoCandidateIntro) +
                        "Petra Lindqvist endorsed Dorian Oxby in May.\n\nGus Halvorsen said, "
                        "\"You'd have to ask her why she endorsed Dorian Oxby.\"\n");
  CHECK(HasRelation(c, "ENDORSES", "person:petra-lindqvist", "person:dorian-oxby"));
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: 'She endorsed Y' inside X's quotation names the person X talks about",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "\"She endorsed Marta Quillfeather,\" Gus Halvorsen said of Petra "
                        "Lindqvist.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:petra-lindqvist", "person:marta-quillfeather"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "\"I watched Petra Lindqvist give a speech,\" Gus Halvorsen said. \"Where "
                        "does she stand now? She endorsed Marta Quillfeather.\"\n");
  CHECK(HasRelation(b, "ENDORSES", "person:petra-lindqvist", "person:marta-quillfeather"));
  // Two people before the pronoun, a hedge, or an indirect question: nothing.
  ArticleResult c = Run(std::string(kTwoCandidateIntro) +
                        "\"Petra Lindqvist and Omar Castellanos spoke. He endorsed Marta "
                        "Quillfeather,\" Gus Halvorsen said.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:omar-castellanos", "person:marta-quillfeather"));
  ArticleResult d = Run(std::string(kTwoCandidateIntro) +
                        "\"She never endorsed Marta Quillfeather,\" Gus Halvorsen said of Petra "
                        "Lindqvist.\n");
  CHECK_FALSE(HasRelation(d, "ENDORSES", "person:petra-lindqvist", "person:marta-quillfeather"));
  ArticleResult e = Run(std::string(kTwoCandidateIntro) +
                        "Gus Halvorsen said, \"You'd have to ask Petra Lindqvist why she endorsed "
                        "Marta Quillfeather.\"\n");
  CHECK_FALSE(HasRelation(e, "ENDORSES", "person:petra-lindqvist", "person:marta-quillfeather"));
  CHECK_FALSE(HasRelation(e, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
}
