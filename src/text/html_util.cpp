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

namespace {
inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Does html[i..] start with `word` (lower-case) case-insensitively?
inline bool starts_ci(std::string_view html, size_t i, std::string_view word) {
  if (html.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (lower(html[i + k]) != word[k]) return false;
  return true;
}

// Position after the first "</name" ... ">" at or after i, or npos.
size_t find_close(std::string_view html, size_t i, std::string_view close /* "</script" */) {
  while (true) {
    size_t p = html.find("</", i);
    if (p == std::string_view::npos) return p;
    if (starts_ci(html, p, close)) {
      size_t gt = html.find('>', p + close.size());
      return gt == std::string_view::npos ? gt : gt + 1;
    }
    i = p + 2;
  }
}

inline bool tag_end(char c) {
  return c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Attributes the extractor reads; all others (href, src, srcset, data-*, on*, ...) are left out.
bool kept_attribute(std::string_view name, bool is_link) {
  char buf[16];
  if (name.size() >= sizeof buf || name.empty()) return false;
  for (size_t k = 0; k < name.size(); ++k) buf[k] = lower(name[k]);
  std::string_view v(buf, name.size());
  switch (v[0]) {
    case 'a': return v == "aria-hidden";
    case 'c': return v == "class" || v == "content";
    case 'd': return v == "datetime";
    case 'h': return v == "hidden" || v == "http-equiv" || (is_link && v == "href");
    case 'i': return v == "id" || v == "itemprop";
    case 'l': return v == "lang";
    case 'n': return v == "name";
    case 'p': return v == "property";
    case 'r': return v == "rel" || v == "role";
    case 's': return v == "style";
    case 't': return v == "type";
    case 'x': return v == "xml:lang";
    default: return false;
  }
}

// Copies the start tag at html[i] == '<' with only the kept attributes; returns the position
// after it. Anything unexpected (an unclosed quote) copies the rest of the tag verbatim.
size_t copy_start_tag(std::string_view html, size_t i, std::string& out) {
  size_t n = html.size();
  size_t j = i + 1;
  while (j < n && !is_space(html[j]) && html[j] != '>' && html[j] != '/') ++j;
  std::string_view name = html.substr(i + 1, j - i - 1);
  bool is_link = name.size() == 4 && lower(name[0]) == 'l' && lower(name[1]) == 'i' &&
                 lower(name[2]) == 'n' && lower(name[3]) == 'k';
  out += '<';
  out.append(name);
  while (j < n) {
    while (j < n && (is_space(html[j]) || html[j] == '/')) ++j;
    if (j >= n) break;
    if (html[j] == '>') {
      out += '>';
      return j + 1;
    }
    size_t a = j;
    while (j < n && !is_space(html[j]) && html[j] != '=' && html[j] != '>' &&
           !(html[j] == '/' && j + 1 < n && html[j + 1] == '>'))
      ++j;
    std::string_view aname = html.substr(a, j - a);
    size_t k = j;
    while (k < n && is_space(html[k])) ++k;
    size_t vend = j;
    if (k < n && html[k] == '=') {
      ++k;
      while (k < n && is_space(html[k])) ++k;
      if (k < n && (html[k] == '"' || html[k] == '\'')) {
        size_t q = html.find(html[k], k + 1);
        if (q == std::string_view::npos) {  // unclosed quote: leave the rest to the parser
          out += ' ';
          out.append(html.substr(a));
          return n;
        }
        vend = q + 1;
      } else {
        vend = k;
        while (vend < n && !is_space(html[vend]) && html[vend] != '>') ++vend;
      }
    } else {
      k = j;
    }
    if (vend < k) vend = k;
    if (kept_attribute(aname, is_link)) {
      out += ' ';
      out.append(html.substr(a, vend - a));
    }
    j = vend;
  }
  return n;
}
}  // namespace

std::string strip_unread(std::string_view html) {
  std::string out;
  out.reserve(html.size() / 2 + 64);
  size_t i = 0, n = html.size();
  while (i < n) {
    size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(html.substr(i));
      break;
    }
    out.append(html.substr(i, lt - i));
    i = lt;
    if (starts_ci(html, i, "<!--")) {
      size_t e = html.find("-->", i + 4);
      i = e == std::string_view::npos ? n : e + 3;
      continue;
    }
    std::string_view close;
    size_t name_len = 0;
    if (starts_ci(html, i, "<script") && i + 7 < n && tag_end(html[i + 7])) {
      close = "</script";
      name_len = 7;
    } else if (starts_ci(html, i, "<style") && i + 6 < n && tag_end(html[i + 6])) {
      close = "</style";
      name_len = 6;
    } else if (starts_ci(html, i, "<svg") && i + 4 < n && tag_end(html[i + 4])) {
      close = "</svg";
      name_len = 4;
    }
    if (name_len == 0) {
      if (i + 1 < n && ((html[i + 1] | 0x20) >= 'a' && (html[i + 1] | 0x20) <= 'z')) {
        i = copy_start_tag(html, i, out);
      } else {
        out += '<';
        ++i;
      }
      continue;
    }
    size_t gt = html.find('>', i + name_len);
    if (gt == std::string_view::npos) break;
    size_t end = find_close(html, gt + 1, close);
    if (end == std::string_view::npos) end = n;
    if (name_len == 7) {
      // keep JSON-LD blocks for the metadata
      std::string_view open = html.substr(i, gt - i);
      bool jsonld = false;
      for (size_t k = 0; k + 8 <= open.size(); ++k)
        if (starts_ci(open, k, "ld+json")) {
          jsonld = true;
          break;
        }
      if (jsonld) out.append(html.substr(i, end - i));
    }
    i = end;
  }
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
