#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("Organisations without a head word, named by their context", "[mentions][org_cues]") {
  ArticleResult r =
      Run("Cuts\n\n"
          "Fairways Forward, a nonpartisan group that tracks budgets, criticised the plan. The "
          "watchdog site Ledgerly published the numbers, and Brightmoor spokeswoman Olga Petrakis "
          "defended them. Petrakis told Newsdrift that the cuts were small. Ledgerly later "
          "corrected one figure, according to Quillfeed.\n");
  for (const char* name :
       {"Fairways Forward", "Ledgerly", "Brightmoor", "Newsdrift", "Quillfeed"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  CHECK(FindEntity(r, "Ledgerly")->mentions.size() == 2);  // the later bare name too
  const Entity* p = FindEntity(r, "Olga Petrakis");
  REQUIRE(p != nullptr);
  CHECK(p->type == EntityType::kPerson);
  CHECK(HasRelation(r, "HAS_ROLE", "person:olga-petrakis", "organization:brightmoor"));
}

TEST_CASE("Context cues do not turn people, nationalities or modifiers into organisations",
          "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Trip\n\n"
      "Officials told Republican donors about the trip. According to the Chinese, the talks "
      "went well. The aides met a group Senator Vance Hollister is courting; group Hispanic and "
      "Asian voters together. Previously, the site of the summit was secret.\n");
  for (const Entity& e : r.entities) {
    INFO(e.name);
    CHECK(e.type != EntityType::kOrganization);
  }
}

TEST_CASE("More organisation cues: groups, editorial boards, writers, titles",
          "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Endorsements\n\n"
      "The money came from Liberty Progressives, a group that backs insurgent candidates. "
      "Senate Republicans objected. The Ridgeview Ledger-Courier's editorial board met the "
      "candidates, and Plainsgazette's Harriet Olsen wrote that the race was close. Kettleworks "
      "CEO Dorian Pask stayed out of it.\n");
  for (const char* name :
       {"Liberty Progressives", "Ledger-Courier", "Plainsgazette", "Kettleworks"}) {
    INFO(name);
    bool found = false;
    for (const Entity& e : r.entities)
      found |= e.type == EntityType::kOrganization && e.name.find(name) != std::string::npos;
    CHECK(found);
  }
  CHECK(FindEntity(r, "Senate Republicans") == nullptr);
  CHECK(FindEntity(r, "Kettleworks CEO") == nullptr);
  CHECK(HasRelation(r, "HAS_ROLE", "person:dorian-pask", "organization:kettleworks"));
}

TEST_CASE("Organisation cues: owned by, state parties, 'A of B' leaders, owned nouns",
          "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Platforms\n\n"
      "The ban also covered Zorblat-owned Pixelgram. Nebraska GOP officials met on Monday. Order "
      "of Lanterns leader Oskar Velde spoke. Quillnet's shareholders sold their stock.\n");
  for (const char* name : {"Pixelgram", "Nebraska GOP", "Order of Lanterns", "Quillnet"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  CHECK(HasRelation(r, "HAS_ROLE", "person:oskar-velde", "organization:order-of-lanterns"));
  // The owner in "Zorblat-owned" is an organisation where it stands alone.
  ArticleResult o =
      Run("Platforms\n\nZorblat on Sunday removed the page. The ban also covered Zorblat-owned "
          "Pixelgram.\n");
  const Entity* owner = FindEntity(o, "Zorblat");
  REQUIRE(owner != nullptr);
  CHECK(owner->type == EntityType::kOrganization);
}

TEST_CASE("Organisation cues that must not fire", "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Politics\n\n"
      "Black-owned shops and Chinese-owned firms grew. Black said so. Retiring GOP members left. "
      "The GOP tax bill passed. Senate GOP leaders met. Texas GOP Sen. "
      "Oskar Velde spoke. Republic of Zembla leader Ilse Marten visited the state-owned Quillnet "
      "bank. Ilse Marten's employees cheered.\n");
  for (const Entity& e : r.entities) {
    INFO(e.name);
    CHECK(e.type != EntityType::kOrganization);
  }
}

TEST_CASE("Organisations named by company and publication contexts", "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Deal\n\nThe subsidy was like $7 million in Zentrix stock. Harlow is a division of Quorvan "
      "Industries, which is big. If you are a connected firm like Marbled Anvil, you pay less. "
      "\xe2\x80\x9cWe are close,\xe2\x80\x9d Lynch told The Ridge on Thursday. Trump attacked "
      "Tellwether magazine and its editor. In April, the Quillon wrote a long story. The news was "
      "first reported by Pressly on Wednesday. Her essay ran at The Lantern.\n");
  for (const char* name : {"Zentrix", "Harlow", "Quorvan Industries", "Marbled Anvil", "Ridge",
                           "Tellwether", "Quillon", "Pressly", "Lantern"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  // "the Hill reports" keeps its article as an alias.
  ArticleResult s = Run("Tweet\n\nThe center compared them, the Hill reports.\n");
  const Entity* hill = FindEntity(s, "Hill");
  REQUIRE(hill != nullptr);
  CHECK(hill->type == EntityType::kOrganization);
  CHECK(HasAlias(*hill, "the Hill"));
  // Not: groups of people, a stock of goods, a person with a title.
  ArticleResult t =
      Run("Bias\n\nIt signifies bias against groups like Mexicans, who work hard. Ada Lynch told "
          "Senator Okafor it was fine, according to Democrat James Carville.\n");
  CHECK(FindEntity(t, "Mexicans") == nullptr);
  CHECK(FindEntity(t, "Democrat") == nullptr);
  CHECK(FindEntity(t, "Senator Okafor") == nullptr);
}

TEST_CASE("A leader's title before 'of' names a body, not a place", "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Rule\n\n\xe2\x80\x9cIt is wrong,\xe2\x80\x9d said Ann Vole, president of Worried Parents "
      "for Texas. Alex Brin, president of United Teachers Los Angeles dismissed the idea. Gerard "
      "Swope, president of General Electric, agreed. Ben Wiz, director of the Speech, Privacy, and "
      "Technology Project for the Acme Civil Liberties Union, said no. Mark Ruiz, president of "
      "France, and Lee Hu, governor of New Mexico, met.\n");
  for (const char* name :
       {"Worried Parents for Texas", "United Teachers Los Angeles", "General Electric"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  CHECK(FindEntity(r, "Speech") == nullptr);
  CHECK(FindEntity(r, "France") == nullptr);
  CHECK(FindEntity(r, "New Mexico") == nullptr);
}

TEST_CASE("An embedded tweet's signature names the account", "[mentions][org_cues]") {
  ArticleResult r =
      Run("Votes\n\nThe count is near. https://t.co/x \xe2\x80\x94 LDG Politics "
          "(@LDGPolitics) March 23, 2017\n\nIt is over. \xe2\x80\x94 Ledgerline (@ledgerline) "
          "March 23, 2017\n\nThe vote failed. \xe2\x80\x94 Donald J. Trump "
          "(@realDonaldTrump) December 20, 2019\n\nNo. \xe2\x80\x94 Newt Garrisonn "
          "(@newtgarrisonn) May 2, 2019\n");
  for (const char* name : {"LDG Politics", "Ledgerline"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  // People sign too: two words without an acronym are no organisation.
  const Entity* newt = FindEntity(r, "Newt Garrisonn");
  CHECK((newt == nullptr || newt->type == EntityType::kPerson));
  const Entity* p = FindEntity(r, "Donald J. Trump");
  REQUIRE(p != nullptr);
  CHECK(p->type == EntityType::kPerson);
}

TEST_CASE("Leanings, reporters with 'has', places and ships named like people",
          "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Poll\n\nThe left-leaning Quorum Polling found her trailing, according to the anti-smoking "
      "Campaign for Clean Lungs. As Voxel\xe2\x80\x99s Ella Nilsen has reported, the bill is "
      "stuck. In Hong Kong, experts found more cases. The virus spread aboard the Theodore "
      "Roosevelt, officials said. (AP Photo/J. Scott Applewhite)\n");
  for (const char* name : {"Quorum Polling", "Campaign for Clean Lungs", "Voxel"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  CHECK(FindEntity(r, "Hong Kong") == nullptr);
  CHECK(FindEntity(r, "Theodore Roosevelt") == nullptr);
  CHECK(FindEntity(r, "Scott Applewhite") == nullptr);
  CHECK(FindEntity(r, "J. Scott Applewhite") == nullptr);
  // A person after a preposition is still a person.
  ArticleResult s = Run("Talks\n\nThe bill went to Kamala Harris on Monday.\n");
  CHECK(FindEntity(s, "Kamala Harris") != nullptr);
}

TEST_CASE("Lists after 'such as', PAC appositions, 'for' after a head", "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Money\n\nHe took checks from PACs tied to companies such as Zentrix, Marbled Anvil and "
      "Quorvane. Another Democratic PAC, End Donors United, refused them. Liberty Reformers, an "
      "upstart PAC that backs insurgents, agreed. The data was compiled by the Center for "
      "Responsive Budgets. \xe2\x80\x9cWe will see,\xe2\x80\x9d a Kellwick lobbyist, wrote in an "
      "email to LEDGERLINE. His leadership PAC, Mac PAC, raised more.\n");
  for (const char* name :
       {"Zentrix", "Marbled Anvil", "Quorvane", "End Donors United", "Liberty Reformers",
        "Center for Responsive Budgets", "Kellwick", "LEDGERLINE", "Mac PAC"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  // A short form before "for" is the same organisation.
  ArticleResult s = Run(
      "Tweet\n\nThe Anne Frank Center for Mutual Respect, a nonprofit, objected. The Anne Frank "
      "Center said more.\n");
  const Entity* c = FindEntity(s, "Anne Frank Center for Mutual Respect");
  REQUIRE(c != nullptr);
  CHECK(HasAlias(*c, "Anne Frank Center"));
  CHECK(FindEntity(s, "Mutual Respect") == nullptr);
}

TEST_CASE("A one-word outlet after 'the' joins its long form", "[mentions][org_cues]") {
  ArticleResult r =
      Run("Deported\n\nHe was sent back, according to the Harvard Scarlet. \xe2\x80\x9cWe are "
          "working on it,\xe2\x80\x9d university spokesperson Jon Swainson told the Scarlet.\n");
  const Entity* e = FindEntity(r, "Harvard Scarlet");
  REQUIRE(e != nullptr);
  CHECK(e->type == EntityType::kOrganization);
  CHECK(HasAlias(*e, "the Scarlet"));
  CHECK(FindEntity(r, "Scarlet") == nullptr);
}

TEST_CASE("A pollster before a name is a person's title unless it is 'the pollster'",
          "[mentions][org_cues]") {
  ArticleResult r =
      Run("Polls\n\n"
          "Democratic pollster Wren Halvik said the race was close. The numbers came from the "
          "pollster Quorvane, which surveyed 900 voters.\n");
  const Entity* person = FindEntity(r, "Wren Halvik");
  CHECK((person == nullptr || person->type == EntityType::kPerson));
  const Entity* firm = FindEntity(r, "Quorvane");
  REQUIRE(firm != nullptr);
  CHECK(firm->type == EntityType::kOrganization);
}

TEST_CASE("A speaker its clause calls it is an organisation", "[mentions][org_cues]") {
  ArticleResult r =
      Run("Plans\n\n"
          "In response, PayPal announced that it had canceled plans for a center. Blue Harbor "
          "Shield said in a statement that it lost money on the plans. Quorvex said in its "
          "report that the figures were stable. Earlier the Ferrolux said it had detected a "
          "launch.\n");
  for (const char* name : {"PayPal", "Blue Harbor Shield", "Quorvex", "Ferrolux"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
}

TEST_CASE("People, places and parties that say it are no organisations", "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Plans\n\n"
      "Later Kasperak said it was time to go home. China said it would set new targets. "
      "Democrats said it was about time. Texas said its budget was balanced. Later Vortaxo said "
      "it had cancelled the trip.\n");
  for (const char* name : {"Kasperak", "China", "Democrats", "Texas", "Later Vortaxo", "Vortaxo"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    CHECK((e == nullptr || e->type != EntityType::kOrganization));
  }
}

TEST_CASE("The endorser slot names an organisation", "[mentions][org_cues]") {
  ArticleResult r =
      Run("Race\n\n"
          "In January, Planned Parenthood backed Hillary Clinton for the nomination. End "
          "Citizens United has endorsed Sen. Maria Alvarez. She welcomed the endorsement of "
          "Quorvex Action. Last week the Ledgewire Vantoral endorsed him.\n");
  for (const char* name :
       {"Planned Parenthood", "End Citizens United", "Quorvex Action", "Ledgewire Vantoral"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  const Entity* pp = FindEntity(r, "Planned Parenthood");
  const Entity* hc = FindEntity(r, "Hillary Clinton");
  REQUIRE(hc != nullptr);
  CHECK(HasRelation(r, "ENDORSES", pp->id, hc->id));
}

TEST_CASE("Places and lone words in the endorser slot are no organisations",
          "[mentions][org_cues]") {
  ArticleResult r =
      Run("Race\n\n"
          "Women in Nevada backed Barack Obama in 2012. Later New Hampshire backed Hillary "
          "Clinton. Kasperak endorsed him on Monday. The rebels were backed by Russian air "
          "power. Sens. Rand Vollmer of Arizona and Thom Pickett of North Carolina backed "
          "Hillary Clinton.\n");
  for (const char* name :
       {"Nevada", "New Hampshire", "Kasperak", "Russian", "Thom Pickett of North Carolina"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    CHECK((e == nullptr || e->type != EntityType::kOrganization));
  }
}

TEST_CASE("A speaker shaped like an outlet is an organisation without it", "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Vote\n\nThe council voted to close the harbor.\n\n\"The vote was a mistake that will cost "
      "the city dearly,\" Valley Evening Gazette noted. KTVX Nightly said the harbor will close "
      "in the spring.\n\n\"The harbor has been losing money for a decade,\" explains WQRX "
      "Daily.\n");
  for (const char* name : {"Valley Evening Gazette", "KTVX Nightly", "WQRX Daily"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kOrganization);
  }
  const Statement* s = FindStatement(r, "The vote was");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "organization:valley-evening-gazette");
  const Statement* daily = FindStatement(r, "The harbor has been");
  REQUIRE(daily != nullptr);
  CHECK(daily->speaker == "organization:wqrx-daily");
}

TEST_CASE("Lone words, titles and members are no speaking outlets", "[mentions][org_cues]") {
  // "Romney said" looks like "Reuters said"; "Labour MP", "Pope Benedict
  // XVI" and "S.E. Cupp" hold capitals but no acronym of a body; the
  // person "of" an outlet speaks, not the outlet.
  ArticleResult r =
      Run("Vote\n\nThe council voted to close the harbor.\n\nQuorvex said the harbor will close. A "
          "Labour MP said the vote was wrong. Pope Benedict XVI said the city should pray. Molly "
          "Dorozenski of Harbor Watch USA said, \"The vote is the last thing the valley needs "
          "now.\"\n");
  for (const char* name : {"Quorvex", "Labour MP", "Benedict XVI", "Harbor Watch USA"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    CHECK((e == nullptr || e->type != EntityType::kOrganization));
  }
  const Statement* s = FindStatement(r, "The vote is the last");
  REQUIRE(s != nullptr);
  CHECK(s->speaker == "person:molly-dorozenski");
}

TEST_CASE("Two acronyms joined by a hyphen name one body", "[mentions][org_cues]") {
  // Invented unions and a station: once each, with no "the" or verb to
  // vouch for them, and no long form to take initials from.
  ArticleResult r =
      Run("Vote\n\nThe mayor won support from the state QRTU and PWL-CTO, as well as the council. "
          "Her rival was backed by HMV-UAW in March, according to footage shared by WQXZ-TV.\n");
  for (const char* name : {"PWL-CTO", "HMV-UAW", "WQXZ-TV"}) {
    INFO(name);
    CHECK(IsOrganization(r, name));
  }
}

TEST_CASE("Hyphened capitals that are tags or words are no bodies", "[mentions][org_cues]") {
  // A party tag (one letter), dictionary words in capitals,
  // and a word before TV that is no station's call sign.
  ArticleResult r =
      Run("Vote\n\nRep. Jane Roe (D-MD) spoke on a trade deal. She called it a FACT-CHECK of "
          "a spy case, said a MAIL-IN plan failed, and praised BBC-TV coverage.\n");
  for (const char* name : {"D-MD", "FACT-CHECK", "MAIL-IN", "BBC-TV"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    CHECK((e == nullptr || e->type != EntityType::kOrganization));
  }
}

TEST_CASE("The line after a byline's name names the outlet", "[mentions][org_cues]") {
  ArticleResult r =
      Run("Harbor plan fails in a close vote\n\nJane Roe\n\nVALLEY HERALD\n\nThe council voted on "
          "Monday to close the harbor.\n");
  CHECK(IsOrganization(r, "VALLEY HERALD"));
  CHECK(FindEntity(r, "Jane Roe") != nullptr);
}

TEST_CASE("Labels, second writers and captions after a byline are no outlets",
          "[mentions][org_cues]") {
  ArticleResult a =
      Run("Harbor plan fails\n\nJane Roe\n\nOpinion contributor\n\nThe council voted.\n");
  CHECK_FALSE(IsOrganization(a, "Opinion contributor"));
  ArticleResult b = Run("Harbor plan fails\n\nJane Roe\n\nBen Zorn\n\nThe council voted.\n");
  CHECK_FALSE(IsOrganization(b, "Ben Zorn"));
  ArticleResult c = Run("Harbor plan fails\n\nJane Roe\n\nOpinion\n\nThe council voted.\n");
  CHECK_FALSE(IsOrganization(c, "Opinion"));
}

TEST_CASE("Shouted words right after the headline name the outlet", "[mentions][org_cues]") {
  ArticleResult r =
      Run("Harbor plan fails in a close vote\n\nZORVEX QUORIN\n\nThe council voted on Monday.\n");
  CHECK(IsOrganization(r, "ZORVEX QUORIN"));
  // One word, a dictionary word first, or words not in capitals: no outlet.
  for (const char* line : {"ADVERTISEMENT", "NEWS ANALYSIS", "Zorvex Quorin"}) {
    INFO(line);
    ArticleResult n = Run(std::string("Harbor plan fails in a close vote\n\n") + line +
                          "\n\nThe council voted on Monday.\n");
    CHECK_FALSE(IsOrganization(n, line));
  }
}

TEST_CASE("The Soviet Union is a former state, not a body", "[mentions][orgs]") {
  const ArticleResult r =
      Run("History\n\nDora Pellworth grew up in the Soviet Union and studied in the Union of "
          "Soviet Socialist Republics before the European Union grew. Soviet Union leader Ivo "
          "Kestrin resigned.\n");
  CHECK(FindEntity(r, "Soviet Union") == nullptr);
  CHECK(FindEntity(r, "Union of Soviet Socialist Republics") == nullptr);
  CHECK(IsOrganization(r, "European Union"));
}

TEST_CASE("A lone first word of an outlet or company named in full is its short form",
          "[mentions][orgs]") {
  const ArticleResult r =
      Run("Ads\n\nAdvertisers left Barlow News shows this week. Barlow News said the "
          "boycott would fail. At the time, Barlow criticized the groups for driving "
          "advertisers from Barlow.\n");
  CHECK(IsOrganization(r, "Barlow News"));
  CHECK_FALSE(IsPerson(r, "Barlow"));
  // A body named for a person is not: "Dora Pellworth" and her foundation.
  const ArticleResult p =
      Run("Gifts\n\nThe Pellworth Foundation gave money. Pellworth said the gifts would go on. "
          "Pellworth told reporters she was proud.\n");
  CHECK(FindEntity(p, "Pellworth Foundation") != nullptr);
  const Entity* e = FindEntity(p, "Pellworth");
  CHECK((e == nullptr || e->type == EntityType::kPerson));
}

TEST_CASE("An Arabic group or place noun opens no person's name", "[mentions][orgs]") {
  const ArticleResult r =
      Run("Story\n\nA militia, Kataib Zarqawa, fired rockets. Kataib Zarqawa said the strike was "
          "revenge. The rebel Liwa al-Qarnadi fought on, and residents of Deir al-Tamrah fled. "
          "Mayor Ras Ordway said no.\n");
  CHECK(IsOrganization(r, "Kataib Zarqawa"));
  CHECK(IsOrganization(r, "Liwa al-Qarnadi"));
  CHECK(FindEntity(r, "Deir al-Tamrah") == nullptr);
  CHECK(IsPerson(r, "Ras Ordway"));
}

TEST_CASE("A surname that is a word, 'and', a chamber's titled officer: two names",
          "[mentions][orgs]") {
  const ArticleResult r =
      Run("Story\n\nPresident George Rice spoke on Monday. It was a plan which Rice and Senate "
          "Majority Leader Jane Ordway proposed. Ordway said it would pass. A war of words broke "
          "out with Chief Supreme Court Justice Ann Pellworth on Tuesday.\n");
  CHECK(FindEntity(r, "Rice and Senate") == nullptr);
  CHECK(IsOrganization(r, "U.S. Senate"));
  CHECK(IsOrganization(r, "Supreme Court"));
  CHECK(FindEntity(r, "Chief Supreme Court") == nullptr);
}

TEST_CASE("'General' before one plural of a word is a company, not a rank", "[mentions][orgs]") {
  const ArticleResult r =
      Run("Story\n\nWorkers at General Kettles were told on Monday. Attorney General Rivers "
          "spoke. General Ordway agreed.\n");
  CHECK(IsOrganization(r, "General Kettles"));
  CHECK(FindEntity(r, "Kettles") == nullptr);
  CHECK(FindEntity(r, "General Rivers") == nullptr);
  CHECK(FindEntity(r, "General Ordway") == nullptr);
}
