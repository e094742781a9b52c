// UD English style tokenisation: every case below is written for this test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/tokenize.h"
#include "text/unicode.h"

namespace {

std::vector<std::string> toks(const std::string& text) {
  std::vector<casus::Token> out;
  casus::text::tokenize(text, {0, uint32_t(text.size())}, out);
  std::vector<std::string> words;
  for (const auto& t : out) {
    EXPECT_LT(t.span.begin, t.span.end);
    EXPECT_LE(t.span.end, text.size());
    words.push_back(text.substr(t.span.begin, t.span.size()));
  }
  return words;
}

using V = std::vector<std::string>;

TEST(Tokenize, Clitics) {
  EXPECT_EQ(toks("I don't think they're here, and we've seen what it'll do."),
            (V{"I", "do", "n't", "think", "they", "'re", "here", ",", "and", "we", "'ve", "seen",
               "what", "it", "'ll", "do", "."}));
  EXPECT_EQ(toks("She's sure I'd go, I'm told; can't won't"),
            (V{"She", "'s", "sure", "I", "'d", "go", ",", "I", "'m", "told", ";", "ca", "n't",
               "wo", "n't"}));
  EXPECT_EQ(toks("It\xE2\x80\x99s the minister\xE2\x80\x99s plan, isn\xE2\x80\x99t it?"),
            (V{"It", "\xE2\x80\x99s", "the", "minister", "\xE2\x80\x99s", "plan", ",", "is",
               "n\xE2\x80\x99t", "it", "?"}));
  EXPECT_EQ(toks("We cannot say. I'm gonna go."),
            (V{"We", "can", "not", "say", ".", "I", "'m", "gon", "na", "go", "."}));
  EXPECT_EQ(toks("the students' books"), (V{"the", "students", "'", "books"}));
  EXPECT_EQ(toks("O'Brien met al-Sadr"), (V{"O'Brien", "met", "al", "-", "Sadr"}));
}

TEST(Tokenize, Abbreviations) {
  EXPECT_EQ(toks("Col. Smith and Lt. Gen. Jones met U.S. officials at 9 a.m. on Jan. 5."),
            (V{"Col.", "Smith", "and", "Lt.", "Gen.", "Jones", "met", "U.S.", "officials", "at",
               "9", "a.m.", "on", "Jan.", "5", "."}));
  EXPECT_EQ(toks("They left the U.S."), (V{"They", "left", "the", "U.S."}));
  EXPECT_EQ(toks("Rep. Ilhan Omar (D-MN) spoke."),
            (V{"Rep.", "Ilhan", "Omar", "(", "D", "-", "MN", ")", "spoke", "."}));
  EXPECT_EQ(toks("the Dept. of State, Mr. J. R. Smith, etc."),
            (V{"the", "Dept.", "of", "State", ",", "Mr.", "J.", "R.", "Smith", ",", "etc."}));
  EXPECT_EQ(toks("He said no. Then he left."),
            (V{"He", "said", "no", ".", "Then", "he", "left", "."}));
  EXPECT_EQ(toks("He is No. 1 in the world."),
            (V{"He", "is", "No.", "1", "in", "the", "world", "."}));
}

TEST(Tokenize, Punctuation) {
  EXPECT_EQ(toks("\"Stop!\" he said... (really?!)"),
            (V{"\"", "Stop", "!", "\"", "he", "said", "...", "(", "really", "?!", ")"}));
  EXPECT_EQ(toks("\xE2\x80\x9CYes,\xE2\x80\x9D she said \xE2\x80\x94 twice."),
            (V{"\xE2\x80\x9C", "Yes", ",", "\xE2\x80\x9D", "she", "said", "\xE2\x80\x94",
               "twice", "."}));
  EXPECT_EQ(toks("war--and peace"), (V{"war", "--", "and", "peace"}));
  EXPECT_EQ(toks("and/or 11/28/2000"), (V{"and", "/", "or", "11/28/2000"}));
}

TEST(Tokenize, Numbers) {
  EXPECT_EQ(toks("It cost $1,200.50, up 3.5% from 10:30 on 4-12."),
            (V{"It", "cost", "$", "1,200.50", ",", "up", "3.5", "%", "from", "10:30", "on",
               "4-12", "."}));
  EXPECT_EQ(toks("Call 713-853-3989 now"), (V{"Call", "713-853-3989", "now"}));
  EXPECT_EQ(toks("a 1.5 -2 .5 in the '90s"),
            (V{"a", "1.5", "-", "2", ".5", "in", "the", "'90s"}));
  EXPECT_EQ(toks("Make $$$ :-) at CCNG, Inc.."), (V{"Make", "$$$", ":-)", "at", "CCNG", ",", "Inc.", "."}));
}

TEST(Tokenize, Hyphens) {
  EXPECT_EQ(toks("a long-term, non-human co-worker's self-made e-mail"),
            (V{"a", "long", "-", "term", ",", "non-human", "co-worker", "'s", "self", "-",
               "made", "e-mail"}));
}

TEST(Tokenize, WebForms) {
  EXPECT_EQ(toks("See https://example.org/a_b?x=1&y=2. Or www.example.com/page)."),
            (V{"See", "https://example.org/a_b?x=1&y=2", ".", "Or", "www.example.com/page", ")",
               "."}));
  EXPECT_EQ(toks("Mail jane.doe@example.co.uk, or @casus_news #Iraq2020!"),
            (V{"Mail", "jane.doe@example.co.uk", ",", "or", "@casus_news", "#Iraq2020", "!"}));
  EXPECT_EQ(toks("(http://a.b/c)"), (V{"(", "http://a.b/c", ")"}));
}

TEST(Tokenize, EmojiAndScripts) {
  // U+1F600, U+1F44D U+1F3FD (thumbs up, skin tone), a flag pair, U+2764 U+FE0F.
  EXPECT_EQ(toks("great\xF0\x9F\x98\x80\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xF0\x9F\x87\xAE\xF0\x9F\x87\xB6 \xE2\x9D\xA4\xEF\xB8\x8F!"),
            (V{"great", "\xF0\x9F\x98\x80", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",
               "\xF0\x9F\x87\xAE\xF0\x9F\x87\xB6", "\xE2\x9D\xA4\xEF\xB8\x8F", "!"}));
  // Arabic: "مصطفى الكاظمي،" - the Arabic comma is punctuation.
  EXPECT_EQ(toks("\xD9\x85\xD8\xB5\xD8\xB7\xD9\x81\xD9\x89 \xD8\xA7\xD9\x84\xD9\x83\xD8\xA7\xD8\xB8\xD9\x85\xD9\x8A\xD8\x8C"),
            (V{"\xD9\x85\xD8\xB5\xD8\xB7\xD9\x81\xD9\x89",
               "\xD8\xA7\xD9\x84\xD9\x83\xD8\xA7\xD8\xB8\xD9\x85\xD9\x8A", "\xD8\x8C"}));
  EXPECT_EQ(toks("Caf\xC3\xA9 na\xC3\xAFve"), (V{"Caf\xC3\xA9", "na\xC3\xAFve"}));
}

TEST(Tokenize, SpansAndRanges) {
  std::string text = "xx Hello, world. yy";
  std::vector<casus::Token> out;
  casus::text::tokenize(text, {3, 16}, out);
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].span.begin, 3u);
  EXPECT_EQ(out[0].span.end, 8u);
  EXPECT_FALSE(out[0].space_after);
  EXPECT_TRUE(out[1].space_after);
  EXPECT_EQ(out[3].span.begin, 15u);
  // Invalid UTF-8 and control bytes never crash and never produce empty tokens.
  std::string bad = "a\xFF\xFE b\x01 \xE2\x80";
  out.clear();
  casus::text::tokenize(bad, {0, uint32_t(bad.size())}, out);
  for (const auto& t : out) EXPECT_LT(t.span.begin, t.span.end);
  EXPECT_TRUE(toks("").empty());
  EXPECT_TRUE(toks("   \n\t ").empty());
}

}  // namespace

// The word scanners' byte test, written with wrap-around arithmetic, against its definition.
TEST(Unicode, AsciiAlnumIsExactlyLettersAndDigits) {
  for (char32_t c = 0; c < 0x400; ++c) {
    const bool want = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    EXPECT_EQ(casus::text::is_ascii_alnum(c), want) << "U+" << std::hex << uint32_t(c);
  }
  EXPECT_FALSE(casus::text::is_ascii_alnum(char32_t(0xFFFFFFFFu)));
}

// The sixteen-bytes-at-a-time scan ends where a byte-by-byte one does, for every start and
// limit, on text with runs longer than sixteen, non-ASCII letters and the bytes next to the
// ranges' edges ('/' ':' '@' '[' '`' '{').
TEST(Unicode, AsciiAlnumRunEndIsTheFirstOtherByte) {
  const std::string text =
      "Supercalifragilistic 2024/25 x:y@Z[a]`b{c} Émile al-Sha’abi 0123456789abcdefXYZ end";
  for (size_t end = 0; end <= text.size(); ++end)
    for (size_t from = 0; from <= end; ++from) {
      size_t want = from;
      while (want < end && casus::text::is_ascii_alnum(static_cast<unsigned char>(text[want]))) ++want;
      ASSERT_EQ(casus::text::ascii_alnum_run_end(text, from, end), want) << from << " " << end;
    }
}
