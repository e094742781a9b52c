#include "io/decode.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

namespace casus::io {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid.
size_t valid_sequence_length(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n;
  uint32_t min;
  uint32_t cp;
  if ((c & 0xE0) == 0xC0) { n = 2; min = 0x80; cp = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { n = 3; min = 0x800; cp = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { n = 4; min = 0x10000; cp = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Value of attribute `name` inside a tag's text (quoted or bare), empty if absent.
std::string attribute_value(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    size_t p = pos + name.size();
    bool boundary = pos == 0 || !std::isalnum(static_cast<unsigned char>(tag[pos - 1]));
    while (p < tag.size() && tag[p] == ' ') ++p;
    if (!boundary || p >= tag.size() || tag[p] != '=') { pos = p; continue; }
    ++p;
    while (p < tag.size() && tag[p] == ' ') ++p;
    if (p < tag.size() && (tag[p] == '"' || tag[p] == '\'')) {
      char q = tag[p++];
      size_t e = tag.find(q, p);
      return std::string(tag.substr(p, e == std::string_view::npos ? e : e - p));
    }
    size_t e = p;
    while (e < tag.size() && !std::isspace(static_cast<unsigned char>(tag[e])) && tag[e] != '>' &&
           tag[e] != ';' && tag[e] != '"' && tag[e] != '\'')
      ++e;
    return std::string(tag.substr(p, e - p));
  }
  return {};
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = valid_sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

Decoded repair_utf8(std::string_view bytes) {
  Decoded d;
  d.charset = "utf-8";
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  d.text.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    // Fast path for ASCII runs.
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      size_t j = i;
      while (j < bytes.size() && static_cast<unsigned char>(bytes[j]) < 0x80) ++j;
      d.text.append(bytes.substr(i, j - i));
      i = j;
      continue;
    }
    size_t n = valid_sequence_length(bytes, i);
    if (n == 0) {
      d.text.append(kReplacement);
      ++d.replaced_bytes;
      ++i;
    } else {
      d.text.append(bytes.substr(i, n));
      i += n;
    }
  }
  return d;
}

Decoded convert_to_utf8(std::string_view bytes, std::string_view charset) {
  std::string name(charset);
  std::string lower = lower_ascii(name);
  if (lower == "utf-8" || lower == "utf8") return repair_utf8(bytes);
  Decoded d;
  d.charset = lower;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> from(ucnv_open(name.c_str(), &status),
                                                          ucnv_close);
  if (U_FAILURE(status) || !from) {
    d = repair_utf8(bytes);
    d.error = "unknown charset '" + name + "', read as UTF-8";
    return d;
  }
  std::unique_ptr<UConverter, void (*)(UConverter*)> to(ucnv_open("UTF-8", &status), ucnv_close);
  std::string out(bytes.size() * 3 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  status = U_ZERO_ERROR;
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  if (U_FAILURE(status)) {
    d = repair_utf8(bytes);
    d.error = std::string("cannot convert from ") + name + ": " + u_errorName(status);
    return d;
  }
  out.resize(target - out.data());
  // Unmappable bytes come out as U+FFFD (ICU's substitution character); count them.
  size_t pos = 0;
  while ((pos = out.find(kReplacement, pos)) != std::string::npos) {
    ++d.replaced_bytes;
    pos += kReplacement.size();
  }
  d.text = std::move(out);
  return d;
}

std::string sniff_html_charset(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "utf-16le";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "utf-16be";
  // The declaration must be in the first 1024 bytes by the HTML standard; scan a little more
  // because scraped pages often carry long comments first.
  std::string head = lower_ascii(bytes.substr(0, 4096));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag(head.data() + pos, end - pos);
    std::string cs = attribute_value(tag, "charset");
    if (cs.empty() && attribute_value(tag, "http-equiv") == "content-type") {
      std::string content = attribute_value(tag, "content");
      size_t c = content.find("charset=");
      if (c != std::string::npos) {
        cs = content.substr(c + 8);
        size_t stop = cs.find_first_of("; \"'");
        if (stop != std::string::npos) cs.resize(stop);
      }
    }
    if (!cs.empty()) return cs;
    pos = end;
  }
  return {};
}

Decoded decode_html(std::string_view bytes) {
  std::string charset = sniff_html_charset(bytes);
  if (charset.empty()) {
    if (is_valid_utf8(bytes)) return repair_utf8(bytes);
    charset = "windows-1252";
  }
  // Pages often declare latin-1 but are really windows-1252 (curly quotes in 0x80-0x9F).
  if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii")
    charset = "windows-1252";
  return convert_to_utf8(bytes, charset);
}

bool looks_binary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF") return false;
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return !head.empty() && control * 20 > head.size();
}

std::string normalize_newlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace casus::io
