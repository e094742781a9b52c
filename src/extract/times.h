// Time expressions (TIMEX3): recognition in body sentences and normalisation against the
// document's publication date.
#pragma once
#include "casus/document.h"

namespace casus::extract {

// Fills doc.times (in text order) from doc.text, doc.sentences and doc.published.
void annotate_times(Document& doc);

}  // namespace casus::extract
