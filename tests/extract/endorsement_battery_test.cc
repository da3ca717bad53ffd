// A robustness battery for ENDORSES outside quotations: invented sentences
// in the ways US news reports a backing (verbal "endorsed|backed|is
// supporting|threw his support behind|came out in support of", nominal "won
// the endorsement of|has the backing of|'s endorsement of", passive, fronted
// "Endorsed by X, Y won" and "With the backing of X, Y won", reduced and full
// relatives, coordinated endorsers and endorsees, adverbs and time phrases
// between the parts, titles and descriptions on either end), each run after
// a lead naming the candidates and checked for exactly the expected edges;
// negatives that must stay silent (declined, not yet, may, a bill, "backed
// down", support for a policy); and the shapes still missed, kept as
// [!mayfail] so a fix shows up as a pass. Campaigning or stumping for a
// candidate is optional in the guidelines (tests/eval/README.md), so the
// battery does not ask for it.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

struct EndorseCase {
  const char* sentence;
  std::vector<std::string> edges;  // "endorser -> endorsed", sorted; empty: none
};

// A race with both candidates named, as a news article introduces them.
const char* kLead =
    "Senate race\n\nJane Whitfield and Tom Briggs are candidates in the Democratic primary for "
    "the Senate, and the election is in May.\n\n";

// The ENDORSES edges of one sentence after the lead, as "source -> target".
std::vector<std::string> EndorseEdges(const ArticleResult& a) {
  std::vector<std::string> out;
  auto name = [&](const std::string& id) {
    for (const Entity& e : a.entities) {
      if (e.id == id) return e.name;
    }
    return std::string("?");
  };
  for (const Relation& r : a.relations) {
    if (r.type == "ENDORSES") out.push_back(name(r.source) + " -> " + name(r.target));
  }
  std::sort(out.begin(), out.end());
  return out;
}

void CheckCase(const EndorseCase& c) {
  const ArticleResult a = Run(std::string(kLead) + c.sentence + "\n");
  INFO(c.sentence);
  CHECK(EndorseEdges(a) == c.edges);
}

const EndorseCase kFound[] = {
    {"Sen. Mark Delaney endorsed Jane Whitfield on Monday.", {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney formally endorsed Jane Whitfield for the Senate seat.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney on Monday endorsed Jane Whitfield.", {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney last month endorsed Jane Whitfield in a video posted online.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney has endorsed Jane Whitfield, his former aide.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney is endorsing Jane Whitfield in the Senate race.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney is supporting Jane Whitfield in the Senate race.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney is backing Jane Whitfield in the Senate race.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney backed Jane Whitfield in the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney has thrown his support behind Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney threw his support behind Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney has gotten behind Jane Whitfield in the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney came out in support of Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney came out for Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney announced his support for Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney announced his endorsement of Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney gave his endorsement to Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney lent his support to Jane Whitfield in the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney offered his backing to Jane Whitfield in the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney, a Democrat, endorsed Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney, who chairs the Finance Committee, endorsed Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney and Rep. Carla Moynihan endorsed Jane Whitfield on Monday.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield and Tom Briggs on Monday.",
     {"Mark Delaney -> Jane Whitfield", "Mark Delaney -> Tom Briggs"}},
    {"Sen. Mark Delaney also endorsed Jane Whitfield.", {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney quickly endorsed Jane Whitfield after the debate.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney signaled on Monday that he also would be backing Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney said on Monday that he is endorsing Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney said Monday he would support Jane Whitfield in the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"The Keystone Nurses Association endorsed Jane Whitfield on Monday.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"The Keystone Nurses Association is backing Jane Whitfield in the primary.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"The Keystone Nurses Association voted to endorse Jane Whitfield on Monday.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield was endorsed by Sen. Mark Delaney on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield has been endorsed by Sen. Mark Delaney and Rep. Carla Moynihan.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield is backed by Sen. Mark Delaney.", {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield, who is backed by Sen. Mark Delaney, won the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield, who was endorsed by the Keystone Nurses Association, won the primary.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield was formally endorsed on Monday by Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Endorsed by Sen. Mark Delaney, Jane Whitfield won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Backed by Sen. Mark Delaney, Jane Whitfield won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Backed by the Keystone Nurses Association, Jane Whitfield won the Senate primary.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield, endorsed by Sen. Mark Delaney, won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield, backed by Sen. Mark Delaney, won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield, a former prosecutor endorsed by Sen. Mark Delaney, won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield, a former prosecutor backed by Sen. Mark Delaney, won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Armed with the endorsement of Sen. Mark Delaney, Jane Whitfield won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"With the backing of Sen. Mark Delaney, Jane Whitfield won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield won the endorsement of Sen. Mark Delaney on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield picked up the endorsement of Sen. Mark Delaney on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield received the backing of Sen. Mark Delaney on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield has the support of Sen. Mark Delaney in the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield also has the support of Sen. Mark Delaney, who said she would be a great "
     "senator.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield has the backing of Sen. Mark Delaney and Rep. Carla Moynihan.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield landed the endorsement of the Keystone Nurses Association on Monday.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield secured the backing of the Keystone Nurses Association on Monday.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield announced the endorsement of Sen. Mark Delaney on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield touted the endorsement of Sen. Mark Delaney on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield has won several endorsements, including the backing of Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield has won several endorsements, including one from Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney's endorsement of Jane Whitfield came on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney's endorsement went to Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"The endorsement of Jane Whitfield by Sen. Mark Delaney came on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield, who has the support of Sen. Mark Delaney, won the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield, who won the endorsement of Sen. Mark Delaney, won the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney and Rep. Carla Moynihan lent their support to Jane Whitfield on Monday.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney, who endorsed Jane Whitfield on Monday, praised her record.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney, who is backing Jane Whitfield, praised her record.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"The Keystone Nurses Association, which endorsed Jane Whitfield on Monday, praised her "
     "record.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"The Keystone Nurses Association, which backed Tom Briggs in 2016, endorsed Jane Whitfield on "
     "Monday.",
     {"Keystone Nurses Association -> Jane Whitfield",
      "Keystone Nurses Association -> Tom Briggs"}},
    {"Tom Briggs is running for governor. The Keystone Nurses Association said Monday it is "
     "backing him.",
     {"Keystone Nurses Association -> Tom Briggs"}},
    {"Jane Whitfield is a former prosecutor. Sen. Mark Delaney endorsed the former prosecutor on "
     "Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield is a congresswoman from Ohio. Sen. Mark Delaney, who endorsed the "
     "congresswoman, praised her.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield is a candidate. Sen. Mark Delaney endorsed her on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Tom Briggs is running for governor. The Keystone Nurses Association backed Briggs in 2016, "
     "and the union had backed Briggs again this year.",
     {"Keystone Nurses Association -> Tom Briggs"}},
    {"Rep. Carla Moynihan endorsed Jane Whitfield on Monday. Sen. Mark Delaney followed suit on "
     "Tuesday.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield on Monday, the second senator to do so after Rep. "
     "Carla Moynihan.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Endorsed by Sen. Mark Delaney and Rep. Carla Moynihan, Jane Whitfield won the Senate "
     "primary.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Endorsed by the Keystone Nurses Association, Jane Whitfield won the Senate primary.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Endorsed on Monday by Sen. Mark Delaney, Jane Whitfield won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Endorsed by Sen. Mark Delaney, Jane Whitfield, a former prosecutor, won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Endorsed by Sen. Mark Delaney, former prosecutor Jane Whitfield won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"With the endorsement of Sen. Mark Delaney, Jane Whitfield won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"With the endorsement of the Keystone Nurses Association, Jane Whitfield won the Senate "
     "primary.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield in the Senate race on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney supported Jane Whitfield in the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney backed Jane Whitfield in the Ohio Senate race.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney is supporting Jane Whitfield in the House race.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney said on Monday that he would support Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney said Tuesday night he would endorse Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney said last week that he would back Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney said in a statement that he will endorse Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney said he would be backing Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney said he also would back Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Rep. Carla Moynihan said she will be endorsing Jane Whitfield.",
     {"Carla Moynihan -> Jane Whitfield"}},
    {"The Keystone Nurses Association said Monday it would endorse Jane Whitfield.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield on Friday announced the endorsement of Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield did it again by announcing the endorsement of Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield, who announced the endorsement of the Keystone Nurses Association once she "
     "took the stage, spoke for an hour.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield unveiled the endorsements of Sen. Mark Delaney and Rep. Carla Moynihan.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney announced the endorsement of Jane Whitfield by the Keystone Nurses "
     "Association.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield has picked up several endorsements, including one from the Keystone Nurses "
     "Association.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield has received endorsements from several groups, including the Keystone Nurses "
     "Association.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Jane Whitfield has won several endorsements, including the support of Sen. Mark Delaney and "
     "Rep. Carla Moynihan.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield on Monday, the second former candidate to do so "
     "after Rep. Carla Moynihan.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield shortly after he dropped out, becoming only the "
     "second former candidate to do so, after Rep. Carla Moynihan.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"The Keystone Nurses Association backed Jane Whitfield on Monday, the third union to do so, "
     "joining the Riverbend Teachers Union.",
     {"Keystone Nurses Association -> Jane Whitfield",
      "Riverbend Teachers Union -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield on Monday, the first senator to do so.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield on Monday, the second senator to do so after the "
     "debate with Tom Briggs.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield and Tom Briggs, the second senator to do so after "
     "Rep. Carla Moynihan.",
     {"Mark Delaney -> Jane Whitfield", "Mark Delaney -> Tom Briggs"}},
    {"Tom Briggs is running hard. Sen. Mark Delaney is backing him.",
     {"Mark Delaney -> Tom Briggs"}},
    {"Tom Briggs is running hard. The Keystone Nurses Association is backing him, and so is the "
     "Riverbend Teachers Union.",
     {"Keystone Nurses Association -> Tom Briggs", "Riverbend Teachers Union -> Tom Briggs"}},
    {"Tom Briggs is running hard. The Keystone Nurses Association backed him in the primary.",
     {"Keystone Nurses Association -> Tom Briggs"}},
    {"Sen. Mark Delaney is backing Jane Whitfield, and so is Rep. Carla Moynihan.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney has formally endorsed Jane Whitfield, and so have the Keystone Nurses "
     "Association and Rep. Carla Moynihan.",
     {"Carla Moynihan -> Jane Whitfield", "Keystone Nurses Association -> Jane Whitfield",
      "Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield, and so is Tom Briggs, who is running too.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield, as is customary for a party leader.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed former Gov. Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Democratic Senate candidate Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Former President Lionel Hartsock endorsed Jane Whitfield on Monday.",
     {"Lionel Hartsock -> Jane Whitfield"}},
    {"Lionel Hartsock, the former governor, endorsed Jane Whitfield on Monday.",
     {"Lionel Hartsock -> Jane Whitfield"}},
    {"On Monday, Sen. Mark Delaney endorsed Jane Whitfield.", {"Mark Delaney -> Jane Whitfield"}},
    {"Last month, the Keystone Nurses Association backed Jane Whitfield.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"After weeks of speculation, Sen. Mark Delaney endorsed Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"In a video posted Monday, Sen. Mark Delaney endorsed Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney, in a statement, endorsed Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield's bid for the Senate.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield's candidacy on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney is among those backing Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney is one of several senators backing Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield's endorsers include Sen. Mark Delaney.", {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield has been endorsed by Sen. Mark Delaney, Rep. Carla Moynihan and the Keystone "
     "Nurses Association.",
     {"Carla Moynihan -> Jane Whitfield", "Keystone Nurses Association -> Jane Whitfield",
      "Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield, whom Sen. Mark Delaney endorsed last year, won the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield, whom Sen. Mark Delaney is backing, won the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney's support for Jane Whitfield angered party leaders.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney's decision to endorse Jane Whitfield angered party leaders.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield over Tom Briggs.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney switched his endorsement from Tom Briggs to Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney, who had endorsed Tom Briggs, now backs Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield", "Mark Delaney -> Tom Briggs"}},
    {"Sen. Mark Delaney voiced support for Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney expressed support for Jane Whitfield's candidacy.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney, a Whitfield backer, said the race was close.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Rep. Carla Moynihan joined Sen. Mark Delaney in endorsing Jane Whitfield.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney and Rep. Carla Moynihan both endorsed Jane Whitfield.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"Both Sen. Mark Delaney and Rep. Carla Moynihan have endorsed Jane Whitfield.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
    {"The Keystone Nurses Association, the state's largest union, endorsed Jane Whitfield.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"The Keystone Nurses Association, which represents 20,000 nurses, endorsed Jane Whitfield.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Sen. Mark Delaney gave Jane Whitfield his endorsement on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield, calling her a fighter.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney, who endorsed Jane Whitfield in March, campaigned with her on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney criticized Jane Whitfield for endorsing Tom Briggs.",
     {"Jane Whitfield -> Tom Briggs"}},
    {"Sen. Mark Delaney mocked the endorsement of Jane Whitfield by the Keystone Nurses "
     "Association.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Sen. Mark Delaney declared support for Jane Whitfield in the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney, who denied wrongdoing, endorsed Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney is one of three senators who have endorsed Jane Whitfield.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney, one of 12 senators backing Jane Whitfield, spoke on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney offered his support to Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney and Rep. Carla Moynihan lent their backing to Jane Whitfield.",
     {"Carla Moynihan -> Jane Whitfield", "Mark Delaney -> Jane Whitfield"}},
};

const EndorseCase kSilent[] = {
    {"Endorsed by Sen. Mark Delaney, the measure passed the Senate on Monday.", {}},
    {"Endorsed by Sen. Mark Delaney, the plan was praised by Jane Whitfield.", {}},
    {"Backed by Sen. Mark Delaney, the bill was sent to Jane Whitfield for a signature.", {}},
    {"With the endorsement of Sen. Mark Delaney in hand, the campaign of Jane Whitfield raised "
     "money.",
     {}},
    {"Sen. Mark Delaney is supporting Jane Whitfield in the Acme Corp. campaign.", {}},
    {"Sen. Mark Delaney said Monday he would support the water bill.", {}},
    {"Sen. Mark Delaney said Monday he would back Jane Whitfield if she wins the nomination.", {}},
    {"Sen. Mark Delaney said Monday he would not back Jane Whitfield.", {}},
    {"Sen. Mark Delaney said Monday he would be backing Jane Whitfield's plan to cut taxes.", {}},
    {"Sen. Mark Delaney said Monday he would support whoever wins, even Jane Whitfield.", {}},
    {"Sen. Mark Delaney said Monday she would back Tom Briggs.", {}},
    {"The Keystone Nurses Association announced the endorsement of Jane Whitfield.", {}},
    {"Jane Whitfield announced the endorsement of a new health plan by Sen. Mark Delaney.", {}},
    {"Jane Whitfield has won several awards, including one from Sen. Mark Delaney.", {}},
    {"Jane Whitfield has sought several endorsements, including one from Sen. Mark Delaney.", {}},
    {"Tom Briggs is running hard. The Keystone Nurses Association backed him on the water bill.",
     {}},
    {"Tom Briggs is running hard. Sen. Mark Delaney backed him up on the tax plan.", {}},
    {"Tom Briggs is running hard. Sen. Mark Delaney backed him for a job at the bank.", {}},
    {"Neither Sen. Mark Delaney nor Rep. Carla Moynihan has endorsed Jane Whitfield.", {}},
    {"Sen. Mark Delaney is backing away from Jane Whitfield after the scandal.", {}},
    {"Sen. Mark Delaney backed off his support of Jane Whitfield.", {}},
    {"Sen. Mark Delaney denied that he had endorsed Jane Whitfield.", {}},
    {"Sen. Mark Delaney said it was too early to endorse Jane Whitfield.", {}},
    {"Sen. Mark Delaney urged Jane Whitfield to drop out of the race.", {}},
    {"Sen. Mark Delaney could endorse Jane Whitfield as soon as Monday.", {}},
    {"Sen. Mark Delaney is reportedly considering backing Jane Whitfield.", {}},
    {"If Sen. Mark Delaney endorses Jane Whitfield, the race will change.", {}},
    {"Sen. Mark Delaney would not endorse Jane Whitfield.", {}},
    {"Sen. Mark Delaney has yet to endorse Jane Whitfield.", {}},
    {"Asked whether he would endorse Jane Whitfield, Sen. Mark Delaney declined to answer.", {}},
    {"Sen. Mark Delaney supported Jane Whitfield's bill to cut taxes.", {}},
    {"Sen. Mark Delaney backed out of the race and Jane Whitfield won.", {}},
    {"Sen. Mark Delaney said voters backing Jane Whitfield were angry.", {}},
    {"Sen. Mark Delaney expressed support for the water bill on Monday.", {}},
    {"Sen. Mark Delaney voiced support for Jane Whitfield's plan to cut taxes.", {}},
    {"Sen. Mark Delaney denied reports that he had endorsed Jane Whitfield.", {}},
    {"Sen. Mark Delaney denies ever backing Jane Whitfield in the primary.", {}},
    {"Sen. Mark Delaney is one of many voters backing Jane Whitfield.", {}},
    {"The mother of Sen. Mark Delaney, one of several senators backing Jane Whitfield, spoke on "
     "Monday.",
     {}},
    {"Sen. Mark Delaney is one of several senators who may endorse Jane Whitfield.", {}},
    {"Sen. Mark Delaney offered his support to Jane Whitfield's family after the storm.", {}},
    {"Sen. Mark Delaney offered his full support to the people of the state after the storm.", {}},
    {"Sen. Mark Delaney declined to endorse Jane Whitfield on Monday.", {}},
    {"Sen. Mark Delaney has not endorsed Jane Whitfield.", {}},
    {"Sen. Mark Delaney has not yet endorsed Jane Whitfield or Tom Briggs.", {}},
    {"Sen. Mark Delaney may endorse Jane Whitfield later this month.", {}},
    {"Sen. Mark Delaney refused to back Jane Whitfield.", {}},
    {"Sen. Mark Delaney has said he will not support Jane Whitfield.", {}},
    {"Sen. Mark Delaney endorsed the water bill that Jane Whitfield wrote.", {}},
    {"Sen. Mark Delaney backed down after Jane Whitfield criticized him.", {}},
    {"Sen. Mark Delaney expressed support for the policy Jane Whitfield proposed.", {}},
    {"Sen. Mark Delaney supported the war, Jane Whitfield said.", {}},
    {"Sen. Mark Delaney is considering endorsing Jane Whitfield.", {}},
    {"Sen. Mark Delaney is expected to endorse Jane Whitfield on Monday.", {}},
    {"Jane Whitfield sought the endorsement of Sen. Mark Delaney but did not get it.", {}},
    {"Jane Whitfield did not win the endorsement of Sen. Mark Delaney.", {}},
    {"Jane Whitfield supported Sen. Mark Delaney's bill on Monday.", {}},
    {"Sen. Mark Delaney voted against Jane Whitfield in the primary.", {}},
    {"Sen. Mark Delaney would not say whether he backs Jane Whitfield.", {}},
    {"Jane Whitfield endorsed the plan by Sen. Mark Delaney to cut taxes.", {}},
    {"Sen. Mark Delaney backed the nomination process, not Jane Whitfield.", {}},
};

// Shapes still missed (or, for the last negatives, still wrongly drawn).
const EndorseCase kGaps[] = {
    {"Sen. Mark Delaney lined up behind Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney rallied behind Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield is supported by Sen. Mark Delaney in the Senate race.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"With the support of Sen. Mark Delaney, Jane Whitfield won the Senate primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield announced on Monday the endorsement of Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield got the nod from Sen. Mark Delaney on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield won the seal of approval of Sen. Mark Delaney.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield, whose backers include Sen. Mark Delaney, won the primary.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Jane Whitfield counts Sen. Mark Delaney among her supporters.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney tweeted his support for Jane Whitfield on Monday.",
     {"Mark Delaney -> Jane Whitfield"}},
    {"Sen. Mark Delaney endorsed Jane Whitfield in 2018 but now supports Tom Briggs.",
     {"Mark Delaney -> Jane Whitfield", "Mark Delaney -> Tom Briggs"}},
    {"The Keystone Nurses Association's political arm endorsed Jane Whitfield.",
     {"Keystone Nurses Association -> Jane Whitfield"}},
    {"Sen. Mark Delaney gave Jane Whitfield a boost on Monday by endorsing her.",
     {"Mark Delaney -> Jane Whitfield"}},
};

}  // namespace

TEST_CASE("ENDORSES battery: the backings news reports", "[relations][endorse]") {
  for (const EndorseCase& c : kFound) CheckCase(c);
}

TEST_CASE("ENDORSES battery: no backing of a candidate", "[relations][endorse]") {
  for (const EndorseCase& c : kSilent) CheckCase(c);
}

TEST_CASE("ENDORSES battery: shapes still missed", "[relations][endorse][!mayfail]") {
  for (const EndorseCase& c : kGaps) CheckCase(c);
}
