// Document to one JSONL output line (CONTRACT.md): code-point offsets, null for missing
// knowledge, every annotation layer present.
#pragma once
#include <string>
#include <string_view>

#include "casus/document.h"

namespace casus::io {

struct OutputOptions {
  bool tokens = false;  // include the token layer (tags, lemmas, syntax)
};

// Appends the document's JSON (no trailing newline) to out.
void write_json(const Document& doc, const OutputOptions& options, std::string& out);

// Appends s as a JSON string literal (valid UTF-8 assumed; control characters escaped).
void append_json_string(std::string& out, std::string_view s);

}  // namespace casus::io
