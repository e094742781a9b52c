#include "link/link_document.h"

#include <simdjson.h>

#include <algorithm>

#include "io/json_builder.h"

namespace casus::link {
namespace {

using simdjson::dom::element;
using simdjson::dom::object;

// Missing or null fields read as empty / -1 / absent: the annotate output writes null for
// missing knowledge, and older outputs may lack newer fields.
std::string str(element obj, const char* key) {
  std::string_view v;
  if (obj[key].get(v) == simdjson::SUCCESS) return std::string(v);
  return {};
}

bool num(element obj, const char* key, double& out) {
  element v;
  if (obj[key].get(v) != simdjson::SUCCESS) return false;
  if (v.is_double()) return v.get(out) == simdjson::SUCCESS;
  int64_t i;
  if (v.get(i) == simdjson::SUCCESS) {
    out = static_cast<double>(i);
    return true;
  }
  return false;
}

int32_t index_or_minus_one(element obj, const char* key) {
  int64_t i;
  return obj[key].get(i) == simdjson::SUCCESS ? static_cast<int32_t>(i) : -1;
}

void read_span(element obj, const char* key, uint32_t& start, uint32_t& end) {
  element span;
  if (obj[key].get(span) != simdjson::SUCCESS || !span.is_object()) return;
  int64_t s = 0, e = 0;
  if (span["start"].get(s) == simdjson::SUCCESS && span["end"].get(e) == simdjson::SUCCESS &&
      s >= 0 && e >= s) {
    start = static_cast<uint32_t>(s);
    end = static_cast<uint32_t>(e);
  }
}

void read_argument(element obj, const char* key, LinkArgument& arg) {
  element a;
  if (obj[key].get(a) != simdjson::SUCCESS || !a.is_object()) return;
  arg.id = str(a, "id");
  arg.name = str(a, "name");
  if (arg.name.empty()) arg.name = str(a, "text");
  arg.code = str(a, "code");
  arg.has_coords = num(a, "lat", arg.lat) && num(a, "lon", arg.lon);
  arg.precision = str(a, "precision");
}

void write_argument(io::JsonBuilder& w, const char* key, const LinkArgument& a) {
  w.key(key);
  if (!a.present()) {
    w.null();
    return;
  }
  w.begin_object().field_or_null("id", a.id).field_or_null("name", a.name).field_or_null("code", a.code);
  if (a.has_coords) w.field("lat", a.lat).field("lon", a.lon);
  w.field_or_null("precision", a.precision).end_object();
}

}  // namespace

std::string_view codepoint_slice(std::string_view text, uint32_t start, uint32_t end) {
  size_t byte = 0, begin_byte = text.size(), end_byte = text.size();
  uint32_t cp = 0;
  for (; byte < text.size(); ++byte) {
    if ((static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) continue;  // continuation
    if (cp == start) begin_byte = byte;
    if (cp == end) {
      end_byte = byte;
      break;
    }
    ++cp;
  }
  if (begin_byte >= end_byte) return {};
  return text.substr(begin_byte, end_byte - begin_byte);
}

std::optional<std::string> parse_annotated(std::string_view json_line, LinkDocument& out) {
  thread_local simdjson::dom::parser parser;
  element root;
  if (auto error = parser.parse(json_line.data(), json_line.size()).get(root))
    return std::string("not valid JSON: ") + simdjson::error_message(error);
  if (!root.is_object()) return std::string("not a JSON object");
  out = LinkDocument{};
  out.id = str(root, "id");
  if (out.id.empty()) return std::string("no id");
  std::string error = str(root, "error");
  if (!error.empty()) return "annotate failed on it: " + error;
  out.published = str(root, "published");
  out.outlet = str(root, "outlet");
  out.title = str(root, "title");
  out.text = str(root, "text");

  simdjson::dom::array items;
  if (root["quotes"].get(items) == simdjson::SUCCESS) {
    for (element q : items) {
      LinkQuote& quote = out.quotes.emplace_back();
      read_span(q, "content", quote.start, quote.end);
      quote.speaker = str(q, "speaker");
      quote.speaker_id = str(q, "speaker_id");
      // Stored features carry the wording; annotate output has the text to slice it from.
      quote.text = str(q, "text");
      if (quote.text.empty()) quote.text = codepoint_slice(out.text, quote.start, quote.end);
    }
  }
  if (root["quantities"].get(items) == simdjson::SUCCESS) {
    for (element q : items) {
      LinkQuantity& quantity = out.quantities.emplace_back();
      int64_t s = 0, e = 0;
      if (q["start"].get(s) == simdjson::SUCCESS && q["end"].get(e) == simdjson::SUCCESS) {
        quantity.start = static_cast<uint32_t>(s);
        quantity.end = static_cast<uint32_t>(e);
      }
      quantity.has_value = num(q, "value", quantity.value);
      if (!num(q, "min", quantity.min)) quantity.min = quantity.value;
      if (!num(q, "max", quantity.max)) quantity.max = quantity.value;
      quantity.category = str(q, "category");
      quantity.claimant = str(q, "claimant");
      quantity.quote = index_or_minus_one(q, "quote");
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  if (root["sentences"].get(items) == simdjson::SUCCESS)
    for (element s : items) {
      int64_t b = 0, e = 0;
      if (s["start"].get(b) == simdjson::SUCCESS && s["end"].get(e) == simdjson::SUCCESS)
        sentences.emplace_back(static_cast<uint32_t>(b), static_cast<uint32_t>(e));
    }
  if (root["events"].get(items) == simdjson::SUCCESS) {
    for (element e : items) {
      LinkEvent& event = out.events.emplace_back();
      event.type = str(e, "type");
      event.mode = str(e, "mode");
      event.cameo = str(e, "cameo");
      read_argument(e, "actor", event.actor);
      read_argument(e, "recipient", event.recipient);
      read_argument(e, "location", event.location);
      element date;
      if (e["date"].get(date) == simdjson::SUCCESS && date.is_object()) {
        event.date = str(date, "value");
        event.date_precision = str(date, "precision");
      }
      simdjson::dom::array figures;
      if (e["quantities"].get(figures) == simdjson::SUCCESS)
        for (element f : figures) {
          int64_t i;
          if (f.get(i) == simdjson::SUCCESS && i >= 0 && i < int64_t(out.quantities.size()))
            event.quantities.push_back(static_cast<int32_t>(i));
        }
      event.sentence = index_or_minus_one(e, "sentence");
      event.modality = str(e, "modality");
      event.sentence_text = str(e, "sentence_text");
      if (event.sentence_text.empty() && event.sentence >= 0 && event.sentence < int32_t(sentences.size()))
        event.sentence_text = codepoint_slice(out.text, sentences[event.sentence].first,
                                              sentences[event.sentence].second);
      event.quote = index_or_minus_one(e, "quote");
      bool negated = false;
      event.negated = e["negated"].get(negated) == simdjson::SUCCESS && negated;
    }
  }
  if (root["entities"].get(items) == simdjson::SUCCESS) {
    for (element e : items) {
      std::string id = str(e, "id");
      if (!id.empty()) out.entity_ids.push_back(std::move(id));
    }
  }
  std::sort(out.entity_ids.begin(), out.entity_ids.end());
  out.entity_ids.erase(std::unique(out.entity_ids.begin(), out.entity_ids.end()),
                       out.entity_ids.end());
  return std::nullopt;
}

LinkDocument from_document(const Document& doc) {
  LinkDocument out;
  CodepointIndex cp(doc.text);
  out.id = doc.id;
  out.published = doc.published;
  out.outlet = doc.outlet;
  out.title = doc.title;
  out.text = doc.text;
  for (const Quote& q : doc.quotes)
    out.quotes.push_back({cp(q.content.begin), cp(q.content.end), q.speaker, q.speaker_id,
                          std::string(doc.slice(q.content))});
  for (const Quantity& q : doc.quantities)
    out.quantities.push_back({cp(q.span.begin), cp(q.span.end), q.value, q.min, q.max,
                              q.has_value, q.category, q.claimant, q.quote});
  auto argument = [&](const std::vector<EventArgument>& sides) {
    LinkArgument a;
    if (sides.empty()) return a;
    a.id = sides[0].id;
    a.name = sides[0].name;
    a.code = sides[0].code;
    return a;
  };
  for (const Event& e : doc.events) {
    LinkEvent& event = out.events.emplace_back();
    event.type = e.type;
    event.mode = e.mode;
    event.cameo = e.cameo;
    event.actor = argument(e.actors);
    event.recipient = argument(e.recipients);
    if (e.location >= 0 && e.location < int32_t(doc.entities.size())) {
      const Entity& place = doc.entities[e.location];
      event.location = {place.id, place.name.empty() ? std::string(doc.slice(place.span)) : place.name,
                        place.code, place.lat, place.lon, place.has_coords, place.precision};
    }
    event.date = e.date;
    event.date_precision = e.date_precision;
    for (int32_t q : e.quantities)
      if (q >= 0 && q < int32_t(doc.quantities.size())) event.quantities.push_back(q);
    event.sentence = e.sentence;
    if (e.sentence >= 0 && e.sentence < int32_t(doc.sentences.size()))
      event.sentence_text = doc.slice(doc.sentences[e.sentence].span);
    event.quote = e.quote;
    event.negated = e.negated;
    event.modality = e.modality;
  }
  for (const Entity& e : doc.entities)
    if (!e.id.empty()) out.entity_ids.push_back(e.id);
  std::sort(out.entity_ids.begin(), out.entity_ids.end());
  out.entity_ids.erase(std::unique(out.entity_ids.begin(), out.entity_ids.end()),
                       out.entity_ids.end());
  return out;
}

std::string features_json(const LinkDocument& doc) {
  std::string out;
  io::JsonBuilder w(out);
  w.begin_object()
      .field("id", doc.id)
      .field_or_null("published", doc.published)
      .field_or_null("outlet", doc.outlet)
      .field_or_null("title", doc.title);
  w.key("quotes").begin_array();
  for (const LinkQuote& q : doc.quotes) {
    w.begin_object().key("content").begin_object().field("start", q.start).field("end", q.end).end_object();
    w.field_or_null("speaker", q.speaker).field_or_null("speaker_id", q.speaker_id).field("text", q.text).end_object();
  }
  w.end_array().key("quantities").begin_array();
  for (const LinkQuantity& q : doc.quantities) {
    w.begin_object().field("start", q.start).field("end", q.end);
    for (auto [name, v] : {std::pair{"value", q.value}, {"min", q.min}, {"max", q.max}}) {
      w.key(name);
      if (q.has_value) w.number(v);
      else w.null();
    }
    w.field_or_null("category", q.category).field_or_null("claimant", q.claimant);
    w.key("quote");
    if (q.quote >= 0) w.number(int64_t{q.quote});
    else w.null();
    w.end_object();
  }
  w.end_array().key("events").begin_array();
  for (const LinkEvent& e : doc.events) {
    w.begin_object().field("type", e.type).field_or_null("mode", e.mode).field_or_null("cameo", e.cameo);
    write_argument(w, "actor", e.actor);
    write_argument(w, "recipient", e.recipient);
    write_argument(w, "location", e.location);
    w.key("date");
    if (e.date.empty()) w.null();
    else w.begin_object().field("value", e.date).field_or_null("precision", e.date_precision).end_object();
    w.key("quantities").begin_array();
    for (int32_t q : e.quantities) w.number(int64_t{q});
    w.end_array().field("sentence", e.sentence).field_or_null("sentence_text", e.sentence_text).field("negated", e.negated)
        .field_or_null("modality", e.modality);
    w.key("quote");
    if (e.quote >= 0) w.number(int64_t{e.quote});
    else w.null();
    w.end_object();
  }
  w.end_array().key("entities").begin_array();
  for (const std::string& id : doc.entity_ids) w.begin_object().field("id", id).end_object();
  w.end_array().end_object();
  return out;
}

}  // namespace casus::link
