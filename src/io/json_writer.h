// Document to one JSONL output line (CONTRACT.md): code-point offsets, null for missing
// knowledge, every annotation layer present.
#pragma once
#include <string>

#include "casus/document.h"
#include "io/json_builder.h"

namespace casus::io {

struct OutputOptions {
  bool tokens = false;  // include the token layer (tags, lemmas, syntax)
};

// Appends the document's JSON (no trailing newline) to out.
void write_json(const Document& doc, const OutputOptions& options, std::string& out);

}  // namespace casus::io
