// Quantities and claims: figures in digits and words, ranges and vague amounts, what they
// count, a category and whoever the figure is attributed to (CONTRACT.md `quantities`).
#pragma once
#include "casus/document.h"

namespace casus::extract {

// Fills doc.quantities in text order. Runs after the quote stage (claimants come from
// attributions) and reads entities and times (a year is not a quantity).
void annotate_quantities(Document& doc);

}  // namespace casus::extract
