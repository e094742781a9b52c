// Bytes to clean UTF-8: validation with replacement, charset conversion (ICU), binary
// detection and line-ending normalisation. Nothing here throws on bad input.
#pragma once
#include <string>
#include <string_view>

namespace casus::io {

struct Decoded {
  std::string text;          // valid UTF-8
  size_t replaced_bytes = 0; // invalid bytes replaced by U+FFFD
  std::string charset;       // the charset the bytes were read as
  std::string error;         // non-empty when the bytes could not be decoded at all
};

// Replaces every invalid UTF-8 sequence (overlongs, surrogates, truncations) with U+FFFD.
// A leading UTF-8 byte-order mark is dropped.
Decoded repair_utf8(std::string_view bytes);

// Bytes in `charset` (any name ICU knows: windows-1252, windows-1256, iso-8859-1, ...) to UTF-8.
Decoded convert_to_utf8(std::string_view bytes, std::string_view charset);

// The charset an HTML page declares: byte-order mark, <meta charset>, or http-equiv
// content-type; empty when none.
std::string sniff_html_charset(std::string_view bytes);

// Reads HTML bytes as UTF-8, honouring a declared charset; undeclared pages that are not
// valid UTF-8 are read as windows-1252, the web's de facto default.
Decoded decode_html(std::string_view bytes);

// True for content that is not text: NUL bytes or many control characters near the start.
bool looks_binary(std::string_view bytes);

// "\r\n" and lone "\r" become "\n"; nothing else changes.
std::string normalize_newlines(std::string_view s);

// True when `s` is valid UTF-8.
bool is_valid_utf8(std::string_view s);

}  // namespace casus::io
