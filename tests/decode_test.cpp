#include <gtest/gtest.h>

#include "io/decode.h"

using namespace casus::io;

TEST(Decode, RepairReplacesEachInvalidByteAndKeepsValidText) {
  Decoded d = repair_utf8("caf\xC3\xA9 \xFF\xFE ok \xE2\x82");
  EXPECT_EQ(d.text, "caf\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD ok \xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(d.replaced_bytes, 4u);
  EXPECT_TRUE(is_valid_utf8(d.text));
}

TEST(Decode, RejectsOverlongAndSurrogateSequences) {
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x98\x80"));   // emoji
}

TEST(Decode, DropsByteOrderMark) {
  EXPECT_EQ(repair_utf8("\xEF\xBB\xBFhello").text, "hello");
}

TEST(Decode, SniffsDeclaredCharsets) {
  EXPECT_EQ(sniff_html_charset("<html><head><meta charset=\"windows-1256\">"), "windows-1256");
  EXPECT_EQ(sniff_html_charset("<META HTTP-EQUIV=\"Content-Type\" "
                               "CONTENT=\"text/html; charset=ISO-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(sniff_html_charset("<meta name=\"description\" content=\"charset\">"), "");
}

TEST(Decode, ConvertsWindows1252AndWindows1256) {
  // 0x93/0x94 are curly quotes in windows-1252 and 0xE9 is é.
  Decoded w = decode_html("<meta charset=\"windows-1252\"><p>\x93" "caf\xE9\x94</p>");
  EXPECT_NE(w.text.find("\xE2\x80\x9C" "caf\xC3\xA9\xE2\x80\x9D"), std::string::npos);
  // Arabic "بغداد" (Baghdad) in windows-1256: c8 db cf c7 cf.
  Decoded a = decode_html("<meta charset=windows-1256><p>\xC8\xDB\xCF\xC7\xCF</p>");
  EXPECT_NE(a.text.find("\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF"), std::string::npos);
  EXPECT_EQ(a.replaced_bytes, 0u);
}

TEST(Decode, UndeclaredInvalidUtf8PageIsReadAsWindows1252) {
  Decoded d = decode_html("<p>na\xEFve</p>");
  EXPECT_NE(d.text.find("na\xC3\xAFve"), std::string::npos);
}

TEST(Decode, DetectsBinary) {
  EXPECT_TRUE(looks_binary(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)));
  EXPECT_FALSE(looks_binary("Plain text\nwith lines.\n"));
}

TEST(Decode, NormalizesLineEndingsOnly) {
  EXPECT_EQ(normalize_newlines("a\r\nb\rc\n\td "), "a\nb\nc\n\td ");
}
