// A streaming JSON writer that places commas itself, so every layer and command writes JSON
// the same way: w.begin_object().field("id", id).key("spans").begin_array()...
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casus::io {

// Appends s as a JSON string literal (valid UTF-8 assumed; control characters escaped).
void append_json_string(std::string& out, std::string_view s);

class JsonBuilder {
 public:
  explicit JsonBuilder(std::string& out) : out_(out) {}

  JsonBuilder& begin_object();
  JsonBuilder& end_object();
  JsonBuilder& begin_array();
  JsonBuilder& end_array();
  JsonBuilder& key(std::string_view name);

  JsonBuilder& string(std::string_view v);
  JsonBuilder& string_or_null(std::string_view v);  // null when empty
  JsonBuilder& number(int64_t v);
  JsonBuilder& number(double v);
  JsonBuilder& boolean(bool v);
  JsonBuilder& null();
  JsonBuilder& raw(std::string_view json);  // an already serialised value

  // key + value in one call.
  template <class T>
  JsonBuilder& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }
  JsonBuilder& field_or_null(std::string_view name, std::string_view v) {
    key(name);
    return string_or_null(v);
  }

 private:
  JsonBuilder& value(std::string_view v) { return string(v); }
  JsonBuilder& value(const std::string& v) { return string(v); }
  JsonBuilder& value(const char* v) { return string(v); }
  JsonBuilder& value(bool v) { return boolean(v); }
  JsonBuilder& value(double v) { return number(v); }
  template <class I>
  JsonBuilder& value(I v) requires std::is_integral_v<I> {
    return number(static_cast<int64_t>(v));
  }
  void separate();  // a comma before every element but the first

  std::string& out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace casus::io
