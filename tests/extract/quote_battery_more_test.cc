// The quotation attribution battery, part 2 (see quote_battery_test.cc).
#include "tests/extract/quote_battery.h"

namespace kg::extract {
namespace {

using testing::Case;
using testing::CheckCases;

TEST_CASE("Speakers with a long apposition (title, organisation, age, hometown)",
          "[quote_battery]") {
  const Case cases[] = {
      {"app_title_org_after",
       "Harbor vote\n"
       "\n"
       "\"We will keep every pier open through the winter,\" said Mark Delaney, the Army's "
       "assistant secretary.\n",
       "We will keep every pier", "Mark Delaney"},
      {"app_title_org_before",
       "Harbor vote\n"
       "\n"
       "Mark Delaney, the Army's assistant secretary, said \"we will keep every pier open through "
       "the winter.\"\n",
       "we will keep every pier", "Mark Delaney"},
      {"app_title_org_before_colon",
       "Harbor vote\n"
       "\n"
       "Mark Delaney, the Navy's deputy undersecretary, said: \"We will keep every pier open "
       "through the winter.\"\n",
       "We will keep every pier", "Mark Delaney"},
      {"app_org_of",
       "Harbor vote\n"
       "\n"
       "\"We will keep every pier open through the winter,\" said Mark Delaney, a spokesman for "
       "the Coastal Ferry Authority.\n",
       "We will keep every pier", "Mark Delaney"},
      {"app_org_of_before",
       "Harbor vote\n"
       "\n"
       "Mark Delaney, a spokesman for the Coastal Ferry Authority, said the agency \"will keep "
       "every pier open through the winter.\"\n",
       "will keep every pier", "Mark Delaney"},
      {"app_age_town",
       "Harbor vote\n"
       "\n"
       "\"I have fished off that pier for forty years,\" said Walt Pemberton, 67, of Bayport.\n",
       "I have fished", "Walt Pemberton"},
      {"app_age_town_before",
       "Harbor vote\n"
       "\n"
       "Walt Pemberton, 67, a retired welder from Bayport, said, \"I have fished off that pier for "
       "forty years.\"\n",
       "I have fished", "Walt Pemberton"},
      {"app_org_possessive_after",
       "Harbor vote\n"
       "\n"
       "\"The board will vote on the fee in March,\" said Lena Fiorucci, Harbor Trust's chief "
       "executive.\n",
       "The board will vote", "Lena Fiorucci"},
      {"app_org_possessive_subject_after",
       "Harbor vote\n"
       "\n"
       "\"The board will vote on the fee in March,\" Lena Fiorucci, the Harbor Trust's chief "
       "executive, said.\n",
       "The board will vote", "Lena Fiorucci"},
      {"app_university",
       "Harbor vote\n"
       "\n"
       "\"The data show the fee has not hurt the ferries at all,\" said Priya Venkataraman, an "
       "economist at Rutgers University who studies ports.\n",
       "The data show", "Priya Venkataraman"},
      {"app_university_before",
       "Harbor vote\n"
       "\n"
       "Priya Venkataraman, an economist at Rutgers University, told The Associated Press that "
       "\"the fee has not hurt the ferries at all.\"\n",
       "the fee has not hurt", "Priya Venkataraman"},
      {"app_pentagon",
       "Harbor vote\n"
       "\n"
       "\"We will keep every pier open through the winter,\" said Mark Delaney, the Pentagon's top "
       "budget official.\n",
       "We will keep every pier", "Mark Delaney"},
      {"app_fbi",
       "Harbor vote\n"
       "\n"
       "\"We have no evidence that anyone tampered with the ballots,\" said Carla Wendt, the FBI's "
       "deputy director.\n",
       "We have no evidence", "Carla Wendt"},
      {"app_state_dept_before",
       "Harbor vote\n"
       "\n"
       "Carla Wendt, the State Department's top lawyer, said \"we have no evidence that anyone "
       "tampered with the ballots.\"\n",
       "we have no evidence", "Carla Wendt"},
      {"org_apposition_said_before",
       "Harbor vote\n"
       "\n"
       "Mark Delaney, the Army's assistant secretary for civil works, said on Tuesday that the "
       "Corps \"will keep every pier open through the winter.\"\n",
       "will keep every pier", "Mark Delaney"},
      {"org_apposition_told",
       "Harbor vote\n"
       "\n"
       "\"We will keep every pier open through the winter,\" Mark Delaney, the Army's assistant "
       "secretary, told reporters.\n",
       "We will keep every pier", "Mark Delaney"},
      {"org_apposition_pentagon_told",
       "Harbor vote\n"
       "\n"
       "\"We will keep every pier open through the winter,\" Mark Delaney, a senior Pentagon "
       "official, told CNN.\n",
       "We will keep every pier", "Mark Delaney"},
      {"org_apposition_company",
       "Harbor vote\n"
       "\n"
       "\"Our ferries will run on time all winter,\" said Tom Becker, chief executive of Keller "
       "Maritime Group, in a statement.\n",
       "Our ferries will run", "Tom Becker"},
      {"app_of_org_before",
       "Harbor vote\n"
       "\n"
       "Mark Becker of the Brookings Institution said, \"There are no winners in a fight over the "
       "harbor.\"\n",
       "There are no winners", "Mark Becker"},
      {"app_as_of_org_before",
       "Harbor vote\n"
       "\n"
       "As Mark Becker of the Brookings Institution tweeted, \"There are no winners in a fight "
       "over the harbor.\"\n",
       "There are no winners", "Mark Becker"},
      {"app_at_org_reported",
       "Harbor vote\n"
       "\n"
       "Mark Becker at the Coastal Policy Center at Rutgers University said the harbor fight \"has "
       "no winners and only losers on both sides.\"\n",
       "has no winners", "Mark Becker"},
      {"app_unknown_name_before",
       "Harbor vote\n"
       "\n"
       "Speaking at an event on Thursday, Yukio Tanabe, director general of the Coastal Ferry "
       "Authority, said \"the pier is safe for every ferry and fishing boat.\"\n",
       "the pier is safe", "Yukio Tanabe"},
      {"app_unknown_name_after",
       "Harbor vote\n"
       "\n"
       "\"The pier is safe for every ferry and every fishing boat,\" Sherrod Ifeoma, president of "
       "the Coastal Ferry Authority, wrote on Twitter.\n",
       "The pier is safe", "Sherrod Ifeoma"},
      {"app_unknown_name_age",
       "Harbor vote\n"
       "\n"
       "\"I have fished off that pier for forty years,\" Odile Pemberton, 67, a retired welder, "
       "told reporters.\n",
       "I have fished", "Odile Pemberton"},
      {"title_first_unknown",
       "Harbor vote\n"
       "\n"
       "\"I have fished off that pier for forty years,\" said retired welder Odile Pemberton.\n",
       "I have fished", "Odile Pemberton"},
      {"title_first_witness",
       "Harbor vote\n"
       "\n"
       "\"People were running in every direction,\" said eyewitness Komla Adebayo, who was at the "
       "pier.\n",
       "People were running", "Komla Adebayo"},
      {"app_org_title_unknown",
       "Harbor vote\n"
       "\n"
       "\"We are working on plans to protect the ferries,\" Odile Pemberton, White House adviser, "
       "told reporters.\n",
       "We are working on plans", "Odile Pemberton"},
      {"app_unknown_unknown",
       "Harbor vote\n"
       "\n"
       "\"People will now have to wonder if the fee is legal at all,\" Odile Shamsi, director of "
       "the Coastal Ferry Authority's harbor project, said in a statement.\n",
       "People will now have to", "Odile Shamsi"},
      {"app_org_role_participle",
       "Harbor vote\n"
       "\n"
       "WKRB legal analyst Mark Becker, a former prosecutor, prefaced his remarks by saying, "
       "\"There are no winners in a fight over the harbor.\"\n",
       "There are no winners", "Mark Becker"},
      {"app_relative_scare",
       "Harbor vote\n"
       "\n"
       "Sen. Karen Brannock, D-Ore., who was first elected in the \"Year of the Harbor\" in 1992 "
       "after the resignation of Sen. Tom Becker, said that the council would be telling fishermen "
       "that \"your livelihoods just don't matter at all.\"\n",
       "your livelihoods", "Karen Brannock"},
      {"app_relative_object",
       "Harbor vote\n"
       "\n"
       "John Quist, a former ambassador to the United Nations who has been supportive of Tom "
       "Becker, told WKRB that the mayor showed \"command of the subject matter\" on the pier.\n",
       "command of the subject", "John Quist"},
      {"app_two_parts",
       "Harbor vote\n"
       "\n"
       "\"The fee is a tax on every family that rides the ferry,\" Stevan Lowe, the head of the "
       "Harbor Leadership Fund, a super PAC, told WKRB.\n",
       "The fee is a tax", "Stevan Lowe"},
      {"app_title_before_name",
       "Harbor vote\n"
       "\n"
       "\"The fee is a tax on every family that rides the ferry,\" Analyst Soner Cagla, director "
       "of the Harbor Research Program at the Bayport Institute, told WKRB.\n",
       "The fee is a tax", "Soner Cagla"},
      {"app_org_possessive",
       "Harbor vote\n"
       "\n"
       "\"The fee is a tax on every family that rides the ferry,\" Odile Tsai, Keller Maritime's "
       "ferry division chief, told WKRB.\n",
       "The fee is a tax", "Odile Tsai"},
      {"app_unclosed_before",
       "Harbor vote\n"
       "\n"
       "Laurent Becker, founder of the Coastal Ferry Authority said: \"Eventually every ferry in "
       "the harbor will run on batteries.\"\n",
       "Eventually every ferry", "Laurent Becker"},
      {"app_unclosed_reported",
       "Harbor vote\n"
       "\n"
       "Rob Becker, director of the Coastal Ferry Authority said the pier \"will stay open for the "
       "whole winter season.\"\n",
       "will stay open", "Rob Becker"},
  };
  CheckCases(cases, std::size(cases));
}

TEST_CASE("Quotations split by attribution or running across paragraphs", "[quote_battery]") {
  const Case cases[] = {
      {"split",
       "Harbor vote\n"
       "\n"
       "\"The pier is safe,\" said Karen Brannock, \"but the ferry dock needs work before the "
       "summer.\"\n",
       "but the ferry dock", "Karen Brannock"},
      {"split_pron",
       "Harbor vote\n"
       "\n"
       "Karen Brannock toured the dock.\n"
       "\n"
       "\"The pier is safe,\" she said. \"But the ferry dock needs work before the summer.\"\n",
       "But the ferry dock", "Karen Brannock"},
      {"paras",
       "Harbor vote\n"
       "\n"
       "Karen Brannock addressed the council on Monday.\n"
       "\n"
       "\"We have waited long enough for the state to act on the harbor.\n"
       "\n"
       "\"It is time for the city to fix the pier on its own.\"\n",
       "We have waited", "Karen Brannock"},
      {"continuation",
       "Harbor vote\n"
       "\n"
       "\"We have waited long enough for the state to act,\" Karen Brannock said.\n"
       "\n"
       "\"It is time for the city to fix the pier on its own.\"\n",
       "It is time for the city", "Karen Brannock"},
      {"para_split_attr",
       "Harbor vote\n"
       "\n"
       "\"The pier is safe,\" Karen Brannock said.\n"
       "\n"
       "\"But the ferry dock needs work before the summer, and we will pay for it.\"\n",
       "But the ferry dock", "Karen Brannock"},
      {"three_paras",
       "Harbor vote\n"
       "\n"
       "Karen Brannock spoke to the council on Monday.\n"
       "\n"
       "\"We have waited long enough for the state to act on the harbor.\n"
       "\n"
       "\"It is time for the city to fix the pier.\n"
       "\n"
       "\"And we will do it this year,\" she said.\n",
       "We have waited", "Karen Brannock"},
  };
  CheckCases(cases, std::size(cases));
}

TEST_CASE("Colon introductions, interviews and outlets told", "[quote_battery]") {
  const Case cases[] = {
      {"colon_statement",
       "Harbor vote\n"
       "\n"
       "Karen Brannock said in a statement: \"We will not raise the harbor fee this year.\"\n",
       "We will not raise", "Karen Brannock"},
      {"colon_statement_para",
       "Harbor vote\n"
       "\n"
       "Karen Brannock said in a statement:\n"
       "\n"
       "\"We will not raise the harbor fee this year, and we will not cut ferry service.\"\n",
       "We will not raise", "Karen Brannock"},
      {"colon_org_statement",
       "Harbor vote\n"
       "\n"
       "The Coastal Ferry Authority said in a statement: \"Service will continue without "
       "interruption through the winter.\"\n",
       "Service will continue", "Coastal Ferry Authority"},
      {"interview_with",
       "Harbor vote\n"
       "\n"
       "\"We will not raise the harbor fee this year,\" Karen Brannock said in an interview with "
       "The Boston Globe.\n",
       "We will not raise", "Karen Brannock"},
      {"interview_with_before",
       "Harbor vote\n"
       "\n"
       "In an interview with CNN, Karen Brannock said \"we will not raise the harbor fee this "
       "year.\"\n",
       "we will not raise", "Karen Brannock"},
      {"told_org",
       "Harbor vote\n"
       "\n"
       "\"We will not raise the harbor fee this year,\" Karen Brannock told The Washington Post.\n",
       "We will not raise", "Karen Brannock"},
      {"told_org_before",
       "Harbor vote\n"
       "\n"
       "Karen Brannock told NBC News that \"we will not raise the harbor fee this year.\"\n",
       "we will not raise", "Karen Brannock"},
      {"told_org_desc",
       "Harbor vote\n"
       "\n"
       "\"We will not raise the harbor fee this year,\" the mayor, Karen Brannock, told Reuters.\n",
       "We will not raise", "Karen Brannock"},
      {"told_org_interview",
       "Harbor vote\n"
       "\n"
       "\"We will not raise the harbor fee this year,\" Karen Brannock said in an interview with "
       "NPR on Tuesday.\n",
       "We will not raise", "Karen Brannock"},
  };
  CheckCases(cases, std::size(cases));
}

}  // namespace
}  // namespace kg::extract
