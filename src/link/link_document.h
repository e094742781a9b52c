// What cross-document linking needs to know about one article: its identity, text and the
// events, quotes, quantities and named actors annotate found in it. Built from a line of
// `casus annotate` output (casus link) or from an annotated Document (casus ingest), so both
// paths link exactly the same features. Offsets here are Unicode code points, as in the JSON.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "casus/document.h"

namespace casus::link {

// One side of an event, or its place: what identifies it across articles.
struct LinkArgument {
  std::string id, name, code;  // entity id, canonical name (else the phrase), actor code
  double lat = 0, lon = 0;
  bool has_coords = false;
  std::string precision;  // places: site, city, region, country
  // A country or region as an event's place ("in Iraq") does not contradict a site in it.
  bool coarse_place() const { return precision == "country" || precision == "region"; }
  bool present() const { return !id.empty() || !name.empty() || !code.empty(); }
};

struct LinkEvent {
  std::string type, mode, cameo;
  LinkArgument actor, recipient, location;
  std::string date, date_precision;  // "2021-06-27" day, "2021-06" month...; empty if unknown
  std::vector<int32_t> quantities;   // indexes into LinkDocument::quantities
  int32_t sentence = -1, quote = -1;
  bool negated = false;
  std::string modality;       // asserted (or empty), claimed, future, threatened, hypothetical...
  std::string sentence_text;  // the sentence it was found in (notes in exports)
};

struct LinkQuote {
  uint32_t start = 0, end = 0;  // the content, code points
  std::string speaker, speaker_id;
  std::string text;  // the content as written
};

struct LinkQuantity {
  uint32_t start = 0, end = 0;
  double value = 0, min = 0, max = 0;
  bool has_value = false;
  std::string category, claimant;
  int32_t quote = -1;
};

struct LinkDocument {
  std::string id, published, outlet, title;
  std::string text;  // may be empty when only the features were loaded (see Linker)
  std::vector<LinkEvent> events;
  std::vector<LinkQuote> quotes;
  std::vector<LinkQuantity> quantities;
  std::vector<std::string> entity_ids;  // sorted, distinct ids of the named actors and places
};

// Reads one line of annotate output. Returns the reason when the line is not a usable
// document (bad JSON, no id, a document that carries an `error`).
std::optional<std::string> parse_annotated(std::string_view json_line, LinkDocument& out);

// The same features from an annotated Document (byte offsets become code points).
LinkDocument from_document(const Document& doc);

// The features without the text, as JSON in the annotate output shape (so parse_annotated
// reads them back): what the store keeps for linking later batches against this document.
std::string features_json(const LinkDocument& doc);

// The code points [start, end) of a UTF-8 text (clamped to the text).
std::string_view codepoint_slice(std::string_view text, uint32_t start, uint32_t end);

}  // namespace casus::link
