#include "io/json_builder.h"

#include <cmath>
#include <cstdio>

namespace casus::io {

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  // Runs of characters that need no escape (nearly all of an article) are copied whole.
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out.append(buf);
      }
    }
  }
  out.append(s, run, s.size() - run);
  out.push_back('"');
}

void JsonBuilder::separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_.push_back(',');
    first_.back() = false;
  }
}

JsonBuilder& JsonBuilder::begin_object() {
  separate();
  out_.push_back('{');
  first_.push_back(true);
  return *this;
}
JsonBuilder& JsonBuilder::end_object() {
  out_.push_back('}');
  first_.pop_back();
  return *this;
}
JsonBuilder& JsonBuilder::begin_array() {
  separate();
  out_.push_back('[');
  first_.push_back(true);
  return *this;
}
JsonBuilder& JsonBuilder::end_array() {
  out_.push_back(']');
  first_.pop_back();
  return *this;
}
JsonBuilder& JsonBuilder::key(std::string_view name) {
  separate();
  append_json_string(out_, name);
  out_.push_back(':');
  after_key_ = true;
  return *this;
}
JsonBuilder& JsonBuilder::string(std::string_view v) {
  separate();
  append_json_string(out_, v);
  return *this;
}
JsonBuilder& JsonBuilder::string_or_null(std::string_view v) {
  return v.empty() ? null() : string(v);
}
JsonBuilder& JsonBuilder::number(int64_t v) {
  separate();
  out_.append(std::to_string(v));
  return *this;
}
JsonBuilder& JsonBuilder::number(double v) {
  separate();
  if (!std::isfinite(v)) {
    out_.append("null");
    return *this;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  out_.append(buf);
  return *this;
}
JsonBuilder& JsonBuilder::boolean(bool v) {
  separate();
  out_.append(v ? "true" : "false");
  return *this;
}
JsonBuilder& JsonBuilder::null() {
  separate();
  out_.append("null");
  return *this;
}
JsonBuilder& JsonBuilder::raw(std::string_view json) {
  separate();
  out_.append(json);
  return *this;
}

}  // namespace casus::io
