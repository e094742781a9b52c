// Time expressions (TIMEX3): recognition in body sentences and normalisation against the
// document's publication date.
#pragma once
#include "casus/document.h"

namespace casus::extract {

// Fills doc.times (in text order) from doc.text, doc.sentences and doc.published.
void annotate_times(Document& doc);

// The date an event told in a sentence most likely happened on, and how precisely it is known.
struct SentenceDate {
  std::string value;      // ISO date, week, month or year ("2021-07-10", "2021-W27", "2021-06")
  std::string precision;  // day, week, month, quarter, season, year, decade, century
  int32_t time = -1;      // index in Document::times it came from, -1 for the publication date
};

// The sentence's own DATE expression (the most precise one with a calendar value), else the
// nearest such date in the two sentences before it, else the publication date at week
// precision (news tells of the last days). Empty value when none of these exist.
SentenceDate sentence_date(const Document& doc, size_t sentence);

}  // namespace casus::extract
