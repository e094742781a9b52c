// Actor codes of noun phrases: actors with agents, conjuncts, shared modifiers, agents
// without a country, dated codes; with the PETRARCH validation dictionaries and the built-in
// lexicon.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "extract/actor_codes.h"
#include "pipeline/pipeline.h"
#include "pipeline_support.h"

using namespace casus;

namespace {

const std::string kPetrarchDir = std::string(CASUS_SHARED_DIR) + "/eval/data/petrarch/";

// A pipeline with the PETRARCH validation actors and agents only (the fictional world).
const Pipeline& petrarch_pipeline() {
  static const std::unique_ptr<Pipeline> p = [] {
    PipelineOptions o;
    o.syntax = true;
    o.default_lexicon = false;
    o.lexicons = {"petrarch-actors:" + kPetrarchDir + "PETR.Validate.actors.txt",
                  "petrarch-agents:" + kPetrarchDir + "PETR.Validate.agents.txt"};
    return std::make_unique<Pipeline>(o);
  }();
  return *p;
}

struct Parsed {
  Document doc;
  const Pipeline* pipeline;
};

Parsed parse(const std::string& text, const Pipeline& pipeline) {
  Parsed p{Document{}, &pipeline};
  p.doc.id = "t";
  p.doc.text = text;
  p.doc.published = "2015-06-01";
  pipeline.annotate(p.doc);
  return p;
}

// The codes of the phrase whose head is the first token spelled `word`.
std::vector<std::string> codes(const Parsed& p, const std::string& word) {
  for (uint32_t t = 0; t < p.doc.tokens.size(); ++t)
    if (p.doc.slice(p.doc.tokens[t].span) == word) {
      std::vector<std::string> out;
      for (const auto& side : extract::code_noun_phrase(p.doc, p.pipeline->lexicon(), t, p.doc.published))
        out.push_back(side.code);
      std::sort(out.begin(), out.end());
      return out;
    }
  ADD_FAILURE() << "no token " << word;
  return {};
}

using Codes = std::vector<std::string>;

TEST(ActorCodes, ComposeAgentCodes) {
  EXPECT_EQ(extract::compose_agent_code("ARN", "~GOV"), "ARNGOV");
  EXPECT_EQ(extract::compose_agent_code("ARN", "NGO~"), "NGOARN");
  EXPECT_EQ(extract::compose_agent_code("---", "~GOV"), "---GOV");
  EXPECT_EQ(extract::compose_agent_code("USAGOV", "~GOV"), "USAGOV");
  EXPECT_EQ(extract::compose_agent_code("HGWGOVMED", "~GOVMED"), "HGWGOVMED");
  EXPECT_EQ(extract::compose_agent_code("GMWGOV", "~WGO"), "GMWGOVWGO");
  // Only a whole part after the country counts as already there.
  EXPECT_EQ(extract::compose_agent_code("GOV", "~GOV"), "GOVGOV");
  EXPECT_EQ(extract::compose_agent_code("ARN", " ~COP"), "ARNCOP");
}

TEST(ActorCodes, CountryWithAgent) {
  Parsed p = parse("Osgiliath soldiers attacked the town.", petrarch_pipeline());
  EXPECT_EQ(codes(p, "soldiers"), Codes{"OSGMIL"});
  Parsed q = parse("The ambassadors of Arnor presented credentials.", petrarch_pipeline());
  EXPECT_EQ(codes(q, "ambassadors"), Codes{"ARNGOV"});
  // The longest agent wins: "foreign minister" (~GOVFRM) over "minister" (~GOV).
  Parsed r = parse("Arnor's foreign minister urged Eriador to respond.", petrarch_pipeline());
  EXPECT_EQ(codes(r, "minister"), Codes{"ARNGOVFRM"});
}

TEST(ActorCodes, ConjunctsAndDistributedAgents) {
  Parsed p = parse("The ambassadors of Arnor, Osgiliath and Gondor presented credentials.",
                   petrarch_pipeline());
  EXPECT_EQ(codes(p, "ambassadors"), (Codes{"ARNGOV", "GONGOV", "OSGGOV"}));
  Parsed q = parse("Mordor, Rohan, Arnor and Bree welcomed the talks.", petrarch_pipeline());
  EXPECT_EQ(codes(q, "Mordor"), (Codes{"ARN", "BRE", "MOR", "ROH"}));
  Parsed r = parse("Lawmakers in Arnor and Gondor welcomed the talks.", petrarch_pipeline());
  EXPECT_EQ(codes(r, "Lawmakers"), (Codes{"ARNLEG", "GONLEG"}));
  // Each conjunct keeps what is its own.
  Parsed s = parse("Ithilen and the government of Gondor warned the Prince.", petrarch_pipeline());
  EXPECT_EQ(codes(s, "Ithilen"), (Codes{"GONGOV", "ITH"}));
}

TEST(ActorCodes, PrefixAgentsAndNamesWithAgents) {
  Parsed p = parse("An MSF Arnor diplomat is about to restore ties.", petrarch_pipeline());
  EXPECT_EQ(codes(p, "diplomat"), Codes{"NGOARNGOV"});
  // The actor's code already says GOV.
  Parsed q = parse("Washington security officials are about to restore ties.", petrarch_pipeline());
  EXPECT_EQ(codes(q, "officials"), Codes{"USAGOV"});
}

TEST(ActorCodes, AgentsWithoutActorAndPlainNouns) {
  Parsed p = parse("Clerics and lawmakers believe Dagolath can cope.", petrarch_pipeline());
  EXPECT_EQ(codes(p, "Clerics"), (Codes{"---LEG", "---REL"}));
  // No actor and no agent the dictionaries know: nothing made up.
  Parsed q = parse("The lions welcomed the talks.", petrarch_pipeline());
  EXPECT_TRUE(codes(q, "lions").empty());
  // "{}": POLICE has no plural, so "polices" is not the police.
  Parsed r = parse("Arnor restored ties with Gondor's polices.", petrarch_pipeline());
  EXPECT_EQ(codes(r, "polices"), Codes{"GON"});
}

TEST(ActorCodes, BuiltInLexiconAgents) {
  Parsed p = parse("Iraqi troops entered the city while US forces watched.", casus::testing::builtin_pipeline(/*syntax=*/true));
  EXPECT_EQ(codes(p, "troops"), Codes{"IRQMIL"});
  EXPECT_EQ(codes(p, "forces"), Codes{"USAMIL"});
  Parsed q = parse("Russian police arrested the protesters.", casus::testing::builtin_pipeline(/*syntax=*/true));
  EXPECT_EQ(codes(q, "police"), Codes{"RUSCOP"});
}

}  // namespace
