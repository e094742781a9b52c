// Word-form helpers shared by the tagger, lemmatizer and parser.
#pragma once
#include <string>
#include <string_view>

namespace casus::nlp {

// ASCII lower-casing (other bytes unchanged, so UTF-8 stays valid).
std::string lower_ascii(std::string_view s);

// The word's shape: X for upper, x for lower, d for digit, u for a non-ASCII character, other
// characters kept; runs of one class are cut at 3 ("Washington" -> "Xxxx"... "Xxxx").
std::string word_shape(std::string_view s);

// The number of bytes of the UTF-8 sequence starting with lead byte c (1 for invalid bytes).
inline int utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 6) return 2;
  if ((c >> 4) == 14) return 3;
  if ((c >> 3) == 30) return 4;
  return 1;
}

}  // namespace casus::nlp
