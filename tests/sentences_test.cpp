#include <gtest/gtest.h>

#include "text/residue.h"
#include "text/sentences.h"

using namespace casus;

namespace {
std::vector<std::string> sentences_of(const std::string& text, const std::string& title = "") {
  Document d;
  d.text = text;
  d.regions = text::find_residue(d.text, title);
  text::segment(d);
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.slice(s.span));
  return out;
}
}  // namespace

TEST(Sentences, AbbreviationsAndTitlesDoNotEndSentences) {
  auto s = sentences_of(
      "Col. Wayne Marotto spoke at 9 a.m. on Jan. 8 in Baghdad. Lt. Gen. Ali met "
      "Pentagon Press Secretary John F. Kirby. The U.S. Embassy was closed.");
  ASSERT_EQ(s.size(), 3u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0], "Col. Wayne Marotto spoke at 9 a.m. on Jan. 8 in Baghdad.");
  EXPECT_EQ(s[1], "Lt. Gen. Ali met Pentagon Press Secretary John F. Kirby.");
}

TEST(Sentences, AnAbbreviationCanEndASentenceBeforeASentenceStarter) {
  auto s = sentences_of("Troops will leave the U.S. The decision was final.");
  ASSERT_EQ(s.size(), 2u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0], "Troops will leave the U.S.");
}

TEST(Sentences, ClosingQuotesStayWithTheirSentence) {
  auto s = sentences_of(
      "\xE2\x80\x9CWe will respond.\xE2\x80\x9D The group said so. \"Leave us alone,\" he said. "
      "She asked: \"Why now?\" and left.");
  ASSERT_EQ(s.size(), 4u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0], "\xE2\x80\x9CWe will respond.\xE2\x80\x9D");
  EXPECT_EQ(s[2], "\"Leave us alone,\" he said.");
  EXPECT_EQ(s[3], "She asked: \"Why now?\" and left.");
}

TEST(Sentences, HeadlinesAndDatelinesAreTheirOwnSegments) {
  auto s = sentences_of("Rebels Seize Town in the North\nBAGHDAD (Dispatches) -- Rebels seized "
                        "the town. Officials fled.");
  ASSERT_EQ(s.size(), 4u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0], "Rebels Seize Town in the North");
  EXPECT_EQ(s[1], "BAGHDAD (Dispatches) --");
  EXPECT_EQ(s[2], "Rebels seized the town.");
}

TEST(Sentences, WrappedLinesAreJoinedAndParagraphsSplit) {
  auto s = sentences_of("He said attacks are carried out in line with a pledge the\nresistance "
                        "groups made.\nNext paragraph starts here\n\nAnother one.");
  ASSERT_EQ(s.size(), 3u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0], "He said attacks are carried out in line with a pledge the\nresistance groups made.");
  EXPECT_EQ(s[1], "Next paragraph starts here");
}

TEST(Sentences, NonBodyRegionsGiveNonBodySentences) {
  Document d;
  d.text = "News / Iraq\n\nA headline for this story\n\nThe body sentence.\n\nBack to top button\n";
  d.regions = text::find_residue(d.text, "");
  text::segment(d);
  ASSERT_EQ(d.sentences.size(), 4u);
  EXPECT_FALSE(d.sentences[0].body);
  EXPECT_TRUE(d.sentences[1].body);
  EXPECT_TRUE(d.sentences[2].body);
  EXPECT_FALSE(d.sentences[3].body);
}

TEST(Sentences, TokensCoverEachSentenceAndSliceTheText) {
  Document d;
  d.text = "Ain al-Asad was hit. Five troops were hurt, says Sabereen.";
  text::segment(d);
  ASSERT_EQ(d.sentences.size(), 2u);
  for (const auto& s : d.sentences) {
    ASSERT_LT(s.token_begin, s.token_end);
    EXPECT_EQ(d.tokens[s.token_begin].span.begin, s.span.begin);
    EXPECT_EQ(d.tokens[s.token_end - 1].span.end, s.span.end);
  }
  for (const auto& t : d.tokens) EXPECT_FALSE(d.slice(t.span).empty());
}

TEST(Sentences, ScriptsWithoutCaseAndEmptyText) {
  auto s = sentences_of("\xD9\x82\xD8\xA7\xD9\x84. \xD8\xB0\xD9\x87\xD8\xA8.");
  EXPECT_EQ(s.size(), 2u);
  EXPECT_TRUE(sentences_of("").empty());
  EXPECT_TRUE(sentences_of("\n\n  \n").empty());
}

TEST(Sentences, VeryLongTextWithoutPunctuationIsOneSentence) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "word ";
  auto s = sentences_of(text);
  ASSERT_EQ(s.size(), 1u);
}
