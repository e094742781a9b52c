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

// One annotation as a JSON object, as it appears in the output's layers; the store keeps
// annotations in exactly this form.
void write_entity(JsonBuilder& w, const Document& doc, const CodepointIndex& cp, const Entity& e);
void write_time(JsonBuilder& w, const Document& doc, const CodepointIndex& cp, const TimeExpression& t);
void write_mention(JsonBuilder& w, const Document& doc, const CodepointIndex& cp, const Mention& m);
void write_quote(JsonBuilder& w, const Document& doc, const CodepointIndex& cp, const Quote& q);
void write_quantity(JsonBuilder& w, const Document& doc, const CodepointIndex& cp, const Quantity& q);
void write_event(JsonBuilder& w, const Document& doc, const CodepointIndex& cp, const Event& e);

}  // namespace casus::io
