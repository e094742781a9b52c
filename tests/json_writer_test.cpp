#include <gtest/gtest.h>
#include <simdjson.h>

#include "io/json_writer.h"
#include "pipeline/pipeline.h"

using namespace casus;

namespace {
simdjson::dom::element parse(simdjson::dom::parser& p, const std::string& json) {
  return p.parse(json);
}
}  // namespace

TEST(JsonWriter, OffsetsAreCodePointsNotBytes) {
  Document d;
  d.id = "cp";
  d.text = "\xC3\x89t\xC3\xA9 \xF0\x9F\x98\x80 Baghdad.";  // "Été 😀 Baghdad."
  Pipeline(PipelineOptions{}).annotate(d);
  std::string json;
  io::write_json(d, io::OutputOptions{}, json);
  simdjson::dom::parser p;
  auto root = parse(p, json);
  auto s = root["sentences"].at(0);
  EXPECT_EQ(int64_t(s["start"]), 0);
  EXPECT_EQ(int64_t(s["end"]), 14);  // 14 code points, 19 bytes
}

TEST(JsonWriter, EveryLayerIsPresentAndMissingMetadataIsNull) {
  Document d;
  d.id = "x";
  d.text = "One sentence.";
  Pipeline(PipelineOptions{}).annotate(d);
  std::string json;
  io::write_json(d, io::OutputOptions{}, json);
  simdjson::dom::parser p;
  auto root = parse(p, json);
  for (const char* layer : {"sentences", "entities", "quotes", "times", "quantities", "events"})
    EXPECT_TRUE(root[layer].is_array()) << layer;
  EXPECT_TRUE(root["title"].is_null());
  EXPECT_TRUE(root["published"].is_null());
  EXPECT_TRUE(root["error"].is_null());
}

TEST(JsonWriter, EscapesControlCharactersAndQuotes) {
  std::string out;
  io::append_json_string(out, std::string("a\"b\\c\n\x01", 7));
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001\"");
  // Text around and after the escapes, multi-byte characters included, is kept as it is.
  out.clear();
  io::append_json_string(out, "Mos\u00e7\tul \"x\" \u00e9t\u00e9");
  EXPECT_EQ(out, "\"Mos\u00e7\\tul \\\"x\\\" \u00e9t\u00e9\"");
}

TEST(JsonWriter, ErrorDocumentsCarryTheErrorAndNoAnnotations) {
  Document d;
  d.id = "bad";
  d.error = "invalid JSON";
  Pipeline(PipelineOptions{}).annotate(d);
  std::string json;
  io::write_json(d, io::OutputOptions{}, json);
  simdjson::dom::parser p;
  auto root = parse(p, json);
  EXPECT_EQ(std::string_view(root["error"]), "invalid JSON");
  EXPECT_EQ(simdjson::dom::array(root["sentences"]).size(), 0u);
}

TEST(JsonBuilder, PlacesCommasAndNestsContainers) {
  std::string out;
  io::JsonBuilder w(out);
  w.begin_object().field("a", 1).key("b").begin_array().number(int64_t{2}).string("x").null()
      .begin_object().end_object().end_array().field("c", true).field_or_null("d", "")
      .field("e", 0.5).end_object();
  EXPECT_EQ(out, R"({"a":1,"b":[2,"x",null,{}],"c":true,"d":null,"e":0.5})");
}
