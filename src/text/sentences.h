// Sentence segmentation over tokens, for news: abbreviations and titles (U.S., Col., Lt. Gen.,
// Jan., a.m.) do not end sentences, quotations keep their closing marks, headlines and other
// lines without final punctuation are sentences of their own, and wrapped lines are joined.
#pragma once
#include <string_view>
#include <vector>

#include "casus/document.h"

namespace casus::text {

// Tokenises doc.text into doc.tokens and segments it into doc.sentences, honouring
// doc.regions (region boundaries are sentence boundaries; sentences inside non-body regions
// get body = false).
void segment(Document& doc);

// True when a token ending in "." is an abbreviation after which a sentence rarely ends
// (titles, initials, months, "e.g."); exposed for tests and the tokenizer.
bool is_title_abbreviation(std::string_view word_with_period);

}  // namespace casus::text
