// Actor codes for event sides: which actors a noun phrase names, and their CAMEO-style codes
// composed PETRARCH's way from an actor (a country, organisation or person the dictionaries
// know) and agents (generic role nouns: "ambassador" ~GOV, "soldiers" ~MIL, "MSF" NGO~).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "casus/document.h"
#include "lexicon/lexicon.h"

namespace casus::extract {

struct CodedSide {
  ByteSpan span;            // the conjunct's phrase
  int32_t entity = -1;      // index in Document::entities of the actor, -1 for an agent alone
  std::string id, name, code;
};

// The event sides named by the noun phrase headed by doc.tokens[head] (an index into
// doc.tokens; the document needs its parse): one per conjunct ("Arnor, Osgiliath and
// Gondor"), each coded from its actor and agents: "ambassadors of Arnor" -> ARNGOV,
// "Osgiliath soldiers" -> OSGMIL, "Dagolath's first Deputy Prime Minister Telemar" -> DAGGOV,
// "An MSF Arnor diplomat" -> NGOARNGOV. A modifier shared by conjuncts codes each of them
// ("Danish media and government" -> DNKMED, DNKGOV; "lawmakers in Arnor and Gondor" ->
// ARNLEG, GONLEG). An agent without an actor is coded "---" + agent ("officials" ->
// ---GOV), as PETRARCH writes it. Dated codes are read on `date` (ISO; empty: the entity's
// code as the entity stage resolved it). Empty when the phrase names neither an actor nor an
// agent the dictionaries know.
std::vector<CodedSide> code_noun_phrase(const Document& doc, const lexicon::Lexicon& lexicon,
                                        uint32_t head, std::string_view date);

// An agent code ("~GOV", "NGO~") added to an actor code ("ARN", or "---" for none), without
// repeating a part the code already has ("USAGOV" + "~GOV" stays "USAGOV").
std::string compose_agent_code(std::string actor_code, std::string_view agent_code);

}  // namespace casus::extract
