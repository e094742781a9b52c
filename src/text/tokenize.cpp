// Placeholder: whitespace and punctuation split. Replaced by the UD-style tokenizer.
#include "text/tokenize.h"

#include <cctype>

namespace casus::text {

void tokenize(std::string_view text, ByteSpan range, std::vector<Token>& out) {
  uint32_t i = range.begin;
  while (i < range.end) {
    unsigned char c = text[i];
    if (std::isspace(c)) { ++i; continue; }
    uint32_t start = i;
    if (c < 0x80 && std::ispunct(c)) {
      ++i;
    } else {
      while (i < range.end) {
        unsigned char d = text[i];
        if (std::isspace(d) || (d < 0x80 && std::ispunct(d) && d != '.')) break;
        ++i;
      }
    }
    Token t;
    t.span = {start, i};
    out.push_back(std::move(t));
  }
}

}  // namespace casus::text
