// Speaker rules of the quotation stage beyond the basic patterns (see
// quotes_test.cc): unnamed speakers, participles, coordinated quotations,
// descriptions by party, state and office, characterisations, tweets and
// documents.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Unnamed people are not speakers; their organisation is not either", "[quotes]") {
  ArticleResult r = Run(
      "Retirements\n\nRep. Harold Finch of the Ways and Means Committee is leaving.\n\n\"We are in "
      "the minority, and that is never much fun,\" said one senior Republican member of the "
      "Ways and Means Committee, who asked for anonymity.\n\n\"Every day there is some new "
      "tweet to explain,\" the member of the Ways and Means Committee said.\n\nThe newsroom "
      "was quiet, where a managing editor bitterly remarked, \"Sideshow, all of it, a "
      "sideshow.\"\n");
  CHECK(FindStatement(r, "We are in the minority") == nullptr);
  CHECK(FindStatement(r, "Every day there") == nullptr);
  CHECK(FindStatement(r, "Sideshow") == nullptr);
}

TEST_CASE("An unnamed spokesperson speaks for the organisation", "[quotes]") {
  ArticleResult r =
      Run("Ban\n\nThe Harbor Workers Union banned the page on Monday.\n\n\"We removed it for "
          "breaking our rules,\" a Harbor Workers Union spokesperson said.\n");
  const Statement* s = FindStatement(r, "We removed it");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-workers-union");
}

TEST_CASE("After a quotation with its own period the next sentence must open with a speaker",
          "[quotes]") {
  ArticleResult r = Run(
      "Camp\n\nAt night the recruits heard \"Lights out now, everyone.\" It is no surprise that, "
      "as historian Gregory Tallis writes, the camps trained soldiers.\n\nCritics called the "
      "plan \"a scheme that is unfair in its essence.\" The Harbor Workers Union issued a report "
      "that stated, \"The principles are very similar to ours.\"\n");
  CHECK(FindStatement(r, "Lights out") == nullptr);
  const Statement* scheme = FindStatement(r, "a scheme");
  CHECK((scheme == nullptr || scheme->speaker != "organization:harbor-workers-union"));
  const Statement* s = FindStatement(r, "The principles");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-workers-union");
}

TEST_CASE("A participle speaks for its clause's subject", "[quotes]") {
  ArticleResult r = Run(
      "Shootings\n\nBoth candidates reacted, especially Gregory Tallis.\n\nHe strongly defended "
      "the police, while calling the shootings of Alan Stirling and Paul Castor \"senseless\" "
      "and saying \"racial divisions have gotten worse.\"\n\nThe comment prompted Maria "
      "Lopez, the union's director at the time, to send an email defending the program and "
      "saying that the transfer \"is appropriate and legal in every case.\"\n\nPolitico "
      "reported on audio where Eleanor Vasquez is heard saying, \"This may be the race of my "
      "life.\"\n");
  const Statement* s = FindStatement(r, "racial divisions");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gregory-tallis");
  s = FindStatement(r, "is appropriate");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:maria-lopez");
  s = FindStatement(r, "This may be");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:eleanor-vasquez");
}

TEST_CASE("Coordinated quotations and a dash after the quotation", "[quotes]") {
  ArticleResult r =
      Run("Vote\n\nRep. Daniel Okafor will vote against the bill on Thursday.\n\nOkafor, 39, left "
          "the party in July saying he "
          "was \"tired of party politics\" and \"frightened by what I see from it.\"\n\nAnother "
          "holdout, Sen. Priya Ramaswamy of Ohio, said she \"hopes we find areas of agreement\" — "
          "then stepped into an elevator.\n\nOkafor said he hated the word \"caucusing\" — and "
          "left. Critics prefer \"conflict\" and \"sensationalism.\"\n");
  const Statement* s = FindStatement(r, "frightened by");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:daniel-okafor");
  s = FindStatement(r, "hopes we find");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:priya-ramaswamy");
  CHECK(FindStatement(r, "caucusing") == nullptr);
  CHECK(FindStatement(r, "sensationalism") == nullptr);
}

TEST_CASE("Speakers described by party, state and office", "[quotes]") {
  ArticleResult r = Run(
      "Senate\n\nSen. Harold Finch (R-Ky.) and Sen. Maria Lopez (D-Calif.) met on Monday with "
      "former Vice President Daniel Okafor.\n\n\"We're all anxious to hear what he says next,\" "
      "said the Kentucky Republican.\n\n\"He's doing his job, they should do theirs,\" the "
      "California Democrat said.\n\n\"This is a good day for the country,\" the former vice "
      "president told reporters.\n");
  const Statement* s = FindStatement(r, "We're all anxious");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:harold-finch");
  s = FindStatement(r, "He's doing his job");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:maria-lopez");
  s = FindStatement(r, "This is a good day");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:daniel-okafor");
}

TEST_CASE("Party descriptions without a matching person give no speaker", "[quotes]") {
  // Nobody is marked as a Democrat from Ohio; an unnamed Republican came
  // after the named one; "the Democrats' letter" is a group's.
  ArticleResult r =
      Run("Caucus\n\nSen. Harold Finch (R-Ky.) spoke first.\n\n\"We will win Ohio,\" said the Ohio "
          "Democrat.\n\nOne Nevada Republican predicted a long night. \"It is going to be close,\" "
          "said the Republican.\n\n\"The letter speaks for itself and for all of us,\" said the "
          "Democrats' letter.\n");
  CHECK(FindStatement(r, "We will win Ohio") == nullptr);
  const Statement* s = FindStatement(r, "It is going to be close");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
  s = FindStatement(r, "The letter speaks");
  CHECK((s == nullptr || s->speaker != "person:harold-finch"));
}

TEST_CASE("Characterisations by a named subject are statements", "[quotes]") {
  ArticleResult r = Run(
      "Plan\n\nSocialist leader Norman Tallis called this \"a scheme which in essence is "
      "unfair.\" Nathan Lark is a candidate whom the Harbor Post described as being \"against "
      "every rule we have ever had.\"\n\nCritics called it \"perfect\" and the plan was described "
      "as \"a scheme which in essence is a tax.\"\n");
  const Statement* s = FindStatement(r, "a scheme which in essence is unfair");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:norman-tallis");
  CHECK(s->evidence.rule == "quote.characterized");
  s = FindStatement(r, "against every rule");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-post");
  CHECK(FindStatement(r, "perfect") == nullptr);
  CHECK(FindStatement(r, "a scheme which in essence is a tax") == nullptr);
}

TEST_CASE("Sources, tweets, documents and cue phrases", "[quotes]") {
  ArticleResult r = Run(
      "Navy\n\nAccording to the Harbor Post, the group \"shut its small museum and disbanded its "
      "board of advisers.\"\n\nRep. Mark Meadows: \"We have not gotten enough of our members to "
      "get to yes\" on the bill https://t.co/x1 — CNN Politics (@CNNPolitics) March 23, 2017\n\n"
      "In his memo, Capt. Brett Crozier implored leaders to act.\n\n\"Decisive action is "
      "required now, before it is too late,\" his memo said.\n\nAs General Hugh Johnson, head of "
      "the agency, put it, \"Those who are not with us are against us.\"\n\nHistorian William "
      "Leuchtenburg points out that the camps were \"consciously devised to provide the moral "
      "equivalent of war.\"\n");
  const Statement* s = FindStatement(r, "shut its small museum");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-post");
  s = FindStatement(r, "We have not gotten");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:mark-meadows");
  s = FindStatement(r, "Decisive action");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:brett-crozier");
  s = FindStatement(r, "Those who are not");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:hugh-johnson");
  s = FindStatement(r, "consciously devised");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:william-leuchtenburg");
}

TEST_CASE("A head noun stands for the organisation named with it", "[quotes]") {
  ArticleResult r =
      Run("Center\n\nThe Harbor Civic Center compared the mayor to a tyrant on "
          "Tuesday.\n\nIn the tweet, the center focused on his early actions.\n\nThe group said "
          "that the mayor \"creates his own media and exploits youth at every rally.\"\n\nMost "
          "recently, the center accused the mayor of waging \"vicious wars on refugees and "
          "immigrants alike.\"\n\nThe plant closed. \"We are leaving the town for good,\" the "
          "factory said.\n");
  const Statement* s = FindStatement(r, "creates his own media");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-civic-center");
  s = FindStatement(r, "vicious wars");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-civic-center");
  CHECK(FindStatement(r, "We are leaving") == nullptr);
}

TEST_CASE("He/she after a sentence opening with a description or an owner", "[quotes]") {
  // The subject of "The magazine editor Mark Galli wrote" is Galli, of
  // "Concerned Citizens for Iowa's Ms. Nance said" Nance, not the person
  // named later in the sentence.
  ArticleResult r = Run(
      "Magazine\n\nPresident Donald Trump attacked the magazine on Friday.\n\nThe magazine "
      "editor-in-chief Mark Galli wrote that the call was wrong and even criticized President "
      "Trump.\n\n\"His feed alone is a near-perfect example of a man who is lost,\" he "
      "wrote.\n\nConcerned Citizens for Iowa's Ms. Penny Nance said the names should be public. "
      "She faulted Speaker Nancy Pelosi for not disclosing them.\n\n\"I'm still very "
      "disappointed that neither party has disclosed them,\" she said.\n\nThe report was "
      "\"often confused and wrong.\" According to the Harbor Post, the report was sent "
      "later.\n");
  const Statement* s = FindStatement(r, "His feed alone");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:mark-galli");
  s = FindStatement(r, "I'm still very");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:penny-nance");
  s = FindStatement(r, "often confused");
  CHECK((s == nullptr || s->speaker != "organization:harbor-post"));
}

TEST_CASE("Documents: a long quotation read out, and objects are not authors", "[quotes]") {
  ArticleResult r = Run(
      "Memo\n\nCapt. Brett Crozier's memo warned leaders that action was needed. \"We are not at "
      "war. Sailors do not need to die. If we do not act now, we fail our sailors,\" it read, "
      "officials confirmed.\n\nIn a sentencing memo filed on Friday, prosecutors told Judge Amy "
      "Berman Jackson that Paul Manafort \"brazenly violated the law.\"\n\nManafort shows a "
      "\"hardened adherence to committing crimes over many years,\" the memo said.\n\nNathan "
      "Lark is a candidate whom the Harbor Post described as being \"pro-incest and "
      "pro-fraud.\"\n");
  const Statement* s = FindStatement(r, "We are not at war");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:brett-crozier");
  s = FindStatement(r, "hardened adherence");
  CHECK((s == nullptr ||
         (s->speaker != "person:amy-berman-jackson" && s->speaker != "person:paul-manafort")));
  s = FindStatement(r, "pro-incest");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-post");
}

TEST_CASE("A citation of someone's words, not of a title or another's line", "[quotes]") {
  ArticleResult r =
      Run("Endorsement\n\nThe Harbor Post endorsed Nathan Lark.\n\nThe newspaper cited \"many\" "
          "reasons for its endorsement, including the senator's \"deep personal connections to the "
          "state.\"\n\nLark also cited a Harbor Post report, \"Lark strategy: win the West, unify "
          "party\" as proof.\n");
  const Statement* s = FindStatement(r, "deep personal connections");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-post");
  CHECK(FindStatement(r, "Lark strategy") == nullptr);
}

TEST_CASE("An unnamed speaker ends the previous speaker's run", "[quotes]") {
  ArticleResult r = Run(
      "Meeting\n\nOne person at the meeting, Deborah Fonseca, a former aide, said that there was "
      "\"definitely a consensus of not wanting him.\"\n\n\"Absent some new piece of "
      "information,\" said one former operative now supporting Fonseca, \"everyone already "
      "knows.\"\n\n\"We will see what happens next week.\"\n\n\"People are shocked,\" admitted "
      "one close Fonseca confidant.\n\n\"It is nearly too close to call,\" said one Iowa "
      "Republican who picked Fonseca.\n");
  const Statement* s = FindStatement(r, "definitely a consensus");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:deborah-fonseca");
  CHECK(FindStatement(r, "Absent some") == nullptr);
  CHECK(FindStatement(r, "everyone already") == nullptr);
  CHECK(FindStatement(r, "We will see") == nullptr);
  CHECK(FindStatement(r, "People are shocked") == nullptr);
  CHECK(FindStatement(r, "It is nearly too close") == nullptr);
}

TEST_CASE("A quotation paragraph signed with a dash and a name", "[quotes]") {
  ArticleResult r =
      Run("Insults\n\nThe candidates traded insults all year.\n\n\"He is a con artist and a "
          "fraud\" - Marco Rubio\n\nClinton notes the anchors: \"this counts as a press "
          "conference, right?\" - Jennifer Epstein (@jeneps) October 21, 2016\n\n\"No, Donald, you "
          "do not get to decide that.\" - Guy Benson (@guypbenson) July 29, 2016\n");
  const Statement* s = FindStatement(r, "He is a con artist");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:marco-rubio");
  CHECK(s->evidence.rule == "quote.signed");
  s = FindStatement(r, "this counts as");
  CHECK((s == nullptr || s->speaker != "person:jennifer-epstein"));
  s = FindStatement(r, "No, Donald");
  CHECK((s == nullptr || s->speaker != "person:guy-benson"));
}

TEST_CASE("Trailing attributions, questions put to a speaker, reported speech before", "[quotes]") {
  ArticleResult r = Run(
      "Money\n\n\"If you look at history, a lot of corporate PACs will wait until October\" to "
      "give to the likely winner, said Charlie Black, a veteran lobbyist.\n\nWhen asked by a "
      "reporter, \"What do you say about the accusations against your country?,\" Sergey "
      "Lavrov replied \"I do not want to use four-letter words.\"\n\nBarack Obama said it is not "
      "an argument he would have made. \"I think I was right and they were wrong on policy.\"\n\n"
      "Obama praised the plan. \"Because you would be in jail,\" Donald Trump shot back.\n\nThe "
      "word \"Christmas\" would make a comeback, Trump promised.\n");
  const Statement* s = FindStatement(r, "If you look at history");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:charlie-black");
  s = FindStatement(r, "What do you say");
  CHECK((s == nullptr || s->speaker != "person:sergey-lavrov"));
  s = FindStatement(r, "I think I was right");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:barack-obama");
  CHECK(s->evidence.rule == "quote.follows_speech");
  s = FindStatement(r, "Because you would");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:donald-trump");
  CHECK(FindStatement(r, "Christmas") == nullptr);
}

TEST_CASE("He/she after a sentence opening with a person's aide", "[quotes]") {
  ArticleResult r =
      Run("Leaks\n\nHillary Clinton spoke on Friday.\n\nClinton campaign manager Robby Mook told "
          "CNN's Jake Tapper on Sunday that the platform had changed.\n\n\"I don't think it's "
          "coincidental that these emails were released now,\" he said.\n");
  const Statement* s = FindStatement(r, "I don't think");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:robby-mook");
}

TEST_CASE("Role holders named after their principal, and appositions", "[quotes]") {
  ArticleResult r =
      Run("Campaign\n\nBernie Sanders campaigned in Ohio.\n\n\"This is what superdelegates have to "
          "grapple with,\" Sanders campaign manager Jeff Weaver said on CNN.\n\n\"Are you black? "
          "Are you gay?\" Trump ideologist Roger Stone once asked a consultant.\n\nSpeculation "
          "grew when his campaign manager, Michael Briggs, said the senator was \"having "
          "conversations with supporters to assess his campaign.\"\n\nRep. Diane Black, R-Tenn., a "
          "nurse and member of the Harbor Panel, called the decision a \"sad day for women and "
          "their unborn babies.\"\n\nRon Dermer, the ambassador, also visited the tower and called "
          "Sanders \"a true friend of the workers of Ohio.\"\n");
  const Statement* s = FindStatement(r, "This is what superdelegates");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:jeff-weaver");
  s = FindStatement(r, "Are you black");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:roger-stone");
  s = FindStatement(r, "having conversations");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:michael-briggs");
  s = FindStatement(r, "sad day");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:diane-black");
  s = FindStatement(r, "a true friend");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:ron-dermer");
}

TEST_CASE("Modal speech, 'before adding', appositions before a reporting verb", "[quotes]") {
  ArticleResult r = Run(
      "Speech\n\nPrime Minister Theresa Maynard will say that Britain must \"build a country "
      "that works for everyone, not the few.\"\n\n\"I've resented it ever since,\" Gregory "
      "Tallis said with a smile, before adding: \"But I have never held it against them.\"\n\n"
      "Kim Darroch, Britain's ambassador to the United States, suggested that the president "
      "might be \"open to outside influence if pitched right.\"\n\nOne Republican lobbyist, who "
      "spoke on condition of anonymity because he said he has to keep friends, said the "
      "industry \"is just much more comfortable with Clinton.\"\n");
  const Statement* s = FindStatement(r, "build a country");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:theresa-maynard");
  s = FindStatement(r, "But I have never");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:gregory-tallis");
  s = FindStatement(r, "open to outside");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:kim-darroch");
  CHECK(FindStatement(r, "is just much more") == nullptr);
}

TEST_CASE("A principal's unnamed aide is no speaker; a named one in an apposition is", "[quotes]") {
  ArticleResult r = Run(
      "Lawyers\n\nBernie Sanders filed a complaint.\n\nSanders's lawyer said the pair cannot "
      "work impartially \"while laboring under such deeply held bias.\"\n\n\"Not only would "
      "he lose to Clinton,\" Ted Cruz's campaign manager, Michael Briggs, said in a statement.\n\n"
      "\"But having him as our nominee would set us back a generation,\" he warned.\n");
  CHECK(FindStatement(r, "while laboring") == nullptr);
  const Statement* s = FindStatement(r, "Not only would");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:michael-briggs");
  s = FindStatement(r, "But having him");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:michael-briggs");
}

TEST_CASE("An official named by the organisation before the noun speaks for it", "[quotes]") {
  ArticleResult r =
      Run("Visas\n\nThe Harbor Port Authority reviewed the case.\n\n\"Visa records are "
          "confidential under the law,\" a Harbor Port Authority official told reporters.\n\n\"We "
          "are embarrassed by the whole affair,\" a former Harbor Port Authority official "
          "said.\n\n\"Nobody here has heard of it before,\" said an official at the Harbor Port "
          "Authority.\n");
  const Statement* s = FindStatement(r, "Visa records are");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:harbor-port-authority");
  CHECK(FindStatement(r, "We are embarrassed") == nullptr);
  CHECK(FindStatement(r, "Nobody here has heard") == nullptr);
}

TEST_CASE("A name after an inverted speech verb other than said is a person", "[quotes]") {
  // '"...," tweeted X, director of Y' and '"...," warned X.' confirm a name
  // of words no list knows as "said X" does; an organisation's name of
  // dictionary words stays no person.
  ArticleResult r = Run(
      "Drug\n\nDoctors weighed in.\n\n\"I would strongly recommend against taking the drug as a "
      "preventive,\" tweeted Anish Bha, director of the Harbor Institute.\n\n\"A trade war "
      "will not help anybody at all,\" warned Kui Tiankang.\n\n\"Nobody should take this drug "
      "without a doctor,\" tweeted Planned Parenthood.\n");
  const Statement* s = FindStatement(r, "I would strongly recommend");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:anish-bha");
  s = FindStatement(r, "A trade war will not help");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:kui-tiankang");
  s = FindStatement(r, "Nobody should take this drug");
  CHECK((s == nullptr || s->speaker.rfind("person:", 0) != 0));
}
