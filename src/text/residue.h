// Page furniture left in scraped plain text: breadcrumb trails, photo captions, footers,
// share/newsletter/copyright lines; plus the headline and dateline, marked but kept as body.
// Regions are marked over whole lines (or the dateline prefix); `text` is never changed.
#pragma once
#include <string_view>
#include <vector>

#include "casus/document.h"

namespace casus::text {

// `title` (may be empty) helps recognise the headline line.
std::vector<Region> find_residue(std::string_view text, std::string_view title);

}  // namespace casus::text
