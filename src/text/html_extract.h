// Main-text extraction from news HTML: the article body with its paragraph structure, and the
// page's metadata. Navigation, menus, share bars, related links, comments, footers and cookie
// notices are dropped; photo captions and bylines are kept out of the body.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace casus::text {

struct ExtractedPage {
  std::string body;        // paragraphs separated by "\n\n", NFC, whitespace collapsed
  std::string title;       // og:title / <title> / first <h1>, site suffix removed
  std::string published;   // ISO date or date-time from meta tags, JSON-LD or <time>
  std::string outlet;      // og:site_name or JSON-LD publisher name
  std::string canonical_url;
  std::string language;    // <html lang>, meta content-language
  std::string byline;
  std::vector<std::string> captions;
  bool has_body_element = false;  // false when the page had no <body> and no text at all
};

// `html` must be UTF-8 (io/ decodes other charsets first). Never throws on malformed HTML.
ExtractedPage extract_article(std::string_view html);

}  // namespace casus::text
