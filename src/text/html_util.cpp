#include "text/html_util.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstring>

namespace casus::text::html {

std::string_view attr(xmlNodePtr node, const char* name) {
  if (!node || node->type != XML_ELEMENT_NODE) return {};
  for (xmlAttrPtr a = node->properties; a; a = a->next) {
    if (!a->name || std::strcmp(reinterpret_cast<const char*>(a->name), name) != 0) continue;
    xmlNodePtr c = a->children;
    if (c && c->content && !c->next) return reinterpret_cast<const char*>(c->content);
    return {};
  }
  return {};
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

namespace {
// Length of a whitespace sequence starting at s[i] (0 when none); *drop: zero-width, no space.
inline size_t space_len(std::string_view s, size_t i, bool* drop) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  *drop = false;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c < 0xC2) return 0;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (i + 2 < s.size()) {
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
    if (c == 0xE2 && c1 == 0x80) {
      if (c2 <= 0x8A || c2 == 0xAF || c2 == 0xA8 || c2 == 0xA9) return 3;
      if (c2 == 0x8B) {  // zero-width space
        *drop = true;
        return 3;
      }
    }
    if (c == 0xE2 && c1 == 0x81 && c2 == 0x9F) return 3;
    if (c == 0xE3 && c1 == 0x80 && c2 == 0x80) return 3;
    if (c == 0xEF && c1 == 0xBB && c2 == 0xBF) {
      *drop = true;
      return 3;
    }
  }
  return 0;
}
}  // namespace

void append_collapsed(std::string& out, std::string_view s, bool& pending_space) {
  size_t i = 0, n = s.size();
  while (i < n) {
    bool drop;
    size_t k = space_len(s, i, &drop);
    if (k) {
      if (!drop) pending_space = true;
      i += k;
      continue;
    }
    // copy a run of non-space bytes
    size_t j = i + 1;
    while (j < n) {
      unsigned char c = static_cast<unsigned char>(s[j]);
      if (c < 0x80 && c > ' ') {
        ++j;
        continue;
      }
      if (c >= 0x80 && c < 0xC2) {  // continuation byte
        ++j;
        continue;
      }
      bool d;
      if (space_len(s, j, &d)) break;
      ++j;
    }
    if (pending_space && !out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    pending_space = false;
    out.append(s.data() + i, j - i);
    i = j;
  }
}

std::string collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  append_collapsed(out, s, pending);
  return out;
}

namespace {
void gather_text(xmlNodePtr node, std::string& out, bool& pending, int depth) {
  if (depth > 256) return;
  for (xmlNodePtr c = node->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) append_collapsed(out, reinterpret_cast<const char*>(c->content), pending);
    } else if (c->type == XML_ELEMENT_NODE) {
      std::string_view nm = name_of(c);
      if (nm == "script" || nm == "style" || nm == "noscript" || nm == "template") continue;
      if (nm == "br" || nm == "p" || nm == "div" || nm == "li") pending = true;
      gather_text(c, out, pending, depth + 1);
      if (nm == "p" || nm == "div" || nm == "li" || nm == "td") pending = true;
    }
  }
}
}  // namespace

std::string node_text(xmlNodePtr node) {
  std::string out;
  if (!node) return out;
  bool pending = false;
  if (node->type == XML_TEXT_NODE) {
    if (node->content) append_collapsed(out, reinterpret_cast<const char*>(node->content), pending);
    return out;
  }
  gather_text(node, out, pending, 0);
  return out;
}

std::string nfc(std::string s) {
  bool ascii = true;
  for (unsigned char c : s)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return s;
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* norm = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err) || !norm) return s;
  icu::UnicodeString us = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (norm->isNormalized(us, err) && U_SUCCESS(err)) return s;
  err = U_ZERO_ERROR;
  icu::UnicodeString out = norm->normalize(us, err);
  if (U_FAILURE(err)) return s;
  std::string r;
  out.toUTF8String(r);
  return r;
}

}  // namespace casus::text::html
