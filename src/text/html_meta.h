// Page metadata for the HTML extractor: title, publication date, outlet, canonical URL,
// language and author, from <meta>/<link> tags, JSON-LD (incl. @graph), microdata and <time>.
#pragma once
#include <libxml/tree.h>

#include <string>
#include <string_view>

#include "text/html_extract.h"

namespace casus::text::html {

// Fills title, published, outlet, canonical_url, language and (from metadata) byline.
void extract_metadata(xmlDocPtr doc, ExtractedPage& page);

// "Title | Site", "Site - Title", "Title - Site" → "Title" (outlet may be empty).
std::string strip_site_suffix(std::string_view title, std::string_view outlet);

// "2019-11-19T10:00:00Z" kept; "2019/11/19" → "2019-11-19"; "20191119" → "2019-11-19";
// returns "" when the value does not start with a recognisable date.
std::string normalize_date(std::string_view value);

}  // namespace casus::text::html
