#include "io/json_writer.h"

namespace casus::io {
namespace {

void span_fields(JsonBuilder& w, const CodepointIndex& cp, ByteSpan s) {
  w.field("start", cp(s.begin)).field("end", cp(s.end));
}

void write_tokens(JsonBuilder& w, const Document& doc, const CodepointIndex& cp) {
  w.key("tokens").begin_array();
  for (const Sentence& s : doc.sentences) {
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& tok = doc.tokens[t];
      w.begin_object();
      span_fields(w, cp, tok.span);
      w.field("text", doc.slice(tok.span))
          .field_or_null("upos", tok.upos)
          .field_or_null("xpos", tok.xpos)
          .field_or_null("lemma", tok.lemma);
      // The head as a document-level token index; null for the root or when unparsed.
      w.key("head");
      if (tok.head < 0) w.null();
      else w.number(static_cast<int64_t>(s.token_begin) + tok.head);
      w.field_or_null("deprel", tok.deprel).end_object();
    }
  }
  w.end_array();
}

// "lat" and "lon" of a place, null when it has none.
void coordinates(JsonBuilder& w, const Entity& e) {
  w.key("lat");
  if (e.has_coords) w.number(e.lat);
  else w.null();
  w.key("lon");
  if (e.has_coords) w.number(e.lon);
  else w.null();
}

}  // namespace

void write_time(JsonBuilder& w, const Document& doc, const CodepointIndex& cp,
                const TimeExpression& t) {
  w.begin_object();
  span_fields(w, cp, t.span);
  w.field("text", doc.slice(t.span))
      .field("type", t.type)
      .field_or_null("value", t.value)
      .field_or_null("mod", t.mod)
      .field_or_null("precision", t.precision);
  w.key("anchor");
  if (t.anchor >= 0) w.number(static_cast<int64_t>(t.anchor));
  else w.null();
  w.end_object();
}

void write_entity(JsonBuilder& w, const Document& doc, const CodepointIndex& cp, const Entity& e) {
  w.begin_object();
  span_fields(w, cp, e.span);
  w.field("text", doc.slice(e.span))
      .field("type", e.type)
      .field_or_null("id", e.id)
      .field_or_null("name", e.name)
      .field_or_null("code", e.code);
  coordinates(w, e);
  w.field_or_null("precision", e.precision)
      .field_or_null("country", e.country)
      .field_or_null("role", e.role)
      .field_or_null("affiliation", e.affiliation)
      .field("source", e.source);
  w.key("antecedent");
  if (e.antecedent >= 0) w.number(static_cast<int64_t>(e.antecedent));
  else w.null();
  w.end_object();
}

void write_mention(JsonBuilder& w, const Document& doc, const CodepointIndex& cp, const Mention& m) {
  w.begin_object();
  span_fields(w, cp, m.span);
  w.field("text", doc.slice(m.span)).field("entity", m.entity).field("kind", m.kind).end_object();
}

namespace {
void optional_span(JsonBuilder& w, const CodepointIndex& cp, const char* name, ByteSpan s) {
  w.key(name);
  if (s.empty()) {
    w.null();
    return;
  }
  w.begin_object();
  span_fields(w, cp, s);
  w.end_object();
}
}  // namespace

void write_quote(JsonBuilder& w, const Document& doc, const CodepointIndex& cp, const Quote& q) {
  w.begin_object();
  optional_span(w, cp, "content", q.content);
  optional_span(w, cp, "source", q.source);
  optional_span(w, cp, "cue", q.cue);
  w.field("direct", q.direct)
      .field_or_null("speaker", q.speaker)
      .field_or_null("speaker_id", q.speaker_id);
  w.key("speaker_entity");
  if (q.speaker_entity >= 0) w.number(static_cast<int64_t>(q.speaker_entity));
  else w.null();
  w.field("anonymous", q.anonymous)
      .field_or_null("channel", q.channel)
      .field_or_null("key", q.key)
      .field("sentence", q.sentence)
      .end_object();
}

void write_quantity(JsonBuilder& w, const Document& doc, const CodepointIndex& cp,
                    const Quantity& q) {
  w.begin_object();
  span_fields(w, cp, q.span);
  w.field("text", doc.slice(q.span));
  for (auto [name, v] : {std::pair{"value", q.value}, {"min", q.min}, {"max", q.max}}) {
    w.key(name);
    if (q.has_value) w.number(v);
    else w.null();
  }
  w.field_or_null("modifier", q.modifier)
      .field("category", q.category.empty() ? std::string("other") : q.category)
      .field_or_null("counted", q.counted)
      .field_or_null("claimant", q.claimant)
      .field_or_null("claimant_id", q.claimant_id);
  w.key("quote");
  if (q.quote >= 0) w.number(static_cast<int64_t>(q.quote));
  else w.null();
  w.end_object();
}

namespace {
void index_or_null(JsonBuilder& w, const char* name, int32_t index) {
  w.key(name);
  if (index >= 0) w.number(static_cast<int64_t>(index));
  else w.null();
}

void write_event_side(JsonBuilder& w, const Document& doc, const CodepointIndex& cp,
                      const EventArgument& a) {
  w.begin_object();
  span_fields(w, cp, a.span);
  w.field("text", doc.slice(a.span))
      .field_or_null("code", a.code)
      .field_or_null("name", a.name)
      .field_or_null("id", a.id);
  index_or_null(w, "entity", a.entity);
  w.end_object();
}

// `actor` / `recipient` is the first side (CONTRACT.md); `actors` / `recipients` lists them
// all when the text coordinates several ("Arnor, Osgiliath and Gondor").
void write_event_sides(JsonBuilder& w, const Document& doc, const CodepointIndex& cp,
                       const char* one, const char* all, const std::vector<EventArgument>& sides) {
  w.key(one);
  if (sides.empty()) w.null();
  else write_event_side(w, doc, cp, sides.front());
  w.key(all).begin_array();
  for (const EventArgument& a : sides) write_event_side(w, doc, cp, a);
  w.end_array();
}
}  // namespace

void write_event(JsonBuilder& w, const Document& doc, const CodepointIndex& cp, const Event& e) {
  w.begin_object()
      .field("type", e.type)
      .field_or_null("mode", e.mode)
      .field_or_null("context", e.context)
      .field_or_null("cameo", e.cameo);
  write_event_sides(w, doc, cp, "actor", "actors", e.actors);
  write_event_sides(w, doc, cp, "recipient", "recipients", e.recipients);
  w.key("trigger").begin_object();
  span_fields(w, cp, e.trigger);
  w.field("text", doc.slice(e.trigger)).end_object();
  w.key("location");
  if (e.location < 0) {
    w.null();
  } else {
    const Entity& place = doc.entities[e.location];
    w.begin_object();
    span_fields(w, cp, place.span);
    w.field("text", doc.slice(place.span))
        .field_or_null("name", place.name)
        .field_or_null("id", place.id);
    coordinates(w, place);
    w.field_or_null("precision", place.precision).field("entity", e.location).end_object();
  }
  w.key("date");
  if (e.date.empty()) {
    w.null();
  } else {
    w.begin_object().field("value", e.date).field("precision", e.date_precision);
    index_or_null(w, "time", e.time);
    w.end_object();
  }
  w.key("quantities").begin_array();
  for (int32_t q : e.quantities) w.number(static_cast<int64_t>(q));
  w.end_array();
  w.field("sentence", e.sentence)
      .field("negated", e.negated)
      .field("modality", e.modality.empty() ? std::string("asserted") : e.modality);
  index_or_null(w, "quote", e.quote);
  index_or_null(w, "claimant", e.claimant);
  w.field_or_null("pattern", e.pattern).end_object();
}

void write_json(const Document& doc, const OutputOptions& options, std::string& out) {
  CodepointIndex cp(doc.text);
  JsonBuilder w(out);
  w.begin_object()
      .field("id", doc.id)
      .field_or_null("title", doc.title)
      .field_or_null("published", doc.published)
      .field_or_null("outlet", doc.outlet)
      .field_or_null("url", doc.url)
      .field_or_null("language", doc.language)
      .field_or_null("byline", doc.byline)
      .field("text", doc.text);

  w.key("sentences").begin_array();
  for (const Sentence& s : doc.sentences) {
    w.begin_object();
    span_fields(w, cp, s.span);
    w.field("body", s.body).end_object();
  }
  w.end_array();

  w.key("regions").begin_array();
  for (const Region& r : doc.regions) {
    w.begin_object();
    span_fields(w, cp, r.span);
    w.field("kind", region_kind_name(r.kind)).field("body", region_is_body(r.kind)).end_object();
  }
  w.end_array();

  w.key("captions").begin_array();
  for (const auto& c : doc.captions) w.string(c);
  w.end_array();

  if (options.tokens) write_tokens(w, doc, cp);

  w.key("times").begin_array();
  for (const TimeExpression& t : doc.times) write_time(w, doc, cp, t);
  w.end_array();
  w.key("entities").begin_array();
  for (const Entity& e : doc.entities) write_entity(w, doc, cp, e);
  w.end_array();
  w.key("mentions").begin_array();
  for (const Mention& m : doc.mentions) write_mention(w, doc, cp, m);
  w.end_array();

  w.key("quotes").begin_array();
  for (const Quote& q : doc.quotes) write_quote(w, doc, cp, q);
  w.end_array();
  w.key("quantities").begin_array();
  for (const Quantity& q : doc.quantities) write_quantity(w, doc, cp, q);
  w.end_array();

  w.key("events").begin_array();
  for (const Event& e : doc.events) write_event(w, doc, cp, e);
  w.end_array();

  w.key("warnings").begin_array();
  for (const auto& warning : doc.warnings) w.string(warning);
  w.end_array();
  w.key("error");
  if (doc.error) w.string(*doc.error);
  else w.null();
  w.end_object();
}

}  // namespace casus::io
