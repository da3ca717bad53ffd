#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Persons from first names, titles and surnames", "[mentions]") {
  ArticleResult r =
      Run("Water bill advances\n\n"
          "Rep. Dolores Whitcombe (D-Ore.) introduced the bill on Tuesday. President Okonkwo "
          "praised it. Whitcombe said it would pass.\n");
  const Entity* p = FindEntity(r, "Dolores Whitcombe");
  REQUIRE(p != nullptr);
  CHECK(p->type == EntityType::kPerson);
  CHECK(p->id == "person:dolores-whitcombe");
  CHECK(HasAlias(*p, "Whitcombe"));
  CHECK(p->mentions.size() == 2);
  const Entity* q = FindEntity(r, "Okonkwo");
  REQUIRE(q != nullptr);
  CHECK(HasAlias(*q, "President Okonkwo"));
  CHECK(FindEntity(r, "Tuesday") == nullptr);
}

TEST_CASE("No junk from sentence-initial words, months or places", "[mentions]") {
  ArticleResult r =
      Run("Council meets\n\nToday the weather in San Diego was mild. In March, Will Power Plant "
          "workers rallied. Sanctuary Cities were discussed.\n");
  for (const Entity& e : r.entities) {
    INFO(e.name);
    CHECK(e.name != "Today");
    CHECK(e.name != "San Diego");
    CHECK(e.name != "Sanctuary Cities");
    CHECK(e.name != "March");
  }
}

TEST_CASE("Apposition and bylines make persons", "[mentions]") {
  ArticleResult r =
      Run("School funding fight\n\nMargaret Oyelaran\n\n"
          "\xe2\x80\x9cThe cuts are cruel,\xe2\x80\x9d said Tobias Vandermeer, a professor at the "
          "University of Northern Plains.\n");
  CHECK(r.byline == "Margaret Oyelaran");
  REQUIRE(FindEntity(r, "Margaret Oyelaran") != nullptr);
  REQUIRE(FindEntity(r, "Tobias Vandermeer") != nullptr);
  const Entity* u = FindEntity(r, "University of Northern Plains");
  REQUIRE(u != nullptr);
  CHECK(u->type == EntityType::kOrganization);
}

TEST_CASE("Parenthesised byline at the start of the body", "[mentions]") {
  ArticleResult r = Run(
      "Port strike ends\n\n(Gordon Falk, Harbor Ledger) The strike ended on Friday after talks.\n");
  CHECK(r.byline == "Gordon Falk");
  REQUIRE(FindEntity(r, "Harbor Ledger") != nullptr);
  CHECK(FindEntity(r, "Harbor Ledger")->type == EntityType::kOrganization);
}

TEST_CASE("Acronym definitions make aliases", "[mentions]") {
  ArticleResult r =
      Run("Agency report\n\nThe Federal Housing Finance Agency (FHFA) issued a report. FHFA "
          "officials said the Department of Rural Works will respond. The FHFA report was long.\n");
  const Entity* a = FindEntity(r, "Federal Housing Finance Agency");
  REQUIRE(a != nullptr);
  CHECK(HasAlias(*a, "FHFA"));
  CHECK(FindEntity(r, "FHFA") == nullptr);
  REQUIRE(FindEntity(r, "Department of Rural Works") != nullptr);
}

TEST_CASE("Outlets and their short forms", "[mentions]") {
  ArticleResult r =
      Run("Leak probe\n\nThe plan was first reported by the Springfield Post on Monday. The Post "
          "said officials declined to comment, according to GazetteNews.com.\n");
  const Entity* p = FindEntity(r, "Springfield Post");
  REQUIRE(p != nullptr);
  CHECK(HasAlias(*p, "Post"));
  REQUIRE(FindEntity(r, "GazetteNews.com") != nullptr);
}

TEST_CASE("A union named after an agency is a separate organization", "[mentions]") {
  ArticleResult r = Run(
      "Guards back plan\n\nThe Federal Prison Guard Service (FPGS) runs the camps. The "
      "National Federal Prison Guard Service Council represents the guards. The FPGS union "
      "voted on Monday, and union president Harold Quimby spoke. FPGS's union has 900 members.\n");
  const Entity* agency = FindEntity(r, "Federal Prison Guard Service");
  const Entity* council = FindEntity(r, "National Federal Prison Guard Service Council");
  REQUIRE(agency != nullptr);
  REQUIRE(council != nullptr);
  CHECK(HasAlias(*agency, "FPGS"));
  CHECK(HasAlias(*council, "FPGS union"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:harold-quimby", council->id));
  // "union president" takes no alias from the word before it.
  CHECK(HasAlias(*council, "union"));
  CHECK_FALSE(HasAlias(*council, "and union"));
}

TEST_CASE("A union before a title after a comma has no comma in its alias", "[mentions]") {
  ArticleResult r =
      Run("Guards back plan\n\nThe National Federal Prison Guard Service Council represents the "
          "guards. In a statement issued Monday, union president Harold Quimby said the vote was "
          "close.\n");
  const Entity* council = FindEntity(r, "National Federal Prison Guard Service Council");
  REQUIRE(council != nullptr);
  CHECK(HasAlias(*council, "union"));
  for (const std::string& a : council->aliases) CHECK(a.find(',') == std::string::npos);
  CHECK(HasRelation(r, "HAS_ROLE", "person:harold-quimby", council->id));
}

TEST_CASE("Legislatures without a country are the US ones", "[mentions]") {
  ArticleResult r =
      Run("Vote delayed\n\nThe Senate delayed the vote. The U.S. Senate will return Monday, and "
          "Congress may act later.\n");
  const Entity* s = FindEntity(r, "U.S. Senate");
  REQUIRE(s != nullptr);
  CHECK(s->mentions.size() == 2);
  REQUIRE(FindEntity(r, "U.S. Congress") != nullptr);
}

TEST_CASE("Mrs. and Mr. pick the right family member", "[mentions]") {
  ArticleResult r =
      Run("Family campaign\n\nNancy Brightwater and her husband Paul Brightwater arrived. Mrs. "
          "Brightwater spoke first.\n");
  const Entity* n = FindEntity(r, "Nancy Brightwater");
  REQUIRE(n != nullptr);
  CHECK(HasAlias(*n, "Mrs. Brightwater"));
}

TEST_CASE("Organisation names that end in a title word keep it", "[mentions]") {
  ArticleResult r =
      Run("Probe\n\nThe Department of Justice opened a case. FBI Director Walter Pennock "
          "declined to comment, and the FBI said nothing.\n");
  REQUIRE(FindEntity(r, "Department of Justice") != nullptr);
  CHECK(FindEntity(r, "Department of") == nullptr);
  CHECK(HasRelation(r, "HAS_ROLE", "person:walter-pennock", "organization:fbi"));
}

TEST_CASE("Shouted widget words and laws are not organizations", "[mentions]") {
  ArticleResult r =
      Run("Law passes\n\nWATCH: The Clean Harbors Act (CHA) passed. POLICE were present, and the "
          "Harbor Commission approved it.\n");
  CHECK(FindEntity(r, "Clean Harbors Act") == nullptr);
  CHECK(FindEntity(r, "POLICE") == nullptr);
  CHECK(FindEntity(r, "Harbor Commission") != nullptr);
}

TEST_CASE("A bare surname goes to the person named most often", "[mentions]") {
  ArticleResult r =
      Run("Campaign\n\nGrace Holloway spoke in Ohio. Grace Holloway then flew home. Her husband, "
          "Victor Holloway, stayed. Holloway said the trip went well.\n");
  const Entity* g = FindEntity(r, "Grace Holloway");
  REQUIRE(g != nullptr);
  CHECK(g->mentions.size() == 3);
}

TEST_CASE("Generational suffixes belong to the name, not the surname", "[mentions]") {
  ArticleResult r = Run(
      "Ruling\n\nThe brief was filed by Harold B. Wexley III, a lawyer in Ohio. Walter Korhonen "
      "Jr. agreed with it, and his father Walter Korhonen did not. Wexley said the court "
      "would rule soon.\n");
  const Entity* w = FindEntity(r, "Harold B. Wexley III");
  REQUIRE(w != nullptr);
  CHECK(w->type == EntityType::kPerson);
  CHECK(HasAlias(*w, "Wexley"));
  REQUIRE(FindEntity(r, "Walter Korhonen Jr.") != nullptr);
  REQUIRE(FindEntity(r, "Walter Korhonen") != nullptr);  // the father is another person
  CHECK(FindEntity(r, "III") == nullptr);
}

TEST_CASE("Dotted middle initials, and different middle initials are different people",
          "[mentions]") {
  ArticleResult r = Run(
      "Family\n\nFormer President Harold J.K. Denton spoke first. His grandson, Harold P. Denton, "
      "spoke next.\n");
  REQUIRE(FindEntity(r, "Harold J.K. Denton") != nullptr);
  REQUIRE(FindEntity(r, "Harold P. Denton") != nullptr);
}

TEST_CASE("Hover cards with a nickname in parentheses are dropped", "[mentions]") {
  ArticleResult r =
      Run("Vote count\n\nAnd Rep. Ned Kolbe Edward (Ned) Lars KolbeFarm bill stalls again in the "
          "Senate MORE (D-Wis.) told reporters he will vote no. Reps. Ada Voss Ada VossEd Harlan "
          "wins the pumpkin contest MORE agreed.\n");
  const Entity* p = FindEntity(r, "Ned Kolbe");
  REQUIRE(p != nullptr);
  CHECK(FindEntity(r, "Ned Kolbe Edward") == nullptr);
  REQUIRE(FindEntity(r, "Ada Voss") != nullptr);
  for (const Entity& e : r.entities) CHECK(e.name.find("Harlan") == std::string::npos);
}

TEST_CASE("An 'and' inside an organisation name keeps it whole", "[mentions]") {
  ArticleResult r =
      Run("Rule issued\n\nThe rule bars the Department of Health and Human Services from paying. "
          "Lee, a member of the House Oversight and Government Reform Committee, objected. The "
          "Commerce Department and Homeland Security Department agreed. They sued the Justice "
          "Department.\n");
  CHECK(FindEntity(r, "Department of Health and Human Services") != nullptr);
  CHECK(FindEntity(r, "Department of Health") == nullptr);
  CHECK(FindEntity(r, "House Oversight and Government Reform Committee") != nullptr);
  CHECK(FindEntity(r, "Government Reform Committee") == nullptr);
  // Two names when a head word ends the first part.
  CHECK(FindEntity(r, "Commerce Department") != nullptr);
  CHECK(FindEntity(r, "Homeland Security Department") != nullptr);
  // A title word before a head word is part of the name.
  CHECK(FindEntity(r, "Justice Department") != nullptr);
}

TEST_CASE("A name before a capitalised The inside a chunk is kept", "[mentions]") {
  ArticleResult r = Run(
      "Tax case\n\nHe was charged, according to reports by Gotham Daily News and The Harbor Times "
      "on Friday.\n");
  CHECK(FindEntity(r, "Gotham Daily News") != nullptr);
  CHECK(FindEntity(r, "Harbor Times") != nullptr);
}

TEST_CASE("The GOP as a noun is the Republican Party, not as an adjective", "[mentions]") {
  ArticleResult r = Run("Exit\n\nAmash left the GOP in July over the vote.\n");
  const Entity* gop = FindEntity(r, "Republican Party");
  REQUIRE(gop != nullptr);
  CHECK(gop->type == EntityType::kOrganization);
  CHECK(FindEntity(Run("Talks\n\nThe GOP's chances are slim.\n"), "Republican Party") != nullptr);
  CHECK(FindEntity(Run("Caucus\n\nMost of the GOP caucus voted no.\n"), "Republican Party") ==
        nullptr);
  CHECK(FindEntity(Run("Senators\n\nGOP senators balked at the plan.\n"), "Republican Party") ==
        nullptr);
}

TEST_CASE("A party label after a comma is not a person", "[mentions]") {
  ArticleResult r = Run(
      "Probe\n\nAdditionally, Rep. Bobby Quist, Vermont Democrat, denied it. Cook rates it a Lean "
      "Republican race.\n");
  REQUIRE(FindEntity(r, "Bobby Quist") != nullptr);
  CHECK(FindEntity(r, "Vermont Democrat") == nullptr);
  CHECK(FindEntity(r, "Lean Republican") == nullptr);
}

TEST_CASE("Party tags, appositions with titles and plural titles make persons", "[mentions]") {
  ArticleResult r = Run(
      "Bill\n\nThe bill was introduced by Sens. Brian Oster, D-Hawaii, Todd Lemay, R-Ind., and "
      "Mitt Varga, R-Utah. It was backed by Sens. Mike Leeds and Rand Ormsby. Trump had kind words "
      "for Vladimir Zharkov, the Russian president. Reps. Al Dent (Pa.) and Dave Young (Iowa) "
      "objected.\n");
  CHECK(FindEntity(r, "Mitt Varga") != nullptr);
  CHECK(FindEntity(r, "Rand Ormsby") != nullptr);
  CHECK(FindEntity(r, "Vladimir Zharkov") != nullptr);
  CHECK(FindEntity(r, "D-Hawaii") == nullptr);
  CHECK(FindEntity(r, "R-Utah") == nullptr);
  CHECK(FindEntity(r, "Iowa") == nullptr);
  // A first name further in starts the name.
  ArticleResult s =
      Run("Briefing\n\nSpeaker of the House Paul Rydell (R-Wis.) spoke on Tuesday.\n");
  CHECK(FindEntity(s, "Paul Rydell") != nullptr);
  CHECK(FindEntity(s, "House Paul Rydell") == nullptr);
}

TEST_CASE("Initials, title surnames, unknown first names and weak names", "[mentions]") {
  ArticleResult r = Run(
      "Race\n\nThe field includes former candidate E.W. Jackson and state Sen. Dan Bishop (R). The "
      "man came back by beating Jeb Bush in New Hampshire. Her challenger is Karen Mallard, a "
      "schoolteacher. Lindsey Davis Stover worked at the agency. It was backed, said Penny "
      "Nance, president of the group. Later Ms. Nance said more. Fox's Shepard Smith said a vote "
      "is near.\n");
  CHECK(FindEntity(r, "E.W. Jackson") != nullptr);
  CHECK(FindEntity(r, "Dan Bishop") != nullptr);
  CHECK(FindEntity(r, "Jeb Bush") != nullptr);
  CHECK(FindEntity(r, "Karen Mallard") != nullptr);
  CHECK(FindEntity(r, "Lindsey Davis Stover") != nullptr);
  CHECK(FindEntity(r, "Penny Nance") != nullptr);
  CHECK(FindEntity(r, "Shepard Smith") != nullptr);
  // Not: initials before a common word, a phrase ending in a common word.
  ArticleResult s =
      Run("Show\n\nThe U.S. Treasury paid. Chelsea Mourning was the title of the song she sang.\n");
  CHECK(FindEntity(s, "U.S. Treasury") == nullptr);
  CHECK(FindEntity(s, "Chelsea Mourning") == nullptr);
}

TEST_CASE("A Census surname alone with a speech verb or a kin noun", "[mentions]") {
  ArticleResult r =
      Run("Meeting\n\nTrump will meet the group on Thursday, Mueller said. Later Graham's son "
          "spoke.\n");
  const Entity* m = FindEntity(r, "Mueller");
  REQUIRE(m != nullptr);
  CHECK(m->type == EntityType::kPerson);
  CHECK(FindEntity(r, "Graham") != nullptr);
  // Not after an article, not a sentence-initial common word.
  ArticleResult s = Run("Budget\n\nThe Hunter said it was fine. Young said the plan works.\n");
  CHECK(FindEntity(s, "Hunter") == nullptr);
  CHECK(FindEntity(s, "Young") == nullptr);
}

TEST_CASE("'The president' is not the vice president", "[mentions][references]") {
  ArticleResult r = Run(
      "Visit\n\nVice President Mike Penner visited the plant on Monday. \xe2\x80\x9cWe will win "
      "this fight,\xe2\x80\x9d the president said.\n");
  for (const Statement& s : r.statements) CHECK(s.speaker != "person:mike-penner");
  ArticleResult s = Run(
      "Visit\n\nFormer President Mike Penner visited the plant on Monday. \xe2\x80\x9cWe will win "
      "this fight,\xe2\x80\x9d the president said.\n");
  REQUIRE(s.statements.size() == 1);
  CHECK(s.statements[0].speaker == "person:mike-penner");
}

TEST_CASE("No organisations from party tags, shouting, speaker labels or ships", "[mentions]") {
  ArticleResult r = Run(
      "Bill\n\n\xe2\x80\x9cIt is urgent,\xe2\x80\x9d said Sen. Ben Carden (D-MD). It is, said "
      "Sen. Chris Hollis (D-MD). The fight goes ALL THE WAY. The crew of the USS Theodore "
      "Roosevelt "
      "waited.\n\nSIEGMUND: Has he responded?\n\nSIEGMUND: Has he?\n\nIt pits Richie Rich-types "
      "against the poor. The FHB said so, and FHB agents left.\n");
  CHECK(FindEntity(r, "D-MD") == nullptr);
  CHECK(FindEntity(r, "WAY") == nullptr);
  CHECK(FindEntity(r, "USS") == nullptr);
  CHECK(FindEntity(r, "Theodore Roosevelt") == nullptr);
  CHECK(FindEntity(r, "SIEGMUND") == nullptr);
  CHECK(FindEntity(r, "Richie Rich-types") == nullptr);
  // A real acronym still is one.
  const Entity* fhb = FindEntity(r, "FHB");
  REQUIRE(fhb != nullptr);
  CHECK(fhb->type == EntityType::kOrganization);
}

TEST_CASE("Names with inner apostrophes, 'on', days and 'for'", "[mentions]") {
  ArticleResult r = Run(
      "Trip\n\nThe State Department Correspondents\xe2\x80\x99 Association objected. Ada Peterson, "
      "who chairs the House Committee on Fisheries, met members of the moderate Tuesday Group. "
      "Jeanne Moll, president of the March for Trees, agreed. She was a former Air Force officer "
      "backed by the Sierra Club. On Tuesday Congress voted.\n");
  for (const char* name :
       {"State Department Correspondents\xe2\x80\x99 Association", "House Committee on Fisheries",
        "Tuesday Group", "March for Trees", "Air Force", "Sierra Club"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  CHECK(FindEntity(r, "Tuesday Congress") == nullptr);
}

TEST_CASE("Acronyms used once, and acronyms of laws and programs", "[mentions]") {
  ArticleResult r =
      Run("Emails\n\nShe deleted emails to obstruct an FBI investigation. The Paycheck Protection "
          "Program ran dry, and the money for PPP went fast. The Foreign Agents Registration Act "
          "(FARA) applies. The Department of Health and Human Services issued a rule, and HHS "
          "defended it.\n");
  const Entity* fbi = FindEntity(r, "FBI");
  REQUIRE(fbi != nullptr);
  CHECK(fbi->type == EntityType::kOrganization);
  CHECK(FindEntity(r, "PPP") == nullptr);
  CHECK(FindEntity(r, "FARA") == nullptr);
  const Entity* hhs = FindEntity(r, "Department of Health and Human Services");
  REQUIRE(hhs != nullptr);
  CHECK(HasAlias(*hhs, "HHS"));
  CHECK(FindEntity(r, "HHS") == nullptr);
}

TEST_CASE("Guards found on a corpus sample", "[mentions]") {
  ArticleResult r = Run(
      "Talks\n\nThe White House said on Monday it would wait. House Speaker Nancy Pelosi and "
      "Senate Majority Leader Mitch McConnell met. Students of the Bronx High School of Science "
      "and Stuyvesant High School marched. UN chief Ban Ki-moon spoke. He sent a GIF. She is "
      "director of National Intelligence. The Leadership Conference on Civil and Human Rights "
      "objected. Make America Strong Again, they chanted.\n");
  CHECK(FindEntity(r, "White House") == nullptr);
  CHECK(FindEntity(r, "Nancy Pelosi") != nullptr);
  CHECK(FindEntity(r, "Bronx High School of Science") != nullptr);
  CHECK(FindEntity(r, "Stuyvesant High School") != nullptr);
  CHECK(FindEntity(r, "Ban Ki-moon") != nullptr);
  CHECK(FindEntity(r, "GIF") == nullptr);
  CHECK(FindEntity(r, "National Intelligence") == nullptr);
  CHECK(FindEntity(r, "Leadership Conference on Civil and Human Rights") != nullptr);
  CHECK(FindEntity(r, "America Strong Again") == nullptr);
}

TEST_CASE("Outlet people, inquiries named after people, the Grand Old Party", "[mentions]") {
  ArticleResult r =
      Run("Hack\n\n\xe2\x80\x9cThey changed,\xe2\x80\x9d Donna Brazile told CNN's Wolf Blitzer. "
          "Congress has now had the Mueller Report. The Grand Old Party is split, and the GOP's "
          "nominee is Trump. Trump and Congress disagree.\n");
  CHECK(FindEntity(r, "Wolf Blitzer") != nullptr);
  const Entity* m = FindEntity(r, "Mueller");
  REQUIRE(m != nullptr);
  CHECK(m->type == EntityType::kPerson);
  const Entity* gop = FindEntity(r, "Republican Party");
  REQUIRE(gop != nullptr);
  CHECK(FindEntity(r, "Grand Old Party") == nullptr);
  CHECK(FindEntity(r, "Trump and Congress") == nullptr);
  CHECK(FindEntity(r, "U.S. Congress") != nullptr);
  // Not: the White House's report, a house inquiry.
  ArticleResult s = Run("Probe\n\nThe Senate report and the House investigation ended.\n");
  CHECK(FindEntity(s, "House") == nullptr);
}

TEST_CASE("A name set off by commas after a title is a person", "[mentions]") {
  ArticleResult r =
      Run("Race\n\nSpeculation grew when his campaign manager, Faiz Shakirov, said the senator was "
          "thinking.\n");
  const Entity* p = FindEntity(r, "Faiz Shakirov");
  REQUIRE(p != nullptr);
  CHECK(p->type == EntityType::kPerson);
  // Not without the title: a list of places.
  ArticleResult s = Run("Trip\n\nShe visited the towns, Oakvale Springs, and more.\n");
  CHECK(FindEntity(s, "Oakvale Springs") == nullptr);
}

TEST_CASE("Institutions, panels, and names after a title", "[mentions]") {
  ArticleResult r = Run(
      "Think tanks\n\nStephen Kinz is a fellow at the Watson Institute for International and "
      "Public Affairs at Brown University. Liberal ones like the Brookings Institution agreed. "
      "Rep. Dina Blackwood, a member of the Select Investigative Panel on Infant Lives, "
      "objected. \xe2\x80\x9cWe hope so,\xe2\x80\x9d university spokesperson Jonathan Swain told "
      "reporters. Trump feuded with former Miss Universe Alicia Machado.\n");
  for (const char* name : {"Watson Institute for International and Public Affairs",
                           "Brookings Institution", "Select Investigative Panel on Infant Lives"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  CHECK(FindEntity(r, "Jonathan Swain") != nullptr);
  CHECK(FindEntity(r, "Alicia Machado") != nullptr);
  CHECK(FindEntity(r, "Universe Alicia Machado") == nullptr);
}

TEST_CASE("Months as surnames, pollsters, channels, lone heads before titles", "[mentions]") {
  ArticleResult r = Run(
      "Calls\n\nTrump spoke with British Prime Minister Theresa Mayhew and Putin. He spoke with "
      "Putin and Theresa May today. One recent Quorum Polling poll shows a lead. Flynn joined "
      "Putin "
      "at a gala for RTX, a television channel funded by the state. Flynn, a retired Army "
      "lieutenant general, spoke in a 2013 House floor speech.\n");
  const Entity* may = FindEntity(r, "Theresa May");
  REQUIRE(may != nullptr);
  CHECK(may->type == EntityType::kPerson);
  for (const char* name : {"Quorum Polling", "RTX", "Army"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  CHECK(FindEntity(r, "U.S. House of Representatives") != nullptr);
  // Not: a place's polls, a month alone.
  ArticleResult s =
      Run("Primary\n\nSanders led New Hampshire polls in May. Army won. \xe2\x80\x9cNew polls are "
          "out,\xe2\x80\x9d he said. The White House said no, and Later Graham's son spoke.\n");
  CHECK(FindEntity(s, "New") == nullptr);
  CHECK(FindEntity(s, "House") == nullptr);
  CHECK(FindEntity(s, "New Hampshire") == nullptr);
  CHECK(FindEntity(s, "May") == nullptr);
  CHECK(FindEntity(s, "Army") == nullptr);
}
