// Small helpers shared by the HTML extractor's parts (html_extract.cpp, html_meta.cpp):
// attribute access without allocation, whitespace collapsing over UTF-8, NFC.
#pragma once
#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace casus::text::html {

// Attribute value as stored by libxml2's HTML parser (one text child), or "" when absent.
std::string_view attr(xmlNodePtr node, const char* name);

inline std::string_view name_of(xmlNodePtr node) {
  return node && node->name ? std::string_view(reinterpret_cast<const char*>(node->name))
                            : std::string_view();
}

std::string to_lower_ascii(std::string_view s);

// Appends `s` to `out`, collapsing runs of whitespace (ASCII, NBSP and the Unicode spaces of
// U+2000..U+200A, U+202F, U+205F, U+3000) to one ' ' and dropping zero-width spaces and BOMs.
// `pending_space` carries a whitespace run across calls; no leading space is ever written.
void append_collapsed(std::string& out, std::string_view s, bool& pending_space);

// Whole string collapsed and trimmed.
std::string collapse(std::string_view s);

// All text below `node` (scripts and styles excluded), collapsed.
std::string node_text(xmlNodePtr node);

// Copy of `html` without what the extractor never reads, to spare the parser most of a news
// page's bytes: comments, <style>, <svg>, and <script> elements other than JSON-LD. A raw-text
// element ends at its first closing tag, as in the HTML tokenizer; an unclosed one ends the page.
std::string strip_unread(std::string_view html);

// NFC-normalises UTF-8 text; pure ASCII is returned unchanged without conversion.
std::string nfc(std::string s);

}  // namespace casus::text::html
