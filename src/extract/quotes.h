// Quotes and attribution: direct, mixed and indirect speech with source, cue, resolved
// speaker and channel (CONTRACT.md `quotes`).
#pragma once
#include "casus/document.h"

namespace casus::extract {

// Fills doc.quotes in text order. Reads sentences, tokens (and their syntax when parsed),
// entities and mentions.
void annotate_quotes(Document& doc);

}  // namespace casus::extract
