#include "text/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace casus::text {

char32_t next_multibyte_codepoint(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  int n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  char32_t cp = n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : n == 4 ? (c & 0x07) : c;
  size_t end = std::min(s.size(), i + n);
  for (size_t k = i + 1; k < end; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[k]) & 0x3F);
  i = end;
  return cp;
}

std::string_view last_codepoint(std::string_view s) {
  if (s.empty()) return s;
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return s.substr(i);
}

std::string to_nfc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  // Most text is ASCII or already NFC: check cheaply before converting.
  bool ascii = true;
  for (unsigned char c : s)
    if (c >= 0x80) { ascii = false; break; }
  if (ascii) return std::string(s);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  if (nfc->isNormalized(u, status) && U_SUCCESS(status)) return std::string(s);
  status = U_ZERO_ERROR;
  icu::UnicodeString out = nfc->normalize(u, status);
  if (U_FAILURE(status)) return std::string(s);
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string fold_for_compare(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_SUCCESS(status)) u = nfkc_cf->normalize(u, status);
  std::string folded;
  u.toUTF8String(folded);
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  for (size_t i = 0; i < folded.size();) {
    char32_t c = next_codepoint(folded, i);
    if (u_isalnum(c)) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      icu::UnicodeString one(static_cast<UChar32>(c));
      one.toUTF8String(out);
    } else if (u_isspace(c)) {
      pending_space = true;
    }
    // Punctuation, quotes and apostrophes of every kind vanish: "Sha'abi" == "Sha’abi".
  }
  return out;
}

bool ends_with_terminal(std::string_view line, bool semicolon) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  while (!line.empty()) {
    std::string_view tail = last_codepoint(line);
    if (tail == "\"" || tail == "'" || tail == ")" || tail == "\xE2\x80\x9D" ||
        tail == "\xE2\x80\x99" || tail == "\xC2\xBB")
      line.remove_suffix(tail.size());
    else
      break;
  }
  if (line.empty()) return false;
  std::string_view tail = last_codepoint(line);
  return tail == "." || tail == "!" || tail == "?" || tail == ":" || tail == "\xE2\x80\xA6" ||
         (semicolon && tail == ";");
}

bool is_uppercase_letter(char32_t c) { return u_isupper(c); }
bool is_lowercase_letter(char32_t c) { return u_islower(c); }
bool is_letter(char32_t c) { return u_isalpha(c); }
bool is_digit(char32_t c) { return u_isdigit(c); }
bool is_space(char32_t c) { return u_isspace(c) || c == 0xA0; }
bool is_quote_mark(char32_t c) {
  switch (c) {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019:
    case 0xAB: case 0xBB: case 0x201E: case 0x201A: case 0x2039: case 0x203A:
      return true;
    default:
      return false;
  }
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace casus::text
