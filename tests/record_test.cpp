#include <gtest/gtest.h>

#include "io/record.h"

using namespace casus;
using namespace casus::io;

namespace {
Document load_line(const std::string& line, const std::string& dct = "") {
  RawInput in{InputFormat::kJsonl, line, "in.jsonl", 7, ""};
  return load_document(in, LoadOptions{dct});
}
Document load_file(InputFormat f, const std::string& bytes, const std::string& path = "a/b.txt") {
  RawInput in{f, bytes, path, 0, ""};
  return load_document(in, LoadOptions{});
}
}  // namespace

TEST(Record, ReadsAllContractFields) {
  Document d = load_line(R"({"id":"d1","text":"Hello.\r\nWorld.","published":"2021-07-10",)"
                         R"("title":"T","outlet":"O","url":"http://x"})");
  EXPECT_FALSE(d.error);
  EXPECT_EQ(d.id, "d1");
  EXPECT_EQ(d.text, "Hello.\nWorld.");  // line endings normalised, nothing else
  EXPECT_EQ(d.published, "2021-07-10");
  EXPECT_EQ(d.title, "T");
  EXPECT_EQ(d.outlet, "O");
  EXPECT_EQ(d.url, "http://x");
}

TEST(Record, NumericIdsAndDateTimesAreAccepted) {
  Document d = load_line(R"({"id":42,"text":"x","published":"2021-07-10T08:00:00Z"})");
  EXPECT_EQ(d.id, "42");
  EXPECT_EQ(d.published, "2021-07-10T08:00:00Z");
}

TEST(Record, TruncatedJsonIsAnErrorThatKeepsTheId) {
  Document d = load_line(R"({"id":"keep-me","text":"unterminated)");
  ASSERT_TRUE(d.error);
  EXPECT_NE(d.error->find("invalid JSON on line 7"), std::string::npos);
  EXPECT_EQ(d.id, "keep-me");
  EXPECT_TRUE(d.text.empty());
}

TEST(Record, UnparseableLineWithoutIdGetsItsLocationAsId) {
  Document d = load_line("not json at all");
  ASSERT_TRUE(d.error);
  EXPECT_EQ(d.id, "in.jsonl:7");
}

TEST(Record, BothTextAndHtmlIsRefused) {
  Document d = load_line(R"({"id":"x","text":"a","html":"<p>b</p>"})");
  ASSERT_TRUE(d.error);
  EXPECT_NE(d.error->find("exactly one"), std::string::npos);
}

TEST(Record, NeitherTextNorHtmlIsRefused) {
  EXPECT_TRUE(load_line(R"({"id":"x","title":"no body"})").error);
  EXPECT_TRUE(load_line(R"(["an","array"])").error);
  EXPECT_TRUE(load_line(R"({"id":"x","text":"   "})").error);
  EXPECT_TRUE(load_line(R"({"id":"x","text":{"nested":1}})").error);
}

TEST(Record, MissingIdFallsBackToAContentHash) {
  Document a = load_line(R"({"text":"same"})");
  Document b = load_line(R"({"text":"same"})");
  EXPECT_EQ(a.id.rfind("sha:", 0), 0u);
  EXPECT_EQ(a.id, b.id);
  EXPECT_FALSE(a.warnings.empty());
}

TEST(Record, InvalidUtf8InALineIsRepairedAndReported) {
  Document d = load_line("{\"id\":\"u\",\"text\":\"bad \xFF byte\"}");
  ASSERT_FALSE(d.error);
  EXPECT_EQ(d.text, "bad \xEF\xBF\xBD byte");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("replaced 1"), std::string::npos);
}

TEST(Record, DctFillsOnlyMissingDates) {
  EXPECT_EQ(load_line(R"({"id":"a","text":"x"})", "2020-01-03").published, "2020-01-03");
  EXPECT_EQ(load_line(R"({"id":"a","text":"x","published":"2021-02-27"})", "2020-01-03").published,
            "2021-02-27");
}

TEST(Record, FilesUseTheirPathAsId) {
  Document d = load_file(InputFormat::kText, "Some text.\n");
  EXPECT_EQ(d.id, "a/b.txt");
  EXPECT_EQ(d.input_format, "txt");
}

TEST(Record, EmptyAndBinaryFilesAreErrors) {
  EXPECT_TRUE(load_file(InputFormat::kText, "").error);
  EXPECT_TRUE(load_file(InputFormat::kText, " \n\n ").error);
  Document bin = load_file(InputFormat::kText, std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10));
  ASSERT_TRUE(bin.error);
  EXPECT_NE(bin.error->find("binary"), std::string::npos);
}

TEST(Record, HtmlWithoutTextIsAnError) {
  Document d = load_file(InputFormat::kHtml, "<html><head><title>x</title></head></html>", "p.html");
  EXPECT_TRUE(d.error);
}

TEST(Record, RecordFieldsWinOverPageMetadata) {
  Document d = load_line(
      R"({"id":"h","title":"Record title","html":"<html><head><title>Page title</title>)"
      R"(<meta property=\"og:site_name\" content=\"Page Outlet\"></head><body><article>)"
      R"(<p>The article body has a sentence long enough to be the body of this page.</p>)"
      R"(</article></body></html>"})");
  ASSERT_FALSE(d.error) << *d.error;
  EXPECT_EQ(d.title, "Record title");
  EXPECT_EQ(d.input_format, "html");
  EXPECT_NE(d.text.find("article body"), std::string::npos);
}

TEST(Record, PublishedDatesAreNormalised) {
  EXPECT_EQ(normalize_published("2021-07-10"), "2021-07-10");
  EXPECT_EQ(normalize_published("July 10, 2021"), "2021-07-10");
  EXPECT_EQ(normalize_published("10 Jul. 2021"), "2021-07-10");
  EXPECT_EQ(normalize_published("2021/7/9"), "2021-07-09");
  EXPECT_EQ(normalize_published("yesterday"), "");
  EXPECT_EQ(normalize_published("2021-13-01"), "");
}
