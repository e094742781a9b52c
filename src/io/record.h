// A raw input (JSONL line or file) becomes a Document: decoded, metadata merged (record fields
// win over what the page itself says), HTML reduced to its article text. Problems become the
// document's `error` or `warnings`; nothing here throws.
#pragma once
#include <string>

#include "casus/document.h"
#include "io/input.h"

namespace casus::io {

struct LoadOptions {
  std::string default_published;  // --dct: for documents that carry no date
};

Document load_document(const RawInput& input, const LoadOptions& options);

// A stable id from content when the input gives none: "sha:" + 16 hex digits of XXH3-64.
std::string content_id(std::string_view content);

// "2021-07-10" or "2021-07-10T08:30:00Z"-like values are accepted as given; other forms are
// rewritten to ISO when recognisable ("July 10, 2021", "10 Jul 2021"); empty when not a date.
std::string normalize_published(std::string_view value);

}  // namespace casus::io
