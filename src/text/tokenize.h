// Tokenisation close to Universal Dependencies English (EWT): clitics ("n't", "'s", "'re")
// split off, abbreviations ("U.S.", "Col.", "a.m.") kept whole, URLs, e-mail addresses,
// numbers ("1,200.5") and emoji kept as single tokens.
#pragma once
#include <string_view>
#include <vector>

#include "casus/document.h"

namespace casus::text {

// Appends the tokens of text[range] to `out`; spans are byte offsets into `text`.
void tokenize(std::string_view text, ByteSpan range, std::vector<Token>& out);

}  // namespace casus::text
