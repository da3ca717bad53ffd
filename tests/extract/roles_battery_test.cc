// A robustness battery for HAS_ROLE: invented sentences in the shapes US news
// uses to give a person's position ("X, TITLE of Y", "Y TITLE X", "X, Y's
// TITLE,", "X, who is TITLE at Y", "X, a former TITLE for Y", "X serves as
// TITLE of Y", "X was named TITLE of Y", "TITLE of the Place-based Y",
// multi-word titles, acronyms, possessives), each run alone as an article
// and checked for exactly the expected edge; sentences that must give no
// edge (meeting, criticising or applying to a body's officer); and the
// shapes still missed, kept as [!mayfail] so a fix shows up as a pass.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

struct RoleCase {
  const char* sentence;
  const char* person;  // "" when no HAS_ROLE edge is expected
  const char* org;
  const char* title;  // informative: the title is not scored
};

// The HAS_ROLE edges of one sentence run as an article, as "person -> org".
std::vector<std::string> RoleEdges(const ArticleResult& a) {
  std::vector<std::string> out;
  auto name = [&](const std::string& id) {
    for (const Entity& e : a.entities) {
      if (e.id == id) return e.name;
    }
    return std::string("?");
  };
  for (const Relation& r : a.relations) {
    if (r.type == "HAS_ROLE") out.push_back(name(r.source) + " -> " + name(r.target));
  }
  return out;
}

void CheckCase(const RoleCase& c) {
  const ArticleResult a = Run(std::string("Report\n\n") + c.sentence + "\n");
  const std::vector<std::string> edges = RoleEdges(a);
  INFO(c.sentence);
  if (*c.person == '\0') {
    CHECK(edges.empty());
  } else {
    const std::vector<std::string> want = {std::string(c.person) + " -> " + c.org};
    CHECK(edges == want);
  }
}

constexpr RoleCase kRoles[] = {
    {"Follow Kestrel Daily News's Harlan Voss on Twitter.", "Harlan Voss", "Kestrel Daily News",
     ""},
    {"Dorian Malkovec, president of the Harbor Valley Teachers Association, said the strike would "
     "continue.",
     "Dorian Malkovec", "Harbor Valley Teachers Association", "president"},
    {"Harbor Valley Teachers Association president Dorian Malkovec said the strike would continue.",
     "Dorian Malkovec", "Harbor Valley Teachers Association", "president"},
    {"Dorian Malkovec, the Harbor Valley Teachers Association's president, said the strike would "
     "continue.",
     "Dorian Malkovec", "Harbor Valley Teachers Association", "president"},
    {"Dorian Malkovec, who is president of the Harbor Valley Teachers Association, said the strike "
     "would continue.",
     "Dorian Malkovec", "Harbor Valley Teachers Association", "president"},
    {"Dorian Malkovec, a former spokesman for the Crestline Energy Alliance, said the plan was "
     "flawed.",
     "Dorian Malkovec", "Crestline Energy Alliance", "spokesman"},
    {"Dorian Malkovec serves as executive director of the Crestline Energy Alliance.",
     "Dorian Malkovec", "Crestline Energy Alliance", "executive director"},
    {"Dorian Malkovec was named chief executive of Pellham Dynamics Inc. last year.",
     "Dorian Malkovec", "Pellham Dynamics Inc.", "chief executive"},
    {"Dorian Malkovec, chairman of the Denver-based Tarrow Capital Group, said rates would rise.",
     "Dorian Malkovec", "Tarrow Capital Group", "chairman"},
    {"Nadia Ferreux, deputy press secretary at the Department of Coastal Affairs, declined to "
     "comment.",
     "Nadia Ferreux", "Department of Coastal Affairs", "deputy press secretary"},
    {"Nadia Ferreux, a senior policy adviser at the Brightwater Institute, wrote the report.",
     "Nadia Ferreux", "Brightwater Institute", "senior policy adviser"},
    {"Nadia Ferreux, chief of staff to the Merriden County Board of Supervisors, resigned Friday.",
     "Nadia Ferreux", "Merriden County Board of Supervisors", "chief of staff"},
    {"Nadia Ferreux, the chief of staff at the Brightwater Institute, resigned Friday.",
     "Nadia Ferreux", "Brightwater Institute", "chief of staff"},
    {"Brightwater Institute senior fellow Nadia Ferreux wrote the report.", "Nadia Ferreux",
     "Brightwater Institute", "senior fellow"},
    {"Nadia Ferreux, a senior fellow at the Brightwater Institute, wrote the report.",
     "Nadia Ferreux", "Brightwater Institute", "senior fellow"},
    {"Nadia Ferreux, who heads the Brightwater Institute, wrote the report.", "Nadia Ferreux",
     "Brightwater Institute", "head"},
    {"Nadia Ferreux, founder of the Brightwater Institute, wrote the report.", "Nadia Ferreux",
     "Brightwater Institute", "founder"},
    {"Nadia Ferreux, co-founder and CEO of Quellmark Labs, said sales doubled.", "Nadia Ferreux",
     "Quellmark Labs", "CEO"},
    {"Quellmark Labs CEO Nadia Ferreux said sales doubled.", "Nadia Ferreux", "Quellmark Labs",
     "CEO"},
    {"The CEO of Quellmark Labs, Nadia Ferreux, said sales doubled.", "Nadia Ferreux",
     "Quellmark Labs", "CEO"},
    {"Nadia Ferreux is the chief financial officer of Quellmark Labs.", "Nadia Ferreux",
     "Quellmark Labs", "chief financial officer"},
    {"\"We will appeal,\" said Tobias Wrenfield, a lawyer for the Coalition for Open Rivers.",
     "Tobias Wrenfield", "Coalition for Open Rivers", "lawyer"},
    {"\"We will appeal,\" said Tobias Wrenfield, general counsel of the Coalition for Open Rivers.",
     "Tobias Wrenfield", "Coalition for Open Rivers", "general counsel"},
    {"Tobias Wrenfield, a spokesman for the National Association of Tire Dealers, said prices "
     "would rise.",
     "Tobias Wrenfield", "National Association of Tire Dealers", "spokesman"},
    {"Tobias Wrenfield, a spokesman for the NATD, said prices would rise.", "Tobias Wrenfield",
     "NATD", "spokesman"},
    {"A spokesman for the National Association of Tire Dealers, Tobias Wrenfield, said prices "
     "would rise.",
     "Tobias Wrenfield", "National Association of Tire Dealers", "spokesman"},
    {"Tobias Wrenfield, spokesperson for the Halverson County Sheriff's Office, said the road was "
     "closed.",
     "Tobias Wrenfield", "Halverson County Sheriff's Office", "spokesperson"},
    {"Tobias Wrenfield, communications director for the Ostrava Policy Center, said the bill was "
     "dead.",
     "Tobias Wrenfield", "Ostrava Policy Center", "communications director"},
    {"Tobias Wrenfield, the director of communications at the Ostrava Policy Center, said the bill "
     "was dead.",
     "Tobias Wrenfield", "Ostrava Policy Center", "director of communications"},
    {"Lionel Barsetti, a professor of economics at Tillford University, said inflation would ease.",
     "Lionel Barsetti", "Tillford University", "professor of economics"},
    {"Lionel Barsetti, an economics professor at Tillford University, said inflation would ease.",
     "Lionel Barsetti", "Tillford University", "economics professor"},
    {"Tillford University economist Lionel Barsetti said inflation would ease.", "Lionel Barsetti",
     "Tillford University", "economist"},
    {"Lionel Barsetti, dean of the Tillford University School of Law, said the ruling was narrow.",
     "Lionel Barsetti", "Tillford University School of Law", "dean"},
    {"Lionel Barsetti, a columnist at the Granite Falls Courier, wrote that the mayor should "
     "resign.",
     "Lionel Barsetti", "Granite Falls Courier", "columnist"},
    {"Lionel Barsetti is a senior editor at the Granite Falls Courier.", "Lionel Barsetti",
     "Granite Falls Courier", "senior editor"},
    {"Greta Solvang, chairwoman of the Ardmore County Democratic Party, said turnout was high.",
     "Greta Solvang", "Ardmore County Democratic Party", "chairwoman"},
    {"Ardmore County Democratic Party Chairwoman Greta Solvang said turnout was high.",
     "Greta Solvang", "Ardmore County Democratic Party", "chairwoman"},
    {"Greta Solvang, a member of the Ardmore City Council, voted against the budget.",
     "Greta Solvang", "Ardmore City Council", "member"},
    {"Ardmore City Council member Greta Solvang voted against the budget.", "Greta Solvang",
     "Ardmore City Council", "member"},
    {"Greta Solvang, a board member of the Ardmore Land Trust, opposed the sale.", "Greta Solvang",
     "Ardmore Land Trust", "board member"},
    {"Greta Solvang sits on the board of the Ardmore Land Trust.", "Greta Solvang",
     "Ardmore Land Trust", "board member"},
    {"Greta Solvang, the longtime director of the Ardmore Land Trust, opposed the sale.",
     "Greta Solvang", "Ardmore Land Trust", "director"},
    {"Greta Solvang, who was executive director of the Ardmore Land Trust until 2019, opposed the "
     "sale.",
     "Greta Solvang", "Ardmore Land Trust", "executive director"},
    {"Greta Solvang, the former head of the Ardmore Land Trust, opposed the sale.", "Greta Solvang",
     "Ardmore Land Trust", "head"},
    {"Greta Solvang, an analyst with Pembrook Strategies LLC, said the market was volatile.",
     "Greta Solvang", "Pembrook Strategies LLC", "analyst"},
    {"Greta Solvang, a partner at the law firm Dunmore & Kessler, represented the plaintiffs.",
     "Greta Solvang", "Dunmore & Kessler", "partner"},
    {"Greta Solvang, an attorney with the Lakeshore Civil Rights Project, represented the "
     "plaintiffs.",
     "Greta Solvang", "Lakeshore Civil Rights Project", "attorney"},
    {"Greta Solvang, the Lakeshore Civil Rights Project's legal director, represented the "
     "plaintiffs.",
     "Greta Solvang", "Lakeshore Civil Rights Project", "legal director"},
    {"Greta Solvang, a researcher at the Kestrel Foundation, studied the data.", "Greta Solvang",
     "Kestrel Foundation", "researcher"},
    {"Kestrel Foundation researcher Greta Solvang studied the data.", "Greta Solvang",
     "Kestrel Foundation", "researcher"},
    {"Greta Solvang, a Kestrel Foundation researcher, studied the data.", "Greta Solvang",
     "Kestrel Foundation", "researcher"},
    {"Marcus Delacroix-Wynn, a spokesman for the Tallis Police Department, said the suspect fled.",
     "Marcus Delacroix-Wynn", "Tallis Police Department", "spokesman"},
    {"Tallis Police Department spokesman Marcus Delacroix-Wynn said the suspect fled.",
     "Marcus Delacroix-Wynn", "Tallis Police Department", "spokesman"},
    {"Marcus Delacroix-Wynn, a senior vice president at Ostrander Health Systems, said costs fell.",
     "Marcus Delacroix-Wynn", "Ostrander Health Systems", "senior vice president"},
    {"Marcus Delacroix-Wynn, a New York-based analyst at Ostrander Health Systems, said costs "
     "fell.",
     "Marcus Delacroix-Wynn", "Ostrander Health Systems", "analyst"},
    {"Marcus Delacroix-Wynn, a Boston-based strategist for the Coalition for Open Rivers, said "
     "costs fell.",
     "Marcus Delacroix-Wynn", "Coalition for Open Rivers", "strategist"},
    {"Yvette Calloway, the chief executive officer of Ostrander Health Systems, said costs rose.",
     "Yvette Calloway", "Ostrander Health Systems", "chief executive officer"},
    {"Yvette Calloway, the assistant secretary for planning at the Department of Coastal Affairs, "
     "said costs rose.",
     "Yvette Calloway", "Department of Coastal Affairs", "assistant secretary for planning"},
    {"Yvette Calloway, executive vice president of the Pinecrest Chamber of Commerce, said costs "
     "rose.",
     "Yvette Calloway", "Pinecrest Chamber of Commerce", "executive vice president"},
    {"Yvette Calloway sued the Pinecrest Chamber of Commerce and its president, Harlan Voss.",
     "Harlan Voss", "Pinecrest Chamber of Commerce", "president"},
    {"Ostrander Health Systems Inc. announced layoffs. Company CEO Yvette Calloway said costs "
     "rose.",
     "Yvette Calloway", "Ostrander Health Systems Inc.", "CEO"},
    {"Ostrander Health Systems Inc. cut jobs, according to a memo by the company CEO Yvette "
     "Calloway.",
     "Yvette Calloway", "Ostrander Health Systems Inc.", "CEO"},
    {"The Department of Coastal Affairs closed the beach. Department spokesman Harlan Voss said it "
     "would reopen.",
     "Harlan Voss", "Department of Coastal Affairs", "spokesman"},
    {"Harlan Voss, the managing editor of the Pinecrest Ledger, said the paper would appeal.",
     "Harlan Voss", "Pinecrest Ledger", "managing editor"},
    {"Pinecrest Advertiser columnist Harlan Voss wrote that the mayor should resign.",
     "Harlan Voss", "Pinecrest Advertiser", "columnist"},
    {"\"The numbers are clear,\" said Harlan Voss of the Kestrel Policy Institute.", "Harlan Voss",
     "Kestrel Policy Institute", ""},
    {"Harlan Voss, of the Kestrel Policy Institute, said the numbers were clear.", "Harlan Voss",
     "Kestrel Policy Institute", ""},
    {"The moderators were Harlan Voss of Pinecrest News Network and Yvette Calloway.",
     "Harlan Voss", "Pinecrest News Network", ""},
    {"Harlan Voss is a writer for the Kestrel Review. He said the report was flawed.",
     "Harlan Voss", "Kestrel Review", "writer"},
    {"Harlan Voss wrote the essay. He is a contributing writer for the Kestrel Review.",
     "Harlan Voss", "Kestrel Review", "contributing writer"},
    {"Harlan Voss wrote the essay. He is a senior fellow at the Brightwater Institute.",
     "Harlan Voss", "Brightwater Institute", "senior fellow"},
    {"Kestrel Today magazine endorsed the bill. The magazine's editor-in-chief, Harlan Voss, wrote "
     "the editorial.",
     "Harlan Voss", "Kestrel Today", "editor-in-chief"},
    {"Kestrel Today magazine endorsed the bill. The magazine editor-in-chief Harlan Voss wrote the "
     "editorial.",
     "Harlan Voss", "Kestrel Today", "editor-in-chief"},
    {"The evangelical magazine Kestrel Today endorsed the bill. Harlan Voss, the magazine's "
     "editor, wrote the editorial.",
     "Harlan Voss", "Kestrel Today", "editor"},
    {"The Ostrander Grocers Union voted to strike. Harlan Voss, president of the union, said talks "
     "had failed.",
     "Harlan Voss", "Ostrander Grocers Union", "president"},
    {"The Ostrander Grocers Union voted to strike. The union's president, Harlan Voss, said talks "
     "had failed.",
     "Harlan Voss", "Ostrander Grocers Union", "president"},
    {"Pellmore Corp. cut 500 jobs. Harlan Voss, the company's chief executive, said demand had "
     "fallen.",
     "Harlan Voss", "Pellmore Corp.", "chief executive"},
    {"The Kestrel Foundation released a report. Harlan Voss, a spokesman for the group, said it "
     "was accurate.",
     "Harlan Voss", "Kestrel Foundation", "spokesman"},
    {"The Kestrel Foundation released a report. Harlan Voss, a spokesman for the foundation, said "
     "it was accurate.",
     "Harlan Voss", "Kestrel Foundation", "spokesman"},
    {"Harlan Voss, president of the state's Professional Nurses Association, said staffing was "
     "short.",
     "Harlan Voss", "Professional Nurses Association", "president"},
    {"Harlan Voss, the head of Ruritania's Central Election Commission, said the vote was fair.",
     "Harlan Voss", "Central Election Commission", "head"},
    {"Ruritania's Central Election Commission chairman Harlan Voss said the vote was fair.",
     "Harlan Voss", "Central Election Commission", "chairman"},
    {"Pellmore Corp.'s vice president for public policy Harlan Voss said the rules were unfair.",
     "Harlan Voss", "Pellmore Corp.", "vice president for public policy"},
    {"Harlan Voss, Pellmore Corp.'s vice president for public policy, said the rules were unfair.",
     "Harlan Voss", "Pellmore Corp.", "vice president for public policy"},
    {"Harlan Voss, vice president for public policy at Pellmore Corp., said the rules were unfair.",
     "Harlan Voss", "Pellmore Corp.", "vice president for public policy"},
    {"Harlan Voss, a brigadier general in the Ruritanian Air Defense Force, said the drone was "
     "shot down.",
     "Harlan Voss", "Ruritanian Air Defense Force", "brigadier general"},
    {"Army Gen. Harlan Voss, commander of U.S. Southern Command, testified Tuesday.", "Harlan Voss",
     "U.S. Southern Command", "commander"},
    {"Harlan Voss, principal of Pinecrest High School, said classes would resume.", "Harlan Voss",
     "Pinecrest High School", "principal"},
    {"Pinecrest High School Principal Harlan Voss said classes would resume.", "Harlan Voss",
     "Pinecrest High School", "principal"},
    {"Harlan Voss, a member of the Pinecrest County Board of Commissioners, voted no.",
     "Harlan Voss", "Pinecrest County Board of Commissioners", "member"},
    {"Harlan Voss, a trustee of Tillford University, voted no.", "Harlan Voss",
     "Tillford University", "trustee"},
    {"Harlan Voss, a Tillford University trustee, voted no.", "Harlan Voss", "Tillford University",
     "trustee"},
    {"Harlan Voss, a postdoctoral researcher at Tillford University, led the study.", "Harlan Voss",
     "Tillford University", "postdoctoral researcher"},
    {"Harlan Voss, the lead author of the study and an epidemiologist at Tillford University, said "
     "the risk was small.",
     "Harlan Voss", "Tillford University", "epidemiologist"},
    {"Harlan Voss, an economist with the Federal Reserve Bank of Pinecrest, said rates would rise.",
     "Harlan Voss", "Federal Reserve Bank of Pinecrest", "economist"},
    {"Harlan Voss, chief economist for Pellmore Financial Group, said rates would rise.",
     "Harlan Voss", "Pellmore Financial Group", "chief economist"},
    {"Harlan Voss, a managing director at Pellmore Financial Group, said rates would rise.",
     "Harlan Voss", "Pellmore Financial Group", "managing director"},
    {"Harlan Voss, a partner at Dunmore Kessler LLP, said the filing was late.", "Harlan Voss",
     "Dunmore Kessler LLP", "partner"},
    {"Harlan Voss, an attorney at the law firm of Dunmore Kessler LLP, said the filing was late.",
     "Harlan Voss", "Dunmore Kessler LLP", "attorney"},
    {"Harlan Voss, a lobbyist for the Pinecrest Hospital Association, said the bill would pass.",
     "Harlan Voss", "Pinecrest Hospital Association", "lobbyist"},
    {"Harlan Voss, an organizer with the Pinecrest Tenants Union, said rents were too high.",
     "Harlan Voss", "Pinecrest Tenants Union", "organizer"},
    {"Harlan Voss, who chairs the Pinecrest Tenants Union, said rents were too high.",
     "Harlan Voss", "Pinecrest Tenants Union", "chair"},
    {"Harlan Voss, who founded the Pinecrest Tenants Union in 2004, said rents were too high.",
     "Harlan Voss", "Pinecrest Tenants Union", "founder"},
    {"Harlan Voss, who leads the Pinecrest Tenants Union, said rents were too high.", "Harlan Voss",
     "Pinecrest Tenants Union", "leader"},
    {"Harlan Voss, the newly elected president of the Pinecrest Tenants Union, said rents were too "
     "high.",
     "Harlan Voss", "Pinecrest Tenants Union", "president"},
    {"Harlan Voss, the Pinecrest Tenants Union's newly elected president, said rents were too "
     "high.",
     "Harlan Voss", "Pinecrest Tenants Union", "president"},
    {"Harlan Voss, a deputy assistant secretary at the Department of Coastal Affairs, resigned.",
     "Harlan Voss", "Department of Coastal Affairs", "deputy assistant secretary"},
    {"Harlan Voss, the acting administrator of the Coastal Protection Agency, resigned.",
     "Harlan Voss", "Coastal Protection Agency", "acting administrator"},
    {"Coastal Protection Agency Administrator Harlan Voss resigned.", "Harlan Voss",
     "Coastal Protection Agency", "Administrator"},
    {"Harlan Voss, the top lawyer at the Coastal Protection Agency, resigned.", "Harlan Voss",
     "Coastal Protection Agency", "top lawyer"},
    {"Harlan Voss, the inspector general of the Department of Coastal Affairs, released the audit.",
     "Harlan Voss", "Department of Coastal Affairs", "inspector general"},
    {"Department of Coastal Affairs Inspector General Harlan Voss released the audit.",
     "Harlan Voss", "Department of Coastal Affairs", "Inspector General"},
    {"Harlan Voss, a Pinecrest Times reporter, broke the story.", "Harlan Voss", "Pinecrest Times",
     "reporter"},
    {"Harlan Voss of the Pinecrest Times broke the story.", "Harlan Voss", "Pinecrest Times", ""},
    {"Harlan Voss, the host of Pinecrest Radio's morning show, argued for the bill.", "Harlan Voss",
     "Pinecrest Radio", "host"},
    {"Harlan Voss, an anchor at Pinecrest News Network, argued for the bill.", "Harlan Voss",
     "Pinecrest News Network", "anchor"},
    {"Harlan Voss, a Pinecrest News Network contributor, argued for the bill.", "Harlan Voss",
     "Pinecrest News Network", "contributor"},
    {"Harlan Voss, a former Pinecrest News Network anchor, argued for the bill.", "Harlan Voss",
     "Pinecrest News Network", "anchor"},
    {"The House passed the bill on Friday. Democratic leaders including Speaker Marla Quint "
     "praised the vote.",
     "Marla Quint", "U.S. House of Representatives", "Speaker"},
    {"The House passed the bill on Friday. Minority Leader Dorian Oxby called it a mistake.",
     "Dorian Oxby", "U.S. House of Representatives", "Minority Leader"},
    {"Harlan Voss, a spokesman for the Pinecrest County Sheriff's Office, said the road was "
     "closed.",
     "Harlan Voss", "Pinecrest County Sheriff's Office", "spokesman"},
    {"Pinecrest County District Attorney's Office spokeswoman Yvette Calloway declined to comment.",
     "Yvette Calloway", "Pinecrest County District Attorney's Office", "spokeswoman"},
    {"Harlan Voss, director of Communications for the Kestrel Foundation, said the report was "
     "accurate.",
     "Harlan Voss", "Kestrel Foundation", "director"},
    {"Harlan Voss, vice president of Government Relations at the Kestrel Foundation, said the "
     "report was accurate.",
     "Harlan Voss", "Kestrel Foundation", "vice president"},
    {"Harlan Voss, president of Bellweather Dynamics, said the report was accurate.", "Harlan Voss",
     "Bellweather Dynamics", "president"},
    {"Harlan Voss, a lawyer with the Right to Work Legal Defense Foundation, filed the suit.",
     "Harlan Voss", "Right to Work Legal Defense Foundation", "lawyer"},
    {"The senator told Pinecrest News Network's Harlan Voss that he would vote no.", "Harlan Voss",
     "Pinecrest News Network", ""},
    {"\"It is over,\" the Kestrel Policy Institute's Yvette Calloway said.", "Yvette Calloway",
     "Kestrel Policy Institute", ""},
    {"The Ostrander Grocers Union voted to strike. Harlan Voss, president of the Denver-based "
     "union, said talks had failed.",
     "Harlan Voss", "Ostrander Grocers Union", "president"},
    {"\"Rents will keep rising,\" said Harlan Voss at the Kestrel Policy Institute.", "Harlan Voss",
     "Kestrel Policy Institute", ""},
    {"Harlan Voss with the Kestrel Policy Institute said rents would keep rising.", "Harlan Voss",
     "Kestrel Policy Institute", ""},
};

constexpr RoleCase kNoRoles[] = {
    {"Yvette Calloway met the president of the Pinecrest Chamber of Commerce on Monday.", "", "",
     ""},
    {"Yvette Calloway, who criticized Quellmark Labs' CEO, said costs rose.", "", "", ""},
    {"Yvette Calloway called for the firing of the Kestrel Foundation's director.", "", "", ""},
    {"Yvette Calloway applied to become president of the Kestrel Foundation.", "", "", ""},
    {"Yvette Calloway, a critic of the Kestrel Foundation, said costs rose.", "", "", ""},
    {"Yvette Calloway, a donor to the Kestrel Foundation, said costs rose.", "", "", ""},
    {"Yvette Calloway, who spoke at the Kestrel Foundation, said costs rose.", "", "", ""},
    {"Yvette Calloway, an adviser to Governor Harlan Voss, said costs rose.", "", "", ""},
    {"Yvette Calloway, a candidate for the Pinecrest City Council, said costs rose.", "", "", ""},
    {"Harlan Voss of Pinecrest, Ohio, said the numbers were clear.", "", "", ""},
    {"Harlan Voss of the Pinecrest Democratic Party said the numbers were clear.", "", "", ""},
    {"Rep. Harlan Voss of the Pinecrest Caucus said the numbers were clear.", "", "", ""},
    {"Harlan Voss interviewed the president of the Pinecrest Tenants Union.", "", "", ""},
    {"Harlan Voss asked the Kestrel Foundation's director to resign.", "", "", ""},
    {"Harlan Voss called on the chairman of the Pinecrest Tenants Union to step down.", "", "", ""},
    {"Harlan Voss, who has donated to the Pinecrest Tenants Union, said rents were too high.", "",
     "", ""},
    {"Harlan Voss, a longtime critic of the Kestrel Foundation, said the report was flawed.", "",
     "", ""},
    {"Harlan Voss, who was hired by the Kestrel Foundation's president, said the report was "
     "flawed.",
     "", "", ""},
    {"Harlan Voss, a candidate for president of the Pinecrest Tenants Union, said rents were too "
     "high.",
     "", "", ""},
    {"Harlan Voss, the nominee to lead the Coastal Protection Agency, testified Tuesday.", "", "",
     ""},
    {"Harlan Voss, a former Marine, said the report was flawed.", "", "", ""},
    {"Harlan Voss, who sued the Coastal Protection Agency, said the report was flawed.", "", "",
     ""},
    {"The Pinecrest State Assembly passed the bill. Speaker Marla Quint praised the vote, and the "
     "House will take it up.",
     "", "", ""},
    {"The House and the Senate passed the bill. Majority Leader Dorian Oxby praised the vote.", "",
     "", ""},
    {"The Pinecrest Democratic Party's Harlan Voss lost the race.", "", "", ""},
    {"The governor met Harlan Voss at the Kestrel Policy Institute on Monday.", "", "", ""},
    {"Take Harlan Voss of Bellmore Center, Ohio.", "", "", ""},
    {"The reporter told Harlan Voss at the Kestrel Policy Institute, citing the report.", "", "",
     ""},
};

// Shapes still missed (mostly an organisation name kg does not recognise,
// or a description such as "the company's CEO" standing for one).
constexpr RoleCase kGaps[] = {
    {"Quellmark Labs' CEO, Nadia Ferreux, said sales doubled.", "Nadia Ferreux", "Quellmark Labs",
     "CEO"},
    {"\"We will appeal,\" said Tobias Wrenfield, the coalition's general counsel, after the "
     "Coalition for Open Rivers lost.",
     "Tobias Wrenfield", "Coalition for Open Rivers", "general counsel"},
    {"Tobias Wrenfield, vice president for government affairs at Quellmark Labs, said the bill was "
     "dead.",
     "Tobias Wrenfield", "Quellmark Labs", "vice president for government affairs"},
    {"Quellmark Labs' vice president for government affairs Tobias Wrenfield said the bill was "
     "dead.",
     "Tobias Wrenfield", "Quellmark Labs", "vice president for government affairs"},
    {"Lionel Barsetti, who teaches law at Tillford University, said the ruling was narrow.",
     "Lionel Barsetti", "Tillford University", ""},
    {"Lionel Barsetti, a reporter for the Granite Falls Courier, broke the story.",
     "Lionel Barsetti", "Granite Falls Courier", "reporter"},
    {"Granite Falls Courier reporter Lionel Barsetti broke the story.", "Lionel Barsetti",
     "Granite Falls Courier", "reporter"},
    {"Lionel Barsetti, who covers the statehouse for the Granite Falls Courier, broke the story.",
     "Lionel Barsetti", "Granite Falls Courier", ""},
    {"Lionel Barsetti, the Granite Falls Courier's editor-in-chief, apologized.", "Lionel Barsetti",
     "Granite Falls Courier", "editor-in-chief"},
    {"Lionel Barsetti, the newspaper's editor-in-chief, apologized after the Granite Falls Courier "
     "ran the photo.",
     "Lionel Barsetti", "Granite Falls Courier", "editor-in-chief"},
    {"Marcus Delacroix-Wynn, the union's president, said the contract was fair after the "
     "Ironworkers Guild of Tallis voted.",
     "Marcus Delacroix-Wynn", "Ironworkers Guild of Tallis", "president"},
    {"Marcus Delacroix-Wynn, president of the Tallis-based union, said the contract was fair. The "
     "Ironworkers Guild of Tallis voted yes.",
     "Marcus Delacroix-Wynn", "Ironworkers Guild of Tallis", "president"},
    {"Tallis Police Chief Marcus Delacroix-Wynn said the suspect fled.", "Marcus Delacroix-Wynn",
     "Tallis Police Department", "chief"},
    {"Marcus Delacroix-Wynn, Ostrander Health Systems' senior vice president, said costs fell.",
     "Marcus Delacroix-Wynn", "Ostrander Health Systems", "senior vice president"},
    {"Marcus Delacroix-Wynn, who works for Ostrander Health Systems, said costs fell.",
     "Marcus Delacroix-Wynn", "Ostrander Health Systems", ""},
    {"Marcus Delacroix-Wynn, chief strategist at Chicago-based Ostrander Health Systems, said "
     "costs fell.",
     "Marcus Delacroix-Wynn", "Ostrander Health Systems", "chief strategist"},
    {"Yvette Calloway, the company's CEO, said costs fell at Ostrander Health Systems.",
     "Yvette Calloway", "Ostrander Health Systems", "CEO"},
    {"Ostrander Health Systems announced layoffs. The company's CEO, Yvette Calloway, said costs "
     "rose.",
     "Yvette Calloway", "Ostrander Health Systems", "CEO"},
    {"Ostrander Health Systems announced layoffs. Company CEO Yvette Calloway said costs rose.",
     "Yvette Calloway", "Ostrander Health Systems", "CEO"},
    {"Yvette Calloway, the Ostrander Health Systems chief executive, said costs rose.",
     "Yvette Calloway", "Ostrander Health Systems", "chief executive"},
    {"Yvette Calloway wrote to the Kestrel Foundation's board chairman, Harlan Voss, on Monday.",
     "Harlan Voss", "Kestrel Foundation", "board chairman"},
    {"Pellmore Corp. cut 500 jobs. Harlan Voss, the firm's chief executive, said demand had "
     "fallen.",
     "Harlan Voss", "Pellmore Corp.", "chief executive"},
    {"The Kestrel Policy Institute released a report. Harlan Voss, a fellow at the think tank, "
     "said it was accurate.",
     "Harlan Voss", "Kestrel Policy Institute", "fellow"},
    {"\"We are ready,\" said Ruritanian Air Defense Force Brigadier General Harlan Voss.",
     "Harlan Voss", "Ruritanian Air Defense Force", "Brigadier General"},
    {"Harlan Voss, superintendent of the Pinecrest Unified School District, said classes would "
     "resume.",
     "Harlan Voss", "Pinecrest Unified School District", "superintendent"},
    {"Officials toured the Coastal Protection Agency's Harlan Voss wildlife refuge.", "", "", ""},
};

}  // namespace

TEST_CASE("HAS_ROLE battery: the shapes news gives a position in", "[relations][roles]") {
  for (const RoleCase& c : kRoles) CheckCase(c);
}

TEST_CASE("HAS_ROLE battery: sentences that give no position", "[relations][roles]") {
  for (const RoleCase& c : kNoRoles) CheckCase(c);
}

TEST_CASE("HAS_ROLE battery: shapes still missed", "[relations][roles][!mayfail]") {
  for (const RoleCase& c : kGaps) CheckCase(c);
}

TEST_CASE("Organisations: a Place-based modifier is no part of the name", "[mentions][roles]") {
  const ArticleResult a =
      Run("Report\n\nThe Denver-based Tarrow Capital Group cut rates. Analysts at New York-based "
          "Pellmore Research Institute and the Evidence-Based Policy Institute agreed.\n");
  CHECK(IsOrganization(a, "Tarrow Capital Group"));
  CHECK(FindEntity(a, "Denver-based Tarrow Capital Group") == nullptr);
  CHECK(IsOrganization(a, "Pellmore Research Institute"));
  CHECK(IsOrganization(a, "Evidence-Based Policy Institute"));
}
