// Events: who did what to whom, where and when. Triggers (verbs and nominalisations) come from
// the pattern dictionary; actor and recipient are read off the dependency parse (passives,
// prepositional targets, coordination, relative clauses, light verbs), coded with the actors'
// dictionary codes; location, date, casualty figures and modality (negated, future/threatened,
// hypothetical, claimed, inside a quote) are attached (CONTRACT.md `events`).
#pragma once
#include "casus/document.h"
#include "extract/event_patterns.h"
#include "lexicon/lexicon.h"

namespace casus::extract {

// Fills doc.events in text order. Needs the parse (sentences without one get no events) and
// reads entities, mentions, times, quotes and quantities.
void annotate_events(Document& doc, const EventPatterns& patterns, const lexicon::Lexicon& lexicon);

}  // namespace casus::extract
