#include "io/json_writer.h"

#include <cstdio>

namespace casus::io {
namespace {

void key(std::string& out, const char* name) {
  out.push_back('"');
  out.append(name);
  out.append("\":");
}

void string_or_null(std::string& out, const char* name, const std::string& value) {
  key(out, name);
  if (value.empty()) out.append("null");
  else append_json_string(out, value);
  out.push_back(',');
}

void span(std::string& out, const CodepointIndex& cp, ByteSpan s) {
  out.append("\"start\":");
  out.append(std::to_string(cp(s.begin)));
  out.append(",\"end\":");
  out.append(std::to_string(cp(s.end)));
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out.append(buf);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out.push_back('"');
}

void write_json(const Document& doc, const OutputOptions& options, std::string& out) {
  CodepointIndex cp(doc.text);
  out.push_back('{');
  key(out, "id");
  append_json_string(out, doc.id);
  out.push_back(',');
  string_or_null(out, "title", doc.title);
  string_or_null(out, "published", doc.published);
  string_or_null(out, "outlet", doc.outlet);
  string_or_null(out, "url", doc.url);
  string_or_null(out, "language", doc.language);
  string_or_null(out, "byline", doc.byline);
  key(out, "text");
  append_json_string(out, doc.text);

  out.append(",\"sentences\":[");
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    if (i) out.push_back(',');
    out.push_back('{');
    span(out, cp, s.span);
    out.append(s.body ? ",\"body\":true}" : ",\"body\":false}");
  }
  out.append("],\"regions\":[");
  for (size_t i = 0; i < doc.regions.size(); ++i) {
    const Region& r = doc.regions[i];
    if (i) out.push_back(',');
    out.push_back('{');
    span(out, cp, r.span);
    out.append(",\"kind\":\"");
    out.append(region_kind_name(r.kind));
    out.append(region_is_body(r.kind) ? "\",\"body\":true}" : "\",\"body\":false}");
  }
  out.append("],\"captions\":[");
  for (size_t i = 0; i < doc.captions.size(); ++i) {
    if (i) out.push_back(',');
    append_json_string(out, doc.captions[i]);
  }
  out.push_back(']');

  if (options.tokens) {
    out.append(",\"tokens\":[");
    bool first = true;
    for (const Sentence& s : doc.sentences) {
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const Token& tok = doc.tokens[t];
        if (!first) out.push_back(',');
        first = false;
        out.push_back('{');
        span(out, cp, tok.span);
        out.append(",\"text\":");
        append_json_string(out, doc.slice(tok.span));
        out.push_back(',');
        string_or_null(out, "upos", tok.upos);
        string_or_null(out, "xpos", tok.xpos);
        string_or_null(out, "lemma", tok.lemma);
        key(out, "head");  // document-level token index, null for the root
        if (tok.head < 0) out.append("null");
        else out.append(std::to_string(s.token_begin + tok.head));
        out.push_back(',');
        key(out, "deprel");
        if (tok.deprel.empty()) out.append("null");
        else append_json_string(out, tok.deprel);
        out.push_back('}');
      }
    }
    out.push_back(']');
  }

  out.append(",\"times\":[");
  for (size_t i = 0; i < doc.times.size(); ++i) {
    const TimeExpression& t = doc.times[i];
    if (i) out.push_back(',');
    out.push_back('{');
    span(out, cp, t.span);
    out.append(",\"text\":");
    append_json_string(out, doc.slice(t.span));
    out.append(",\"type\":");
    append_json_string(out, t.type);
    out.push_back(',');
    string_or_null(out, "mod", t.mod);
    string_or_null(out, "precision", t.precision);
    key(out, "value");
    if (t.value.empty()) out.append("null");
    else append_json_string(out, t.value);
    out.push_back('}');
  }
  out.push_back(']');
  // Layers filled by later stages; present and empty until then.
  out.append(",\"entities\":[],\"quotes\":[],\"quantities\":[],\"events\":[]");

  out.append(",\"warnings\":[");
  for (size_t i = 0; i < doc.warnings.size(); ++i) {
    if (i) out.push_back(',');
    append_json_string(out, doc.warnings[i]);
  }
  out.append("],\"error\":");
  if (doc.error) append_json_string(out, *doc.error);
  else out.append("null");
  out.push_back('}');
}

}  // namespace casus::io
